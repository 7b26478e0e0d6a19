#include "inbox/IntakeTypes.h"

#include "forms/ReceiptNumber.h"

#include <QRegularExpression>

namespace kakanai::backoffice {

std::optional<QString> receiptNumberQuery(const QString &text)
{
    // NFKC turns full-width letters, digits and hyphens (typed with a Japanese input method on) into ASCII.
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{1,3})-?([0-9]{1,5})$"));
    const auto m = pattern.match(text.normalized(QString::NormalizationForm_KC).trimmed().toUpper());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QString number = forms::formatReceiptNumber(m.captured(1), m.captured(2).toInt());
    if (number.isEmpty()) {
        return std::nullopt;
    }
    return number;
}

QString statusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return QStringLiteral("received");
    case RequestStatus::Accepted:
        return QStringLiteral("accepted");
    case RequestStatus::Registered:
        return QStringLiteral("registered");
    case RequestStatus::Returned:
        return QStringLiteral("returned");
    }
    return QStringLiteral("received");
}

std::optional<RequestStatus> statusFromName(const QString &name)
{
    for (RequestStatus s :
         {RequestStatus::Received, RequestStatus::Accepted, RequestStatus::Registered, RequestStatus::Returned}) {
        if (statusName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

bool statusTransitionAllowed(RequestStatus from, RequestStatus to)
{
    if (from == to) {
        return to == RequestStatus::Returned; // only the reason changes
    }
    switch (from) {
    case RequestStatus::Received:
        return to == RequestStatus::Accepted || to == RequestStatus::Returned;
    case RequestStatus::Accepted:
        return to == RequestStatus::Registered || to == RequestStatus::Returned;
    case RequestStatus::Returned:
        return to == RequestStatus::Accepted;
    case RequestStatus::Registered:
        return false;
    }
    return false;
}

} // namespace kakanai::backoffice
