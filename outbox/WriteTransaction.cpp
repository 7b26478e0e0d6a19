#include "outbox/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kakanai::backoffice {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<Done> WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return ioError(QStringLiteral("begin"), q);
    }
    m_open = true;
    return Done{};
}

Result<Done> WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return ioError(QStringLiteral("commit"), q);
    }
    m_open = false;
    return Done{};
}

BackofficeError sqlError(BackofficeErrorCode code, const QString &what, const QSqlError &error)
{
    return BackofficeError::make(code, QStringLiteral("%1: %2").arg(what, error.text()));
}

BackofficeErrorCode ioErrorCode(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    switch (ok ? (native & 0xff) : 0) {
    case 13: // SQLITE_FULL
        return BackofficeErrorCode::OutboxFull;
    case 8: // SQLITE_READONLY
        return BackofficeErrorCode::OutboxReadOnly;
    default:
        return BackofficeErrorCode::OutboxIo;
    }
}

BackofficeError ioError(const QString &what, const QSqlQuery &q)
{
    return sqlError(ioErrorCode(q.lastError()), what, q.lastError());
}

} // namespace kakanai::backoffice
