// The data key file: created 0600 and never overwritten; refused when missing, loose, foreign, linked or the wrong
// size, each with its own error; never a fallback.
#include "outbox/DataKey.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kakanai::backoffice;

class TestDataKey : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void createThenLoad()
    {
        const QString p = path(QStringLiteral("outbox.key"));
        QVERIFY(DataKey::create(p).ok());
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(p).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(st.st_size, off_t(DataKey::Size));
        auto key = DataKey::load(p);
        QVERIFY(key.ok());
        QVERIFY(key->isValid());
        QCOMPARE(key->bytes(), fixtures::readFile(p));
        QCOMPARE(key->checkValue().size(), 32);
    }

    void createHonoursNoUmask()
    {
        const mode_t old = ::umask(0);
        const QString p = path(QStringLiteral("outbox.key"));
        const bool ok = DataKey::create(p).ok();
        ::umask(old);
        QVERIFY(ok);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(p).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void createNeverOverwrites()
    {
        const QString p = path(QStringLiteral("outbox.key"));
        QVERIFY(DataKey::create(p).ok());
        const QByteArray before = fixtures::readFile(p);
        auto again = DataKey::create(p);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, BackofficeErrorCode::KeyExists);
        QCOMPARE(again.error().key, QStringLiteral("outbox/key_file"));
        QCOMPARE(fixtures::readFile(p), before);
    }

    void createInMissingFolder()
    {
        auto r = DataKey::create(path(QStringLiteral("no/such/folder/outbox.key")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, BackofficeErrorCode::Io);
    }

    void twoKeysDiffer()
    {
        QVERIFY(DataKey::create(path(QStringLiteral("a.key"))).ok());
        QVERIFY(DataKey::create(path(QStringLiteral("b.key"))).ok());
        auto a = DataKey::load(path(QStringLiteral("a.key")));
        auto b = DataKey::load(path(QStringLiteral("b.key")));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->bytes() != b->bytes());
        QVERIFY(a->checkValue() != b->checkValue());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("code");
        QTest::newRow("missing") << "missing" << int(BackofficeErrorCode::KeyMissing);
        QTest::newRow("readable by group (0640)") << "0640" << int(BackofficeErrorCode::KeyPermissions);
        QTest::newRow("readable by all (0644)") << "0644" << int(BackofficeErrorCode::KeyPermissions);
        QTest::newRow("writable by others (0602)") << "0602" << int(BackofficeErrorCode::KeyPermissions);
        QTest::newRow("31 bytes") << "short" << int(BackofficeErrorCode::KeyWrongSize);
        QTest::newRow("33 bytes") << "long" << int(BackofficeErrorCode::KeyWrongSize);
        QTest::newRow("empty file") << "empty" << int(BackofficeErrorCode::KeyWrongSize);
        QTest::newRow("hex text instead of bytes") << "hex" << int(BackofficeErrorCode::KeyWrongSize);
        QTest::newRow("a folder") << "folder" << int(BackofficeErrorCode::KeyPermissions);
        QTest::newRow("a symbolic link") << "symlink" << int(BackofficeErrorCode::KeyPermissions);
        QTest::newRow("no path configured") << "nopath" << int(BackofficeErrorCode::Config);
    }
    void refused()
    {
        QFETCH(QString, setup);
        QFETCH(int, code);
        QString p = path(QStringLiteral("outbox.key"));
        auto write = [&](const QByteArray &bytes, mode_t mode) {
            QVERIFY(fixtures::writeFile(p, bytes));
            QCOMPARE(::chmod(QFile::encodeName(p).constData(), mode), 0);
        };
        if (setup == QLatin1String("0640")) {
            write(QByteArray(32, 'k'), 0640);
        } else if (setup == QLatin1String("0644")) {
            write(QByteArray(32, 'k'), 0644);
        } else if (setup == QLatin1String("0602")) {
            write(QByteArray(32, 'k'), 0602);
        } else if (setup == QLatin1String("short")) {
            write(QByteArray(31, 'k'), 0600);
        } else if (setup == QLatin1String("long")) {
            write(QByteArray(33, 'k'), 0600);
        } else if (setup == QLatin1String("empty")) {
            write(QByteArray(), 0600);
        } else if (setup == QLatin1String("hex")) {
            write(QByteArray(32, 'k').toHex(), 0600);
        } else if (setup == QLatin1String("folder")) {
            QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("outbox.key")));
        } else if (setup == QLatin1String("symlink")) {
            const QString target = path(QStringLiteral("real.key"));
            QVERIFY(DataKey::create(target).ok());
            QVERIFY(QFile::link(target, p));
        } else if (setup == QLatin1String("nopath")) {
            p.clear();
        }
        auto key = DataKey::load(p);
        QVERIFY(!key.ok());
        QCOMPARE(int(key.error().code), code);
        QCOMPARE(key.error().key, QStringLiteral("outbox/key_file"));
        QVERIFY(!key.error().detail.isEmpty() || code == int(BackofficeErrorCode::Config));
    }

    void privateFileCheck()
    {
        const QString p = path(QStringLiteral("client.key"));
        QVERIFY(fixtures::writeFile(p, QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n")));
        QCOMPARE(::chmod(QFile::encodeName(p).constData(), 0600), 0);
        QVERIFY(checkPrivateFile(p, QStringLiteral("intake/sslkey")).ok());
        QCOMPARE(::chmod(QFile::encodeName(p).constData(), 0644), 0);
        auto loose = checkPrivateFile(p, QStringLiteral("intake/sslkey"));
        QVERIFY(!loose.ok());
        QCOMPARE(loose.error().code, BackofficeErrorCode::KeyPermissions);
        QCOMPARE(loose.error().key, QStringLiteral("intake/sslkey"));
        QVERIFY(loose.error().detail.contains(QStringLiteral("0644")));
    }

    void fromBytes()
    {
        QVERIFY(DataKey::fromBytes(QByteArray(32, 'k')).isValid());
        QVERIFY(!DataKey::fromBytes(QByteArray(16, 'k')).isValid());
        QVERIFY(DataKey::fromBytes(QByteArray(16, 'k')).checkValue().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataKey)
#include "TestDataKey.moc"
