// kakanai-kiosk-session, the kiosk unit's main process, as a program: it runs a command, passes the command's
// life-state notifications on to NOTIFY_SOCKET (and nothing else), hands the command its own socket, the runtime
// directory and WATCHDOG_PID, forwards SIGTERM and exits with the command's status. The command is this test
// executable again (KAKANAI_RELAY_CHILD names what it does), which notifies through the kiosk's own
// notifySystemd(). Under systemd as PID 1 the install test (step 6) checks the same with the real unit.

#include "platform/SystemdIntegration.h"
#include "tests/platform/NotifyListener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

#include <cstdio>

using kakanai::test::NotifyListener;

namespace {

const QString Relay = QStringLiteral(KAKANAI_BIN_DIR "/kakanai-kiosk-session");

// The command the relay runs: "notify" sends three datagrams (a life state with a MAINPID line, a watchdog
// feed, a file-descriptor store request), prints what it was given and exits 3; "wait" prints "started" and sleeps.
int childMain(const QByteArray &role)
{
    if (role == "notify") {
        kakanai::platform::notifySystemd(QByteArrayLiteral("READY=1\nMAINPID=1\nSTATUS=up"));
        kakanai::platform::notifySystemd(QByteArrayLiteral("WATCHDOG=1"));
        kakanai::platform::notifySystemd(QByteArrayLiteral("FDSTORE=1"));
        std::printf("pid=%lld\nNOTIFY_SOCKET=%s\nWATCHDOG_PID=%s\nXDG_RUNTIME_DIR=%s\n", qlonglong(::getpid()),
                    qgetenv("NOTIFY_SOCKET").constData(), qgetenv("WATCHDOG_PID").constData(),
                    qgetenv("XDG_RUNTIME_DIR").constData());
        return 3;
    }
    std::printf("started\n");
    std::fflush(stdout);
    ::sleep(30);
    return 0;
}

QMap<QByteArray, QByteArray> keyValues(const QByteArray &text)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            out.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    return out;
}

} // namespace

class TestSessionRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relaysLifeStatesOnly()
    {
        QTemporaryDir dir;
        const QByteArray upstream = QFile::encodeName(dir.filePath(QStringLiteral("systemd-notify")));
        NotifyListener systemd(upstream);
        QVERIFY(systemd.bound());
        const QString runtime = dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        QProcess relay;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAKANAI_RELAY_CHILD"), QStringLiteral("notify"));
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QFile::decodeName(upstream));
        env.insert(QStringLiteral("RUNTIME_DIRECTORY"), runtime);
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("4000000"));
        relay.setProcessEnvironment(env);
        relay.start(Relay, {QCoreApplication::applicationFilePath()});
        QVERIFY2(relay.waitForFinished(10000), "the relay did not end with its command");
        QCOMPARE(relay.exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.exitCode(), 3); // the command's status

        // The command notified (its MAINPID line shares the datagram with READY=1, which arrived); only the life
        // states reached systemd.
        QCOMPARE(systemd.receive(), QByteArray("READY=1\nSTATUS=up\n"));
        QCOMPARE(systemd.receive(), QByteArray("WATCHDOG=1\n"));
        QCOMPARE(systemd.receive(), QByteArray()); // FDSTORE=1 dropped

        const QMap<QByteArray, QByteArray> seen = keyValues(relay.readAllStandardOutput());
        const QByteArray relaySocket = QFile::encodeName(runtime + QStringLiteral("/notify"));
        QCOMPARE(seen.value("NOTIFY_SOCKET"), relaySocket);
        QCOMPARE(seen.value("XDG_RUNTIME_DIR"), QFile::encodeName(runtime));
        QVERIFY(!seen.value("pid").isEmpty());
        QCOMPARE(seen.value("WATCHDOG_PID"), seen.value("pid"));
        QVERIFY2(!QFile::exists(QFile::decodeName(relaySocket)), "the relay socket outlived the relay");
    }

    void withoutSystemd()
    {
        QProcess relay;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAKANAI_RELAY_CHILD"), QStringLiteral("notify"));
        env.remove(QStringLiteral("NOTIFY_SOCKET"));
        env.remove(QStringLiteral("RUNTIME_DIRECTORY"));
        env.remove(QStringLiteral("WATCHDOG_USEC"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/unchanged"));
        relay.setProcessEnvironment(env);
        relay.start(Relay, {QCoreApplication::applicationFilePath()});
        QVERIFY(relay.waitForFinished(10000));
        QCOMPARE(relay.exitCode(), 3);
        const QMap<QByteArray, QByteArray> seen = keyValues(relay.readAllStandardOutput());
        QCOMPARE(seen.value("NOTIFY_SOCKET"), QByteArray());
        QCOMPARE(seen.value("WATCHDOG_PID"), QByteArray());
        QCOMPARE(seen.value("XDG_RUNTIME_DIR"), QByteArray("/run/user/unchanged"));
    }

    void forwardsTerminate()
    {
        QProcess relay;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAKANAI_RELAY_CHILD"), QStringLiteral("wait"));
        relay.setProcessEnvironment(env);
        relay.start(Relay, {QCoreApplication::applicationFilePath()});
        QVERIFY(relay.waitForReadyRead(10000));
        QCOMPARE(relay.readAllStandardOutput(), QByteArray("started\n"));
        relay.terminate(); // SIGTERM to the relay, which sends it on
        QVERIFY2(relay.waitForFinished(5000), "SIGTERM did not reach the command");
        QCOMPARE(relay.exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.exitCode(), 128 + SIGTERM);
    }

    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                              << QByteArray("Usage: kakanai-kiosk-session");
        QTest::newRow("error: no command") << QStringList{} << 2 << QByteArray("Usage:");
        QTest::newRow("error: no such command")
            << QStringList{QStringLiteral("/nonexistent/kakanai/cage")} << 127 << QByteArray("cannot run");
    }
    void exitStatus()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QByteArray, says);
        QProcess relay;
        relay.start(Relay, arguments);
        QVERIFY(relay.waitForFinished(10000));
        QCOMPARE(relay.exitCode(), status);
        const QByteArray output = relay.readAllStandardOutput() + relay.readAllStandardError();
        QVERIFY2(output.contains(says), output.constData());
    }
};

int main(int argc, char **argv)
{
    const QByteArray role = qgetenv("KAKANAI_RELAY_CHILD");
    if (!role.isEmpty()) {
        return childMain(role);
    }
    QCoreApplication app(argc, argv);
    TestSessionRelay test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSessionRelay.moc"
