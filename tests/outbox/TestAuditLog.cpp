// The kiosk's audit trail in the outbox (issue 9 item 4): the hash chain and its check, the encrypted append-only
// table (schema version 3, and the upgrade of a version 2 file), pending entries in order, delivery bookkeeping.
#include "outbox/AuditEntry.h"
#include "outbox/AuditLog.h"
#include "outbox/AuditSync.h"
#include "outbox/DataKey.h"
#include "outbox/Outbox.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::backoffice;

class TestAuditLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const DataKey> m_key;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0, 0, 123), Qt::UTC)};

    QString dbPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    std::unique_ptr<Outbox> open()
    {
        auto o = Outbox::open(dbPath(), m_key, OutboxOptions{&m_clock, 5000});
        if (!o) {
            qWarning("open: %s", qPrintable(o.error().toLogString()));
            return nullptr;
        }
        return std::move(*o);
    }

    template<typename F>
    void raw(F &&f)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            f(q);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    static QList<AuditEntry> chain(const QString &source, int n)
    {
        QList<AuditEntry> out;
        const QDateTime t0(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < n; ++i) {
            out.append(AuditEntry::next(out.isEmpty() ? nullptr : &out.last(), AuditEntry::SourceKind::Kiosk, source,
                                        t0.addSecs(i), QStringLiteral("S001"), AuditAction::Correction,
                                        QStringLiteral("0196a000-0000-7000-8000-00000000000%1").arg(i),
                                        {QStringLiteral("juminhyo/name:card->staff")}));
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_key = fixtures::randomKey();
    }

    void canonicalText()
    {
        const QList<AuditEntry> c = chain(QStringLiteral("kiosk-01"), 2);
        QCOMPARE(c[0].canonicalText(),
                 QByteArray(
                     QByteArray(
                         "[\"kakanai-audit/1\",\"kiosk\",\"kiosk-01\",1,\"2026-12-03T09:00:00.000Z\",\"S001\","
                         "\"correction\",\"0196a000-0000-7000-8000-000000000000\",[\"juminhyo/name:card->staff\"],\"") +
                     QByteArray(64, '0') + "\"]"));
        QCOMPARE(c[0].hash, c[0].computeHash());
        QCOMPARE(c[0].hash.size(), 64);
        QCOMPARE(c[1].prevHash, c[0].hash);
        QCOMPARE(c[1].seq, 2);
        // Read back from its text: the same entry; another spelling of it is not one.
        QCOMPARE(AuditEntry::fromCanonicalText(c[1].canonicalText()), std::optional<AuditEntry>(c[1]));
        QByteArray spaced = c[1].canonicalText();
        spaced.replace(",", ", ");
        QVERIFY(!AuditEntry::fromCanonicalText(spaced));
        QVERIFY(!AuditEntry::fromCanonicalText("[]"));
        QCOMPARE(auditActionFromName(QStringLiteral("held_print_released")), AuditAction::HeldPrintReleased);
        QVERIFY(!auditActionFromName(QStringLiteral("coffee")));
    }

    void verifyNamesTheFirstBrokenLink_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::addColumn<QString>("reason");
        QTest::newRow("intact") << QString() << qint64(0) << QString();
        QTest::newRow("error: a value changed") << QStringLiteral("change") << qint64(3) << QStringLiteral("hash");
        QTest::newRow("error: changed and rehashed")
            << QStringLiteral("rehash") << qint64(4) << QStringLiteral("prev_hash");
        QTest::newRow("error: an entry deleted") << QStringLiteral("delete") << qint64(4) << QStringLiteral("gap");
        QTest::newRow("error: the first deleted")
            << QStringLiteral("delete first") << qint64(2) << QStringLiteral("first");
        QTest::newRow("error: two swapped") << QStringLiteral("swap") << qint64(3) << QStringLiteral("prev_hash");
    }
    void verifyNamesTheFirstBrokenLink()
    {
        QFETCH(QString, damage);
        QFETCH(qint64, brokenSeq);
        QFETCH(QString, reason);
        QList<AuditEntry> a = chain(QStringLiteral("kiosk-a"), 5);
        const QList<AuditEntry> b = chain(QStringLiteral("kiosk-b"), 3); // untouched: verifies whatever a suffers
        if (damage == QLatin1String("change")) {
            a[2].staffId = QStringLiteral("S002");
        } else if (damage == QLatin1String("rehash")) {
            a[2].action = QStringLiteral("print");
            a[2].hash = a[2].computeHash();
        } else if (damage == QLatin1String("delete")) {
            a.removeAt(2);
        } else if (damage == QLatin1String("delete first")) {
            a.removeAt(0);
        } else if (damage == QLatin1String("swap")) {
            std::swap(a[2].seq, a[3].seq);
            a[2].hash = a[2].computeHash();
            a[3].hash = a[3].computeHash();
        }
        const AuditChainReport report = verifyAuditChains(b + a);
        QCOMPARE(report.chains.size(), 2);
        QCOMPARE(report.ok(), damage.isEmpty());
        if (damage.isEmpty()) {
            return;
        }
        QCOMPARE(report.breaks.size(), 1);
        QCOMPARE(report.breaks[0].sourceId, QStringLiteral("kiosk-a"));
        QCOMPARE(report.breaks[0].seq, brokenSeq);
        QCOMPARE(report.breaks[0].reason, reason);
    }

    void appendsInOrderAndKeepsTheChainAcrossDelivery()
    {
        auto outbox = open();
        QVERIFY(outbox);
        AuditLog log(*outbox, QStringLiteral("kiosk-01"), &m_clock);
        QVERIFY(!log.head()->has_value());
        auto first = log.append(QStringLiteral("S001"), AuditAction::StaffSignIn);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toLogString()));
        QCOMPARE(first->seq, 1);
        QCOMPARE(first->prevHash, AuditEntry::genesisHash());
        QCOMPARE(first->at, m_clock.nowUtc());
        m_clock.advanceSeconds(5);
        QVERIFY(log.append(QStringLiteral("S001"), AuditAction::Confirmation, QStringLiteral("r-1")).ok());
        QVERIFY(
            log.append(QStringLiteral("S001"), AuditAction::Print, QStringLiteral("r-1"), {QStringLiteral("printed")})
                .ok());
        auto pending = log.pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(1).action, QStringLiteral("confirmation"));
        QVERIFY(verifyAuditChains(*pending).ok());
        QCOMPARE(*log.pendingCount(), 3);

        // Two delivered: gone from the file except the chain's head; the third waits.
        QCOMPARE(*log.markDelivered(pending->mid(0, 2)), 2);
        QCOMPARE(*log.pendingCount(), 1);
        QCOMPARE(log.pending(10)->at(0).seq, 3);
        QCOMPARE(*log.markDelivered(pending->mid(2)), 1);
        QCOMPARE(*log.pendingCount(), 0);
        int rows = -1;
        raw([&](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
            rows = q.value(0).toInt();
        });
        QCOMPARE(rows, 1); // the head, which the next entry links to
        // A new connection (a restart) continues the chain.
        outbox.reset();
        outbox = open();
        AuditLog again(*outbox, QStringLiteral("kiosk-01"), &m_clock);
        auto fourth = again.append(QStringLiteral("S002"), AuditAction::KioskClosed);
        QVERIFY(fourth.ok());
        QCOMPARE(fourth->seq, 4);
        QCOMPARE(fourth->prevHash, pending->at(2).hash);
        QVERIFY(verifyAuditChains(*pending + QList<AuditEntry>{*fourth}).ok());
    }

    void appendOnlyInTheFile_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("error: change an entry") << QStringLiteral("UPDATE audit SET hash = 'x'");
        QTest::newRow("error: change its record") << QStringLiteral("UPDATE audit SET entry = x'00'");
        QTest::newRow("error: delete an undelivered entry") << QStringLiteral("DELETE FROM audit");
        QTest::newRow("error: undeliver") << QStringLiteral("UPDATE audit SET delivered = 0");
    }
    void appendOnlyInTheFile()
    {
        QFETCH(QString, sql);
        auto outbox = open();
        AuditLog log(*outbox, QStringLiteral("kiosk-01"), &m_clock);
        const auto entry = log.append(QStringLiteral("S001"), AuditAction::StaffSignIn);
        QVERIFY(entry.ok());
        if (sql.contains(QLatin1String("delivered = 0"))) {
            QCOMPARE(*log.markDelivered({*entry}), 1);
        }
        raw([&](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // positive control: the row is there to change
            q.finish();
            QVERIFY(!q.exec(sql));
            QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")) ||
                         q.lastError().text().contains(QLatin1String("kept")),
                     qPrintable(q.lastError().text()));
        });
    }

    // Whoever drops the triggers and edits the record is found out: the record no longer authenticates.
    void tamperedRecordIsRefused()
    {
        auto outbox = open();
        AuditLog log(*outbox, QStringLiteral("kiosk-01"), &m_clock);
        QVERIFY(log.append(QStringLiteral("S001"), AuditAction::StaffSignIn).ok());
        QVERIFY(log.append(QStringLiteral("S001"), AuditAction::KioskClosed).ok());
        QVERIFY(log.pending(10).ok());
        raw([](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_append_only")));
            // The second record under the first's position: moved, not forged.
            QVERIFY(q.exec(QStringLiteral("UPDATE audit SET entry = (SELECT entry FROM audit WHERE chain_seq = 2)"
                                          " WHERE chain_seq = 1")));
        });
        auto pending = log.pending(10);
        QVERIFY(!pending.ok());
        QCOMPARE(pending.error().code, BackofficeErrorCode::Tampered);
    }

    // An outbox of version 2 (before set-aside counts and the audit trail) is upgraded in place; its queued
    // requests and receipt counters stay.
    void upgradesVersionTwo()
    {
        const QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        {
            auto o = open();
            QVERIFY(o->enqueue(r).ok());
            QCOMPARE(*o->nextReceiptSequence(QDate(2026, 12, 3)), 1);
        }
        raw([](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("DROP TABLE audit")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE discarded")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN failures")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        });
        auto o = open();
        QVERIFY(o);
        QSqlQuery q(QSqlDatabase::database(o->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(o->counts()->waiting, 1);
        QVERIFY(o->payload(r.value(QLatin1String("request_id")).toString()).ok());
        QCOMPARE(*o->nextReceiptSequence(QDate(2026, 12, 3)), 2); // the counter survived the upgrade
        AuditLog log(*o, QStringLiteral("kiosk-01"), &m_clock);
        QVERIFY(log.append(QStringLiteral("S001"), AuditAction::StaffSignIn).ok());
    }

    // An outbox of version 3 (set-aside rows and `discarded`, before the audit trail: what main wrote before the
    // audit trail came) is upgraded to version 4; its waiting and set-aside rows, failure counts, discarded lines
    // and receipt counters stay as they were.
    void upgradesVersionThree()
    {
        const QJsonObject waiting = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        const QJsonObject setAside = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 2);
        const QJsonObject discarded = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 3);
        const auto id = [](const QJsonObject &r) { return r.value(QLatin1String("request_id")).toString(); };
        const auto refused = BackofficeError::make(BackofficeErrorCode::IntakeRejected, QStringLiteral("23514"));
        {
            auto o = open();
            QVERIFY(o->enqueue(waiting).ok() && o->enqueue(setAside).ok() && o->enqueue(discarded).ok());
            QVERIFY(o->recordFailure({id(waiting)}, refused).ok());
            QVERIFY(o->reject(id(setAside), refused).ok());
            QVERIFY(o->reject(id(discarded), refused).ok());
            QVERIFY(o->discard(id(discarded), QStringLiteral("test")).ok());
            QCOMPARE(*o->nextReceiptSequence(QDate(2026, 12, 3)), 1);
        }
        raw([](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("DROP TABLE audit")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        });
        auto o = open();
        QVERIFY(o);
        QSqlQuery q(QSqlDatabase::database(o->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        q.finish();
        QCOMPARE(o->counts()->waiting, 1);
        QCOMPARE(o->counts()->rejected, 1);
        QVERIFY(o->payload(id(waiting)).ok());
        QVERIFY(o->payload(id(setAside)).ok());
        QVERIFY(!o->payload(id(discarded)).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT failures FROM requests WHERE request_id = '%1'").arg(id(waiting))) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM discarded WHERE request_id = '%1'").arg(id(discarded))) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("test"));
        q.finish();
        QCOMPARE(o->setAside()->size(), std::size_t(1));
        QCOMPARE(o->setAside()->front().requestId, id(setAside));
        QCOMPARE(*o->nextReceiptSequence(QDate(2026, 12, 3)), 2);
        AuditLog log(*o, QStringLiteral("kiosk-01"), &m_clock);
        QVERIFY(log.append(QStringLiteral("S00001"), AuditAction::StaffSignIn).ok());
        QCOMPARE(log.pending(10)->size(), 1);
    }

    void batchJsonForTheIntake()
    {
        const QList<AuditEntry> c = chain(QStringLiteral("kiosk-01"), 2);
        const QJsonArray a = QJsonDocument::fromJson(AuditSync::batchJson(c)).array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[1][QLatin1String("seq")].toInt(), 2);
        QCOMPARE(a[1][QLatin1String("prev_hash")].toString(), c[0].hash);
        QCOMPARE(a[0][QLatin1String("at")].toString(), QStringLiteral("2026-12-03T09:00:00.000Z"));
        QCOMPARE(a[0][QLatin1String("detail")].toArray(), QJsonArray{QStringLiteral("juminhyo/name:card->staff")});
        QCOMPARE(a[0][QLatin1String("source_kind")].toString(), QStringLiteral("kiosk"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
