#include "IntakeTypes.h"

namespace kakanai::backoffice {

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
