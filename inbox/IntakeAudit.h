#pragma once

#include "outbox/AuditEntry.h"
#include "outbox/BackofficeError.h"

#include "common/Clock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kakanai::backoffice {

class PgConnection;

// The inbox's side of the audit trail (issue 9 item 4) in the intake's `intake.audit` (outbox/schema/0004_audit.sql):
// the workstation's own hash chain of staff actions (opening a request, status changes, exports), and the reading
// of every chain for `kakanai-inbox audit verify` and `audit list --request ID`. Staff role (kakanai_staff).
class IntakeAudit
{
public:
    // One stored entry with the intake's row id and arrival time (which `audit list` shows).
    struct Row
    {
        qint64 id = 0;
        QDateTime receivedAt;
        QString submittedBy;
        AuditEntry entry;
    };

    // `workstationId`: inbox/workstation_id. `staffId`: who acts (the staff role, = the certificate's CN).
    IntakeAudit(PgConnection &db, QString workstationId, QString staffId, const Clock *clock = nullptr);

    // Appends the next entry of the workstation's chain in its own transaction (an advisory lock per chain keeps
    // two inbox windows of one workstation from taking the same number).
    Result<AuditEntry> append(AuditAction action, const QString &requestId = {}, const QStringList &detail = {});
    // The same inside a transaction the caller opened (BEGIN … COMMIT around a status change and its entry).
    Result<AuditEntry> appendInTransaction(AuditAction action, const QString &requestId, const QStringList &detail);

    // Every entry of every chain, in chain order.
    static Result<QList<Row>> all(PgConnection &db);
    // A request's entries, oldest first (by time, then source and number).
    static Result<QList<Row>> forRequest(PgConnection &db, const QString &requestId);

private:
    PgConnection &m_db;
    QString m_workstationId;
    QString m_staffId;
    const Clock *m_clock;
};

} // namespace kakanai::backoffice
