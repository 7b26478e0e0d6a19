#include "outbox/OutboxStatus.h"

namespace kakanai::backoffice {

QString linkName(OutboxStatus::Link link)
{
    switch (link) {
    case OutboxStatus::Link::NotConfigured:
        return QStringLiteral("not_configured");
    case OutboxStatus::Link::Unknown:
        return QStringLiteral("unknown");
    case OutboxStatus::Link::Online:
        return QStringLiteral("online");
    case OutboxStatus::Link::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("unknown");
}

qint64 OutboxStatus::oldestWaitingAgeSeconds(const QDateTime &now) const
{
    if (waiting == 0 || !oldestWaitingSince.isValid()) {
        return -1;
    }
    return qMax<qint64>(0, oldestWaitingSince.secsTo(now));
}

QJsonObject OutboxStatus::toJson(const QDateTime &now) const
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonObject o{
        {QStringLiteral("link"), linkName(link)},
        {QStringLiteral("waiting"), waiting},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("oldest_waiting_since"), time(oldestWaitingSince)},
        {QStringLiteral("oldest_waiting_age_s"), oldestWaitingAgeSeconds(now)},
        {QStringLiteral("last_attempt_at"), time(lastAttemptAt)},
        {QStringLiteral("last_delivery_at"), time(lastDeliveryAt)},
        {QStringLiteral("next_attempt_at"), time(nextAttemptAt)},
    };
    if (lastError) {
        o.insert(QStringLiteral("last_error"), QJsonObject{{QStringLiteral("code"), lastError->codeName()},
                                                           {QStringLiteral("detail"), lastError->detail},
                                                           {QStringLiteral("sqlstate"), lastError->sqlState}});
    } else {
        o.insert(QStringLiteral("last_error"), QJsonValue());
    }
    return o;
}

bool OutboxStatus::operator==(const OutboxStatus &o) const
{
    const bool sameError =
        lastError.has_value() == o.lastError.has_value() &&
        (!lastError || (lastError->code == o.lastError->code && lastError->detail == o.lastError->detail));
    return link == o.link && waiting == o.waiting && rejected == o.rejected &&
           oldestWaitingSince == o.oldestWaitingSince && lastAttemptAt == o.lastAttemptAt &&
           lastDeliveryAt == o.lastDeliveryAt && nextAttemptAt == o.nextAttemptAt && sameError;
}

} // namespace kakanai::backoffice
