// The kiosk's one composition root: `kakanai-kiosk --check-config` (run as a process) and the real start
// (KioskApp::create in this process) build the same graph, so they accept the same configurations and report the
// same problems; the check starts no thread and shows no window; the kiosk's parts share one clock and one copy of
// the form data.
#include "app/core/KioskSession.h"
#include "app/ui/KioskApp.h"
#include "app/ui/KioskWindow.h"
#include "tests/app/AppTestSupport.h"

#include "cardreader/CardService.h"
#include "outbox/DataKey.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kakanai;
using namespace kakanai::kiosk;
using namespace kakanai::testing;

class TestKioskComposition : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString staffAccounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("staff"));
        if (!QFile::exists(path)) {
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(StaffAccounts::makeLine(QStringLiteral("S001"), SecretBytes(QByteArrayLiteral("258046")), {},
                                            StaffAccounts::MinIterations)
                        ->toUtf8() +
                    '\n');
            f.close();
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return path;
    }

    // The sample configuration with the staff accounts of this test, `changes` applied line by line ("group/key=
    // value" replaces or adds a key; "group/key" alone removes it); @DIR@ is this test's folder. A new file each
    // time: QSettings caches a file's contents per path within a process.
    QString configWith(const QStringList &changes)
    {
        const QString path = m_dir.filePath(QStringLiteral("kakanai-%1.ini").arg(++m_files));
        {
            QFile sample(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/config/kakanai.sample.ini"));
            sample.open(QIODevice::ReadOnly);
            QFile out(path);
            out.open(QIODevice::WriteOnly);
            out.write(sample.readAll());
        }
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("kiosk/staff_accounts"), staffAccounts());
        // The sample's outbox lives in the installed system's state directory; the test's in its own folder.
        s.setValue(QStringLiteral("outbox/path"), m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(m_files)));
        s.setValue(QStringLiteral("outbox/key_file"), m_dir.filePath(QStringLiteral("outbox.key")));
        s.setValue(QStringLiteral("kiosk/state_dir"), m_dir.path());
        for (QString change : changes) {
            change.replace(QStringLiteral("@DIR@"), m_dir.path());
            const qsizetype eq = change.indexOf(QLatin1Char('='));
            if (eq < 0) {
                s.remove(change);
            } else {
                s.setValue(change.left(eq), change.mid(eq + 1));
            }
        }
        s.sync();
        return path;
    }

    struct Checked
    {
        int exitCode = -1;
        QStringList keys; // sorted
    };

    // `kakanai-kiosk --config PATH --check-config`: its exit code and the keys of the problems it printed.
    static Checked checkConfig(const QString &path)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KAKANAI_BIN_DIR "/kakanai-kiosk"),
                {QStringLiteral("--config"), path, QStringLiteral("--check-config")});
        Checked c;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return c;
        }
        c.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        const QString prefix = QStringLiteral("kakanai-kiosk: configuration error: ");
        for (const QString &line : QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'))) {
            if (line.startsWith(prefix)) {
                const QString rest = line.mid(prefix.size());
                c.keys.append(rest.left(rest.indexOf(QStringLiteral(": "))));
            }
        }
        c.keys.sort();
        return c;
    }

    static QStringList keysOf(const QList<ConfigProblem> &problems)
    {
        QStringList keys;
        for (const ConfigProblem &p : problems) {
            keys.append(p.key);
        }
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(KAKANAI_BIN_DIR "/kakanai-kiosk")));
        QVERIFY(backoffice::DataKey::create(m_dir.filePath(QStringLiteral("outbox.key"))));
    }

    void checkAndStartAgree_data()
    {
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("problemKeys"); // sorted; empty: both succeed

        QTest::newRow("sample configuration") << QStringList{} << QStringList{};
        QTest::newRow("development folder sink")
            << QStringList{QStringLiteral("submit/sink=dev_folder"), QStringLiteral("submit/dev_folder=@DIR@/requests")}
            << QStringList{};
        QTest::newRow("self-service without staff accounts")
            << QStringList{QStringLiteral("kiosk/mode=self_service"), QStringLiteral("kiosk/staff_accounts")}
            << QStringList{};
        QTest::newRow("error: misspelt kiosk key") << QStringList{QStringLiteral("kiosk/idel_timeout_s=90")}
                                                   << QStringList{QStringLiteral("kiosk/idel_timeout_s")};
        QTest::newRow("error: idle timeout out of range") << QStringList{QStringLiteral("kiosk/idle_timeout_s=5")}
                                                          << QStringList{QStringLiteral("kiosk/idle_timeout_s")};
        QTest::newRow("error: staff accounts missing")
            << QStringList{QStringLiteral("kiosk/staff_accounts=@DIR@/nobody")}
            << QStringList{QStringLiteral("kiosk/staff_accounts")};
        QTest::newRow("error: unknown card key")
            << QStringList{QStringLiteral("card/readr=Virtual PCD")} << QStringList{QStringLiteral("card/readr")};
        QTest::newRow("error: forms folder missing") << QStringList{QStringLiteral("forms/directory=@DIR@/no-forms")}
                                                     << QStringList{QStringLiteral("forms/directory")};
        QTest::newRow("error: outbox sink without its data key")
            << QStringList{QStringLiteral("submit/sink=outbox"), QStringLiteral("outbox/path=@DIR@/outbox.sqlite"),
                           QStringLiteral("outbox/key_file=@DIR@/missing.key"),
                           QStringLiteral("printer/pdf_directory=@DIR@")}
            << QStringList{QStringLiteral("outbox/key_file")};
        QTest::newRow("error: outbox sink with a misspelt printer key")
            << QStringList{QStringLiteral("submit/sink=outbox"), QStringLiteral("outbox/path=@DIR@/outbox.sqlite"),
                           QStringLiteral("outbox/key_file=@DIR@/outbox.key"),
                           QStringLiteral("printer/reciept_format=a6")}
            << QStringList{QStringLiteral("printer/reciept_format")};
        QTest::newRow("error: outbox sink with a missing font")
            << QStringList{QStringLiteral("submit/sink=outbox"), QStringLiteral("outbox/path=@DIR@/outbox.sqlite"),
                           QStringLiteral("outbox/key_file=@DIR@/outbox.key"),
                           QStringLiteral("printer/pdf_directory=@DIR@"),
                           QStringLiteral("printer/font_family=No Such Font Kakanai")}
            << QStringList{QStringLiteral("printer/font_family")};
    }

    void checkAndStartAgree()
    {
        QFETCH(QStringList, changes);
        QFETCH(QStringList, problemKeys);
        const QString path = configWith(changes);

        const Checked checked = checkConfig(path);
        QCOMPARE(checked.keys, problemKeys);
        QCOMPARE(checked.exitCode, problemKeys.isEmpty() ? 0 : 2);

        // The real start, with a scripted card (no pcscd needed) and nothing else replaced.
        QSettings settings(path, QSettings::IniFormat);
        FakeCardPort card;
        KioskApp::Options options;
        options.card = &card;
        options.idleTicking = false;
        QList<ConfigProblem> problems;
        const auto app = KioskApp::create(settings, options, &problems);
        QCOMPARE(keysOf(problems), problemKeys);
        QCOMPARE(app != nullptr, problemKeys.isEmpty());
    }

    void checkStartsNothing()
    {
        QSettings settings(configWith({}), QSettings::IniFormat);
        KioskApp::Options options;
        options.checkOnly = true;
        QList<ConfigProblem> problems;
        const auto app = KioskApp::create(settings, options, &problems);
        QVERIFY2(app, qPrintable(keysOf(problems).join(QLatin1Char(' '))));
        // The whole graph is there: the card service, the session, the screens ...
        QVERIFY(app->cardService());
        QVERIFY(app->session());
        QVERIFY(app->window());
        // ... but the card service never left this thread (no worker thread started) and no window is shown.
        QCOMPARE(app->cardService()->thread(), QThread::currentThread());
        QVERIFY(!app->window()->isVisible());
    }

    void checkOpensNoOutbox()
    {
        const QString outbox = m_dir.filePath(QStringLiteral("checked-outbox.sqlite"));
        const QString path = configWith({QStringLiteral("submit/sink=outbox"), QStringLiteral("outbox/path=") + outbox,
                                         QStringLiteral("outbox/key_file=@DIR@/outbox.key"),
                                         QStringLiteral("printer/pdf_directory=@DIR@")});
        const Checked checked = checkConfig(path);
        QCOMPARE(checked.keys, QStringList{});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY(!QFile::exists(outbox));

        // Positive control: the real start from the same file opens (creates) the outbox and uses it as the sink.
        QSettings settings(path, QSettings::IniFormat);
        FakeCardPort card;
        KioskApp::Options options;
        options.card = &card;
        options.idleTicking = false;
        QList<ConfigProblem> problems;
        const auto app = KioskApp::create(settings, options, &problems);
        QVERIFY2(app, qPrintable(keysOf(problems).join(QLatin1Char(' '))));
        QVERIFY(QFile::exists(outbox));
        QVERIFY(app->sink()->describe().startsWith(QStringLiteral("outbox")));
    }

    void oneClockAndOneFormData()
    {
        auto clock = std::make_shared<ManualClock>();
        FakeCardPort card;
        KioskApp::Options options;
        options.card = &card;
        options.clock = clock;
        options.idleTicking = false;
        QList<ConfigProblem> problems;
        auto config = testConfig(KioskMode::SelfService);
        config.sink = SinkKind::DevFolder;
        config.devFolder = m_dir.filePath(QStringLiteral("requests"));
        const auto app = KioskApp::create(config, options, &problems);
        QVERIFY(app);
        QCOMPARE(&app->clock(), static_cast<const Clock *>(clock.get()));
        // Moving the one clock moves the kiosk's time (the session's timestamps, 和暦 "today").
        const QDateTime before = app->clock().now();
        clock->advanceSeconds(3600);
        QCOMPARE(before.secsTo(app->clock().now()), qint64(3600));
        QVERIFY(app->formData().catalog.ids().size() > 0);
    }
};

QTEST_MAIN(TestKioskComposition)
#include "TestKioskComposition.moc"
