#pragma once

#include "Clock.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>

#include <algorithm>
#include <vector>

// A Clock that stands still until the test moves it: backoff waits pass in no time, and a test can tell exactly
// which attempt happens when. Timers fire in their own thread (queued), like real ones.
class ManualClock final : public kakanai::backoffice::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}

    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }

    kakanai::backoffice::ClockTimer *createTimer(QObject *parent) override { return new Timer(this, parent); }

    // Moves time on and fires every timer that fell due.
    void advance(qint64 ms)
    {
        QList<QPointer<Timer>> due;
        {
            QMutexLocker lock(&m_mutex);
            m_now = m_now.addMSecs(ms);
            for (Timer *t : m_timers) {
                if (t->m_active && t->m_due <= m_now) {
                    t->m_active = false;
                    due.append(t);
                }
            }
        }
        for (const QPointer<Timer> &t : due) {
            fire(t);
        }
    }

    // The time of the earliest active timer, or an invalid time.
    QDateTime nextDue() const
    {
        QMutexLocker lock(&m_mutex);
        QDateTime next;
        for (const Timer *t : m_timers) {
            if (t->m_active && (!next.isValid() || t->m_due < next)) {
                next = t->m_due;
            }
        }
        return next;
    }

private:
    class Timer final : public kakanai::backoffice::ClockTimer
    {
    public:
        Timer(ManualClock *clock, QObject *parent)
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
        void start(qint64 delayMs) override
        {
            bool now = false;
            {
                QMutexLocker lock(&m_clock->m_mutex);
                m_due = m_clock->m_now.addMSecs(delayMs);
                m_active = delayMs > 0;
                now = delayMs <= 0;
            }
            if (now) {
                ManualClock::fire(this);
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

        ManualClock *m_clock;
        QDateTime m_due;
        bool m_active = false;
        friend class ManualClock;
    };

    static void fire(const QPointer<Timer> &t)
    {
        if (t) {
            QMetaObject::invokeMethod(
                t.data(),
                [t] {
                    if (t) {
                        Q_EMIT t->timeout();
                    }
                },
                Qt::QueuedConnection);
        }
    }

    mutable QMutex m_mutex;
    QDateTime m_now;
    std::vector<Timer *> m_timers;
};
