#include "app/core/IdleMonitor.h"

#include "common/Clock.h"

namespace kakanai::kiosk {

IdleMonitor::IdleMonitor(const Clock &clock, int timeoutSeconds, int warningSeconds, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeoutSeconds(timeoutSeconds)
    , m_warningSeconds(warningSeconds)
{
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &IdleMonitor::check);
    m_tick.start();
    m_lastActivityMs = m_clock.monotonicMs();
}

void IdleMonitor::setTicking(bool ticking)
{
    if (ticking) {
        m_tick.start();
    } else {
        m_tick.stop();
    }
}

void IdleMonitor::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    activity();
}

void IdleMonitor::activity()
{
    m_lastActivityMs = m_clock.monotonicMs();
    if (m_warning) {
        m_warning = false;
        m_lastWarned = -1;
        Q_EMIT warningCleared();
    }
}

int IdleMonitor::secondsLeft() const
{
    const qint64 idleMs = m_clock.monotonicMs() - m_lastActivityMs;
    const qint64 leftMs = qint64(m_timeoutSeconds) * 1000 - idleMs;
    return leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
}

void IdleMonitor::check()
{
    if (!m_active) {
        return;
    }
    const int left = secondsLeft();
    if (left <= 0) {
        m_warning = false;
        m_lastWarned = -1;
        m_lastActivityMs = m_clock.monotonicMs();
        Q_EMIT warningCleared();
        Q_EMIT timedOut();
        return;
    }
    if (left <= m_warningSeconds && left != m_lastWarned) {
        m_warning = true;
        m_lastWarned = left;
        Q_EMIT warning(left);
    }
}

} // namespace kakanai::kiosk
