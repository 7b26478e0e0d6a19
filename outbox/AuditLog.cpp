#include "outbox/AuditLog.h"

#include "outbox/Aead.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/Outbox.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kakanai::backoffice {

namespace {

BackofficeError auditIo(const QString &what, const QSqlQuery &q)
{
    return BackofficeError::make(BackofficeErrorCode::OutboxIo,
                                 QStringLiteral("audit %1: %2").arg(what, q.lastError().text()));
}

// BEGIN IMMEDIATE … COMMIT on the outbox connection, rolled back unless committed (as the outbox's writers do).
class AuditTransaction
{
public:
    explicit AuditTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~AuditTransaction()
    {
        if (m_open) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    }
    AuditTransaction(const AuditTransaction &) = delete;
    AuditTransaction &operator=(const AuditTransaction &) = delete;
    Result<Done> run(const char *statement, bool opens)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QLatin1String(statement))) {
            return auditIo(QLatin1String(statement), q);
        }
        m_open = opens;
        return Done{};
    }
    Result<Done> begin() { return run("BEGIN IMMEDIATE", true); }
    Result<Done> commit() { return run("COMMIT", false); }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

AuditLog::AuditLog(Outbox &outbox, QString kioskId, Clock *clock)
    : m_outbox(outbox)
    , m_kioskId(std::move(kioskId))
    , m_clock(clock)
{}

QStringList AuditLog::schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE audit ("
                       " seq INTEGER PRIMARY KEY,"
                       " source_id TEXT NOT NULL,"
                       " chain_seq INTEGER NOT NULL CHECK (chain_seq >= 1),"
                       " hash TEXT NOT NULL,"
                       " delivered INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1)),"
                       " entry BLOB NOT NULL,"
                       " UNIQUE (source_id, chain_seq))"),
        QStringLiteral("CREATE INDEX audit_pending ON audit (delivered, seq)"),
        // Append-only: an entry never changes (only its delivered flag, and only to 1), and an undelivered entry is
        // never deleted. Whoever edits the file with another SQLite client can drop these triggers, but not forge
        // the AEAD records or the hash chain the intake checks.
        QStringLiteral(
            "CREATE TRIGGER audit_append_only BEFORE UPDATE OF seq, source_id, chain_seq, hash, entry ON audit"
            " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_delivered_once BEFORE UPDATE OF delivered ON audit"
                       " WHEN NEW.delivered < OLD.delivered"
                       " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_keep_undelivered BEFORE DELETE ON audit WHEN OLD.delivered = 0"
                       " BEGIN SELECT RAISE(ABORT, 'undelivered audit entries are kept'); END"),
    };
}

QByteArray AuditLog::associatedData(const QString &kioskId, qint64 seq)
{
    return QByteArrayLiteral("kakanai-outbox/v1/audit/entry/") + kioskId.toUtf8() + '/' + QByteArray::number(seq);
}

Result<AuditEntry> AuditLog::decrypt(const QByteArray &record, const QString &sourceId, qint64 seq,
                                     const QString &hash) const
{
    auto text = m_outbox.keys().open(record, associatedData(sourceId, seq));
    if (!text) {
        return text.error();
    }
    auto entry = AuditEntry::fromCanonicalText(*text);
    if (!entry || entry->sourceId != sourceId || entry->seq != seq || entry->hash != hash) {
        return BackofficeError::make(
            BackofficeErrorCode::Tampered,
            QStringLiteral("audit entry %1 of %2 does not match its record").arg(seq).arg(sourceId));
    }
    return *entry;
}

Result<std::optional<AuditEntry>> AuditLog::head() const
{
    QSqlQuery q(QSqlDatabase::database(m_outbox.connectionName(), false));
    q.prepare(QStringLiteral("SELECT chain_seq, hash, entry, delivered FROM audit WHERE source_id = ?"
                             " ORDER BY chain_seq DESC LIMIT 1"));
    q.addBindValue(m_kioskId);
    if (!q.exec()) {
        return auditIo(QStringLiteral("head"), q);
    }
    if (!q.next()) {
        return std::optional<AuditEntry>();
    }
    auto entry = decrypt(q.value(2).toByteArray(), m_kioskId, q.value(0).toLongLong(), q.value(1).toString());
    if (!entry && entry.error().code == BackofficeErrorCode::KeyMissing && q.value(3).toInt() == 1) {
        // A delivered head sealed under a key a rotation has since retired: the intake holds the entry, and the next
        // one needs only its number and hash (a wrong hash here breaks the chain the intake verifies).
        AuditEntry linked;
        linked.sourceId = m_kioskId;
        linked.seq = q.value(0).toLongLong();
        linked.hash = q.value(1).toString();
        return std::optional<AuditEntry>(linked);
    }
    if (!entry) {
        return entry.error();
    }
    return std::optional<AuditEntry>(*entry);
}

Result<AuditEntry> AuditLog::append(const QString &staffId, AuditAction action, const QString &requestId,
                                    const QStringList &detail)
{
    QSqlDatabase db = QSqlDatabase::database(m_outbox.connectionName(), false);
    AuditTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    // The head is read inside the write transaction: another connection of this kiosk cannot append in between.
    auto previous = head();
    if (!previous) {
        return previous.error();
    }
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    const AuditEntry entry =
        AuditEntry::next(previous->has_value() ? &**previous : nullptr, AuditEntry::SourceKind::Kiosk, m_kioskId, now,
                         staffId, action, requestId, detail);
    auto record = m_outbox.keys().seal(entry.canonicalText(), associatedData(m_kioskId, entry.seq));
    if (!record) {
        return record.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit (source_id, chain_seq, hash, entry) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_kioskId);
    q.addBindValue(entry.seq);
    q.addBindValue(entry.hash);
    q.addBindValue(*record);
    if (!q.exec()) {
        return auditIo(QStringLiteral("append"), q);
    }
    q.finish();
    if (auto ok = tx.commit(); !ok) {
        return ok.error();
    }
    qCDebug(lcOutbox, "audit %s #%lld: %s", qPrintable(m_kioskId), static_cast<long long>(entry.seq),
            qPrintable(entry.action));
    return entry;
}

Result<QList<AuditEntry>> AuditLog::pending(int max) const
{
    QSqlQuery q(QSqlDatabase::database(m_outbox.connectionName(), false));
    q.prepare(QStringLiteral("SELECT source_id, chain_seq, hash, entry FROM audit WHERE delivered = 0"
                             " ORDER BY seq LIMIT ?"));
    q.addBindValue(max);
    if (!q.exec()) {
        return auditIo(QStringLiteral("pending"), q);
    }
    QList<AuditEntry> out;
    while (q.next()) {
        auto entry =
            decrypt(q.value(3).toByteArray(), q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString());
        if (!entry) {
            // Not delivered, never skipped: a gap in the chain at the intake would hide what was removed here.
            return entry.error();
        }
        out.append(*entry);
    }
    return out;
}

Result<int> AuditLog::pendingCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_outbox.connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE delivered = 0")) || !q.next()) {
        return auditIo(QStringLiteral("count"), q);
    }
    return q.value(0).toInt();
}

Result<int> AuditLog::markDelivered(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty()) {
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_outbox.connectionName(), false);
    AuditTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE audit SET delivered = 1 WHERE source_id = ? AND chain_seq = ? AND hash = ?"));
    int marked = 0;
    for (const AuditEntry &e : entries) {
        q.addBindValue(e.sourceId);
        q.addBindValue(e.seq);
        q.addBindValue(e.hash);
        if (!q.exec()) {
            return auditIo(QStringLiteral("mark delivered"), q);
        }
        marked += q.numRowsAffected();
    }
    q.finish();
    if (!q.exec(QStringLiteral("DELETE FROM audit WHERE delivered = 1 AND seq NOT IN"
                               " (SELECT max(seq) FROM audit GROUP BY source_id)"))) {
        return auditIo(QStringLiteral("purge"), q);
    }
    q.finish();
    if (auto ok = tx.commit(); !ok) {
        return ok.error();
    }
    (void)m_outbox.checkpoint(); // the WAL keeps no copy of deleted pages once written back
    return marked;
}

} // namespace kakanai::backoffice
