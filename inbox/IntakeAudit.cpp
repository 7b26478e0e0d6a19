#include "inbox/IntakeAudit.h"

#include "outbox/Pg.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kakanai::backoffice {

namespace {

// The columns of a Row, with `at` in the canonical text's form (UTC, milliseconds) so that the hash is recomputed
// over exactly what the source hashed.
const QString RowColumns = QStringLiteral(
    "id, to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), submitted_by, source_kind,"
    " source_id, seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), staff_id, action,"
    " request_id, detail::text, prev_hash, hash");

Result<QList<IntakeAudit::Row>> rowsOf(const PgResult &r)
{
    QList<IntakeAudit::Row> out;
    for (int i = 0; i < r.rows(); ++i) {
        IntakeAudit::Row row;
        row.id = r.text(i, 0).toLongLong();
        row.receivedAt = QDateTime::fromString(r.text(i, 1), Qt::ISODateWithMs);
        row.submittedBy = r.text(i, 2);
        AuditEntry &e = row.entry;
        // The table's CHECK allows only the two kinds.
        e.sourceKind = AuditEntry::sourceKindFromName(r.text(i, 3)).value_or(AuditEntry::SourceKind::Kiosk);
        e.sourceId = r.text(i, 4);
        e.seq = r.text(i, 5).toLongLong();
        e.at = QDateTime::fromString(r.text(i, 6), Qt::ISODateWithMs).toUTC();
        e.staffId = r.text(i, 7);
        e.action = r.text(i, 8);
        e.requestId = r.text(i, 9);
        for (const QJsonValue &d : QJsonDocument::fromJson(r.bytes(i, 10)).array()) {
            // A non-string element (only a superuser could write one) becomes its JSON text: the hash then fails.
            e.detail.append(d.isString()
                                ? d.toString()
                                : QString::fromUtf8(QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact)));
        }
        e.prevHash = r.text(i, 11);
        e.hash = r.text(i, 12);
        out.append(row);
    }
    return out;
}

// A text parameter: an empty text stays '' (a null QByteArray would be SQL NULL).
QByteArray textParameter(const QString &text)
{
    return text.isEmpty() ? QByteArray("") : text.toUtf8();
}

} // namespace

IntakeAudit::IntakeAudit(PgConnection &db, QString workstationId, QString staffId, const Clock *clock)
    : m_db(db)
    , m_workstationId(std::move(workstationId))
    , m_staffId(std::move(staffId))
    , m_clock(clock)
{}

Result<AuditEntry> IntakeAudit::appendInTransaction(AuditAction action, const QString &requestId,
                                                    const QStringList &detail)
{
    const QByteArray source = textParameter(m_workstationId);
    if (auto locked =
            m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended('kakanai-audit/' || $1::text, 0))"),
                      {source});
        !locked) {
        return locked.error();
    }
    auto head = m_db.exec(QStringLiteral("SELECT seq, hash FROM intake.audit WHERE source_kind = 'workstation'"
                                         " AND source_id = $1 ORDER BY seq DESC LIMIT 1"),
                          {source});
    if (!head) {
        return head.error();
    }
    AuditEntry previous;
    if (head->rows() == 1) {
        previous.seq = head->text(0, 0).toLongLong();
        previous.hash = head->text(0, 1);
    }
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    const AuditEntry entry =
        AuditEntry::next(head->rows() == 1 ? &previous : nullptr, AuditEntry::SourceKind::Workstation, m_workstationId,
                         now, m_staffId, action, requestId, detail);
    QJsonArray detailArray;
    for (const QString &d : entry.detail) {
        detailArray.append(d);
    }
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO intake.audit (source_kind, source_id, seq, at, staff_id, action, request_id,"
                       " detail, prev_hash, hash) VALUES ('workstation', $1, $2::bigint, $3::timestamptz, $4, $5, $6,"
                       " $7::jsonb, $8, $9)"),
        {source, QByteArray::number(entry.seq), AuditEntry::timeText(entry.at).toLatin1(), textParameter(entry.staffId),
         entry.action.toLatin1(), textParameter(entry.requestId),
         QJsonDocument(detailArray).toJson(QJsonDocument::Compact), entry.prevHash.toLatin1(), entry.hash.toLatin1()});
    if (!inserted) {
        return inserted.error();
    }
    return entry;
}

Result<AuditEntry> IntakeAudit::append(AuditAction action, const QString &requestId, const QStringList &detail)
{
    if (auto begun = m_db.exec(QStringLiteral("BEGIN")); !begun) {
        return begun.error();
    }
    auto entry = appendInTransaction(action, requestId, detail);
    if (!entry) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        return entry.error();
    }
    if (auto committed = m_db.exec(QStringLiteral("COMMIT")); !committed) {
        return committed.error();
    }
    return entry;
}

Result<QList<IntakeAudit::Row>> IntakeAudit::all(PgConnection &db)
{
    auto r =
        db.exec(QStringLiteral("SELECT %1 FROM intake.audit ORDER BY source_kind, source_id, seq, id").arg(RowColumns));
    if (!r) {
        return r.error();
    }
    return rowsOf(*r);
}

Result<QList<IntakeAudit::Row>> IntakeAudit::forRequest(PgConnection &db, const QString &requestId)
{
    auto r = db.exec(QStringLiteral("SELECT %1 FROM intake.audit WHERE request_id = $1"
                                    " ORDER BY at, source_kind, source_id, seq")
                         .arg(RowColumns),
                     {requestId.toUtf8()});
    if (!r) {
        return r.error();
    }
    return rowsOf(*r);
}

} // namespace kakanai::backoffice
