// Delivery under faults (issue 5): PostgreSQL is stopped while the sync worker delivers 1,000 requests, stays down
// for several backoff rounds, and comes back. Afterwards every request is at the intake exactly once, none is
// left in the outbox, and no test code slept through a backoff (the worker runs on a manual clock).
#include "common/Clock.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/Pg.h"
#include "outbox/SyncWorker.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;
using kakanai::ManualClock;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        if (qEnvironmentVariable("KAKANAI_PG_OWNED") != QLatin1String("1")) {
            QSKIP("the test PostgreSQL is not ours to stop");
        }
    }

    void init()
    {
        // Each test starts with the server up, whatever the previous one left.
        QVERIFY(fixtures::pgctl({QStringLiteral("start")}) ||
                PgConnection::connect(fixtures::pgSettings(QStringLiteral("kiosk"))).ok());
    }

    void cleanupTestCase()
    {
        // Whatever happened, leave the server running for the other tests.
        if (fixtures::pgAvailable()) {
            fixtures::pgctl({QStringLiteral("start")});
        }
    }

    // With nothing to send the status line must still tell the truth: the idle check notices the server is gone.
    void idleLinkLossIsShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        BackofficeConfig config;
        config.outbox.path = dir.filePath(QStringLiteral("outbox.sqlite"));
        config.outbox.keyFile = dir.filePath(QStringLiteral("outbox.key"));
        config.intake = fixtures::pgSettings(QStringLiteral("kiosk"));
        QVERIFY(DataKey::create(config.outbox.keyFile).ok());
        auto clock = std::make_shared<ManualClock>();
        auto service = OutboxService::create(config, OutboxService::Options{clock, [] { return 0.0; }});
        QVERIFY(service.ok());
        QTRY_COMPARE((*service)->status().link, OutboxStatus::Link::Online);
        QVERIFY(fixtures::pgctl({QStringLiteral("stop")}));
        QTRY_VERIFY(clock->nextDue().isValid());
        clock->advanceMs(config.sync.pollIntervalMs);
        QTRY_COMPARE((*service)->status().link, OutboxStatus::Link::Offline);
        QCOMPARE((*service)->status().waiting, 0);
        QVERIFY(fixtures::pgctl({QStringLiteral("start")}));
        QTRY_VERIFY(clock->nextDue().isValid());
        clock->advanceMs(clock->now().msecsTo(clock->nextDue()));
        QTRY_COMPARE((*service)->status().link, OutboxStatus::Link::Online);
        QVERIFY(!(*service)->status().lastError);
    }

    void stopAndRestartDuringSync()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString kiosk = fixtures::uniqueKioskId("faults");
        BackofficeConfig config;
        config.outbox.path = dir.filePath(QStringLiteral("outbox.sqlite"));
        config.outbox.keyFile = dir.filePath(QStringLiteral("outbox.key"));
        config.intake = fixtures::pgSettings(QStringLiteral("kiosk"));
        config.sync.batchSize = 20;
        config.sync.backoffMinMs = 500;
        config.sync.backoffMaxMs = 4000;
        QVERIFY(DataKey::create(config.outbox.keyFile).ok());

        const int total = 1000;
        QSet<QString> ids;
        {
            auto key = DataKey::load(config.outbox.keyFile);
            auto outbox = Outbox::open(config.outbox.path, std::make_shared<const DataKey>(std::move(*key)));
            QVERIFY(outbox.ok());
            for (int i = 0; i < total; ++i) {
                auto receipt = (*outbox)->enqueue(fixtures::syntheticRequest(kiosk, i));
                QVERIFY(receipt.ok());
                ids.insert(receipt->requestId);
            }
        }

        auto clock = std::make_shared<ManualClock>();
        auto service = OutboxService::create(config, OutboxService::Options{clock, [] { return 0.0; }});
        QVERIFY(service.ok());
        SyncWorker *worker = (*service)->worker();
        QSignalSpy delivered(service->get(), &OutboxService::delivered);
        QSignalSpy attempted(worker, &SyncWorker::attempted);
        QVERIFY(delivered.isValid() && attempted.isValid());

        // Let part of the queue go through, then pull the database out from under the worker.
        QTRY_VERIFY_WITH_TIMEOUT((*service)->status().waiting <= total - 200, 60000);
        QVERIFY(fixtures::pgctl({QStringLiteral("stop")}));
        const int waitingAtStop = (*service)->status().waiting;
        QVERIFY2(waitingAtStop > 0, "the sync finished before the server was stopped: use more requests");

        QTRY_COMPARE_WITH_TIMEOUT((*service)->status().link, OutboxStatus::Link::Offline, 60000);
        QCOMPARE((*service)->status().lastError->code, BackofficeErrorCode::IntakeUnavailable);
        // Several backoff rounds against the stopped server: each attempt happens when the clock says so.
        for (int round = 0; round < 4; ++round) {
            // The worker arms its timer once its failed attempt is over: wait for that, then move the clock exactly
            // to it.
            QTRY_VERIFY(clock->nextDue().isValid());
            const int before = worker->attempts();
            const qint64 wait = clock->now().msecsTo(clock->nextDue());
            QVERIFY(wait > 0 && wait <= config.sync.backoffMaxMs);
            clock->advanceMs(wait - 1);
            QTest::qWait(20);
            QCOMPARE(worker->attempts(), before); // not a millisecond early
            clock->advanceMs(1);
            QTRY_COMPARE(worker->attempts(), before + 1);
            QCOMPARE((*service)->status().link, OutboxStatus::Link::Offline);
        }
        QVERIFY((*service)->status().waiting > 0);

        QVERIFY(fixtures::pgctl({QStringLiteral("start")}));
        // Back: the next attempt after the backoff reconnects and the queue drains.
        QElapsedTimer wall;
        wall.start();
        while ((*service)->status().waiting > 0 && wall.elapsed() < 120000) {
            clock->advanceMs(4000);
            QTest::qWait(20);
        }
        QCOMPARE((*service)->status().waiting, 0);
        QCOMPARE((*service)->status().rejected, 0);
        QTRY_COMPARE((*service)->status().link, OutboxStatus::Link::Online);

        // At the intake: all 1,000, each once.
        auto staff = PgConnection::connect(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox")));
        QVERIFY(staff.ok());
        auto rows = (*staff)->exec(QStringLiteral("SELECT request_id::text FROM intake.requests WHERE kiosk_id = $1"),
                                   {kiosk.toUtf8()});
        QVERIFY(rows.ok());
        QCOMPARE(rows->rows(), total);
        QSet<QString> atIntake;
        for (int i = 0; i < rows->rows(); ++i) {
            atIntake.insert(rows->text(i, 0));
        }
        QCOMPARE(atIntake, ids);
        QStringList reported;
        for (const QList<QVariant> &args : std::as_const(delivered)) {
            reported += args.at(0).toStringList();
        }
        // (The first batches may have gone before the spy was attached; every report names our requests only.)
        const QSet<QString> reportedSet(reported.begin(), reported.end());
        QVERIFY(reportedSet.size() >= total - 200);
        QVERIFY(ids.contains(reportedSet));
        qInfo("1000 requests: server stopped with %d waiting, %d attempts in all, %lld delivery reports "
              "(%lld ids, %lld resent after a lost confirmation), 0 lost, 0 duplicated",
              waitingAtStop, worker->attempts(), static_cast<long long>(delivered.size()),
              static_cast<long long>(reported.size()), static_cast<long long>(reported.size() - reportedSet.size()));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
