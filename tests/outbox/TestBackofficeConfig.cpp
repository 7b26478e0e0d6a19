// The [outbox], [intake], [inbox] and [admin] groups: defaults, every broken value reported by its key, no crash.
#include "outbox/BackofficeConfig.h"
#include "outbox/Pg.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai::backoffice;
using kakanai::ConfigProblem;

class TestBackofficeConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ca, m_cert, m_key, m_looseKey, m_notCert;

    QString file(const QString &name, const QByteArray &content, mode_t mode = 0644)
    {
        const QString p = m_dir.filePath(name);
        if (!fixtures::writeFile(p, content) || ::chmod(QFile::encodeName(p).constData(), mode) != 0) {
            qFatal("cannot write fixture");
        }
        return p;
    }

    BackofficeConfig load(QString ini, BackofficeConfig::Parts parts, QList<ConfigProblem> *problems)
    {
        ini.replace(QStringLiteral("$CA"), m_ca)
            .replace(QStringLiteral("$CERT"), m_cert)
            .replace(QStringLiteral("$LOOSE"), m_looseKey)
            .replace(QStringLiteral("$KEY"), m_key)
            .replace(QStringLiteral("$NOTCERT"), m_notCert)
            .replace(QStringLiteral("$DIR"), m_dir.path());
        const QString path = file(QStringLiteral("kakanai.ini"), ini.toUtf8());
        return BackofficeConfig::load(path, parts, problems);
    }

    static QString intake(const QString &extra = {})
    {
        return QStringLiteral("[intake]\nhost=intake.city.example\nuser=kiosk_0001\nsslrootcert=$CA\nsslcert=$CERT\n"
                              "sslkey=$KEY\n") +
               extra;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        m_ca = file(QStringLiteral("ca.crt"), pem);
        m_cert = file(QStringLiteral("kiosk.crt"), pem);
        m_key = file(QStringLiteral("kiosk.key"), QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"), 0600);
        m_looseKey = file(QStringLiteral("loose.key"), QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"), 0644);
        m_notCert = file(QStringLiteral("notes.txt"), QByteArrayLiteral("hello"));
    }

    void defaults()
    {
        QList<ConfigProblem> problems;
        const BackofficeConfig c = load(QString(), BackofficeConfig::Intake, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(!c.intake.isConfigured()); // no [intake]: the outbox-only default
        QCOMPARE(c.intake.port, 5432);
        QCOMPARE(c.intake.dbname, QStringLiteral("kakanai"));
        QCOMPARE(c.intake.connectTimeoutS, 10);
        QCOMPARE(c.sync.batchSize, 100);
        QCOMPARE(c.sync.backoffMinMs, qint64(1000));
        QCOMPARE(c.sync.backoffMaxMs, qint64(30000));
        QCOMPARE(c.sync.pollIntervalMs, qint64(30000));
        QCOMPARE(c.outbox.path, QStringLiteral("/var/lib/kakanai/outbox.sqlite"));
        QCOMPARE(c.outbox.keyFile, QStringLiteral("/var/lib/kakanai/outbox.key"));
    }

    void fullConfig()
    {
        QList<ConfigProblem> problems;
        const BackofficeConfig c = load(
            QStringLiteral("[outbox]\npath=$DIR/outbox.sqlite\nkey_file=$DIR/outbox.key\n") +
                intake(QStringLiteral("port=6432\ndbname=intake\nconnect_timeout=3\nbatch_size=50\nbackoff_min_ms=200\n"
                                      "backoff_max_ms=5000\npoll_interval_ms=1000\nhostaddr=10.0.0.5\n")) +
                QStringLiteral("[inbox]\nhost=intake.city.example\nuser=staff_suzuki\nsslrootcert=$CA\nsslcert=$CERT\n"
                               "sslkey=$KEY\ntime_zone=Asia/Tokyo\nlist_limit=200\n"
                               "[admin]\nuser=kakanai_owner\n"
                               "[card]\nreader=Virtual PCD\n"),
            BackofficeConfig::All, &problems);
        QVERIFY2(problems.isEmpty(),
                 problems.isEmpty() ? "" : qPrintable(problems.first().key + problems.first().message));
        QCOMPARE(c.outbox.path, m_dir.filePath(QStringLiteral("outbox.sqlite")));
        QCOMPARE(c.intake.host, QStringLiteral("intake.city.example"));
        QCOMPARE(c.intake.hostaddr, QStringLiteral("10.0.0.5"));
        QCOMPARE(c.intake.port, 6432);
        QCOMPARE(c.intake.dbname, QStringLiteral("intake"));
        QCOMPARE(c.intake.user, QStringLiteral("kiosk_0001"));
        QCOMPARE(c.intake.connectTimeoutS, 3);
        QCOMPARE(c.sync.batchSize, 50);
        QCOMPARE(c.sync.backoffMinMs, qint64(200));
        QCOMPARE(c.sync.backoffMaxMs, qint64(5000));
        QCOMPARE(c.sync.pollIntervalMs, qint64(1000));
        QCOMPARE(c.inbox.user, QStringLiteral("staff_suzuki"));
        QCOMPARE(c.inbox.timeZone, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(c.inboxOptions.listLimit, 200);
        // [admin] borrows every key it does not set from [inbox].
        QCOMPARE(c.admin.user, QStringLiteral("kakanai_owner"));
        QCOMPARE(c.admin.host, QStringLiteral("intake.city.example"));
        QCOMPARE(c.admin.sslkey, m_key);
    }

    void hostList()
    {
        // QSettings splits "a,b" into a list; libpq's multi-host form must survive as one value.
        QList<ConfigProblem> problems;
        const BackofficeConfig c = load(intake().replace(QStringLiteral("host=intake.city.example"),
                                                         QStringLiteral("host=pg1.city.example,pg2.city.example")),
                                        BackofficeConfig::Intake, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.intake.host, QStringLiteral("pg1.city.example,pg2.city.example"));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("key");
        const int outboxIntake = int(BackofficeConfig::Outbox | BackofficeConfig::Intake);
        QTest::newRow("misspelt outbox key")
            << QStringLiteral("[outbox]\npaht=/tmp/x\n") << outboxIntake << QStringLiteral("outbox/paht");
        QTest::newRow("outbox folder missing") << QStringLiteral("[outbox]\npath=/no/such/folder/outbox.sqlite\n")
                                               << outboxIntake << QStringLiteral("outbox/path");
        QTest::newRow("empty key file") << QStringLiteral("[outbox]\nkey_file=\n") << outboxIntake
                                        << QStringLiteral("outbox/key_file");
        QTest::newRow("port not a number")
            << intake(QStringLiteral("port=fivefourthreetwo\n")) << outboxIntake << QStringLiteral("intake/port");
        QTest::newRow("port out of range")
            << intake(QStringLiteral("port=70000\n")) << outboxIntake << QStringLiteral("intake/port");
        QTest::newRow("batch size zero") << intake(QStringLiteral("batch_size=0\n")) << outboxIntake
                                         << QStringLiteral("intake/batch_size");
        QTest::newRow("backoff max below min") << intake(QStringLiteral("backoff_min_ms=5000\nbackoff_max_ms=1000\n"))
                                               << outboxIntake << QStringLiteral("intake/backoff_max_ms");
        QTest::newRow("no user") << intake().replace(QStringLiteral("user=kiosk_0001\n"), QString()) << outboxIntake
                                 << QStringLiteral("intake/user");
        QTest::newRow("no CA") << intake().replace(QStringLiteral("sslrootcert=$CA\n"), QString()) << outboxIntake
                               << QStringLiteral("intake/sslrootcert");
        QTest::newRow("CA file missing") << intake().replace(QStringLiteral("$CA"),
                                                             QStringLiteral("/nonexistent/ca.crt"))
                                         << outboxIntake << QStringLiteral("intake/sslrootcert");
        QTest::newRow("CA is not a certificate") << intake().replace(QStringLiteral("$CA"), QStringLiteral("$NOTCERT"))
                                                 << outboxIntake << QStringLiteral("intake/sslrootcert");
        QTest::newRow("no client certificate") << intake().replace(QStringLiteral("sslcert=$CERT\n"), QString())
                                               << outboxIntake << QStringLiteral("intake/sslcert");
        QTest::newRow("client key readable by others")
            << intake().replace(QStringLiteral("$KEY"), QStringLiteral("$LOOSE")) << outboxIntake
            << QStringLiteral("intake/sslkey");
        QTest::newRow("client key missing")
            << intake().replace(QStringLiteral("$KEY"), QStringLiteral("/nonexistent/k")) << outboxIntake
            << QStringLiteral("intake/sslkey");
        QTest::newRow("sslmode is not configurable")
            << intake(QStringLiteral("sslmode=disable\n")) << outboxIntake << QStringLiteral("intake/sslmode");
        QTest::newRow("connect timeout zero") << intake(QStringLiteral("connect_timeout=0\n")) << outboxIntake
                                              << QStringLiteral("intake/connect_timeout");
        QTest::newRow("inbox without host")
            << QStringLiteral("[inbox]\nuser=staff\n") << int(BackofficeConfig::Inbox) << QStringLiteral("inbox/host");
        QTest::newRow("inbox bad time zone")
            << QStringLiteral(
                   "[inbox]\nhost=h\nuser=u\nsslrootcert=$CA\nsslcert=$CERT\nsslkey=$KEY\ntime_zone=Mars/Olympus\n")
            << int(BackofficeConfig::Inbox) << QStringLiteral("inbox/time_zone");
        QTest::newRow("inbox list limit") << QStringLiteral("[inbox]\nhost=h\nuser=u\nsslrootcert=$CA\nsslcert=$CERT\n"
                                                            "sslkey=$KEY\nlist_limit=many\n")
                                          << int(BackofficeConfig::Inbox) << QStringLiteral("inbox/list_limit");
        QTest::newRow("workstation id with a space")
            << QStringLiteral("[inbox]\nhost=db\nuser=staff\nsslrootcert=$CA\nsslcert=$CERT\n"
                              "sslkey=$KEY\nworkstation_id=desk 3\n")
            << int(BackofficeConfig::Inbox) << QStringLiteral("inbox/workstation_id");
        QTest::newRow("admin with nothing to borrow")
            << QStringLiteral("[admin]\nuser=owner\n") << int(BackofficeConfig::Admin) << QStringLiteral("admin/host");
    }
    void problems()
    {
        QFETCH(QString, ini);
        QFETCH(int, parts);
        QFETCH(QString, key);
        QList<ConfigProblem> problems;
        const BackofficeConfig c = load(ini, BackofficeConfig::Parts(parts), &problems);
        Q_UNUSED(c);
        QVERIFY2(!problems.isEmpty(), "a problem was expected");
        QStringList keys;
        for (const ConfigProblem &p : problems) {
            keys.append(p.key);
            QVERIFY(!p.message.isEmpty());
        }
        QVERIFY2(keys.contains(key), qPrintable(keys.join(QLatin1Char(' '))));
    }

    void onlyTheRequestedGroups()
    {
        // kakanai-inbox does not care about a broken [intake], nor the kiosk about a broken [inbox].
        QList<ConfigProblem> problems;
        load(QStringLiteral("[outbox]\npath=$DIR/outbox.sqlite\n") + intake(QStringLiteral("port=x\n")) +
                 QStringLiteral("[inbox]\nport=y\n"),
             BackofficeConfig::Outbox, &problems);
        QVERIFY(problems.isEmpty());
    }

    void missingFile()
    {
        QList<ConfigProblem> problems;
        BackofficeConfig::load(m_dir.filePath(QStringLiteral("absent.ini")), BackofficeConfig::All, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().key.isEmpty());
        QVERIFY(problems.first().message.contains(QStringLiteral("does not exist")));
    }

    void connectionAlwaysVerifiesFully()
    {
        QList<ConfigProblem> problems;
        const BackofficeConfig c = load(intake(), BackofficeConfig::Intake, &problems);
        QVERIFY(problems.isEmpty());
        const auto params = connectionParameters(c.intake);
        QHash<QByteArray, QByteArray> p;
        for (const auto &[k, v] : params) {
            p.insert(k, v);
        }
        QCOMPARE(p.value("sslmode"), QByteArray("verify-full"));
        QCOMPARE(p.value("ssl_min_protocol_version"), QByteArray("TLSv1.2"));
        QCOMPARE(p.value("sslrootcert"), m_ca.toUtf8());
        QCOMPARE(p.value("sslkey"), m_key.toUtf8());
        QCOMPARE(p.value("gssencmode"), QByteArray("disable"));
        QVERIFY(p.contains("tcp_user_timeout"));
        QVERIFY(!p.contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestBackofficeConfig)
#include "TestBackofficeConfig.moc"
