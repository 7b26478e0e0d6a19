#include "platform/SystemdIntegration.h"

#include <QLoggingCategory>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace kakanai::platform {

namespace {

// JOURNAL_STREAM is "<device>:<inode>" of the stream systemd connected to stdout/stderr; only when standard
// error is still that stream (not redirected by a wrapper) does the prefix reach the journal as a priority.
bool stderrIsJournal()
{
    const QByteArray value = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = value.indexOf(':');
    if (colon <= 0) {
        return false;
    }
    bool okDev = false;
    bool okIno = false;
    const qulonglong dev = value.left(colon).toULongLong(&okDev);
    const qulonglong ino = value.mid(colon + 1).toULongLong(&okIno);
    struct stat st = {};
    if (!okDev || !okIno || ::fstat(STDERR_FILENO, &st) != 0) {
        return false;
    }
    return qulonglong(st.st_dev) == dev && qulonglong(st.st_ino) == ino;
}

void journalHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line = journalPriorityPrefix(type);
    if (context.category != nullptr && std::strcmp(context.category, "default") != 0) {
        line += context.category;
        line += ": ";
    }
    // One message, one journal entry: embedded newlines would start entries without a priority.
    QByteArray text = message.toUtf8();
    text.replace('\n', ' ');
    line += text;
    line += '\n';
    // One write per line, so that lines of several threads do not interleave.
    const char *data = line.constData();
    size_t left = size_t(line.size());
    while (left > 0) {
        const ssize_t n = ::write(STDERR_FILENO, data, left);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        data += n;
        left -= size_t(n);
    }
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

bool disableCoreDumps()
{
    const rlimit none{0, 0};
    const bool limitOk = ::setrlimit(RLIMIT_CORE, &none) == 0;
    const bool dumpableOk = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limitOk && dumpableOk;
}

QByteArray journalPriorityPrefix(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QByteArrayLiteral("<7>");
    case QtInfoMsg:
        return QByteArrayLiteral("<6>");
    case QtWarningMsg:
        return QByteArrayLiteral("<4>");
    case QtCriticalMsg:
        return QByteArrayLiteral("<3>");
    case QtFatalMsg:
        return QByteArrayLiteral("<2>");
    }
    return QByteArrayLiteral("<5>");
}

bool installJournalMessageHandler()
{
    if (!stderrIsJournal()) {
        return false;
    }
    qInstallMessageHandler(journalHandler);
    return true;
}

bool notifySystemd(const QByteArray &state)
{
    const QByteArray path = qgetenv("NOTIFY_SOCKET");
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path) || (path[0] != '/' && path[0] != '@')) {
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    if (path[0] == '@') {
        address.sun_path[0] = '\0'; // an abstract socket: no terminating NUL counted
    } else {
        length += 1;
    }
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const ssize_t sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == ssize_t(state.size());
}

std::chrono::microseconds watchdogInterval()
{
    bool ok = false;
    const qulonglong usec = qgetenv("WATCHDOG_USEC").toULongLong(&ok);
    if (!ok || usec == 0) {
        return std::chrono::microseconds(0);
    }
    // WATCHDOG_PID names the process the watchdog is for. Under kakanai-kiosk.service the kiosk runs as the child
    // of cage, and kakanai-kiosk-session (the main process, which relays our notifications) names cage: the
    // parent counts as us. Any other process means the variable was inherited by something it was not meant for.
    const QByteArray pid = qgetenv("WATCHDOG_PID");
    if (!pid.isEmpty() && pid.toLongLong() != qlonglong(::getpid()) && pid.toLongLong() != qlonglong(::getppid())) {
        return std::chrono::microseconds(0);
    }
    return std::chrono::microseconds(usec);
}

Watchdog::Watchdog(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Watchdog::feed);
}

std::chrono::milliseconds Watchdog::feedInterval() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(watchdogInterval() / 2);
}

bool Watchdog::start()
{
    notifySystemd(QByteArrayLiteral("READY=1"));
    const std::chrono::milliseconds interval = feedInterval();
    if (interval.count() <= 0) {
        return false;
    }
    m_timer.start(interval);
    feed();
    return true;
}

void Watchdog::feed()
{
    notifySystemd(QByteArrayLiteral("WATCHDOG=1"));
}

} // namespace kakanai::platform
