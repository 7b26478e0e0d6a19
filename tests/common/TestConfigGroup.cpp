// The one configuration reader: every reader function with good rows (the value read, or the fallback) and error
// rows (the fallback, and one problem naming the key as group/key), unknown keys, and the INI file itself.
#include "common/Config.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kakanai;

class TestConfigGroup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A new file each time: QSettings caches a file's contents per path within a process.
    QString write(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("c-%1.ini").arg(++m_files));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(ini);
        return path;
    }

    // Reads one key of [g] with `read`; the problems of the group (unknown keys included) afterwards.
    template<typename Read>
    QList<ConfigProblem> readOne(const QByteArray &line, Read read,
                                 ConfigGroup::Empty empty = ConfigGroup::Empty::IsAValue)
    {
        QSettings s(write("[g]\n" + line + "\n"), QSettings::IniFormat);
        QList<ConfigProblem> problems;
        {
            ConfigGroup g(s, QStringLiteral("g"), &problems, empty);
            read(g);
        }
        return problems;
    }

    static void checkProblems(const QList<ConfigProblem> &problems, const QString &problemKey)
    {
        if (problemKey.isEmpty()) {
            QVERIFY2(problems.isEmpty(),
                     qPrintable(problems.value(0).key + QLatin1Char(' ') + problems.value(0).message));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().key, problemKey);
            QVERIFY(!problems.first().message.isEmpty());
        }
    }

private Q_SLOTS:
    void string_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("lists");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("problemKey");
        const int space = int(ConfigGroup::Lists::JoinCommaSpace);
        const int comma = int(ConfigGroup::Lists::JoinComma);
        const int refuse = int(ConfigGroup::Lists::Refuse);

        QTest::newRow("absent: fallback")
            << QByteArray("other=1") << space << QStringLiteral("fb") << QStringLiteral("g/other");
        QTest::newRow("plain, trimmed") << QByteArray("k=  港区役所 ") << space << QStringLiteral("港区役所")
                                        << QString();
        QTest::newRow("empty is a value") << QByteArray("k=") << space << QString() << QString();
        QTest::newRow("list joined as written") << QByteArray("k=a, b") << space << QStringLiteral("a, b") << QString();
        QTest::newRow("list joined for libpq")
            << QByteArray("k=h1, h2") << comma << QStringLiteral("h1,h2") << QString();
        QTest::newRow("quoted comma is one value")
            << QByteArray("k=\"a, b\"") << refuse << QStringLiteral("a, b") << QString();
        QTest::newRow("error: list where one value is expected")
            << QByteArray("k=a, b") << refuse << QStringLiteral("fb") << QStringLiteral("g/k");
    }

    void string()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, lists);
        QFETCH(QString, expected);
        QFETCH(QString, problemKey);
        QString value;
        const auto problems = readOne(line, [&](ConfigGroup &g) {
            value = g.string(QStringLiteral("k"), QStringLiteral("fb"), ConfigGroup::Lists(lists));
        });
        QCOMPARE(value, expected);
        checkProblems(problems, problemKey);
    }

    void list_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("absent: fallback") << QByteArray() << QStringList{QStringLiteral("fb")};
        QTest::newRow("one") << QByteArray("k=ja") << QStringList{QStringLiteral("ja")};
        QTest::newRow("several, trimmed")
            << QByteArray("k=ja, en ,vi")
            << QStringList{QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("vi")};
        QTest::newRow("empty items dropped")
            << QByteArray("k=ja,,en,") << QStringList{QStringLiteral("ja"), QStringLiteral("en")};
        QTest::newRow("empty") << QByteArray("k=") << QStringList{};
    }

    void list()
    {
        QFETCH(QByteArray, line);
        QFETCH(QStringList, expected);
        QStringList value;
        const auto problems =
            readOne(line, [&](ConfigGroup &g) { value = g.list(QStringLiteral("k"), {QStringLiteral("fb")}); });
        QCOMPARE(value, expected);
        checkProblems(problems, {});
    }

    void integer_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("emptyMeansDefault");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("problemKey");

        QTest::newRow("absent: fallback") << QByteArray() << false << qint64(42) << QString();
        QTest::newRow("in range") << QByteArray("n=90") << false << qint64(90) << QString();
        QTest::newRow("lower bound") << QByteArray("n=30") << false << qint64(30) << QString();
        QTest::newRow("upper bound") << QByteArray("n=1800") << false << qint64(1800) << QString();
        QTest::newRow("empty means default") << QByteArray("n=") << true << qint64(42) << QString();
        QTest::newRow("error: below range") << QByteArray("n=29") << false << qint64(42) << QStringLiteral("g/n");
        QTest::newRow("error: above range") << QByteArray("n=1801") << false << qint64(42) << QStringLiteral("g/n");
        QTest::newRow("error: not a number") << QByteArray("n=ten") << false << qint64(42) << QStringLiteral("g/n");
        QTest::newRow("error: fraction") << QByteArray("n=90.5") << false << qint64(42) << QStringLiteral("g/n");
        QTest::newRow("error: empty is a value") << QByteArray("n=") << false << qint64(42) << QStringLiteral("g/n");
    }

    void integer()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, emptyMeansDefault);
        QFETCH(qint64, expected);
        QFETCH(QString, problemKey);
        qint64 value = 0;
        const auto problems = readOne(
            line, [&](ConfigGroup &g) { value = g.integer(QStringLiteral("n"), 42, 30, 1800); },
            emptyMeansDefault ? ConfigGroup::Empty::MeansDefault : ConfigGroup::Empty::IsAValue);
        QCOMPARE(value, expected);
        checkProblems(problems, problemKey);
    }

    void decimal_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<double>("expected");
        QTest::addColumn<QString>("problemKey");

        QTest::newRow("absent: fallback") << QByteArray() << 1.0 << QString();
        QTest::newRow("in range") << QByteArray("x=1.25") << 1.25 << QString();
        QTest::newRow("whole number") << QByteArray("x=2") << 2.0 << QString();
        QTest::newRow("error: above range") << QByteArray("x=2.5") << 1.0 << QStringLiteral("g/x");
        QTest::newRow("error: not a number") << QByteArray("x=big") << 1.0 << QStringLiteral("g/x");
    }

    void decimal()
    {
        QFETCH(QByteArray, line);
        QFETCH(double, expected);
        QFETCH(QString, problemKey);
        double value = 0;
        const auto problems =
            readOne(line, [&](ConfigGroup &g) { value = g.decimal(QStringLiteral("x"), 1.0, 1.0, 2.0); });
        QCOMPARE(value, expected);
        checkProblems(problems, problemKey);
    }

    void boolean_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("problemKey");

        QTest::newRow("absent: fallback") << QByteArray() << true << QString();
        QTest::newRow("false") << QByteArray("b=false") << false << QString();
        QTest::newRow("no") << QByteArray("b=no") << false << QString();
        QTest::newRow("0") << QByteArray("b=0") << false << QString();
        QTest::newRow("TRUE (any case)") << QByteArray("b=TRUE") << true << QString();
        QTest::newRow("yes") << QByteArray("b=yes") << true << QString();
        QTest::newRow("error: maybe") << QByteArray("b=maybe") << true << QStringLiteral("g/b");
        QTest::newRow("error: empty") << QByteArray("b=") << true << QStringLiteral("g/b");
    }

    void boolean()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, expected);
        QFETCH(QString, problemKey);
        bool value = !expected;
        const auto problems = readOne(line, [&](ConfigGroup &g) { value = g.boolean(QStringLiteral("b"), true); });
        QCOMPARE(value, expected);
        checkProblems(problems, problemKey);
    }

    void choice_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("emptyMeansDefault");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("problemKey");

        QTest::newRow("absent: fallback") << QByteArray() << false << QStringLiteral("counter") << QString();
        QTest::newRow("one of the names")
            << QByteArray("mode=self_service") << false << QStringLiteral("self_service") << QString();
        QTest::newRow("empty means default") << QByteArray("mode=") << true << QStringLiteral("counter") << QString();
        QTest::newRow("error: unknown name")
            << QByteArray("mode=kiosk") << false << QStringLiteral("counter") << QStringLiteral("g/mode");
        QTest::newRow("error: case matters")
            << QByteArray("mode=Counter") << false << QStringLiteral("counter") << QStringLiteral("g/mode");
        QTest::newRow("error: empty is a value")
            << QByteArray("mode=") << false << QStringLiteral("counter") << QStringLiteral("g/mode");
    }

    void choice()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, emptyMeansDefault);
        QFETCH(QString, expected);
        QFETCH(QString, problemKey);
        QString value;
        const auto problems = readOne(
            line,
            [&](ConfigGroup &g) {
                value = g.choice(QStringLiteral("mode"), QStringLiteral("counter"),
                                 {QStringLiteral("counter"), QStringLiteral("self_service")});
            },
            emptyMeansDefault ? ConfigGroup::Empty::MeansDefault : ConfigGroup::Empty::IsAValue);
        QCOMPARE(value, expected);
        checkProblems(problems, problemKey);
        if (!problemKey.isEmpty()) {
            QVERIFY(problems.first().message.contains(QStringLiteral("counter or self_service")));
        }
    }

    void unknownKeys_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QStringList>("problemKeys");

        QTest::newRow("all known") << QByteArray("[g]\na=1\nb=2\n") << QStringList{};
        QTest::newRow("known but not read (markKnown)") << QByteArray("[g]\na=1\nc=3\n") << QStringList{};
        QTest::newRow("other groups are not ours") << QByteArray("[g]\na=1\n[h]\nzz=1\n") << QStringList{};
        QTest::newRow("error: misspelt key")
            << QByteArray("[g]\na=1\nidel_timeout_s=90\n") << QStringList{QStringLiteral("g/idel_timeout_s")};
        QTest::newRow("error: two unknown keys")
            << QByteArray("[g]\nx=1\ny=2\n") << QStringList{QStringLiteral("g/x"), QStringLiteral("g/y")};
    }

    void unknownKeys()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QStringList, problemKeys);
        QSettings s(write(ini), QSettings::IniFormat);
        QList<ConfigProblem> problems;
        {
            ConfigGroup g(s, QStringLiteral("g"), &problems);
            g.string(QStringLiteral("a"));
            g.integer(QStringLiteral("b"), 0, 0, 10);
            g.markKnown({QStringLiteral("c")});
            QCOMPARE(g.problemCount(), 0); // reported when the reader goes out of scope
        }
        QStringList keys;
        for (const ConfigProblem &p : std::as_const(problems)) {
            keys.append(p.key);
            QVERIFY(p.message.contains(QStringLiteral("unknown key")));
        }
        keys.sort();
        QCOMPARE(keys, problemKeys);
        // The group was closed: the settings read top-level keys again.
        QCOMPARE(s.group(), QString());
    }

    void files_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("what"); // folder, file, private file, loose file, missing
        QTest::addColumn<bool>("ok");

        QTest::newRow("folder: a folder") << QStringLiteral("folder") << QStringLiteral("folder") << true;
        QTest::newRow("error: folder: a file") << QStringLiteral("folder") << QStringLiteral("private") << false;
        QTest::newRow("error: folder: missing") << QStringLiteral("folder") << QStringLiteral("missing") << false;
        QTest::newRow("file: a file") << QStringLiteral("file") << QStringLiteral("private") << true;
        QTest::newRow("error: file: a folder") << QStringLiteral("file") << QStringLiteral("folder") << false;
        QTest::newRow("error: file: missing") << QStringLiteral("file") << QStringLiteral("missing") << false;
        QTest::newRow("readable: a file") << QStringLiteral("readable") << QStringLiteral("private") << true;
        QTest::newRow("error: readable: missing") << QStringLiteral("readable") << QStringLiteral("missing") << false;
        QTest::newRow("error: readable: mode 0200")
            << QStringLiteral("readable") << QStringLiteral("unreadable") << false;
        QTest::newRow("not writable by others: 0600") << QStringLiteral("private") << QStringLiteral("private") << true;
        QTest::newRow("error: not writable by others: 0666")
            << QStringLiteral("private") << QStringLiteral("loose") << false;
        QTest::newRow("read: a file") << QStringLiteral("read") << QStringLiteral("private") << true;
        QTest::newRow("error: read: missing") << QStringLiteral("read") << QStringLiteral("missing") << false;
    }

    void files()
    {
        QFETCH(QString, check);
        QFETCH(QString, what);
        QFETCH(bool, ok);
        if (what == QLatin1String("unreadable") && ::geteuid() == 0) {
            QSKIP("root reads every file");
        }
        QTemporaryDir dir;
        QString path = dir.filePath(what);
        if (what == QLatin1String("folder")) {
            path = dir.path();
        } else if (what != QLatin1String("missing")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("content\n");
            f.close();
            QFile::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            if (what == QLatin1String("loose")) {
                mode |= QFileDevice::WriteGroup | QFileDevice::WriteOther | QFileDevice::ReadGroup;
            } else if (what == QLatin1String("unreadable")) {
                mode = QFileDevice::WriteOwner;
            }
            QVERIFY(f.setPermissions(mode));
        }
        QSettings s(write("[g]\npath=x\n"), QSettings::IniFormat);
        QList<ConfigProblem> problems;
        bool result = false;
        {
            ConfigGroup g(s, QStringLiteral("g"), &problems);
            g.has(QStringLiteral("path"));
            const QString key = QStringLiteral("path");
            if (check == QLatin1String("folder")) {
                result = g.requireFolder(key, path);
            } else if (check == QLatin1String("file")) {
                result = g.requireFile(key, path);
            } else if (check == QLatin1String("readable")) {
                result = g.requireReadableFile(key, path);
            } else if (check == QLatin1String("private")) {
                result = g.requireNotWritableByOthers(key, path);
            } else {
                const auto content = g.readFile(key, path);
                result = content.has_value();
                if (content) {
                    QCOMPARE(*content, QByteArray("content\n"));
                }
            }
        }
        QCOMPARE(result, ok);
        checkProblems(problems, ok ? QString() : QStringLiteral("g/path"));
    }

    void iniFile_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("ok");

        QTest::newRow("a valid file") << QStringLiteral("valid") << true;
        QTest::newRow("error: missing") << QStringLiteral("missing") << false;
        QTest::newRow("error: a folder") << QStringLiteral("folder") << false;
    }

    void iniFile()
    {
        QFETCH(QString, what);
        QFETCH(bool, ok);
        QString path = m_dir.filePath(QStringLiteral("missing.ini"));
        if (what == QLatin1String("valid")) {
            path = write("[g]\na=1\n");
        } else if (what == QLatin1String("folder")) {
            path = m_dir.path();
        }
        QList<ConfigProblem> problems;
        const auto settings = openIniFile(path, &problems);
        QCOMPARE(settings != nullptr, ok);
        if (!ok) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().key, QString());
            QVERIFY(problems.first().message.contains(path));
        } else {
            QVERIFY(problems.isEmpty());
            QCOMPARE(settings->value(QStringLiteral("g/a")).toString(), QStringLiteral("1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigGroup)
#include "TestConfigGroup.moc"
