#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace kakanai::backoffice {

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

// The time source of every time-based behaviour of the back office (retry backoff, idle polling, the age of the
// oldest queued request). Production uses SystemClock; tests use a manual clock they advance by hand, so that no
// test ever sleeps through a backoff.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    // A timer of this clock, owned by `parent` (and living in its thread).
    virtual ClockTimer *createTimer(QObject *parent) = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    ClockTimer *createTimer(QObject *parent) override;
};

} // namespace kakanai::backoffice
