#include "platform/SystemdIntegration.h"
#include "tests/platform/NotifyListener.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace kakanai::platform;
using kakanai::test::NotifyListener;

class TestSystemdIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
        qunsetenv("JOURNAL_STREAM");
    }

    void priorityPrefix_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("debug") << int(QtDebugMsg) << QByteArray("<7>");
        QTest::newRow("info") << int(QtInfoMsg) << QByteArray("<6>");
        QTest::newRow("warning") << int(QtWarningMsg) << QByteArray("<4>");
        QTest::newRow("critical") << int(QtCriticalMsg) << QByteArray("<3>");
        QTest::newRow("fatal") << int(QtFatalMsg) << QByteArray("<2>");
    }
    void priorityPrefix()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, prefix);
        QCOMPARE(journalPriorityPrefix(QtMsgType(type)), prefix);
    }

    void notifyReachesTheSocket_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::newRow("ready") << QByteArray("READY=1");
        QTest::newRow("watchdog") << QByteArray("WATCHDOG=1");
        QTest::newRow("stopping") << QByteArray("STOPPING=1");
    }
    void notifyReachesTheSocket()
    {
        QFETCH(QByteArray, state);
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        NotifyListener listener(path);
        QVERIFY(listener.bound());
        qputenv("NOTIFY_SOCKET", path);
        QVERIFY(notifySystemd(state));
        QCOMPARE(listener.receive(), state);
    }

    void notifyWithoutSocket_data()
    {
        QTest::addColumn<QByteArray>("socket");
        QTest::newRow("unset") << QByteArray();
        QTest::newRow("relative path") << QByteArray("notify");
        QTest::newRow("nobody listening") << QByteArray("/nonexistent/kakanai/notify");
    }
    void notifyWithoutSocket()
    {
        QFETCH(QByteArray, socket);
        if (!socket.isEmpty()) {
            qputenv("NOTIFY_SOCKET", socket);
        }
        QVERIFY(!notifySystemd(QByteArrayLiteral("READY=1")));
    }

    void watchdogInterval_data()
    {
        QTest::addColumn<QByteArray>("usec");
        QTest::addColumn<QByteArray>("pid");
        QTest::addColumn<qint64>("expected");
        const QByteArray self = QByteArray::number(qlonglong(::getpid()));
        QTest::newRow("no watchdog") << QByteArray() << QByteArray() << qint64(0);
        QTest::newRow("30 s, no pid") << QByteArray("30000000") << QByteArray() << qint64(30000000);
        QTest::newRow("30 s, this pid") << QByteArray("30000000") << self << qint64(30000000);
        QTest::newRow("30 s, the parent's pid (cage)")
            << QByteArray("30000000") << QByteArray::number(qlonglong(::getppid())) << qint64(30000000);
        QTest::newRow("error: another pid") << QByteArray("30000000") << QByteArray("999999999") << qint64(0);
        QTest::newRow("error: not a number") << QByteArray("soon") << QByteArray() << qint64(0);
    }
    void watchdogInterval()
    {
        QFETCH(QByteArray, usec);
        QFETCH(QByteArray, pid);
        QFETCH(qint64, expected);
        if (!usec.isEmpty()) {
            qputenv("WATCHDOG_USEC", usec);
        }
        if (!pid.isEmpty()) {
            qputenv("WATCHDOG_PID", pid);
        }
        QCOMPARE(qint64(kakanai::platform::watchdogInterval().count()), expected);
    }

    // The watchdog says READY=1 and feeds at half the interval systemd asked for, from the event loop.
    void watchdogFeedsTheSocket()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        NotifyListener listener(path);
        QVERIFY(listener.bound());
        qputenv("NOTIFY_SOCKET", path);
        qputenv("WATCHDOG_USEC", "400000");
        Watchdog watchdog;
        QVERIFY(watchdog.start());
        QCOMPARE(watchdog.feedInterval().count(), 200);
        QCOMPARE(listener.receive(), QByteArray("READY=1"));
        QCOMPARE(listener.receive(), QByteArray("WATCHDOG=1")); // the first feed, at once
        // The next feeds come from the event loop's timer (receive() consumes: no QTRY re-evaluation).
        int feeds = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        while (feeds < 2 && elapsed.elapsed() < 3000) {
            QTest::qWait(50);
            for (QByteArray m = listener.receive(); !m.isEmpty(); m = listener.receive()) {
                QCOMPARE(m, QByteArray("WATCHDOG=1"));
                ++feeds;
            }
        }
        QCOMPARE(feeds, 2);
    }

    void watchdogOffWithoutSystemd()
    {
        Watchdog watchdog;
        QVERIFY(!watchdog.start());
    }

    // The handler goes in only when standard error is the stream JOURNAL_STREAM names.
    void journalHandlerOnlyForTheJournal_data()
    {
        QTest::addColumn<bool>("matching");
        QTest::newRow("stderr is the journal stream") << true;
        QTest::newRow("error: another stream") << false;
    }
    void journalHandlerOnlyForTheJournal()
    {
        QFETCH(bool, matching);
        struct stat st = {};
        QCOMPARE(::fstat(STDERR_FILENO, &st), 0);
        const qulonglong ino = matching ? qulonglong(st.st_ino) : qulonglong(st.st_ino) + 1;
        qputenv("JOURNAL_STREAM", QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(ino));
        const bool installed = installJournalMessageHandler();
        qInstallMessageHandler(nullptr); // back to Qt's, for QTest's own output
        QCOMPARE(installed, matching);
    }

    void coreDumpsOff()
    {
        QVERIFY(disableCoreDumps());
        rlimit limit = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemdIntegration)
#include "TestSystemdIntegration.moc"
