#include "RequestSink.h"

#include <QMetaObject>

namespace kakanai::kiosk {

RequestSink::~RequestSink() = default;

void UnconfiguredSink::submit(quint64 ticket, const Submission &submission)
{
    Q_UNUSED(submission)
    QMetaObject::invokeMethod(
        this,
        [this, ticket] {
            Q_EMIT failed(ticket, SinkError{SinkErrorCode::NotConfigured, QStringLiteral("submit/sink is none")});
        },
        Qt::QueuedConnection);
}

QString receiptNumberFor(const QString &requestId)
{
    QString hex = requestId;
    hex.remove(QLatin1Char('-'));
    // The last 12 hex digits are random (UUIDv7 rand_b); 10^8 values make a repeat among a day's requests at one
    // city hall very unlikely, and the back office finds a request by its id anyway.
    bool ok = false;
    const quint64 random = hex.right(12).toULongLong(&ok, 16);
    const quint64 n = ok ? random % 100000000ULL : 0;
    const QString digits = QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    return digits.left(4) + QLatin1Char('-') + digits.mid(4);
}

} // namespace kakanai::kiosk
