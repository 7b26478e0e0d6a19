// The outbox: durable settings, enqueue acknowledged after commit, idempotency, FIFO batches, purge, failures,
// rejection of tampered rows, key and file checks, and the status the kiosk shows.
#include "common/Clock.h"
#include "outbox/Aead.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai::backoffice;
using kakanai::ManualClock;

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const DataKey> m_key;
    ManualClock m_clock;

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

    // A second, raw connection to the same file, as an attacker or a damaged disk would change it.
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

    // An OutboxService without [intake] on this test's outbox, with a new data key.
    std::unique_ptr<OutboxService> makeService()
    {
        BackofficeConfig config;
        config.outbox.path = dbPath();
        config.outbox.keyFile = m_dir->filePath(QStringLiteral("outbox.key"));
        if (!DataKey::create(config.outbox.keyFile)) {
            return nullptr;
        }
        auto service = OutboxService::create(config);
        return service ? std::move(*service) : nullptr;
    }

    QString pragma(const Outbox &o, const QString &name)
    {
        QSqlQuery q(QSqlDatabase::database(o.connectionName()));
        return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_key = fixtures::randomKey();
    }
    void cleanup() { m_dir.reset(); }

    void durableSettings()
    {
        auto o = open();
        QVERIFY(o);
        QCOMPARE(pragma(*o, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*o, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(*o, QStringLiteral("secure_delete")), QStringLiteral("1"));
        QCOMPARE(pragma(*o, QStringLiteral("temp_store")), QStringLiteral("2")); // memory: no temp files
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(dbPath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(*o->integrityCheck(), QStringLiteral("ok"));
    }

    void enqueueAndRead()
    {
        auto o = open();
        QVERIFY(o);
        const QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        auto receipt = o->enqueue(r);
        QVERIFY(receipt.ok());
        QCOMPARE(receipt->requestId, r.value(QLatin1String("request_id")).toString());
        QCOMPARE(receipt->enqueuedAt, m_clock.now());
        QVERIFY(!receipt->alreadyQueued);
        auto payload = o->payload(receipt->requestId);
        QVERIFY(payload.ok());
        QCOMPARE(QJsonDocument::fromJson(*payload).object(), r);
        auto counts = o->counts();
        QCOMPARE(counts->waiting, 1);
        QCOMPARE(counts->oldestWaitingSince, m_clock.now());
        // Committed: another connection sees it at once.
        o.reset();
        auto again = open();
        QCOMPARE(again->counts()->waiting, 1);
    }

    void sameRequestTwiceIsOneRow()
    {
        auto o = open();
        const QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        QVERIFY(o->enqueue(r).ok());
        m_clock.advanceMs(5000);
        auto second = o->enqueue(r);
        QVERIFY(second.ok());
        QVERIFY(second->alreadyQueued);
        QCOMPARE(second->enqueuedAt, m_clock.now().addMSecs(-5000)); // the first acknowledgement's time
        QCOMPARE(o->counts()->waiting, 1);
    }

    void sameIdOtherContentIsAConflict()
    {
        auto o = open();
        QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        QVERIFY(o->enqueue(r).ok());
        r[QStringLiteral("mode")] = QStringLiteral("self_service");
        auto second = o->enqueue(r);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, BackofficeErrorCode::RequestConflict);
        QCOMPARE(o->counts()->waiting, 1);
    }

    void invalidRequestIsNotQueued()
    {
        auto o = open();
        auto receipt = o->enqueueJson(QByteArrayLiteral("{\"request_id\":\"x\"}"));
        QVERIFY(!receipt.ok());
        QCOMPARE(receipt.error().code, BackofficeErrorCode::InvalidRequest);
        QCOMPARE(o->counts()->waiting, 0);
    }

    void batchesAreFifo()
    {
        auto o = open();
        QStringList ids;
        for (int i = 0; i < 25; ++i) {
            auto r = o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), i));
            QVERIFY(r.ok());
            ids.append(r->requestId);
            m_clock.advanceMs(10);
        }
        auto first = o->nextBatch(10);
        QVERIFY(first.ok());
        QCOMPARE(int(first->size()), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE((*first)[i].requestId, ids.at(i));
            QCOMPARE(QJsonDocument::fromJson((*first)[i].json.bytes())
                         .object()
                         .value(QLatin1String("request_id"))
                         .toString(),
                     ids.at(i));
        }
        QStringList firstIds;
        for (const PendingRequest &p : *first) {
            firstIds.append(p.requestId);
        }
        QCOMPARE(*o->purge(firstIds), 10);
        auto counts = o->counts();
        QCOMPARE(counts->waiting, 15);
        QCOMPARE(counts->oldestWaitingSince, m_clock.now().addMSecs(-10 * 15));
        auto rest = o->nextBatch(100);
        QCOMPARE(int(rest->size()), 15);
        QCOMPARE(rest->front().requestId, ids.at(10));
    }

    void purgeCheckpointsTheWal()
    {
        auto o = open();
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            ids.append(o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), i))->requestId);
        }
        QVERIFY(QFileInfo(dbPath() + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(*o->purge(ids), 5);
        QCOMPARE(QFileInfo(dbPath() + QStringLiteral("-wal")).size(), qint64(0));
        QCOMPARE(o->counts()->waiting, 0);
        QCOMPARE(*o->purge({QStringLiteral("0190d7a0-0000-7000-8000-00000000dead")}), 0);
    }

    void failuresAreCounted()
    {
        auto o = open();
        const QString id = o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1))->requestId;
        const BackofficeError e =
            BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, QStringLiteral("refused"));
        QVERIFY(o->recordFailure({id}, e).ok());
        QVERIFY(o->recordFailure({id}, e).ok());
        auto batch = o->nextBatch(1);
        QCOMPARE(batch->front().attempts, 2);
        QCOMPARE(batch->front().failures, 0); // the link's failures do not count to the set-aside limit
        QVERIFY(o->recordFailure({id}, BackofficeError::make(BackofficeErrorCode::IntakeError)).ok());
        batch = o->nextBatch(1);
        QCOMPARE(batch->front().attempts, 3);
        QCOMPARE(batch->front().failures, 1);
    }

    // retry ID puts one set-aside request back (its failures reset); discard ID removes it for good, keeps why,
    // and leaves nothing of its document (not even its ciphertext) in any file.
    void setAsideRetryAndDiscard()
    {
        auto o = open();
        const QString a = o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1))->requestId;
        const QString b = o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 2))->requestId;
        const QString waiting = o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 3))->requestId;
        QVERIFY(o->recordFailure({a}, BackofficeError::make(BackofficeErrorCode::IntakeError)).ok());
        QVERIFY(o->reject(a, BackofficeError::make(BackofficeErrorCode::IntakeError, QStringLiteral("XX000"))).ok());
        QVERIFY(o->reject(b, BackofficeError::make(BackofficeErrorCode::IntakeRejected, QStringLiteral("x"))).ok());
        auto aside = o->setAside();
        QVERIFY(aside.ok());
        QCOMPARE(int(aside->size()), 2);
        QCOMPARE(aside->front().requestId, a);
        QCOMPARE(aside->front().procedureId, QStringLiteral("tenkyo"));
        QVERIFY(aside->front().lastError.startsWith(QLatin1String("intake_error")));

        // Error rows: only set-aside requests, and a reason is required.
        QCOMPARE(o->retry(waiting).error().code, BackofficeErrorCode::NotFound);
        QCOMPARE(o->retry(QStringLiteral("0190d7a0-0000-7000-8000-00000000dead")).error().code,
                 BackofficeErrorCode::NotFound);
        QCOMPARE(o->discard(waiting, QStringLiteral("x")).error().code, BackofficeErrorCode::NotFound);
        QCOMPARE(o->discard(b, QStringLiteral("  ")).error().code, BackofficeErrorCode::Config);

        QVERIFY(o->retry(a).ok());
        auto batch = o->nextBatch(10);
        QCOMPARE(int(batch->size()), 2);
        QCOMPARE(batch->front().requestId, a); // back in its place in the queue
        QCOMPARE(batch->front().failures, 0);
        QCOMPARE(o->counts()->rejected, 1);

        const QByteArray ciphertext = [&] {
            QSqlQuery q(QSqlDatabase::database(o->connectionName()));
            q.prepare(QStringLiteral("SELECT payload FROM requests WHERE request_id = ?"));
            q.addBindValue(b);
            return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
        }();
        QVERIFY(ciphertext.size() > 100);
        QVERIFY(fixtures::outboxFileBytes(dbPath()).contains(ciphertext.mid(20, 48))); // positive control
        QVERIFY(o->discard(b, QStringLiteral("refused: form withdrawn at the counter")).ok());
        QCOMPARE(o->counts()->rejected, 0);
        QCOMPARE(o->payload(b).error().code, BackofficeErrorCode::NotFound);
        QVERIFY(!fixtures::outboxFileBytes(dbPath()).contains(ciphertext.mid(20, 48)));
        QSqlQuery q(QSqlDatabase::database(o->connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT request_id, reason, last_error FROM discarded")) && q.next());
        QCOMPARE(q.value(0).toString(), b);
        QCOMPARE(q.value(1).toString(), QStringLiteral("refused: form withdrawn at the counter"));
        QVERIFY(q.value(2).toString().startsWith(QLatin1String("intake_rejected")));
    }

    void rejectedAreSetAsideAndRequeued()
    {
        auto o = open();
        const QString a = o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1))->requestId;
        const QString b = o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 2))->requestId;
        QVERIFY(o->reject(a, BackofficeError::make(BackofficeErrorCode::IntakeRejected, QStringLiteral("x"))).ok());
        auto counts = o->counts();
        QCOMPARE(counts->waiting, 1);
        QCOMPARE(counts->rejected, 1);
        auto batch = o->nextBatch(10);
        QCOMPARE(int(batch->size()), 1);
        QCOMPARE(batch->front().requestId, b);
        QCOMPARE(*o->requeueRejected(), 1);
        QCOMPARE(o->counts()->waiting, 2);
    }

    void tamperedRows_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("one bit of the payload flipped") << "flip";
        QTest::newRow("payload truncated") << "truncate";
        QTest::newRow("payloads of two rows swapped") << "swap";
        QTest::newRow("request id of a row changed") << "rename";
    }
    void tamperedRows()
    {
        QFETCH(QString, how);
        QStringList ids;
        {
            auto o = open();
            for (int i = 0; i < 3; ++i) {
                ids.append(o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), i))->requestId);
            }
        }
        raw([&](QSqlQuery &q) {
            if (how == QLatin1String("flip")) {
                QVERIFY(q.exec(QStringLiteral("SELECT payload FROM requests WHERE seq = 1")) && q.next());
                QByteArray p = q.value(0).toByteArray();
                p[40] = static_cast<char>(p[40] ^ 0x04);
                q.prepare(QStringLiteral("UPDATE requests SET payload = ? WHERE seq = 1"));
                q.addBindValue(p);
                QVERIFY(q.exec());
            } else if (how == QLatin1String("truncate")) {
                QVERIFY(q.exec(QStringLiteral("UPDATE requests SET payload = substr(payload, 1, 20) WHERE seq = 1")));
            } else if (how == QLatin1String("swap")) {
                QVERIFY(
                    q.exec(QStringLiteral("UPDATE requests SET payload = (SELECT payload FROM requests WHERE seq = 2)"
                                          " WHERE seq = 1")));
            } else {
                QVERIFY(q.exec(QStringLiteral("UPDATE requests SET request_id = '0190d7a0-0000-7000-8000-000000000bad'"
                                              " WHERE seq = 1")));
            }
        });
        auto o = open();
        QVERIFY(o);
        auto batch = o->nextBatch(10);
        QVERIFY(batch.ok());
        // The altered row is never handed out; the others go on.
        QCOMPARE(int(batch->size()), 2);
        QCOMPARE(batch->front().requestId, ids.at(1));
        QCOMPARE(o->counts()->rejected, 1);
        QCOMPARE(o->counts()->waiting, 2);
        if (how != QLatin1String("rename")) {
            auto p = o->payload(ids.at(0));
            QVERIFY(!p.ok());
            QCOMPARE(p.error().code, BackofficeErrorCode::Tampered);
        }
    }

    void anotherKeyIsAClearError()
    {
        {
            auto o = open();
            QVERIFY(o->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1)).ok());
        }
        m_key = fixtures::randomKey();
        auto o = Outbox::open(dbPath(), m_key);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, BackofficeErrorCode::KeyMismatch);
        QCOMPARE(o.error().key, QStringLiteral("outbox/key_file"));
    }

    void notAnOutbox_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("random bytes") << QByteArray(8192, 'x') << false;
        QTest::newRow("another SQLite database") << QByteArray() << true;
    }
    void notAnOutbox()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, sqlite);
        if (sqlite) {
            raw([](QSqlQuery &q) {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            });
        } else {
            QVERIFY(fixtures::writeFile(dbPath(), content));
        }
        auto o = Outbox::open(dbPath(), m_key);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, BackofficeErrorCode::OutboxCorrupt);
    }

    void missingFolder()
    {
        auto o = Outbox::open(m_dir->filePath(QStringLiteral("no/such/outbox.sqlite")), m_key);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, BackofficeErrorCode::OutboxOpen);
    }

    void oneSqliteOnly() { QVERIFY(checkSingleSqlite().ok()); }

    void syncRecordSurvives()
    {
        auto o = open();
        SyncRecord r;
        r.lastAttemptAt = m_clock.now();
        r.lastAttemptOk = false;
        r.lastErrorCode = QStringLiteral("intake_unavailable");
        r.lastErrorDetail = QStringLiteral("connection refused");
        QVERIFY(o->saveSyncRecord(r).ok());
        o.reset();
        auto again = open();
        auto read = again->syncRecord();
        QVERIFY(read.ok());
        QCOMPARE(read->lastAttemptAt, r.lastAttemptAt);
        QCOMPARE(read->lastErrorCode, r.lastErrorCode);
        QVERIFY(!read->lastAttemptOk);
        r.lastAttemptOk = true;
        r.lastErrorCode.clear();
        r.lastErrorDetail.clear();
        QVERIFY(again->saveSyncRecord(r).ok());
        QVERIFY(again->syncRecord()->lastErrorCode.isEmpty());
    }

    // 受付番号: the outbox's counter per local day.
    void receiptSequencePerDay_data()
    {
        QTest::addColumn<QList<QDate>>("days");
        QTest::addColumn<QList<int>>("expected"); // 0: refused
        const QDate d1(2025, 4, 1);
        const QDate d2(2025, 4, 2);
        QTest::newRow("one day counts up from 1") << QList<QDate>{d1, d1, d1} << QList<int>{1, 2, 3};
        QTest::newRow("the next day starts again at 1") << QList<QDate>{d1, d1, d2, d2} << QList<int>{1, 2, 1, 2};
        QTest::newRow("a clock set back continues the earlier day")
            << QList<QDate>{d1, d1, d2, d1} << QList<int>{1, 2, 1, 3};
        QTest::newRow("error: no day") << QList<QDate>{QDate(), d1} << QList<int>{0, 1};
    }
    void receiptSequencePerDay()
    {
        QFETCH(QList<QDate>, days);
        QFETCH(QList<int>, expected);
        auto o = open();
        QVERIFY(o);
        QList<int> got;
        for (const QDate &day : std::as_const(days)) {
            auto n = o->nextReceiptSequence(day);
            got.append(n ? *n : 0);
        }
        QCOMPARE(got, expected);
    }

    void receiptSequenceSurvivesReopenAndIsShared()
    {
        const QDate day(2025, 4, 1);
        {
            auto o = open();
            QCOMPARE(*o->nextReceiptSequence(day), 1);
            QCOMPARE(*o->nextReceiptSequence(day), 2);
        }
        // A restart reopens the file: the count goes on. Two connections (the kiosk's writer thread and another)
        // take turns on one counter, and never get the same number.
        auto a = open();
        auto b = open();
        QVERIFY(a && b);
        QSet<int> seen;
        for (int i = 0; i < 20; ++i) {
            auto n = (i % 2 ? a : b)->nextReceiptSequence(day);
            QVERIFY(n.ok());
            QVERIFY2(!seen.contains(*n), qPrintable(QString::number(*n)));
            seen.insert(*n);
        }
        QCOMPARE(seen.size(), 20);
        QVERIFY(seen.contains(3) && seen.contains(22));
    }

    void receiptSequenceUsedUp()
    {
        const QDate day(2025, 4, 1);
        auto o = open();
        QCOMPARE(*o->nextReceiptSequence(day), 1);
        raw([](QSqlQuery &q) { QVERIFY(q.exec(QStringLiteral("UPDATE receipt_counters SET last = 99998"))); });
        QCOMPARE(*o->nextReceiptSequence(day), 99999);
        auto none = o->nextReceiptSequence(day);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, BackofficeErrorCode::OutboxIo);
        QVERIFY(!o->nextReceiptSequence(day).ok()); // stays used up: never wraps to 1
        QCOMPARE(*o->nextReceiptSequence(day.addDays(1)), 1);
    }

    // An outbox of version 1 (before receipt numbers and set-aside counts) is upgraded in place to the current
    // version; its queued requests stay.
    void upgradesVersionOne()
    {
        const QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        {
            auto o = open();
            QVERIFY(o->enqueue(r).ok());
        }
        raw([](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("DROP TABLE receipt_counters")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE audit")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE discarded")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN failures")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        });
        auto o = open();
        QVERIFY(o);
        QCOMPARE(pragma(*o, QStringLiteral("user_version")), QStringLiteral("4"));
        QCOMPARE(o->counts()->waiting, 1);
        QVERIFY(o->payload(r.value(QLatin1String("request_id")).toString()).ok());
        QCOMPARE(*o->nextReceiptSequence(QDate(2025, 4, 1)), 1);
    }

    // The kiosk's reservation on the service's writer thread: answered queued, in order.
    void serviceReservesReceiptsAsync()
    {
        auto service = makeService();
        QVERIFY(service);
        QSignalSpy reserved(service.get(), &OutboxService::receiptReserved);
        QSignalSpy failed(service.get(), &OutboxService::reserveFailed);
        QVERIFY(reserved.isValid() && failed.isValid());
        service->reserveReceiptAsync(5, QDate(2025, 4, 1));
        service->reserveReceiptAsync(6, QDate(2025, 4, 1));
        service->reserveReceiptAsync(7, QDate());
        QCOMPARE(reserved.count(), 0); // never from inside the call
        QTRY_COMPARE(reserved.count(), 2);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(reserved.at(0).at(0).toULongLong(), quint64(5));
        QCOMPARE(reserved.at(0).at(1).toInt(), 1);
        QCOMPARE(reserved.at(1).at(0).toULongLong(), quint64(6));
        QCOMPARE(reserved.at(1).at(1).toInt(), 2);
        QCOMPARE(failed.first().at(0).toULongLong(), quint64(7));
        // The GUI thread's connection sees the committed counter.
        QCOMPARE(*service->outbox().nextReceiptSequence(QDate(2025, 4, 1)), 3);
    }

    // The kiosk's RequestSink contract: submit returns at once, the commit happens on the writer thread, and the
    // answer comes queued, never from inside the call.
    void serviceEnqueueAsync()
    {
        auto service = makeService();
        QVERIFY(service);
        QSignalSpy enqueued(service.get(), &OutboxService::enqueued);
        QSignalSpy failed(service.get(), &OutboxService::enqueueFailed);
        QSignalSpy status(service.get(), &OutboxService::statusChanged);
        QVERIFY(enqueued.isValid() && failed.isValid() && status.isValid());

        const QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        service->enqueueAsync(
            7, std::make_shared<const kakanai::SecretBytes>(QJsonDocument(r).toJson(QJsonDocument::Compact)));
        service->enqueueAsync(8, std::make_shared<const kakanai::SecretBytes>(QByteArrayLiteral("{\"broken\"")));
        QCOMPARE(enqueued.count(), 0); // never from inside the call
        QTRY_COMPARE(enqueued.count(), 1);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(enqueued.first().at(0).toULongLong(), quint64(7));
        QCOMPARE(enqueued.first().at(1).value<EnqueueReceipt>().requestId,
                 r.value(QLatin1String("request_id")).toString());
        QCOMPARE(failed.first().at(0).toULongLong(), quint64(8));
        QCOMPARE(failed.first().at(1).value<BackofficeError>().code, BackofficeErrorCode::InvalidRequest);
        // Acknowledged means committed: the GUI thread's own connection sees the row, and the status line counts it.
        QCOMPARE(service->outbox().counts()->waiting, 1);
        QCOMPARE(service->status().waiting, 1);
        QVERIFY(!status.isEmpty());
    }

    // The kiosk's object: without [intake] it is the embedded outbox-only default, and every enqueue updates the
    // status line (queue length, oldest waiting request) through statusChanged.
    void serviceWithoutIntake()
    {
        BackofficeConfig config;
        config.outbox.path = dbPath();
        config.outbox.keyFile = m_dir->filePath(QStringLiteral("outbox.key"));
        auto missing = OutboxService::create(config);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, BackofficeErrorCode::KeyMissing);
        QVERIFY(DataKey::create(config.outbox.keyFile).ok());

        auto clock = std::make_shared<ManualClock>();
        auto service = OutboxService::create(config, OutboxService::Options{clock, {}});
        QVERIFY(service.ok());
        QCOMPARE((*service)->status().link, OutboxStatus::Link::NotConfigured);
        QSignalSpy spy(service->get(), &OutboxService::statusChanged);
        QVERIFY(spy.isValid());
        const QJsonObject first = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1);
        auto receipt = (*service)->enqueue(first);
        QVERIFY(receipt.ok());
        QCOMPARE(spy.count(), 1);
        const auto status = spy.takeFirst().at(0).value<OutboxStatus>();
        QCOMPARE(status.waiting, 1);
        QCOMPARE(status.oldestWaitingSince, clock->now());
        clock->advanceMs(90 * 1000);
        QCOMPARE(status.oldestWaitingAgeSeconds(clock->now()), qint64(90));
        QCOMPARE(status.toJson(clock->now()).value(QLatin1String("link")).toString(), QStringLiteral("not_configured"));
        // The same request again changes nothing, so the status line does not flicker.
        QVERIFY((*service)->enqueue(first)->alreadyQueued);
        QCOMPARE(spy.count(), 0);
        QVERIFY((*service)->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 2)).ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE((*service)->status().waiting, 2);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
