// The one Clock: SystemClock's readings, ManualClock's time and its timers (they fire when the clock is moved past
// their due time, queued into their thread, and never on their own).
#include "common/Clock.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace kakanai;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockReadsTheLocalTime()
    {
        const SystemClock clock;
        const QDateTime before = QDateTime::currentDateTime();
        const QDateTime now = clock.now();
        QVERIFY(now >= before);
        QVERIFY(now.msecsTo(QDateTime::currentDateTime()) < 5000);
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        const qint64 a = clock.monotonicMs();
        QThread::msleep(5);
        QVERIFY(clock.monotonicMs() >= a + 5);
    }

    void systemClockTimerFires()
    {
        const SystemClock clock;
        QObject owner;
        ClockTimer *timer = clock.createTimer(&owner);
        QSignalSpy fired(timer, &ClockTimer::timeout);
        timer->start(10);
        QVERIFY(timer->isActive());
        QVERIFY(fired.wait(2000));
        QCOMPARE(fired.size(), 1);
        QVERIFY(!timer->isActive());
    }

    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2025, 4, 1), QTime(9, 30), QTimeZone(9 * 3600));
        ManualClock clock(start);
        QCOMPARE(clock.now(), start);
        QCOMPARE(clock.monotonicMs(), qint64(0));
        QCOMPARE(clock.nowUtc(), QDateTime(QDate(2025, 4, 1), QTime(0, 30), Qt::UTC));
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        QThread::msleep(20);
        QCOMPARE(clock.now(), start);
        clock.advanceMs(1500);
        clock.advanceSeconds(2);
        QCOMPARE(clock.monotonicMs(), qint64(3500));
        QCOMPARE(clock.now(), start.addMSecs(3500));
        QCOMPARE(clock.nowMs(), start.toMSecsSinceEpoch() + 3500);
    }

    void manualTimers_data()
    {
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<qint64>("advanceMs");
        QTest::addColumn<bool>("fires");

        QTest::newRow("due exactly") << qint64(1000) << qint64(1000) << true;
        QTest::newRow("past due") << qint64(1000) << qint64(5000) << true;
        QTest::newRow("not yet due: 1 ms short") << qint64(1000) << qint64(999) << false;
        QTest::newRow("clock not moved") << qint64(1000) << qint64(0) << false;
        QTest::newRow("zero delay fires without moving") << qint64(0) << qint64(0) << true;
    }

    void manualTimers()
    {
        QFETCH(qint64, delayMs);
        QFETCH(qint64, advanceMs);
        QFETCH(bool, fires);
        ManualClock clock;
        QObject owner;
        ClockTimer *timer = clock.createTimer(&owner);
        QSignalSpy fired(timer, &ClockTimer::timeout);
        timer->start(delayMs);
        QCOMPARE(clock.nextDue().isValid(), delayMs > 0);
        if (delayMs > 0) {
            QCOMPARE(clock.now().msecsTo(clock.nextDue()), delayMs);
        }
        clock.advanceMs(advanceMs);
        // Queued like a real timer: nothing fires inside advanceMs() itself.
        QCOMPARE(fired.size(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(fired.size(), fires ? 1 : 0);
        QCOMPARE(timer->isActive(), !fires);
        // One-shot: moving on does not fire it again.
        clock.advanceMs(100000);
        QCoreApplication::processEvents();
        QCOMPARE(fired.size(), 1);
    }

    void stoppedAndRestartedTimers()
    {
        ManualClock clock;
        QObject owner;
        ClockTimer *stopped = clock.createTimer(&owner);
        ClockTimer *restarted = clock.createTimer(&owner);
        QSignalSpy stoppedFired(stopped, &ClockTimer::timeout);
        QSignalSpy restartedFired(restarted, &ClockTimer::timeout);
        stopped->start(100);
        stopped->stop();
        restarted->start(100);
        clock.advanceMs(50);
        restarted->start(100); // due 150 now
        QCOMPARE(clock.now().msecsTo(clock.nextDue()), qint64(100));
        clock.advanceMs(60);
        QCoreApplication::processEvents();
        QCOMPARE(restartedFired.size(), 0);
        clock.advanceMs(40);
        QCoreApplication::processEvents();
        QCOMPARE(restartedFired.size(), 1);
        QCOMPARE(stoppedFired.size(), 0);
        QVERIFY(!clock.nextDue().isValid());
    }

    void timerFiresInItsOwnThread()
    {
        ManualClock clock;
        QThread worker;
        worker.start();
        QObject owner;
        owner.moveToThread(&worker);
        ClockTimer *timer = nullptr;
        QMetaObject::invokeMethod(
            &owner, [&] { timer = clock.createTimer(&owner); }, Qt::BlockingQueuedConnection);
        QThread *firedIn = nullptr;
        connect(
            timer, &ClockTimer::timeout, timer, [&firedIn] { firedIn = QThread::currentThread(); },
            Qt::DirectConnection);
        QMetaObject::invokeMethod(
            timer, [timer] { timer->start(500); }, Qt::BlockingQueuedConnection);
        clock.advanceMs(500);
        QTRY_VERIFY(firedIn != nullptr);
        QCOMPARE(firedIn, &worker);
        QMetaObject::invokeMethod(
            &owner, [&owner] { qDeleteAll(owner.children()); }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
