#include "cardreader/pcsc/ReaderMonitor.h"

#include <QLoggingCategory>

#include <PCSC/pcsclite.h>

#include <vector>

Q_LOGGING_CATEGORY(lcMonitor, "kakanai.cardreader.monitor", QtInfoMsg)

namespace kakanai::card {

namespace {

constexpr const char *PnpReader = "\\\\?PnP?\\Notification";

} // namespace

ReaderMonitor::ReaderMonitor(Callback onChange)
    : ReaderMonitor(std::move(onChange), Timing{})
{}

ReaderMonitor::ReaderMonitor(Callback onChange, Timing timing)
    : m_onChange(std::move(onChange))
    , m_timing(timing)
{}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::start()
{
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_publishedOnce = false;
    m_thread = std::thread([this] { run(); });
}

void ReaderMonitor::stop()
{
    if (!m_thread.joinable()) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_haveCancelContext) {
            SCardCancel(m_cancelContext); // wakes SCardGetStatusChange on the monitor's own context
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

bool ReaderMonitor::waitForRetry(std::chrono::milliseconds delay)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, delay, [this] { return m_stopping.load(); });
    return !m_stopping;
}

void ReaderMonitor::publish(const ReaderSnapshot &snapshot)
{
    if (m_publishedOnce && snapshot == m_last) {
        return;
    }
    m_last = snapshot;
    m_publishedOnce = true;
    m_onChange(snapshot);
}

void ReaderMonitor::run()
{
    std::chrono::milliseconds retry = m_timing.retryMin;
    while (!m_stopping) {
        auto context = PcscContext::establish();
        if (!context) {
            qCDebug(lcMonitor) << "no PC/SC service:" << context.error().toLogString();
            publish(ReaderSnapshot{false, {}});
            if (!waitForRetry(retry)) {
                break;
            }
            retry = std::min(retry * 2, m_timing.retryMax);
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            m_cancelContext = context->handle();
            m_haveCancelContext = true;
            if (m_stopping) {
                break;
            }
        }
        retry = m_timing.retryMin;

        // Known state per reader name, carried between calls so pcsc-lite reports only real changes (including a
        // card removed and re-inserted in between, through the event counter in the upper 16 bits).
        std::vector<QByteArray> names;
        std::vector<DWORD> known;
        bool serviceLost = false;
        while (!m_stopping && !serviceLost) {
            auto list = context->listReaders();
            if (!list) {
                serviceLost = list.error().code == CardErrorCode::NoService;
                if (!serviceLost) {
                    qCWarning(lcMonitor) << "listing readers failed:" << list.error().toLogString();
                    waitForRetry(m_timing.pollInterval);
                }
                continue;
            }
            std::vector<QByteArray> newNames;
            std::vector<DWORD> newKnown;
            for (const QString &name : *list) {
                newNames.push_back(name.toUtf8());
                DWORD state = SCARD_STATE_UNAWARE;
                for (size_t i = 0; i < names.size(); ++i) {
                    if (names[i] == newNames.back()) {
                        state = known[i];
                    }
                }
                newKnown.push_back(state);
            }
            names = std::move(newNames);
            known = std::move(newKnown);

            std::vector<SCARD_READERSTATE> states(names.size() + 1);
            for (size_t i = 0; i < names.size(); ++i) {
                states[i].szReader = names[i].constData();
                states[i].dwCurrentState = known[i];
            }
            states[names.size()].szReader = PnpReader;
            states[names.size()].dwCurrentState = SCARD_STATE_UNAWARE;

            // First call with UNAWARE states returns at once with the current state.
            LONG rv = SCardGetStatusChange(context->handle(), 0, states.data(), static_cast<DWORD>(states.size()));
            if (rv == SCARD_S_SUCCESS || rv == static_cast<LONG>(SCARD_E_TIMEOUT)) {
                ReaderSnapshot snapshot{true, {}};
                for (size_t i = 0; i < names.size(); ++i) {
                    const auto &s = states[i];
                    if (rv == SCARD_S_SUCCESS) {
                        known[i] = s.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
                    }
                    ReaderInfo info;
                    info.name = QString::fromUtf8(names[i]);
                    info.cardPresent = (known[i] & SCARD_STATE_PRESENT) != 0;
                    info.mute = (known[i] & SCARD_STATE_MUTE) != 0;
                    info.exclusive = (known[i] & SCARD_STATE_EXCLUSIVE) != 0;
                    info.eventCount = static_cast<int>((known[i] >> 16) & 0xFFFF);
                    if (rv == SCARD_S_SUCCESS) {
                        info.atr =
                            QByteArray(reinterpret_cast<const char *>(s.rgbAtr), static_cast<qsizetype>(s.cbAtr));
                    } else {
                        for (const auto &previous : m_last.readers) {
                            if (previous.name == info.name) {
                                info.atr = previous.atr;
                            }
                        }
                    }
                    snapshot.readers.append(info);
                }
                publish(snapshot);
                // Now wait for the next change. The PnP entry starts from its current state so that only a change
                // of the reader list wakes us through it.
                for (size_t i = 0; i < names.size(); ++i) {
                    states[i].dwCurrentState = known[i];
                }
                states[names.size()].dwCurrentState = states[names.size()].dwEventState & ~SCARD_STATE_CHANGED;
                rv = SCardGetStatusChange(context->handle(), static_cast<DWORD>(m_timing.pollInterval.count()),
                                          states.data(), static_cast<DWORD>(states.size()));
            }
            if (rv == SCARD_S_SUCCESS || rv == static_cast<LONG>(SCARD_E_TIMEOUT) ||
                rv == static_cast<LONG>(SCARD_E_CANCELLED)) {
                continue; // re-list and report in the next round
            }
            const CardError error = CardError::fromPcsc(rv, QStringLiteral("SCardGetStatusChange"));
            if (error.code == CardErrorCode::NoService || rv == static_cast<LONG>(SCARD_F_COMM_ERROR)) {
                // SCARD_F_COMM_ERROR: the socket to pcscd broke under a waiting call (pcscd killed).
                serviceLost = true;
            } else if (error.code == CardErrorCode::NoReader || error.code == CardErrorCode::ReaderUnavailable) {
                // A reader vanished between listing and waiting: list again.
                continue;
            } else {
                qCWarning(lcMonitor) << "status wait failed:" << error.toLogString();
                waitForRetry(m_timing.pollInterval);
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_haveCancelContext = false;
        }
        if (serviceLost) {
            qCInfo(lcMonitor) << "PC/SC service lost; reconnecting";
            publish(ReaderSnapshot{false, {}});
        }
    }
}

} // namespace kakanai::card
