#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <atomic>

namespace kakanai::kiosk {

// Where the kiosk gets the time from. Every time-based behaviour (idle timeout and its warning, the staff
// re-sign-in after 5 minutes, the staff lockout, the done screen's return to idle, request timestamps) asks a
// Clock, so that tests move time forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time with the local UTC offset (request timestamps, 和暦 "today").
    virtual QDateTime now() const = 0;
    // Milliseconds on a monotonic clock (durations: idle, lockout). Never goes backwards.
    virtual qint64 monotonicMs() const = 0;
};

// The real clock: QDateTime::currentDateTime and a steady clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

// A clock that moves only when told: tests, benchmarks and the scripted demo walk.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2025, 4, 1), QTime(9, 30), QTimeZone(9 * 3600)));

    QDateTime now() const override;
    qint64 monotonicMs() const override { return m_elapsedMs.load(); }

    void advanceMs(qint64 ms) { m_elapsedMs.fetch_add(ms); }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }

private:
    QDateTime m_start;
    std::atomic<qint64> m_elapsedMs{0};
};

} // namespace kakanai::kiosk
