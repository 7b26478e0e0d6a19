// The audit trail end to end with the real PostgreSQL (issue 9 item 4): kiosk entries travel with the outbox to
// intake.audit in order, also after being offline; the inbox writes its own chain; `kakanai-inbox audit verify`
// names a row changed or deleted by the database superuser; `audit list --request` shows a request's history;
// the table is INSERT-only; each kiosk's identity is pinned to its certificate; no personal data in the trail.
#include "inbox/IntakeAudit.h"
#include "outbox/AuditLog.h"
#include "outbox/AuditSync.h"
#include "outbox/DataKey.h"
#include "outbox/Outbox.h"
#include "outbox/Pg.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::backoffice;

class TestAuditTrail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ini;
    std::shared_ptr<const DataKey> m_key;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0, 0, 250), Qt::UTC)};

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run inbox(const QStringList &args)
    {
        QProcess p;
        p.start(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                QStringList{QStringLiteral("--config"), m_ini} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    // One statement as the cluster's superuser (scripts/lib/common.sh, pgctl superuser-sql).
    static bool superuser(const QString &sql)
    {
        QProcess p;
        p.start(qEnvironmentVariable("KAKANAI_PG_CTL"), {QStringLiteral("superuser-sql"), sql});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("superuser-sql failed: %s", p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    std::unique_ptr<PgConnection> connectAs(const QString &role)
    {
        auto c = PgConnection::connect(fixtures::pgSettings(role));
        return c ? std::move(*c) : nullptr;
    }

    std::unique_ptr<Outbox> openOutbox(const QString &name)
    {
        auto o = Outbox::open(m_dir.filePath(name), m_key, OutboxOptions{&m_clock, 5000});
        return o ? std::move(*o) : nullptr;
    }

    // The line `audit verify` prints for one chain.
    static QByteArray chainLine(const QByteArray &out, const QString &kind, const QString &source)
    {
        const QByteArray prefix = QString(kind + QLatin1Char(' ') + source + QLatin1String(": ")).toUtf8();
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return {};
    }

    // A kiosk's chain of n entries delivered to the intake.
    QList<AuditEntry> deliverChain(const QString &kioskId, int n, const QString &requestId = {})
    {
        auto outbox = openOutbox(kioskId + QStringLiteral(".sqlite"));
        AuditLog log(*outbox, kioskId, &m_clock);
        for (int i = 0; i < n; ++i) {
            m_clock.advanceMs(1500);
            (void)log.append(QStringLiteral("S001"), i == 0 ? AuditAction::StaffSignIn : AuditAction::Correction,
                             i == 0 ? QString() : requestId,
                             i == 0 ? QStringList() : QStringList{QStringLiteral("tenkyo/name:card->staff")});
        }
        auto pending = log.pending(100);
        AuditSync sync(log, fixtures::pgSettings(QStringLiteral("kiosk")));
        auto delivered = sync.deliverPending();
        if (!delivered || *delivered != n) {
            qWarning("delivery: %s", delivered ? "short" : qPrintable(delivered.error().toLogString()));
            return {};
        }
        return *pending;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        QVERIFY(m_dir.isValid());
        m_key = fixtures::randomKey();
        m_ini = m_dir.filePath(QStringLiteral("inbox.ini"));
        QVERIFY(fixtures::writeFile(
            m_ini, (fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox"))) +
                    QStringLiteral("time_zone=Asia/Tokyo\nworkstation_id=ws-audit-test\n"))
                       .toUtf8()));
    }

    // Offline: the entries wait in the outbox; back online they arrive, all of them, in the chain's order.
    void offlineKioskEntriesArriveLaterInOrder()
    {
        const QString kiosk = fixtures::uniqueKioskId("audit-offline");
        auto outbox = openOutbox(QStringLiteral("offline.sqlite"));
        QVERIFY(outbox);
        AuditLog log(*outbox, kiosk, &m_clock);
        ConnectionSettings down = fixtures::pgSettings(QStringLiteral("kiosk"));
        down.port = 1; // nothing listens there: offline
        down.connectTimeoutS = 2;
        AuditSync offline(log, down);
        for (int i = 0; i < 3; ++i) {
            m_clock.advanceSeconds(60);
            QVERIFY(log.append(QStringLiteral("S001"), AuditAction::Print, QStringLiteral("r-%1").arg(i),
                               {QStringLiteral("printed")})
                        .ok());
            auto attempt = offline.deliverPending();
            QVERIFY(!attempt.ok());
            QCOMPARE(attempt.error().code, BackofficeErrorCode::IntakeUnavailable);
        }
        QCOMPARE(*log.pendingCount(), 3);
        auto staff = connectAs(QStringLiteral("staff"));
        QVERIFY(staff);
        auto count = [&] {
            auto r =
                staff->exec(QStringLiteral("SELECT count(*) FROM intake.audit WHERE source_id = $1"), {kiosk.toUtf8()});
            return r ? r->text(0, 0).toInt() : -1;
        };
        QCOMPARE(count(), 0);

        AuditSync online(log, fixtures::pgSettings(QStringLiteral("kiosk")), 2); // batches of 2: order across them
        auto delivered = online.deliverPending();
        QVERIFY2(delivered.ok(), delivered.ok() ? "" : qPrintable(delivered.error().toLogString()));
        QCOMPARE(*delivered, 3);
        QCOMPARE(*log.pendingCount(), 0);
        QCOMPARE(count(), 3);
        // In order: the intake's row ids follow the chain, and the chain verifies as delivered.
        auto rows = staff->exec(QStringLiteral("SELECT seq FROM intake.audit WHERE source_id = $1 ORDER BY id"),
                                {kiosk.toUtf8()});
        QVERIFY(rows.ok());
        QCOMPARE(QString(rows->text(0, 0) + rows->text(1, 0) + rows->text(2, 0)), QStringLiteral("123"));
        auto all = IntakeAudit::all(*staff);
        QVERIFY(all.ok());
        QList<AuditEntry> mine;
        for (const IntakeAudit::Row &r : std::as_const(*all)) {
            if (r.entry.sourceId == kiosk) {
                mine.append(r.entry);
                QCOMPARE(r.submittedBy, qEnvironmentVariable("KAKANAI_PG_KIOSK_USER"));
            }
        }
        QCOMPARE(mine.size(), 3);
        QVERIFY(verifyAuditChains(mine).ok());
        QCOMPARE(mine[2].at, m_clock.nowUtc()); // the time exactly as the kiosk hashed it

        // A resent batch (its confirmation lost) is a no-op, and the chain goes on.
        QVERIFY(staff->exec(QStringLiteral("SELECT 1")).ok());
        auto kioskDb = connectAs(QStringLiteral("kiosk"));
        QVERIFY(kioskDb->exec(AuditSync::insertSql(), {AuditSync::batchJson(mine)}).ok());
        QCOMPARE(count(), 3);
    }

    // `kakanai-outbox sync --once` (emptying a kiosk before it leaves service) delivers the audit trail after the
    // requests, as the sync worker does: nothing is left behind in the outbox.
    void syncOnceDeliversTheTrail()
    {
        const QString kiosk = fixtures::uniqueKioskId("audit-cli");
        const QString keyFile = m_dir.filePath(QStringLiteral("cli.key"));
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(DataKey::create(keyFile).ok());
        auto loaded = DataKey::load(keyFile);
        QVERIFY(loaded.ok());
        const auto key = std::make_shared<const DataKey>(std::move(*loaded));
        {
            auto outbox = Outbox::open(path, key);
            QVERIFY(outbox.ok());
            AuditLog log(**outbox, kiosk, &m_clock);
            QVERIFY(log.append(QStringLiteral("S001"), AuditAction::StaffSignIn).ok());
            QVERIFY(log.append(QStringLiteral("S001"), AuditAction::KioskClosed).ok());
        }
        const QString ini = m_dir.filePath(QStringLiteral("cli.ini"));
        QVERIFY(fixtures::writeFile(ini, (QStringLiteral("[outbox]\npath=%1\nkey_file=%2\n").arg(path, keyFile) +
                                          fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("kiosk"))))
                                             .toUtf8()));
        QProcess p;
        p.start(fixtures::binPath(QStringLiteral("kakanai-outbox")),
                {QStringLiteral("--config"), ini, QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains("audit entries delivered 2"), out.constData());
        auto staff = connectAs(QStringLiteral("staff"));
        QVERIFY(staff);
        auto rows = staff->exec(QStringLiteral("SELECT string_agg(action, ' ' ORDER BY seq) FROM intake.audit"
                                               " WHERE source_kind = 'kiosk' AND source_id = $1"),
                                {kiosk.toUtf8()});
        QVERIFY(rows.ok());
        QCOMPARE(rows->text(0, 0), QStringLiteral("staff_sign_in kiosk_closed"));
    }

    void inboxWritesItsOwnChainAndListShowsARequest()
    {
        const QString kiosk = fixtures::uniqueKioskId("audit-list");
        const QString requestId =
            QStringLiteral("0196b000-0000-7000-8000-%1")
                .arg(QDateTime::currentMSecsSinceEpoch() % 1000000000000, 12, 10, QLatin1Char('0'));
        QCOMPARE(deliverChain(kiosk, 3, requestId).size(), 3);
        auto staff = connectAs(QStringLiteral("staff"));
        IntakeAudit workstation(*staff, QStringLiteral("ws-audit-test"), qEnvironmentVariable("KAKANAI_PG_STAFF_USER"),
                                &m_clock);
        auto opened = workstation.append(AuditAction::RequestOpened, requestId);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toLogString()));
        auto changed = workstation.append(AuditAction::StatusChanged, requestId, {QStringLiteral("accepted")});
        QVERIFY(changed.ok());
        QCOMPARE(changed->seq, opened->seq + 1);
        QCOMPARE(changed->prevHash, opened->hash);

        const Run list =
            inbox({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--request"), requestId});
        QCOMPARE(list.code, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 4); // header, 2 kiosk corrections, opened, status change
        QVERIFY(lines[0].startsWith("at\tsource_kind"));
        QVERIFY(lines[1].contains(QString(QStringLiteral("\tkiosk\t") + kiosk +
                                          QStringLiteral("\t2\tS001\tcorrection\ttenkyo/name:card->staff"))
                                      .toUtf8()));
        QVERIFY(lines[3].contains("\tworkstation\tws-audit-test\t"));
        QVERIFY(lines[3].contains("\trequest_opened\t"));
        QVERIFY(lines[4].contains("\tstatus_changed\taccepted"));
        QVERIFY(lines[1].contains("+09:00")); // in inbox/time_zone

        const Run verify = inbox({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(chainLine(verify.out, QStringLiteral("workstation"), QStringLiteral("ws-audit-test")).contains(", ok"),
                 verify.out.constData());
        QVERIFY(chainLine(verify.out, QStringLiteral("kiosk"), kiosk).contains("3 entries, ok"));
        QVERIFY(inbox({QStringLiteral("audit"), QStringLiteral("list")}).code == 2); // no --request
    }

    void tamperingIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("brokenSeq");
        QTest::addColumn<QString>("reason");
        QTest::newRow("error: a row altered") << QStringLiteral("UPDATE intake.audit SET staff_id = 'S999'"
                                                                " WHERE source_id = '%1' AND seq = 2")
                                              << 2 << QStringLiteral("hash");
        QTest::newRow("error: a row deleted") << QStringLiteral("DELETE FROM intake.audit WHERE source_id = '%1'"
                                                                " AND seq = 2")
                                              << 3 << QStringLiteral("gap");
        QTest::newRow("error: altered and rehashed")
            << QStringLiteral("UPDATE intake.audit SET action = 'print', hash = repeat('a', 64)"
                              " WHERE source_id = '%1' AND seq = 2")
            << 2 << QStringLiteral("hash");
    }
    void tamperingIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(int, brokenSeq);
        QFETCH(QString, reason);
        const QString kiosk = fixtures::uniqueKioskId("audit-tamper");
        QCOMPARE(deliverChain(kiosk, 4).size(), 4);
        auto staff = connectAs(QStringLiteral("staff"));
        auto ids = staff->exec(QStringLiteral("SELECT id FROM intake.audit WHERE source_id = $1 ORDER BY seq"),
                               {kiosk.toUtf8()});
        QVERIFY(ids.ok() && ids->rows() == 4);
        // Positive control: the chain verifies before anyone touches it.
        Run before = inbox({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(chainLine(before.out, QStringLiteral("kiosk"), kiosk).contains("4 entries, ok"),
                 before.out.constData());

        // Not even the table's owner may change or delete a row: the trigger refuses.
        auto admin = connectAs(QStringLiteral("admin"));
        auto refused = admin->exec(sql.arg(kiosk));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
        // The superuser can, with triggers off; the chain then shows where.
        QVERIFY(superuser(QStringLiteral("SET session_replication_role = replica; ") + sql.arg(kiosk)));
        const Run after = inbox({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(after.code, 5);
        const QByteArray line = chainLine(after.out, QStringLiteral("kiosk"), kiosk);
        const QByteArray want = QStringLiteral("BROKEN at seq %1 (intake.audit id %2): %3")
                                    .arg(brokenSeq)
                                    .arg(ids->text(brokenSeq - 1, 0), reason)
                                    .toUtf8();
        QVERIFY2(line.contains(want), QByteArray(line + " / want " + want).constData());
        QVERIFY(after.err.contains("broken"));
    }

    void insertOnly_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        QTest::newRow("error: kiosk reads") << QStringLiteral("kiosk") << QStringLiteral("SELECT * FROM intake.audit");
        QTest::newRow("error: kiosk deletes") << QStringLiteral("kiosk") << QStringLiteral("DELETE FROM intake.audit");
        QTest::newRow("error: staff updates")
            << QStringLiteral("staff") << QStringLiteral("UPDATE intake.audit SET staff_id = 'x'");
        QTest::newRow("error: staff deletes") << QStringLiteral("staff") << QStringLiteral("DELETE FROM intake.audit");
        QTest::newRow("error: staff writes a kiosk's entry")
            << QStringLiteral("staff")
            << QStringLiteral("INSERT INTO intake.audit (source_kind, source_id, seq, at, action, prev_hash, hash)"
                              " VALUES ('kiosk', 'k', 1, now(), 'print', repeat('0', 64), repeat('0', 64))");
        QTest::newRow("error: kiosk writes a workstation's entry")
            << QStringLiteral("kiosk")
            << QStringLiteral("INSERT INTO intake.audit (source_kind, source_id, seq, at, action, prev_hash, hash)"
                              " VALUES ('workstation', 'w', 1, now(), 'export', repeat('0', 64), repeat('0', 64))");
    }
    void insertOnly()
    {
        QFETCH(QString, role);
        QFETCH(QString, sql);
        auto db = connectAs(role);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("SELECT 1")).ok()); // positive control: connected and allowed to ask
        auto r = db->exec(sql);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, BackofficeErrorCode::IntakePermission);
    }

    // The kiosk's identity is its certificate: an id bound to another role is refused, for requests and entries.
    void kioskIdentityIsPinned()
    {
        const QString mine = fixtures::uniqueKioskId("audit-pin");
        const QString theirs = fixtures::uniqueKioskId("audit-pin-other");
        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin
                    ->exec(QStringLiteral("INSERT INTO intake.kiosk_identities (kiosk_id, login_role)"
                                          " VALUES ($1, 'kakanai_some_other_kiosk')"),
                           {theirs.toUtf8()})
                    .ok());
        auto kiosk = connectAs(QStringLiteral("kiosk"));
        auto insert = [&](const QString &kioskId) {
            return kiosk->exec(QStringLiteral("INSERT INTO intake.requests (document) VALUES ($1::jsonb)"),
                               {QJsonDocument(fixtures::syntheticRequest(kioskId, 1)).toJson(QJsonDocument::Compact)});
        };
        QVERIFY(insert(mine).ok()); // positive control: its own (new) id is bound to it at first delivery
        QVERIFY(insert(mine).ok());
        auto forged = insert(theirs);
        QVERIFY(!forged.ok());
        QCOMPARE(forged.error().code, BackofficeErrorCode::IntakeRejected);
        QCOMPARE(forged.error().sqlState, QStringLiteral("23514"));
        QVERIFY(forged.error().detail.contains(QLatin1String("kiosk_identity_pinned")));

        QCOMPARE(deliverChain(mine, 1).size(), 1);
        auto outbox = openOutbox(QStringLiteral("pin-other.sqlite"));
        AuditLog log(*outbox, theirs, &m_clock);
        QVERIFY(log.append(QStringLiteral("S001"), AuditAction::StaffSignIn).ok());
        auto refused = AuditSync(log, fixtures::pgSettings(QStringLiteral("kiosk"))).deliverPending();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, BackofficeErrorCode::IntakeRejected);
        QCOMPARE(*log.pendingCount(), 1); // kept, never skipped

        auto staff = connectAs(QStringLiteral("staff"));
        auto bound = staff->exec(QStringLiteral("SELECT login_role FROM intake.kiosk_identities WHERE kiosk_id = $1"),
                                 {mine.toUtf8()});
        QVERIFY(bound.ok() && bound->rows() == 1);
        QCOMPARE(bound->text(0, 0), qEnvironmentVariable("KAKANAI_PG_KIOSK_USER"));
    }

    // Names, addresses and individual numbers are in the requests, never in the trail (nor readable in the outbox
    // file). Positive control first: the same scan finds them where they are.
    void noPersonalDataInTheTrail()
    {
        const QString kiosk = fixtures::uniqueKioskId("audit-pii");
        const QString name = QStringLiteral("監査　太郎");
        const QString address = QStringLiteral("東京都千代田区監査町９丁目８－７");
        const QString number = QStringLiteral("987654321093");
        const QJsonObject request = fixtures::syntheticRequest(kiosk, 1, name, address, number);
        const QString requestId = request.value(QLatin1String("request_id")).toString();
        auto outbox = openOutbox(QStringLiteral("pii.sqlite"));
        QVERIFY(outbox->enqueue(request).ok());
        AuditLog log(*outbox, kiosk, &m_clock);
        QVERIFY(log.append(QStringLiteral("S001"), AuditAction::Confirmation, requestId).ok());
        QVERIFY(log.append(QStringLiteral("S001"), AuditAction::Correction, requestId,
                           {QStringLiteral("tenkyo/name:card->staff"),
                            QStringLiteral("tenkyo/previous_address:card->staff")})
                    .ok());
        const QStringList secrets{name, address, number};

        // The outbox file: the request is in it (decrypted on demand), but no byte of the file shows it.
        QVERIFY(QString::fromUtf8(*outbox->payload(requestId)).contains(name)); // positive control
        QByteArray fileBytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_dir.filePath(QStringLiteral("pii.sqlite")) + suffix);
            if (f.open(QIODevice::ReadOnly)) {
                fileBytes += f.readAll();
            }
        }
        QVERIFY(!fileBytes.isEmpty());
        QVERIFY(fileBytes.contains(kiosk.toUtf8())); // positive control: the scan reads what is in clear
        for (const QString &s : secrets) {
            QVERIFY2(!fileBytes.contains(s.toUtf8()), qPrintable(s));
        }

        // The intake: the request row holds them; the audit table holds none.
        auto kioskDb = connectAs(QStringLiteral("kiosk"));
        QVERIFY(kioskDb
                    ->exec(QStringLiteral("INSERT INTO intake.requests (document) VALUES ($1::jsonb)"),
                           {QJsonDocument(request).toJson(QJsonDocument::Compact)})
                    .ok());
        QVERIFY(AuditSync(log, fixtures::pgSettings(QStringLiteral("kiosk"))).deliverPending().ok());
        auto staff = connectAs(QStringLiteral("staff"));
        auto requests = staff->exec(QStringLiteral("SELECT r::text FROM intake.requests r WHERE request_id = $1::uuid"),
                                    {requestId.toUtf8()});
        QVERIFY(requests.ok() && requests->rows() == 1);
        for (const QString &s : secrets) {
            QVERIFY(requests->text(0, 0).contains(s)); // positive control
        }
        auto audit = staff->exec(QStringLiteral("SELECT string_agg(a::text, E'\\n') FROM intake.audit a"));
        QVERIFY(audit.ok());
        const QString all = audit->text(0, 0);
        QVERIFY(all.contains(requestId)); // the entries are there
        for (const QString &s : secrets) {
            QVERIFY2(!all.contains(s), qPrintable(s));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
