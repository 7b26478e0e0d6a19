#pragma once

#include "outbox/AuditEntry.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeError.h"

#include <QList>

#include <memory>

namespace kakanai::backoffice {

class AuditLog;
class PgConnection;

// Delivers the kiosk's audit entries to the intake's `intake.audit` (outbox/schema/0004_audit.sql), after the
// requests and in the same way: one INSERT … SELECT over a JSON array (one statement, one transaction) in the
// entries' order, ON CONFLICT DO NOTHING (a resent batch whose confirmation was lost is a no-op: the intake's
// key is source, seq), and only then marked delivered in the outbox. Entries wait while the kiosk is offline
// and arrive later, in order. A separate step of the sync worker with its own connection, so that requests are
// never held up by it.
class AuditSync
{
public:
    AuditSync(AuditLog &log, ConnectionSettings intake, int batchSize = 500);
    ~AuditSync();
    AuditSync(const AuditSync &) = delete;
    AuditSync &operator=(const AuditSync &) = delete;

    // Sends everything waiting, batch after batch. Returns how many entries were confirmed.
    Result<int> deliverPending();

    // The JSON array the INSERT reads (intake.audit's columns by name).
    static QByteArray batchJson(const QList<AuditEntry> &entries);
    // The statement: $1 is batchJson().
    static QString insertSql();

private:
    AuditLog &m_log;
    ConnectionSettings m_intake;
    int m_batchSize;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace kakanai::backoffice
