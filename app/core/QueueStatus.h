#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>

namespace kakanai::kiosk {

// What the status line shows about the back-office queue.
struct QueueStatus
{
    enum class Link
    {
        NotConfigured, // no outbox or intake configured (development, or printing only)
        Online,        // the intake database answers; the queue drains
        Offline,       // the link or the back office is down: requests wait in the outbox
    };
    Link link = Link::NotConfigured;
    int queued = 0;           // requests waiting in the outbox (the set-aside ones included)
    int setAside = 0;         // of them, set aside for IT staff (refused by the intake, or failing alone)
    QDateTime oldestQueuedAt; // when the oldest of them was queued (invalid when none)

    friend bool operator==(const QueueStatus &, const QueueStatus &) = default;
};

// Fed by the back-office outbox (kakanai_outbox implements it); the kiosk only reads it.
// Contract: current() is cheap and called on the GUI thread; changed() is emitted (queued, on the GUI thread)
// whenever any member changes.
class QueueStatusProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~QueueStatusProvider() override;
    virtual QueueStatus current() const = 0;

Q_SIGNALS:
    void changed(const kakanai::kiosk::QueueStatus &status);
};

// Until the outbox exists: nothing is queued, and the status line says the queue is not configured.
class NoQueueStatus final : public QueueStatusProvider
{
    Q_OBJECT
public:
    using QueueStatusProvider::QueueStatusProvider;
    QueueStatus current() const override { return {}; }
};

} // namespace kakanai::kiosk

Q_DECLARE_METATYPE(kakanai::kiosk::QueueStatus)
