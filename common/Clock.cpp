#include "common/Clock.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <limits>

namespace kakanai {

namespace {

class SystemClockTimer final : public ClockTimer
{
public:
    explicit SystemClockTimer(QObject *parent)
        : ClockTimer(parent)
        , m_timer(this)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::CoarseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }
    void start(qint64 delayMs) override
    {
        // QTimer takes an int: clamp (a backoff is capped far below 24 days anyway).
        const qint64 clamped = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
        m_timer.start(static_cast<int>(clamped));
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

ClockTimer *SystemClock::createTimer(QObject *parent) const
{
    return new SystemClockTimer(parent);
}

// ---- manual clock ---------------------------------------------------------------------------------------------

class ManualClock::Timer final : public ClockTimer
{
public:
    Timer(const ManualClock *clock, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock)
    {
        QMutexLocker lock(&m_clock->m_mutex);
        m_clock->m_timers.push_back(this);
    }
    ~Timer() override
    {
        QMutexLocker lock(&m_clock->m_mutex);
        auto &v = m_clock->m_timers;
        v.erase(std::remove(v.begin(), v.end(), this), v.end());
    }
    Timer(const Timer &) = delete;
    Timer &operator=(const Timer &) = delete;

    void start(qint64 delayMs) override
    {
        {
            QMutexLocker lock(&m_clock->m_mutex);
            m_dueMs = m_clock->m_elapsedMs + delayMs;
            m_active = delayMs > 0;
        }
        if (delayMs <= 0) {
            fire(this);
        }
    }
    void stop() override
    {
        QMutexLocker lock(&m_clock->m_mutex);
        m_active = false;
    }
    bool isActive() const override
    {
        QMutexLocker lock(&m_clock->m_mutex);
        return m_active;
    }

    // Queued into the timer's thread; a timer deleted in between does not fire.
    static void fire(const QPointer<Timer> &t)
    {
        if (!t) {
            return;
        }
        QMetaObject::invokeMethod(
            t.data(),
            [t] {
                if (t) {
                    Q_EMIT t->timeout();
                }
            },
            Qt::QueuedConnection);
    }

    const ManualClock *m_clock;
    qint64 m_dueMs = 0; // on the clock's elapsed time
    bool m_active = false;
};

ManualClock::ManualClock(QDateTime start)
    : m_start(std::move(start))
{}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_start.addMSecs(m_elapsedMs);
}

qint64 ManualClock::monotonicMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_elapsedMs;
}

ClockTimer *ManualClock::createTimer(QObject *parent) const
{
    return new Timer(this, parent);
}

void ManualClock::advanceMs(qint64 ms)
{
    QList<QPointer<Timer>> due;
    {
        QMutexLocker lock(&m_mutex);
        m_elapsedMs += ms;
        for (Timer *t : m_timers) {
            if (t->m_active && t->m_dueMs <= m_elapsedMs) {
                t->m_active = false;
                due.append(t);
            }
        }
    }
    for (const QPointer<Timer> &t : std::as_const(due)) {
        Timer::fire(t);
    }
}

QDateTime ManualClock::nextDue() const
{
    QMutexLocker lock(&m_mutex);
    bool any = false;
    qint64 next = 0;
    for (const Timer *t : m_timers) {
        if (t->m_active && (!any || t->m_dueMs < next)) {
            next = t->m_dueMs;
            any = true;
        }
    }
    return any ? m_start.addMSecs(next) : QDateTime();
}

} // namespace kakanai
