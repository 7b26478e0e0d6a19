// Lockdown (issue 9 item 6): kakanai-inbox turns core dumps off first thing, as the kiosk does (requests with
// personal data are in its memory). Checked from outside: the running program's core size limit is 0 even when
// it was started with a higher one.
#include "tests/outbox/BackofficeFixtures.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

class TestInboxCoreDumps : public QObject
{
    Q_OBJECT

    // The soft "Max core file size" of a running process, as /proc shows it ("0", "unlimited", a number).
    static QByteArray coreLimit(qint64 pid)
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!limits.open(QIODevice::ReadOnly)) {
            return {};
        }
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size")) {
                return line.mid(26).simplified().split(' ').value(0);
            }
        }
        return {};
    }

    // Starts `program args` and returns its core size limit: once it reads 0 (at most 10 s), or after 1 s when
    // `untilZero` is false.
    static QByteArray limitOf(const QString &program, const QStringList &args, bool untilZero)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForStarted(10000)) {
            return {};
        }
        QByteArray limit;
        // disableCoreDumps() is main()'s first call: once the process runs Qt, the limit is set.
        if (untilZero) {
            (void)QTest::qWaitFor([&] { return (limit = coreLimit(p.processId())) == "0"; }, 10000);
        } else {
            QTest::qWait(1000);
            limit = coreLimit(p.processId());
        }
        p.kill();
        p.waitForFinished();
        return limit;
    }

private Q_SLOTS:
    void coreDumpsAreOff()
    {
        rlimit current{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &current), 0);
        if (current.rlim_max == 0) {
            QSKIP("the hard core size limit is 0 here: nothing to turn off, nothing to tell apart");
        }
        rlimit raised = current;
        raised.rlim_cur = current.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_CORE, &raised), 0);
        // Positive control: a program that does nothing about it keeps the inherited limit.
        const QByteArray inherited = limitOf(QStringLiteral("sleep"), {QStringLiteral("30")}, false);
        QVERIFY2(!inherited.isEmpty() && inherited != "0", inherited.constData());
        // The inbox (its window, which here waits on a message box about the missing configuration).
        const QByteArray inbox = limitOf(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                                         {QStringLiteral("--config"), QStringLiteral("/nonexistent/inbox.ini")}, true);
        QCOMPARE(inbox, QByteArray("0"));
        QCOMPARE(::setrlimit(RLIMIT_CORE, &current), 0);
    }
};

QTEST_GUILESS_MAIN(TestInboxCoreDumps)
#include "TestInboxCoreDumps.moc"
