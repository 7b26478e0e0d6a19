#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace kakanai::platform {

// Process hardening for programs that hold personal data in memory (PINs, card data, the outbox key): no core
// dump is written (RLIMIT_CORE 0) and the process is not dumpable (PR_SET_DUMPABLE 0: no core, no ptrace attach by
// the same user, /proc/<pid>/mem unreadable). The units also set LimitCORE=0; this covers a start by hand.
// Returns false when the kernel refused either (the caller logs it and carries on).
bool disableCoreDumps();

// When standard error is connected to the journal (systemd sets JOURNAL_STREAM to the device and inode of that
// stream), installs a Qt message handler that writes every message as one line with its syslog priority as the
// "<N>" prefix the journal reads (debug 7, info 6, warning 4, critical 3, fatal 2), category first. Otherwise
// Qt's own handler stays. Returns whether the journal handler was installed.
bool installJournalMessageHandler();

// The journal priority prefix for a Qt message type ("<4>" for a warning); exposed for the unit test.
QByteArray journalPriorityPrefix(QtMsgType type);

// sd_notify(3) without libsystemd: sends STATE ("READY=1", "WATCHDOG=1", "STOPPING=1", …) as one datagram to the
// AF_UNIX socket named by $NOTIFY_SOCKET (a path, or an abstract name starting with '@'). Returns false when there
// is no NOTIFY_SOCKET (not run by systemd with Type=notify) or the send failed.
bool notifySystemd(const QByteArray &state);

// The watchdog interval systemd asks for (WATCHDOG_USEC, when WATCHDOG_PID is unset, this process, or its parent:
// the compositor that runs the kiosk as its child), or zero.
std::chrono::microseconds watchdogInterval();

// Feeds systemd's watchdog (WatchdogSec= in the unit) from the thread it lives in, at half the interval systemd
// asks for: a timer of that thread's event loop sends WATCHDOG=1, so a GUI thread that hangs stops feeding it and
// systemd restarts the service. Does nothing when systemd asks for no watchdog.
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(QObject *parent = nullptr);
    // Sends READY=1 and starts feeding; returns whether a watchdog is active.
    bool start();
    std::chrono::milliseconds feedInterval() const;

private:
    void feed();

    QTimer m_timer;
};

} // namespace kakanai::platform
