// kakanai-kiosk-session: the main process of kakanai-kiosk.service. It runs the kiosk's compositor (cage, which
// runs the kiosk as its child) and passes the kiosk's service notifications (READY=1, WATCHDOG=1, STATUS=...) on
// to systemd as its own.
//
// Why a process of its own: the unit opens a logind session (PAMName=) so that cage may use the seat's display and
// input devices, and logind moves the session's processes into session-N.scope. systemd then attributes a
// notification only to the unit's main process (the one it started), not to the kiosk two levels below it in
// another cgroup: without this relay READY=1 is dropped, the start times out and the watchdog never counts.
// Seen under systemd 252 with the shipped unit (tests/install, step 6).
//
// It also points XDG_RUNTIME_DIR at the unit's RuntimeDirectory: the unit's ProtectHome=yes hides /run/user, where
// the session's own runtime directory lives, and cage puts its Wayland socket in XDG_RUNTIME_DIR.
//
// Plain POSIX, no Qt: the process that systemd watches should be small enough to read in one sitting.

#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitCannotRun = 127;

void usage(std::FILE *to)
{
    std::fputs("Usage: kakanai-kiosk-session COMMAND [ARGUMENT...]\n"
               "The main process of kakanai-kiosk.service: runs COMMAND (cage -d -- kakanai-kiosk) and passes the\n"
               "service notifications of COMMAND and its children (READY=1, WATCHDOG=1, STATUS=, STOPPING=1) to\n"
               "systemd as its own. SIGTERM, SIGINT and SIGHUP go on to COMMAND.\n"
               "\n"
               "Environment:\n"
               "  NOTIFY_SOCKET      systemd's notification socket; COMMAND gets a socket of this process instead\n"
               "  RUNTIME_DIRECTORY  the unit's RuntimeDirectory: COMMAND's XDG_RUNTIME_DIR, and the relay socket\n"
               "  WATCHDOG_USEC      passed on, with WATCHDOG_PID naming COMMAND\n"
               "\n"
               "Exit status: COMMAND's (128 + N when a signal N ended it); 2 on a usage error; 127 when COMMAND\n"
               "cannot be started or the relay cannot be set up.\n",
               to);
}

// An AF_UNIX address for a socket path or an abstract name ("@name"), as sd_notify(3) reads NOTIFY_SOCKET.
bool socketAddress(std::string_view path, sockaddr_un *address, socklen_t *length)
{
    *address = {};
    address->sun_family = AF_UNIX;
    if (path.empty() || path.size() >= sizeof(address->sun_path) || (path[0] != '/' && path[0] != '@')) {
        return false;
    }
    std::memcpy(address->sun_path, path.data(), path.size());
    *length = socklen_t(offsetof(sockaddr_un, sun_path) + path.size());
    if (path[0] == '@') {
        address->sun_path[0] = '\0';
    } else {
        *length += 1;
    }
    return true;
}

// Only the states that describe the service's life pass on. MAINPID= (which would let a child name another
// process as the service), FDSTORE= and anything unknown are dropped.
bool relayed(std::string_view line)
{
    for (std::string_view allowed : {"READY=1", "RELOADING=1", "STOPPING=1", "WATCHDOG=1", "WATCHDOG=trigger"}) {
        if (line == allowed) {
            return true;
        }
    }
    for (std::string_view prefix : {"STATUS=", "ERRNO=", "EXTEND_TIMEOUT_USEC="}) {
        if (line.substr(0, prefix.size()) == prefix) {
            return true;
        }
    }
    return false;
}

std::string filtered(std::string_view datagram)
{
    std::string out;
    while (!datagram.empty()) {
        const std::size_t end = datagram.find('\n');
        const std::string_view line = datagram.substr(0, end);
        if (relayed(line)) {
            out.append(line);
            out.push_back('\n');
        }
        if (end == std::string_view::npos) {
            break;
        }
        datagram.remove_prefix(end + 1);
    }
    return out;
}

int exitStatusOf(int status)
{
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    if (WIFSIGNALED(status)) {
        return 128 + WTERMSIG(status);
    }
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return ExitUsage;
    }
    const std::string_view first = argv[1];
    if (first == "--help" || first == "-h") {
        usage(stdout);
        return 0;
    }
    if (first == "--version") {
        std::printf("kakanai-kiosk-session %s\n", KAKANAI_VERSION);
        return 0;
    }

    // The unit's RuntimeDirectory (systemd may list several, separated by ':'; the first is ours).
    std::string runtimeDir;
    if (const char *value = std::getenv("RUNTIME_DIRECTORY"); value != nullptr && *value != '\0') {
        runtimeDir = value;
        runtimeDir = runtimeDir.substr(0, runtimeDir.find(':'));
        ::setenv("XDG_RUNTIME_DIR", runtimeDir.c_str(), 1);
    }

    // systemd's socket stays in this process only; the command's notifications come to ours.
    std::string upstream;
    if (const char *value = std::getenv("NOTIFY_SOCKET"); value != nullptr) {
        upstream = value;
    }
    sockaddr_un upstreamAddress{};
    socklen_t upstreamLength = 0;
    const bool notifying = socketAddress(upstream, &upstreamAddress, &upstreamLength);
    int relay = -1;
    int sender = -1;
    std::string relayPath;
    if (notifying) {
        // In the runtime directory (mode 0700, the service user's) when there is one; otherwise an abstract name
        // of this process.
        relayPath =
            runtimeDir.empty() ? "@kakanai-kiosk-session-" + std::to_string(::getpid()) : runtimeDir + "/notify";
        sockaddr_un address{};
        socklen_t length = 0;
        relay = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sender = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (relay < 0 || sender < 0 || !socketAddress(relayPath, &address, &length)) {
            std::perror("kakanai-kiosk-session: relay socket");
            return ExitCannotRun;
        }
        if (relayPath[0] == '/') {
            ::unlink(relayPath.c_str());
        }
        if (::bind(relay, reinterpret_cast<const sockaddr *>(&address), length) != 0) {
            std::perror("kakanai-kiosk-session: bind the relay socket");
            return ExitCannotRun;
        }
        if (relayPath[0] == '/') {
            ::chmod(relayPath.c_str(), 0600);
        }
    }

    sigset_t handled;
    sigemptyset(&handled);
    for (int signal : {SIGCHLD, SIGTERM, SIGINT, SIGHUP}) {
        sigaddset(&handled, signal);
    }
    sigset_t previous;
    sigprocmask(SIG_BLOCK, &handled, &previous);
    const int signals = ::signalfd(-1, &handled, SFD_CLOEXEC | SFD_NONBLOCK);
    if (signals < 0) {
        std::perror("kakanai-kiosk-session: signalfd");
        return ExitCannotRun;
    }

    const pid_t child = ::fork();
    if (child < 0) {
        std::perror("kakanai-kiosk-session: fork");
        return ExitCannotRun;
    }
    if (child == 0) {
        sigprocmask(SIG_SETMASK, &previous, nullptr);
        if (notifying) {
            ::setenv("NOTIFY_SOCKET", relayPath.c_str(), 1);
        } else {
            ::unsetenv("NOTIFY_SOCKET");
        }
        // The watchdog belongs to the command now (the kiosk accepts WATCHDOG_PID naming itself or its parent).
        if (std::getenv("WATCHDOG_USEC") != nullptr) {
            ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
        }
        ::execvp(argv[1], argv + 1);
        std::fprintf(stderr, "kakanai-kiosk-session: cannot run %s: %s\n", argv[1], std::strerror(errno));
        ::_exit(ExitCannotRun);
    }

    pollfd fds[2] = {{signals, POLLIN, 0}, {relay, POLLIN, 0}};
    const nfds_t count = relay >= 0 ? 2 : 1;
    for (;;) {
        if (::poll(fds, count, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::perror("kakanai-kiosk-session: poll");
            ::kill(child, SIGTERM);
            int status = 0;
            ::waitpid(child, &status, 0);
            return exitStatusOf(status);
        }
        if (count > 1 && (fds[1].revents & POLLIN) != 0) {
            char buffer[4096];
            for (;;) {
                const ssize_t received = ::recv(relay, buffer, sizeof(buffer), 0);
                if (received <= 0) {
                    break;
                }
                const std::string message = filtered(std::string_view(buffer, std::size_t(received)));
                if (!message.empty()) {
                    ::sendto(sender, message.data(), message.size(), MSG_NOSIGNAL,
                             reinterpret_cast<const sockaddr *>(&upstreamAddress), upstreamLength);
                }
            }
        }
        if ((fds[0].revents & POLLIN) == 0) {
            continue;
        }
        signalfd_siginfo info{};
        while (::read(signals, &info, sizeof(info)) == ssize_t(sizeof(info))) {
            if (info.ssi_signo != SIGCHLD) {
                ::kill(child, int(info.ssi_signo));
                continue;
            }
            int status = 0;
            const pid_t ended = ::waitpid(child, &status, WNOHANG);
            if (ended == child) {
                if (!relayPath.empty() && relayPath[0] == '/') {
                    ::unlink(relayPath.c_str());
                }
                return exitStatusOf(status);
            }
        }
    }
}
