// What each role may do at the intake, and the TLS it takes to get in. The kiosk role inserts and can read
// nothing back; staff read and change the status but never the document; connections with a wrong CA, an expired
// server certificate, a wrong host name, no client certificate or a certificate of another CA are refused.
#include "inbox/IntakeRepository.h"
#include "outbox/Pg.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QTest>

using namespace kakanai::backoffice;

class TestIntakeSecurity : public QObject
{
    Q_OBJECT

    QString m_kiosk;
    QString m_requestId;

    std::unique_ptr<PgConnection> connectAs(const QString &role)
    {
        auto c = PgConnection::connect(fixtures::pgSettings(role));
        if (!c) {
            qWarning("%s: %s", qPrintable(role), qPrintable(c.error().toLogString()));
            return nullptr;
        }
        return std::move(*c);
    }

    static QByteArray document(const QJsonObject &r) { return QJsonDocument(r).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        QVERIFY(fixtures::pgctl({QStringLiteral("tls"), QStringLiteral("normal")}));
        m_kiosk = fixtures::uniqueKioskId("security");
        auto kiosk = connectAs(QStringLiteral("kiosk"));
        QVERIFY(kiosk);
        const QJsonObject r = fixtures::syntheticRequest(m_kiosk, 1);
        m_requestId = r.value(QLatin1String("request_id")).toString();
        auto inserted =
            kiosk->exec(QStringLiteral("INSERT INTO intake.requests (document) VALUES ($1::jsonb)"), {document(r)});
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().toLogString()));
        QCOMPARE(inserted->affected(), qint64(1));
    }

    void kioskMayOnlyInsert_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("SELECT") << QStringLiteral("SELECT * FROM intake.requests") << false;
        QTest::newRow("SELECT one column") << QStringLiteral("SELECT request_id FROM intake.requests") << false;
        QTest::newRow("SELECT count") << QStringLiteral("SELECT count(*) FROM intake.requests") << false;
        QTest::newRow("INSERT … RETURNING")
            << QStringLiteral("INSERT INTO intake.requests (document) VALUES ($DOC::jsonb) "
                              "RETURNING request_id")
            << false;
        QTest::newRow("INSERT with a chosen status")
            << QStringLiteral("INSERT INTO intake.requests (document, status) VALUES ($DOC::jsonb, 'registered')")
            << false;
        QTest::newRow("UPDATE") << QStringLiteral("UPDATE intake.requests SET status = 'accepted'") << false;
        QTest::newRow("DELETE") << QStringLiteral("DELETE FROM intake.requests") << false;
        QTest::newRow("TRUNCATE") << QStringLiteral("TRUNCATE intake.requests") << false;
        QTest::newRow("migrations table") << QStringLiteral("SELECT * FROM public.schema_migrations") << false;
        QTest::newRow("COPY out") << QStringLiteral("COPY intake.requests TO STDOUT") << false;
        QTest::newRow("INSERT the document")
            << QStringLiteral("INSERT INTO intake.requests (document) VALUES ($DOC::jsonb)") << true;
        QTest::newRow("INSERT again: no error, no row")
            << QStringLiteral("INSERT INTO intake.requests (document) VALUES ($SAME::jsonb) ON CONFLICT DO NOTHING")
            << true;
    }
    void kioskMayOnlyInsert()
    {
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        auto kiosk = connectAs(QStringLiteral("kiosk"));
        QVERIFY(kiosk);
        QList<QByteArray> params;
        if (sql.contains(QLatin1String("$DOC"))) {
            sql.replace(QStringLiteral("$DOC"), QStringLiteral("$1"));
            params.append(document(fixtures::syntheticRequest(m_kiosk, 2)));
        } else if (sql.contains(QLatin1String("$SAME"))) {
            sql.replace(QStringLiteral("$SAME"), QStringLiteral("$1"));
            QJsonObject same = fixtures::syntheticRequest(m_kiosk, 1);
            same[QStringLiteral("request_id")] = m_requestId;
            params.append(document(same));
        }
        auto r = kiosk->exec(sql, params);
        if (allowed) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().sqlState, QStringLiteral("42501")); // insufficient_privilege
        QCOMPARE(r.error().code, BackofficeErrorCode::IntakePermission);
    }

    void staffReadAndSetStatusOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState"); // empty: allowed
        QTest::newRow("SELECT") << QStringLiteral("SELECT document FROM intake.requests WHERE request_id = $ID::uuid")
                                << QString();
        QTest::newRow("change the document")
            << QStringLiteral("UPDATE intake.requests SET document = '{}' WHERE request_id = $ID::uuid")
            << QStringLiteral("42501");
        QTest::newRow("change the kiosk id")
            << QStringLiteral("UPDATE intake.requests SET kiosk_id = 'x' WHERE request_id = $ID::uuid")
            << QStringLiteral("42501");
        QTest::newRow("rewrite the history")
            << QStringLiteral("UPDATE intake.requests SET status_history = '[]' WHERE request_id = $ID::uuid")
            << QStringLiteral("42501");
        QTest::newRow("DELETE") << QStringLiteral("DELETE FROM intake.requests WHERE request_id = $ID::uuid")
                                << QStringLiteral("42501");
        QTest::newRow("INSERT") << QStringLiteral("INSERT INTO intake.requests (document) VALUES ('{}')")
                                << QStringLiteral("42501");
        QTest::newRow("skip a step (received → registered)")
            << QStringLiteral("UPDATE intake.requests SET status = 'registered' WHERE request_id = $ID::uuid")
            << QStringLiteral("23514");
        QTest::newRow("unknown status")
            << QStringLiteral("UPDATE intake.requests SET status = 'lost' WHERE request_id = $ID::uuid")
            << QStringLiteral("23514");
    }
    void staffReadAndSetStatusOnly()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        auto staff = connectAs(QStringLiteral("staff"));
        QVERIFY(staff);
        QList<QByteArray> params;
        if (sql.contains(QLatin1String("$ID"))) {
            sql.replace(QStringLiteral("$ID"), QStringLiteral("$1"));
            params.append(m_requestId.toUtf8());
        }
        auto r = staff->exec(sql, params);
        if (sqlState.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
            QCOMPARE(r->rows(), 1);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().sqlState, sqlState);
        }
    }

    void workflowAndHistory()
    {
        auto staff = connectAs(QStringLiteral("staff"));
        QVERIFY(staff);
        IntakeRepository repo(*staff);
        const QJsonObject r = fixtures::syntheticRequest(m_kiosk, 5);
        const QString id = r.value(QLatin1String("request_id")).toString();
        QVERIFY(connectAs(QStringLiteral("kiosk"))
                    ->exec(QStringLiteral("INSERT INTO intake.requests (document) VALUES ($1::jsonb)"), {document(r)})
                    .ok());
        auto d = repo.detail(id);
        QVERIFY(d.ok());
        QCOMPARE(d->summary.status, RequestStatus::Received);
        QCOMPARE(d->summary.kioskId, m_kiosk);
        QCOMPARE(d->summary.formIds, QStringList{QStringLiteral("tenkyo")});
        QCOMPARE(d->submittedBy, qEnvironmentVariable("KAKANAI_PG_KIOSK_USER"));
        QCOMPARE(d->document, r);
        QCOMPARE(d->statusHistory.size(), 1);

        auto noReason = repo.setStatus(id, RequestStatus::Returned, QStringLiteral("  "));
        QCOMPARE(noReason.error().code, BackofficeErrorCode::InvalidTransition);
        auto skip = repo.setStatus(id, RequestStatus::Registered);
        QCOMPARE(skip.error().code, BackofficeErrorCode::InvalidTransition);
        QVERIFY(repo.setStatus(id, RequestStatus::Accepted).ok());
        auto returned = repo.setStatus(id, RequestStatus::Returned, QStringLiteral("添付書類の不足"));
        QVERIFY(returned.ok());
        QCOMPARE(returned->statusReason, QStringLiteral("添付書類の不足"));
        QVERIFY(repo.setStatus(id, RequestStatus::Accepted).ok());
        auto registered = repo.setStatus(id, RequestStatus::Registered);
        QVERIFY(registered.ok());
        QVERIFY(registered->statusReason.isEmpty());
        QCOMPARE(repo.setStatus(id, RequestStatus::Returned, QStringLiteral("x")).error().code,
                 BackofficeErrorCode::InvalidTransition); // registered is final
        d = repo.detail(id);
        QCOMPARE(d->statusHistory.size(), 5);
        const QJsonObject last = d->statusHistory.last().toObject();
        QCOMPARE(last.value(QLatin1String("status")).toString(), QStringLiteral("registered"));
        QCOMPARE(last.value(QLatin1String("by")).toString(), qEnvironmentVariable("KAKANAI_PG_STAFF_USER"));
        QCOMPARE(d->statusHistory.at(2).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("添付書類の不足"));
        QCOMPARE(repo.detail(QStringLiteral("0190d7a0-0000-7000-8000-00000000f00d")).error().code,
                 BackofficeErrorCode::NotFound);
        QCOMPARE(repo.detail(QStringLiteral("not-a-uuid")).error().code, BackofficeErrorCode::NotFound);
    }

    void forgedColumnsAreIgnored()
    {
        // Whatever the inserting role is, the extracted columns come from the document and the status starts at
        // received; the table owner (admin) has the privileges a kiosk lacks, so it shows the trigger does this.
        auto admin = PgConnection::connect(fixtures::pgSettings(QStringLiteral("admin")));
        QVERIFY(admin.ok());
        const QJsonObject r = fixtures::syntheticRequest(m_kiosk, 6);
        auto inserted = (*admin)->exec(QStringLiteral("INSERT INTO intake.requests (document, kiosk_id, procedure_kind,"
                                                      " procedure_id, form_ids, schema_version, created_at, status,"
                                                      " submitted_by) VALUES ($1::jsonb, 'forged', 'x', 'y', '{}', 9,"
                                                      " now(), 'registered', 'someone')"),
                                       {document(r)});
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().toLogString()));
        auto staff = connectAs(QStringLiteral("staff"));
        auto d = IntakeRepository(*staff).detail(r.value(QLatin1String("request_id")).toString());
        QVERIFY(d.ok());
        QCOMPARE(d->summary.kioskId, m_kiosk);
        QCOMPARE(d->summary.procedureId, QStringLiteral("tenkyo"));
        QCOMPARE(d->summary.status, RequestStatus::Received);
        QCOMPARE(d->submittedBy, qEnvironmentVariable("KAKANAI_PG_ADMIN_USER"));
    }

    void tlsInUse()
    {
        auto staff = connectAs(QStringLiteral("staff"));
        QVERIFY(staff);
        auto r = staff->exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(r.ok());
        QCOMPARE(r->text(0, 0), QStringLiteral("t"));
        QVERIFY(r->text(0, 1) == QLatin1String("TLSv1.3") || r->text(0, 1) == QLatin1String("TLSv1.2"));
    }

    void tlsRefused_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("code");
        QTest::newRow("baseline: everything right") << "ok" << -1;
        QTest::newRow("server certificate from a CA we do not trust")
            << "wrong-ca" << int(BackofficeErrorCode::IntakeTls);
        QTest::newRow("certificate for another host name") << "wrong-host" << int(BackofficeErrorCode::IntakeTls);
        QTest::newRow("no client certificate") << "no-client-cert" << int(BackofficeErrorCode::IntakeAuth);
        QTest::newRow("client certificate of another CA") << "stranger" << int(BackofficeErrorCode::IntakeTls);
        QTest::newRow("client certificate of another role") << "other-role" << int(BackofficeErrorCode::IntakeAuth);
        QTest::newRow("CA file missing") << "no-ca-file" << int(BackofficeErrorCode::IntakeTls);
    }
    void tlsRefused()
    {
        QFETCH(QString, variant);
        QFETCH(int, code);
        const QString tls = qEnvironmentVariable("KAKANAI_PG_TLS");
        ConnectionSettings s = fixtures::pgSettings(QStringLiteral("kiosk"));
        if (variant == QLatin1String("wrong-ca")) {
            s.sslrootcert = QDir(tls).filePath(QStringLiteral("other-ca.crt"));
        } else if (variant == QLatin1String("wrong-host")) {
            // The right server at its right address, but asked for under a name its certificate does not carry.
            s.host = QStringLiteral("intake.wrong-name.invalid");
            s.hostaddr = QStringLiteral("127.0.0.1");
        } else if (variant == QLatin1String("no-client-cert")) {
            s.sslcert.clear();
            s.sslkey.clear();
        } else if (variant == QLatin1String("stranger")) {
            s.sslcert = QDir(tls).filePath(QStringLiteral("stranger.crt"));
            s.sslkey = QDir(tls).filePath(QStringLiteral("stranger.key"));
        } else if (variant == QLatin1String("other-role")) {
            s.user = qEnvironmentVariable("KAKANAI_PG_STAFF_USER"); // the kiosk's certificate names the kiosk role
        } else if (variant == QLatin1String("no-ca-file")) {
            s.sslrootcert = QDir(tls).filePath(QStringLiteral("absent-ca.crt"));
        }
        auto c = PgConnection::connect(s);
        if (code < 0) {
            QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toLogString()));
            return;
        }
        QVERIFY(!c.ok());
        QVERIFY2(int(c.error().code) == code, qPrintable(c.error().toLogString()));
        QVERIFY(c.error().isConnectionProblem());
    }

    void expiredServerCertificateRefused()
    {
        if (qEnvironmentVariable("KAKANAI_PG_OWNED") != QLatin1String("1")) {
            QSKIP("the test PostgreSQL is not ours to reconfigure");
        }
        QVERIFY(fixtures::pgctl({QStringLiteral("tls"), QStringLiteral("expired")}));
        // The reload is asynchronous: wait until new connections get the expired certificate.
        BackofficeError last;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto c = PgConnection::connect(fixtures::pgSettings(QStringLiteral("kiosk")));
                if (c) {
                    return false;
                }
                last = c.error();
                return true;
            }(),
            15000);
        QCOMPARE(last.code, BackofficeErrorCode::IntakeTls);
        QVERIFY2(last.detail.contains(QStringLiteral("certificate verify failed")), qPrintable(last.detail));
        QVERIFY(fixtures::pgctl({QStringLiteral("tls"), QStringLiteral("normal")}));
        QTRY_VERIFY_WITH_TIMEOUT(PgConnection::connect(fixtures::pgSettings(QStringLiteral("kiosk"))).ok(), 15000);
    }

    void cleanupTestCase()
    {
        if (fixtures::pgAvailable()) {
            fixtures::pgctl({QStringLiteral("tls"), QStringLiteral("normal")});
        }
    }
};

QTEST_GUILESS_MAIN(TestIntakeSecurity)
#include "TestIntakeSecurity.moc"
