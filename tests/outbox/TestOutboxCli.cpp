// kakanai-outbox from the command line: init-key, enqueue, status, check, exit codes, and output that never holds
// a document's content.
#include "outbox/AuditLog.h"
#include "outbox/Outbox.h"
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/support/ProgramRun.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai::backoffice;

class TestOutboxCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;

    using Run = kakanai::testsupport::ProgramRun;

    Run run(const QStringList &args, const QString &ini = {})
    {
        return kakanai::testsupport::runProgram(fixtures::binPath(QStringLiteral("kakanai-outbox")),
                                                QStringList{QStringLiteral("--config"), ini.isEmpty() ? m_ini : ini} +
                                                    args);
    }

    QString file(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = file(QStringLiteral("kiosk.ini"));
        QVERIFY(fixtures::writeFile(m_ini,
                                    QStringLiteral("[outbox]\npath=%1\nkey_file=%2\n")
                                        .arg(file(QStringLiteral("outbox.sqlite")), file(QStringLiteral("outbox.key")))
                                        .toUtf8()));
    }
    void cleanup() { m_dir.reset(); }

    void initKeyOnce()
    {
        Run r = run({QStringLiteral("init-key")});
        QCOMPARE(r.exitCode, 0);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(file(QStringLiteral("outbox.key"))).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(st.st_size, off_t(32));
        const QByteArray key = fixtures::readFile(file(QStringLiteral("outbox.key")));
        r = run({QStringLiteral("init-key")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("key_exists"));
        QCOMPARE(fixtures::readFile(file(QStringLiteral("outbox.key"))), key);
    }

    void enqueueStatusCheck()
    {
        QCOMPARE(run({QStringLiteral("init-key")}).exitCode, 0);
        const fixtures::Persona p = fixtures::personas().first();
        const QJsonObject request =
            fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1, p.name, p.address, p.individualNumber);
        const QString id = request.value(QLatin1String("request_id")).toString();
        QVERIFY(fixtures::writeFile(file(QStringLiteral("r.json")), QJsonDocument(request).toJson()));
        Run r = run({QStringLiteral("enqueue"), file(QStringLiteral("r.json"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), (QStringLiteral("queued ") + id).toUtf8());
        r = run({QStringLiteral("enqueue"), QStringLiteral("--json"), file(QStringLiteral("r.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QLatin1String("already_queued")).toBool());

        r = run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s.value(QLatin1String("waiting")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("link")).toString(), QStringLiteral("not_configured"));
        QVERIFY(s.value(QLatin1String("oldest_waiting_age_s")).toInt() >= 0);
        r = run({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("waiting: 1"));
        r = run({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("integrity_check: ok"));
        r = run({QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(r.exitCode, 2); // no [intake]: nothing to sync to
        QVERIFY(r.err.contains("intake/host"));
    }

    // status names the set-aside requests (ids and error codes only); retry and discard handle them.
    void setAsideRetryDiscard()
    {
        QCOMPARE(run({QStringLiteral("init-key")}).exitCode, 0);
        const fixtures::Persona p = fixtures::personas().first();
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject request =
                fixtures::syntheticRequest(QStringLiteral("kiosk-01"), i, p.name, p.address, p.individualNumber);
            ids.append(request.value(QLatin1String("request_id")).toString());
            QVERIFY(fixtures::writeFile(file(QStringLiteral("r.json")), QJsonDocument(request).toJson()));
            QCOMPARE(run({QStringLiteral("enqueue"), file(QStringLiteral("r.json"))}).exitCode, 0);
        }
        {
            auto key = DataKey::load(file(QStringLiteral("outbox.key")));
            QVERIFY(key.ok());
            auto o =
                Outbox::open(file(QStringLiteral("outbox.sqlite")), std::make_shared<const DataKey>(std::move(*key)));
            QVERIFY(o.ok());
            for (const QString &id : std::as_const(ids)) {
                QVERIFY((*o)->reject(id, BackofficeError::make(BackofficeErrorCode::IntakeRejected)).ok());
            }
        }
        Run r = run({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("2 set aside"), r.out.constData());
        QVERIFY(r.out.contains(ids.at(0).toUtf8()) && r.out.contains("intake_rejected"));
        QVERIFY(!r.out.contains(p.name.toUtf8()));
        QCOMPARE(run({QStringLiteral("retry"), ids.at(0)}).exitCode, 0);
        r = run({QStringLiteral("discard"), ids.at(1), QStringLiteral("--reason"), QStringLiteral("withdrawn")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("discarded"));
        r = run({QStringLiteral("status")});
        QVERIFY2(r.out.contains("0 set aside"), r.out.constData());
        QVERIFY(r.out.contains("waiting: 1"));
    }

    // A discard is recorded in the kiosk's audit trail (the chain of kiosk/id): the request id, who, and the error it
    // was set aside for, never the reason's free text (it may name someone; here it does, as the control shows).
    // A discard that is refused records nothing.
    void discardIsAudited()
    {
        QVERIFY(fixtures::writeFile(m_ini, fixtures::readFile(m_ini) + "[kiosk]\nid=kiosk-cli-07\n"));
        QCOMPARE(run({QStringLiteral("init-key")}).exitCode, 0);
        const QJsonObject request = fixtures::syntheticRequest(QStringLiteral("kiosk-cli-07"), 1);
        const QString id = request.value(QLatin1String("request_id")).toString();
        QVERIFY(fixtures::writeFile(file(QStringLiteral("r.json")), QJsonDocument(request).toJson()));
        QCOMPARE(run({QStringLiteral("enqueue"), file(QStringLiteral("r.json"))}).exitCode, 0);
        auto loaded = DataKey::load(file(QStringLiteral("outbox.key")));
        QVERIFY(loaded.ok());
        const auto key = std::make_shared<const DataKey>(std::move(*loaded));
        {
            auto o = Outbox::open(file(QStringLiteral("outbox.sqlite")), key);
            QVERIFY(o.ok());
            BackofficeError refused = BackofficeError::make(BackofficeErrorCode::IntakeRejected,
                                                            QStringLiteral("new row violates check constraint"));
            refused.sqlState = QStringLiteral("23514");
            QVERIFY((*o)->reject(id, refused).ok());
        }
        const QString reason = QStringLiteral("山田さんが窓口で取り下げ");
        Run r = run({QStringLiteral("discard"), QStringLiteral("0190d7a0-0000-7000-8000-00000000dead"),
                     QStringLiteral("--reason"), reason, QStringLiteral("--staff"), QStringLiteral("IT01")});
        QCOMPARE(r.exitCode, 3); // not set aside: nothing discarded, nothing recorded
        r = run({QStringLiteral("discard"), id, QStringLiteral("--reason"), reason, QStringLiteral("--staff"),
                 QStringLiteral("IT01")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("audit kiosk-cli-07 #1: request_discarded"), r.out.constData());

        auto o = Outbox::open(file(QStringLiteral("outbox.sqlite")), key);
        QVERIFY(o.ok());
        QSqlQuery q(QSqlDatabase::database((*o)->connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM discarded")) && q.next());
        QCOMPARE(q.value(0).toString(), reason); // the control: the reason was given and kept
        q.finish();
        AuditLog log(**o, QStringLiteral("kiosk-cli-07"));
        auto pending = log.pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        const AuditEntry &e = pending->first();
        QCOMPARE(e.action, QStringLiteral("request_discarded"));
        QCOMPARE(e.requestId, id);
        QCOMPARE(e.staffId, QStringLiteral("IT01"));
        QCOMPARE(e.detail, (QStringList{QStringLiteral("intake_rejected"), QStringLiteral("sqlstate=23514")}));
        QVERIFY(!QString::fromUtf8(e.canonicalText()).contains(QStringLiteral("山田")));
        QVERIFY(!QString::fromUtf8(e.canonicalText()).contains(QStringLiteral("constraint")));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no command") << "key" << QStringList{} << 2 << QByteArray("usage");
        QTest::newRow("unknown command") << "key" << QStringList{QStringLiteral("drain")} << 2 << QByteArray("drain");
        QTest::newRow("config file missing")
            << "noini" << QStringList{QStringLiteral("status")} << 2 << QByteArray("does not exist");
        QTest::newRow("misspelt key") << "badini" << QStringList{QStringLiteral("status")} << 2
                                      << QByteArray("outbox/keyfile");
        QTest::newRow("key not created") << "" << QStringList{QStringLiteral("status")} << 3
                                         << QByteArray("key_missing");
        QTest::newRow("key readable by others")
            << "loosekey" << QStringList{QStringLiteral("status")} << 3 << QByteArray("key_permissions");
        QTest::newRow("key of the wrong size")
            << "shortkey" << QStringList{QStringLiteral("status")} << 3 << QByteArray("key_wrong_size");
        QTest::newRow("another key than the outbox's")
            << "otherkey" << QStringList{QStringLiteral("status")} << 3 << QByteArray("key_mismatch");
        QTest::newRow("request file missing")
            << "key" << QStringList{QStringLiteral("enqueue"), QStringLiteral("/nonexistent/r.json")} << 4
            << QByteArray("/nonexistent/r.json");
        QTest::newRow("invalid request") << "invalid" << QStringList{QStringLiteral("enqueue"), QStringLiteral("$BAD")}
                                         << 4 << QByteArray("invalid_request");
        QTest::newRow("enqueue without a file")
            << "key" << QStringList{QStringLiteral("enqueue")} << 2 << QByteArray("at least one");
        QTest::newRow("request id with a trailing newline")
            << "newline" << QStringList{QStringLiteral("enqueue"), QStringLiteral("$BAD")} << 4
            << QByteArray("'/request_id'");
        QTest::newRow("retry without an id")
            << "key" << QStringList{QStringLiteral("retry")} << 2 << QByteArray("usage");
        QTest::newRow("retry of a request not set aside")
            << "key" << QStringList{QStringLiteral("retry"), QStringLiteral("0190d7a0-0000-7000-8000-00000000dead")}
            << 3 << QByteArray("not_found");
        QTest::newRow("discard without a reason")
            << "key" << QStringList{QStringLiteral("discard"), QStringLiteral("0190d7a0-0000-7000-8000-00000000dead")}
            << 2 << QByteArray("--reason");
        QTest::newRow("discard of a request not set aside")
            << "key"
            << QStringList{QStringLiteral("discard"), QStringLiteral("0190d7a0-0000-7000-8000-00000000dead"),
                           QStringLiteral("--reason"), QStringLiteral("test")}
            << 3 << QByteArray("not_found");
    }
    void failures()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, says);
        QString ini = m_ini;
        const QString keyPath = file(QStringLiteral("outbox.key"));
        if (setup == QLatin1String("key") || setup == QLatin1String("invalid") || setup == QLatin1String("otherkey") ||
            setup == QLatin1String("newline")) {
            QCOMPARE(run({QStringLiteral("init-key")}).exitCode, 0);
        }
        if (setup == QLatin1String("otherkey")) {
            QCOMPARE(run({QStringLiteral("status")}).exitCode, 0); // creates the outbox with the first key
            QVERIFY(QFile::remove(keyPath));
            QCOMPARE(run({QStringLiteral("init-key")}).exitCode, 0);
        } else if (setup == QLatin1String("noini")) {
            ini = file(QStringLiteral("absent.ini"));
        } else if (setup == QLatin1String("badini")) {
            ini = file(QStringLiteral("bad.ini"));
            QVERIFY(fixtures::writeFile(ini, QByteArrayLiteral("[outbox]\nkeyfile=/tmp/x\n")));
        } else if (setup == QLatin1String("loosekey")) {
            QVERIFY(fixtures::writeFile(keyPath, QByteArray(32, 'k')));
            QCOMPARE(::chmod(QFile::encodeName(keyPath).constData(), 0644), 0);
        } else if (setup == QLatin1String("shortkey")) {
            QVERIFY(fixtures::writeFile(keyPath, QByteArray(16, 'k')));
            QCOMPARE(::chmod(QFile::encodeName(keyPath).constData(), 0600), 0);
        } else if (setup == QLatin1String("invalid")) {
            const fixtures::Persona p = fixtures::personas().first();
            QJsonObject r =
                fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1, p.name, p.address, p.individualNumber);
            r[QStringLiteral("mode")] = p.name; // wrong where personal data is: the message must not quote it
            QVERIFY(fixtures::writeFile(file(QStringLiteral("bad.json")), QJsonDocument(r).toJson()));
            args.replace(1, file(QStringLiteral("bad.json")));
        } else if (setup == QLatin1String("newline")) {
            // The case: acknowledged once, then refused by the intake forever.
            QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
            r[QStringLiteral("request_id")] =
                QString(r.value(QLatin1String("request_id")).toString() + QLatin1Char('\n'));
            QVERIFY(fixtures::writeFile(file(QStringLiteral("bad.json")), QJsonDocument(r).toJson()));
            args.replace(1, file(QStringLiteral("bad.json")));
        }
        const Run r = run(args, ini);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(says) || r.out.contains(says), r.err.constData());
        for (const fixtures::Persona &p : fixtures::personas()) {
            QVERIFY(!r.err.contains(p.name.toUtf8()));
            QVERIFY(!r.out.contains(p.name.toUtf8()));
        }
        // The outbox file, when one was made, stays private.
        struct stat st = {};
        if (::stat(QFile::encodeName(file(QStringLiteral("outbox.sqlite"))).constData(), &st) == 0) {
            QCOMPARE(st.st_mode & 0777, 0600u);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "TestOutboxCli.moc"
