// Disk full, I/O errors and a read-only file system (FaultVfs.h, in this process): whichever write, truncation or
// sync of an enqueue fails, the enqueue returns an error that says why (outbox_full, outbox_io,
// outbox_read_only) and so is never acknowledged; nothing half-written remains (integrity_check ok, the request
// absent, or whole if SQLite's recovery finds its commit complete); the requests acknowledged before are intact;
// and once the fault is gone the same outbox takes requests again. The kiosk's OutboxService reports the same
// code through enqueueFailed, which the kiosk's sink turns into "not stored" (the resident is sent to the counter).
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/outbox/FaultVfs.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kakanai::backoffice;
namespace faultvfs = kakanai::testing::faultvfs;

class TestOutboxDiskFull : public QObject
{
    Q_OBJECT

    static QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(faultvfs::install()); }
    void cleanup() { faultvfs::disarm(); }

    void enqueueFailsCleanly_data()
    {
        QTest::addColumn<int>("sqliteCode");
        QTest::addColumn<BackofficeErrorCode>("expected");
        QTest::newRow("error: disk full") << int(SQLITE_FULL) << BackofficeErrorCode::OutboxFull;
        QTest::newRow("error: write error") << int(SQLITE_IOERR_WRITE) << BackofficeErrorCode::OutboxIo;
        QTest::newRow("error: fsync error") << int(SQLITE_IOERR_FSYNC) << BackofficeErrorCode::OutboxIo;
        QTest::newRow("error: read-only file system") << int(SQLITE_READONLY) << BackofficeErrorCode::OutboxReadOnly;
    }
    void enqueueFailsCleanly()
    {
        QFETCH(int, sqliteCode);
        QFETCH(BackofficeErrorCode, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        const auto key = fixtures::randomKey();
        auto outbox = Outbox::open(db, key);
        QVERIFY(outbox.ok());
        Outbox &o = **outbox;

        // How many counted operations one enqueue takes (WAL frames, the commit's sync), measured on the second
        // (the first also writes the WAL's header).
        QList<QJsonObject> acked;
        int perEnqueue = 0;
        for (int warm = 0; warm < 2; ++warm) {
            const qint64 before = faultvfs::operations();
            acked.append(fixtures::syntheticRequest(QStringLiteral("kiosk-full"), 1000 + warm));
            QVERIFY(o.enqueue(acked.last()).ok());
            perEnqueue = static_cast<int>(faultvfs::operations() - before);
        }
        QVERIFY(perEnqueue >= 2);

        QList<QJsonObject> refused;
        // The fault at every operation of an enqueue in turn: the first write, the last frame, the sync.
        for (int at = 1; at <= perEnqueue; ++at) {
            const QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-full"), at);
            faultvfs::armFailure(at, sqliteCode);
            const qint64 failedBefore = faultvfs::failedOperations();
            auto receipt = o.enqueue(r);
            QVERIFY2(faultvfs::failedOperations() > failedBefore, // the fault did strike
                     qPrintable(QStringLiteral("operation %1 of %2: %3")
                                    .arg(at)
                                    .arg(perEnqueue)
                                    .arg(receipt ? QStringLiteral("acknowledged") : receipt.error().toLogString())));
            faultvfs::disarm();
            QVERIFY2(!receipt.ok(), qPrintable(QStringLiteral("acknowledged despite a fault at operation %1").arg(at)));
            QVERIFY2(receipt.error().code == expected, qPrintable(receipt.error().toLogString()));
            QVERIFY(receipt.error().detail.size() > 0);
            refused.append(r);

            // The fault is gone: the same connection takes the next request.
            const QJsonObject next = fixtures::syntheticRequest(QStringLiteral("kiosk-full"), 100 + at);
            auto again = o.enqueue(next);
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toLogString()));
            acked.append(next);
        }

        // As after a restart: a fresh connection, SQLite's recovery, integrity, every acknowledged request intact,
        // every refused one absent or whole.
        outbox->reset();
        auto reopened = Outbox::open(db, key);
        QVERIFY(reopened.ok());
        QCOMPARE(*(*reopened)->integrityCheck(), QStringLiteral("ok"));
        for (const QJsonObject &r : std::as_const(acked)) {
            auto payload = (*reopened)->payload(r.value(QLatin1String("request_id")).toString());
            QVERIFY(payload.ok());
            QCOMPARE(*payload, compact(r));
        }
        int reappeared = 0;
        for (const QJsonObject &r : std::as_const(refused)) {
            auto payload = (*reopened)->payload(r.value(QLatin1String("request_id")).toString());
            if (payload) {
                QCOMPARE(*payload, compact(r)); // whole, never half
                ++reappeared;
            } else {
                QCOMPARE(payload.error().code, BackofficeErrorCode::NotFound);
            }
        }
        qInfo("%d faults, one at each operation of an enqueue: none acknowledged, %d found whole after recovery",
              perEnqueue, reappeared);
    }

    // The kiosk's path: enqueueAsync answers enqueueFailed with the code, never enqueued.
    void serviceReportsDiskFull()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        BackofficeConfig config;
        config.outbox.path = dir.filePath(QStringLiteral("outbox.sqlite"));
        config.outbox.keyFile = dir.filePath(QStringLiteral("outbox.key"));
        QVERIFY(DataKey::create(config.outbox.keyFile).ok());
        auto service = OutboxService::create(config);
        QVERIFY(service.ok());
        QSignalSpy enqueued(service->get(), &OutboxService::enqueued);
        QSignalSpy failed(service->get(), &OutboxService::enqueueFailed);
        faultvfs::armFailure(1, SQLITE_FULL);
        (*service)->enqueueAsync(7, std::make_shared<const kakanai::SecretBytes>(
                                        compact(fixtures::syntheticRequest(QStringLiteral("kiosk-full"), 1))));
        QTRY_COMPARE(failed.count(), 1);
        faultvfs::disarm();
        QCOMPARE(enqueued.count(), 0);
        QCOMPARE(failed.at(0).at(0).toULongLong(), quint64(7));
        QCOMPARE(failed.at(0).at(1).value<BackofficeError>().codeName(), QStringLiteral("outbox_full"));
        // Space again: the next request is taken.
        (*service)->enqueueAsync(8, std::make_shared<const kakanai::SecretBytes>(
                                        compact(fixtures::syntheticRequest(QStringLiteral("kiosk-full"), 2))));
        QTRY_COMPARE(enqueued.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDiskFull)
#include "TestOutboxDiskFull.moc"
