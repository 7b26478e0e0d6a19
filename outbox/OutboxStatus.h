#pragma once

#include "outbox/BackofficeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace kakanai::backoffice {

// What the kiosk's status line shows about the outbox: whether the intake is reachable, how many requests wait
// and since when, and the last error. A value: OutboxService::statusChanged hands out copies.
struct OutboxStatus
{
    enum class Link
    {
        NotConfigured, // no [intake] host: the embedded default, outbox only (paper is complete on its own)
        Unknown,       // no delivery attempt yet
        Online,        // the last attempt reached the intake database
        Offline,       // the last attempt could not reach it (network, TLS, login); requests wait
    };

    Link link = Link::Unknown;
    int waiting = 0;
    int rejected = 0;
    QDateTime oldestWaitingSince; // UTC; invalid when nothing waits
    QDateTime lastAttemptAt;
    QDateTime lastDeliveryAt;                 // last time the intake was reached
    QDateTime nextAttemptAt;                  // when the worker tries again (backoff), invalid when idle
    std::optional<BackofficeError> lastError; // of the last attempt; empty after a success

    // Seconds since the oldest waiting request was queued; -1 when nothing waits.
    qint64 oldestWaitingAgeSeconds(const QDateTime &now) const;
    // For `kakanai-outbox status --json` and logs; no personal data.
    QJsonObject toJson(const QDateTime &now) const;

    bool operator==(const OutboxStatus &other) const;
};

QString linkName(OutboxStatus::Link link);

} // namespace kakanai::backoffice

Q_DECLARE_METATYPE(kakanai::backoffice::OutboxStatus)
