#include "outbox/BackofficeError.h"

namespace kakanai::backoffice {

QString BackofficeError::toLogString() const
{
    return kakanai::errorLogLine(codeName(), {{"key", key}, {"sqlstate", sqlState}}, detail);
}

bool BackofficeError::isTransient() const
{
    switch (code) {
    case BackofficeErrorCode::IntakeUnavailable:
    case BackofficeErrorCode::IntakeError:
    case BackofficeErrorCode::OutboxIo:
    case BackofficeErrorCode::OutboxFull:
        return true;
    default:
        return false;
    }
}

bool BackofficeError::isConnectionProblem() const
{
    return code == BackofficeErrorCode::IntakeUnavailable || code == BackofficeErrorCode::IntakeTls ||
           code == BackofficeErrorCode::IntakeAuth;
}

} // namespace kakanai::backoffice
