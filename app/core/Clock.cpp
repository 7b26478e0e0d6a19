#include "Clock.h"

#include <QTimeZone>

#include <chrono>

namespace kakanai::kiosk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

ManualClock::ManualClock(QDateTime start)
    : m_start(std::move(start))
{}

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_elapsedMs.load());
}

} // namespace kakanai::kiosk
