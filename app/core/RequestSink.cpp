#include "app/core/RequestSink.h"

#include <QMetaObject>

namespace kakanai::kiosk {

RequestSink::~RequestSink() = default;

void UnconfiguredSink::submit(quint64 ticket, const Submission &submission)
{
    Q_UNUSED(submission)
    reserveReceipt(ticket, {}); // the same refusal
}

void UnconfiguredSink::reserveReceipt(quint64 ticket, QDate day)
{
    Q_UNUSED(day)
    QMetaObject::invokeMethod(
        this,
        [this, ticket] {
            Q_EMIT failed(ticket, SinkError{SinkErrorCode::NotConfigured, QStringLiteral("submit/sink is none")});
        },
        Qt::QueuedConnection);
}

} // namespace kakanai::kiosk
