#include "cardreader/virtualcard/ControlInput.h"

#include <QList>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kakanai::virtualcard {

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
    static_cast<void>(ignored);
}

} // namespace

ControlInput::ControlInput(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
        m_signals = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        connect(m_signals.get(), &QSocketNotifier::activated, this, &ControlInput::onSignal);
    }
    // A test that goes away must not take the emulator down with SIGPIPE when it writes a status line.
    ::signal(SIGPIPE, SIG_IGN);

    m_stdin = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_stdin.get(), &QSocketNotifier::activated, this, &ControlInput::onStdin);
}

ControlInput::~ControlInput()
{
    m_signals.reset();
    if (g_signalPipe[0] >= 0) {
        ::signal(SIGTERM, SIG_DFL);
        ::signal(SIGINT, SIG_DFL);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
}

void ControlInput::onSignal()
{
    char bytes[16];
    const ssize_t ignored = ::read(g_signalPipe[0], bytes, sizeof(bytes));
    static_cast<void>(ignored);
    Q_EMIT quitRequested();
}

void ControlInput::onStdin()
{
    char chunk[1024];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof(chunk));
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
        return;
    }
    if (n <= 0) {
        m_stdin->setEnabled(false);
        // A pipe that ends means the controlling test or script went away (even if it crashed): quit rather than
        // linger in the reader. Input from /dev/null, a file or a terminal ends without meaning that.
        struct stat info = {};
        if (::fstat(STDIN_FILENO, &info) == 0 && (S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode))) {
            Q_EMIT quitRequested();
        }
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        handleLine(line);
    }
    if (m_buffer.size() > 4096) {
        m_buffer.clear(); // no command is that long
    }
}

void ControlInput::handleLine(const QByteArray &line)
{
    const QList<QByteArray> words = line.simplified().split(' ');
    const QByteArray &command = words.first();
    if (command.isEmpty()) {
        return;
    }
    if (command == "remove" && words.size() == 1) {
        Q_EMIT removeRequested();
    } else if (command == "insert" && words.size() == 1) {
        Q_EMIT insertRequested();
    } else if (command == "quit" && words.size() == 1) {
        Q_EMIT quitRequested();
    } else if (command == "pull-after" && words.size() == 2) {
        bool ok = false;
        const int n = words.at(1).toInt(&ok);
        if (ok && n >= 0) {
            Q_EMIT pullAfterRequested(n);
        } else {
            Q_EMIT badCommand();
        }
    } else {
        Q_EMIT badCommand();
    }
}

} // namespace kakanai::virtualcard
