#include "Clock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace kakanai::backoffice {

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
    return QDateTime::currentDateTimeUtc();
}

ClockTimer *SystemClock::createTimer(QObject *parent)
{
    return new SystemClockTimer(parent);
}

} // namespace kakanai::backoffice
