#pragma once

#include "cardreader/pcsc/Pcsc.h"

#include <QList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace kakanai::card {

// Watches readers and cards on its own thread with its own PC/SC context: SCardGetStatusChange over every reader
// plus the \\?PnP?\Notification pseudo-reader, so readers coming and going wake it too. Reports a snapshot
// whenever anything changed. stop() wakes the blocking call with SCardCancel and joins.
//
// pcscd going away (killed, restarted, or --auto-exit after 60 s idle under systemd) makes the context invalid:
// the monitor reports serviceAvailable = false, then re-establishes a context with capped backoff until pcscd
// answers again. pcsc-lite 1.9.9 (Debian 12) does not count reader events in the PnP entry (2.3.0 does), so the
// reader list is re-read on every wake-up and at least every pollInterval.
class ReaderMonitor
{
public:
    using Callback = std::function<void(const ReaderSnapshot &)>;

    struct Timing
    {
        std::chrono::milliseconds pollInterval{1000};
        std::chrono::milliseconds retryMin{200};
        std::chrono::milliseconds retryMax{2000};
    };

    explicit ReaderMonitor(Callback onChange);
    ReaderMonitor(Callback onChange, Timing timing);
    ~ReaderMonitor();
    ReaderMonitor(const ReaderMonitor &) = delete;
    ReaderMonitor &operator=(const ReaderMonitor &) = delete;

    void start();
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

private:
    void run();
    bool waitForRetry(std::chrono::milliseconds delay);
    void publish(const ReaderSnapshot &snapshot);

    Callback m_onChange;
    Timing m_timing;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex; // guards m_cancelContext and the retry wait
    std::condition_variable m_wake;
    SCARDCONTEXT m_cancelContext = 0;
    bool m_haveCancelContext = false;
    ReaderSnapshot m_last;
    bool m_publishedOnce = false;
};

} // namespace kakanai::card
