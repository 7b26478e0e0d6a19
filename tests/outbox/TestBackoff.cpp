// Capped exponential backoff: doubling from the minimum, never above the cap, jitter only shortens.
#include "outbox/Backoff.h"

#include <QTest>

using namespace kakanai::backoffice;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delays_data()
    {
        QTest::addColumn<qint64>("minMs");
        QTest::addColumn<qint64>("maxMs");
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("no failure, no wait") << qint64(1000) << qint64(30000) << 0 << 0.0 << qint64(0);
        QTest::newRow("first failure waits the minimum") << qint64(1000) << qint64(30000) << 1 << 0.0 << qint64(1000);
        QTest::newRow("second doubles") << qint64(1000) << qint64(30000) << 2 << 0.0 << qint64(2000);
        QTest::newRow("fifth") << qint64(1000) << qint64(30000) << 5 << 0.0 << qint64(16000);
        QTest::newRow("sixth hits the cap") << qint64(1000) << qint64(30000) << 6 << 0.0 << qint64(30000);
        QTest::newRow("stays at the cap") << qint64(1000) << qint64(30000) << 40 << 0.0 << qint64(30000);
        QTest::newRow("a week of failures does not overflow")
            << qint64(1000) << qint64(30000) << 1000000 << 0.0 << qint64(30000);
        QTest::newRow("full jitter takes off 20%") << qint64(1000) << qint64(30000) << 1 << 1.0 << qint64(800);
        QTest::newRow("jitter at the cap") << qint64(1000) << qint64(30000) << 9 << 0.5 << qint64(27000);
        QTest::newRow("max below min is raised to min") << qint64(5000) << qint64(100) << 3 << 0.0 << qint64(5000);
        QTest::newRow("negative failures") << qint64(1000) << qint64(30000) << -3 << 0.0 << qint64(0);
    }
    void delays()
    {
        QFETCH(qint64, minMs);
        QFETCH(qint64, maxMs);
        QFETCH(int, failures);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const Backoff b(Backoff::Policy{minMs, maxMs, 0.2}, [random] { return random; });
        QCOMPARE(b.delayMs(failures), expected);
    }

    void randomJitterStaysInBounds()
    {
        const Backoff b(Backoff::Policy{500, 8000, 0.2});
        for (int failures = 1; failures < 12; ++failures) {
            for (int i = 0; i < 200; ++i) {
                const qint64 d = b.delayMs(failures);
                QVERIFY(d <= b.baseMs(failures));
                QVERIFY(d >= b.baseMs(failures) * 8 / 10);
                QVERIFY(d <= 8000);
            }
        }
    }

    void jitterIsClamped()
    {
        const Backoff b(Backoff::Policy{1000, 1000, 5.0}, [] { return 1.0; });
        QCOMPARE(b.policy().jitter, 0.9);
        QCOMPARE(b.delayMs(1), qint64(100));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
