// The sync worker without a database: offline status, capped exponential backoff on a manual clock (no test ever
// sleeps through a backoff), wake and retry-now, and a GUI thread that never waits for the network.
#include "common/Clock.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "outbox/SyncWorker.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace kakanai::backoffice;
using kakanai::ManualClock;

class TestSyncWorker : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const DataKey> m_key;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    // An intake that refuses at once: a port on which nothing listens.
    ConnectionSettings closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            qFatal("no free port");
        }
        const quint16 port = probe.serverPort();
        probe.close();
        return intakeAt(port);
    }

    ConnectionSettings intakeAt(quint16 port)
    {
        ConnectionSettings s;
        s.group = QStringLiteral("intake");
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.user = QStringLiteral("kiosk_0001");
        s.sslrootcert = m_dir->filePath(QStringLiteral("ca.crt"));
        s.sslcert = m_dir->filePath(QStringLiteral("kiosk.crt"));
        s.sslkey = m_dir->filePath(QStringLiteral("kiosk.key"));
        s.connectTimeoutS = 2;
        return s;
    }

    void enqueue(int n)
    {
        auto o = Outbox::open(dbPath(), m_key);
        QVERIFY(o.ok());
        for (int i = 0; i < n; ++i) {
            QVERIFY((*o)->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), i)).ok());
        }
    }

    // Lets queued events (timer timeouts of the manual clock) run, without letting any time pass on it.
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_key = fixtures::randomKey();
    }
    void cleanup() { m_dir.reset(); }

    void backoffOnTheManualClock()
    {
        enqueue(3);
        auto clock = std::make_shared<ManualClock>();
        SyncConfig sync;
        sync.backoffMinMs = 1000;
        sync.backoffMaxMs = 8000;
        SyncWorker worker(dbPath(), m_key, closedPort(), sync, clock, [] { return 0.0; });
        QSignalSpy attempted(&worker, &SyncWorker::attempted);
        QSignalSpy status(&worker, &SyncWorker::statusChanged);
        QVERIFY(attempted.isValid() && status.isValid());

        worker.start();
        QTRY_COMPARE(attempted.count(), 1);
        QCOMPARE(attempted.last().at(1).toBool(), false);
        auto s = status.last().at(0).value<OutboxStatus>();
        QCOMPARE(s.link, OutboxStatus::Link::Offline);
        QCOMPARE(s.waiting, 3);
        QVERIFY(s.lastError.has_value());
        QCOMPARE(s.lastError->code, BackofficeErrorCode::IntakeUnavailable);
        QCOMPARE(s.nextAttemptAt, clock->now().addMSecs(1000));

        // 1 s, 2 s, 4 s, 8 s, then 8 s again: each attempt only once its wait has passed on the clock.
        const qint64 waits[] = {1000, 2000, 4000, 8000, 8000, 8000};
        int expected = 1;
        for (qint64 wait : waits) {
            clock->advanceMs(wait - 1);
            settle();
            QCOMPARE(attempted.count(), expected);
            // A new request does not cut a backoff short…
            worker.wake();
            settle();
            QCOMPARE(attempted.count(), expected);
            clock->advanceMs(1);
            ++expected;
            QTRY_COMPARE(attempted.count(), expected);
        }
        QCOMPARE(status.last().at(0).value<OutboxStatus>().nextAttemptAt, clock->now().addMSecs(8000));
        // …but staff asking to retry does.
        worker.syncNow();
        QTRY_COMPARE(attempted.count(), expected + 1);
        QCOMPARE(worker.attempts(), expected + 1);

        // The outcome is kept in the outbox for `kakanai-outbox status`.
        worker.stop();
        auto o = Outbox::open(dbPath(), m_key);
        auto record = (*o)->syncRecord();
        QVERIFY(record.ok());
        QVERIFY(!record->lastAttemptOk);
        QCOMPARE(record->lastErrorCode, QStringLiteral("intake_unavailable"));
        QCOMPARE((*o)->nextBatch(10)->front().attempts, expected + 1);
    }

    void notConfiguredStaysLocal()
    {
        enqueue(1);
        auto clock = std::make_shared<ManualClock>();
        SyncWorker worker(dbPath(), m_key, ConnectionSettings{}, SyncConfig{}, clock);
        QSignalSpy status(&worker, &SyncWorker::statusChanged);
        QVERIFY(status.isValid());
        worker.start();
        QTRY_VERIFY(!status.isEmpty());
        const auto s = status.last().at(0).value<OutboxStatus>();
        QCOMPARE(s.link, OutboxStatus::Link::NotConfigured);
        QCOMPARE(s.waiting, 1);
        QVERIFY(!s.lastError);
    }

    // The worker blocks in libpq for the whole connect timeout against a server that accepts TCP but never answers;
    // meanwhile the kiosk's thread keeps enqueueing in milliseconds and its event loop keeps running.
    void guiThreadNeverWaits()
    {
        QVERIFY(DataKey::create(m_dir->filePath(QStringLiteral("outbox.key"))).ok());
        QTcpServer silent; // the kernel completes the handshake; nobody ever answers the SSLRequest
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        BackofficeConfig config;
        config.outbox.path = dbPath();
        config.outbox.keyFile = m_dir->filePath(QStringLiteral("outbox.key"));
        config.intake = intakeAt(silent.serverPort());
        config.intake.connectTimeoutS = 3;
        auto clock = std::make_shared<ManualClock>();
        auto service = OutboxService::create(config, OutboxService::Options{clock, [] { return 0.0; }});
        QVERIFY(service.ok());
        QSignalSpy status(service->get(), &OutboxService::statusChanged);
        QVERIFY(status.isValid());
        QVERIFY((*service)->worker() != nullptr);
        QVERIFY((*service)->worker()->thread() != QThread::currentThread());

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QElapsedTimer slowest;
        qint64 worst = 0;
        QElapsedTimer wall;
        wall.start();
        int queued = 0;
        while (wall.elapsed() < 1500) {
            slowest.start();
            QVERIFY((*service)->enqueue(fixtures::syntheticRequest(QStringLiteral("kiosk-01"), queued)).ok());
            worst = qMax(worst, slowest.elapsed());
            ++queued;
            QTest::qWait(50);
        }
        // The worker is still inside its connect (3 s timeout), yet the GUI thread was never held up.
        QVERIFY2(worst < 500, qPrintable(QStringLiteral("an enqueue took %1 ms").arg(worst)));
        QVERIFY2(ticks >= 30, qPrintable(QStringLiteral("the event loop ran only %1 timer ticks").arg(ticks)));
        QCOMPARE((*service)->status().waiting, queued);
        // Then the connect times out and the line says offline.
        QTRY_COMPARE_WITH_TIMEOUT((*service)->status().link, OutboxStatus::Link::Offline, 10000);
        QCOMPARE((*service)->status().lastError->code, BackofficeErrorCode::IntakeUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "TestSyncWorker.moc"
