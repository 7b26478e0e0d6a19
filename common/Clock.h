#pragma once

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QTimeZone>

#include <vector>

namespace kakanai {

// A one-shot timer of a Clock. It lives in the thread of its parent and fires timeout() there.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // (Re)starts the timer: timeout() fires once `delayMs` of the clock's time from now. 0 fires as soon as the
    // event loop runs.
    virtual void start(qint64 delayMs) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void timeout();
};

// Where every module gets the time from: the kiosk (idle timeout and its warning, staff re-sign-in and lockout, the
// done screen's return to idle, request timestamps, 和暦 "today"), the card service and the outbox with its sync
// worker (enqueue time, retry backoff, polling). The composition root builds one and hands the same one to all of
// them; tests hand in a ManualClock and move time forward instead of sleeping. Implementations are thread-safe:
// the outbox writer and the sync worker run on their own threads.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time with the local UTC offset (request timestamps, 和暦 "today").
    virtual QDateTime now() const = 0;
    // The same instant in UTC (what the outbox stores and compares).
    QDateTime nowUtc() const { return now().toUTC(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    // Milliseconds on a monotonic clock (durations: idle, lockout). Never goes backwards.
    virtual qint64 monotonicMs() const = 0;
    // A timer of this clock, owned by `parent` (and living in its thread).
    virtual ClockTimer *createTimer(QObject *parent) const = 0;
};

// The real clock: QDateTime::currentDateTime, a steady clock and QTimer.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
    ClockTimer *createTimer(QObject *parent) const override;
};

// A clock that stands still until told to move: tests, benchmarks and the scripted demo walk. Moving it fires every
// timer that fell due, in the timer's own thread (queued), like real ones; a test can tell exactly which backoff
// attempt happens when without sleeping through it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2025, 4, 1), QTime(9, 30), QTimeZone(9 * 3600)));
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    QDateTime now() const override;
    qint64 monotonicMs() const override;
    ClockTimer *createTimer(QObject *parent) const override;

    // Moves time on and fires every timer that fell due.
    void advanceMs(qint64 ms);
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    // The time of the earliest active timer, or an invalid time.
    QDateTime nextDue() const;

private:
    class Timer;
    friend class Timer;

    mutable QMutex m_mutex;
    QDateTime m_start;
    qint64 m_elapsedMs = 0;
    mutable std::vector<Timer *> m_timers;
};

} // namespace kakanai
