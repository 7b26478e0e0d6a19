#include "outbox/BackofficeError.h"

namespace kakanai::backoffice {

QString backofficeErrorCodeName(BackofficeErrorCode code)
{
    switch (code) {
    case BackofficeErrorCode::Config:
        return QStringLiteral("config");
    case BackofficeErrorCode::KeyMissing:
        return QStringLiteral("key_missing");
    case BackofficeErrorCode::KeyUnreadable:
        return QStringLiteral("key_unreadable");
    case BackofficeErrorCode::KeyPermissions:
        return QStringLiteral("key_permissions");
    case BackofficeErrorCode::KeyWrongSize:
        return QStringLiteral("key_wrong_size");
    case BackofficeErrorCode::KeyMismatch:
        return QStringLiteral("key_mismatch");
    case BackofficeErrorCode::KeyExists:
        return QStringLiteral("key_exists");
    case BackofficeErrorCode::OutboxOpen:
        return QStringLiteral("outbox_open");
    case BackofficeErrorCode::OutboxCorrupt:
        return QStringLiteral("outbox_corrupt");
    case BackofficeErrorCode::OutboxIo:
        return QStringLiteral("outbox_io");
    case BackofficeErrorCode::SecondSqlite:
        return QStringLiteral("second_sqlite");
    case BackofficeErrorCode::Tampered:
        return QStringLiteral("tampered");
    case BackofficeErrorCode::InvalidRequest:
        return QStringLiteral("invalid_request");
    case BackofficeErrorCode::RequestConflict:
        return QStringLiteral("request_conflict");
    case BackofficeErrorCode::Crypto:
        return QStringLiteral("crypto");
    case BackofficeErrorCode::IntakeUnavailable:
        return QStringLiteral("intake_unavailable");
    case BackofficeErrorCode::IntakeTls:
        return QStringLiteral("intake_tls");
    case BackofficeErrorCode::IntakeAuth:
        return QStringLiteral("intake_auth");
    case BackofficeErrorCode::IntakePermission:
        return QStringLiteral("intake_permission");
    case BackofficeErrorCode::IntakeSchema:
        return QStringLiteral("intake_schema");
    case BackofficeErrorCode::IntakeRejected:
        return QStringLiteral("intake_rejected");
    case BackofficeErrorCode::IntakeError:
        return QStringLiteral("intake_error");
    case BackofficeErrorCode::MigrationChanged:
        return QStringLiteral("migration_changed");
    case BackofficeErrorCode::NotFound:
        return QStringLiteral("not_found");
    case BackofficeErrorCode::InvalidTransition:
        return QStringLiteral("invalid_transition");
    case BackofficeErrorCode::Io:
        return QStringLiteral("io");
    case BackofficeErrorCode::OutboxFull:
        return QStringLiteral("outbox_full");
    case BackofficeErrorCode::OutboxReadOnly:
        return QStringLiteral("outbox_read_only");
    case BackofficeErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString BackofficeError::codeName() const
{
    return backofficeErrorCodeName(code);
}

QString BackofficeError::toLogString() const
{
    QString s = codeName();
    if (!key.isEmpty()) {
        s += QStringLiteral(" [") + key + QLatin1Char(']');
    }
    if (!sqlState.isEmpty()) {
        s += QStringLiteral(" sqlstate=") + sqlState;
    }
    if (!detail.isEmpty()) {
        s += QStringLiteral(": ") + detail;
    }
    return s;
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
