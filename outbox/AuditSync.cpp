#include "outbox/AuditSync.h"

#include "outbox/AuditLog.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/Pg.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai::backoffice {

AuditSync::AuditSync(AuditLog &log, ConnectionSettings intake, int batchSize)
    : m_log(log)
    , m_intake(std::move(intake))
    , m_batchSize(batchSize)
{}

AuditSync::~AuditSync() = default;

QByteArray AuditSync::batchJson(const QList<AuditEntry> &entries)
{
    QJsonArray a;
    for (const AuditEntry &e : entries) {
        QJsonArray detail;
        for (const QString &d : e.detail) {
            detail.append(d);
        }
        a.append(QJsonObject{
            {QStringLiteral("source_kind"), AuditEntry::sourceKindName(e.sourceKind)},
            {QStringLiteral("source_id"), e.sourceId},
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), AuditEntry::timeText(e.at)},
            {QStringLiteral("staff_id"), e.staffId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("request_id"), e.requestId},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash},
        });
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditSync::insertSql()
{
    // ORDER BY the array position: the intake's identity column then follows the chain's order.
    return QStringLiteral(
        "INSERT INTO intake.audit (source_kind, source_id, seq, at, staff_id, action, request_id, detail,"
        " prev_hash, hash)"
        " SELECT e->>'source_kind', e->>'source_id', (e->>'seq')::bigint, (e->>'at')::timestamptz,"
        " e->>'staff_id', e->>'action', e->>'request_id', e->'detail', e->>'prev_hash', e->>'hash'"
        " FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n"
        " ON CONFLICT DO NOTHING");
}

Result<int> AuditSync::deliverPending()
{
    int confirmed = 0;
    for (;;) {
        auto batch = m_log.pending(m_batchSize);
        if (!batch) {
            return batch.error();
        }
        if (batch->isEmpty()) {
            return confirmed;
        }
        if (!m_connection || !m_connection->isHealthy()) {
            m_connection.reset();
            ConnectionSettings settings = m_intake;
            settings.applicationName = QStringLiteral("kakanai-kiosk audit");
            auto connected = PgConnection::connect(settings);
            if (!connected) {
                return connected.error();
            }
            m_connection = std::move(*connected);
        }
        auto inserted = m_connection->exec(insertSql(), {batchJson(*batch)});
        if (!inserted) {
            if (!m_connection->isHealthy()) {
                m_connection.reset();
            }
            qCWarning(lcSync, "delivery of %lld audit entries failed: %s", static_cast<long long>(batch->size()),
                      qPrintable(inserted.error().toLogString()));
            return inserted.error();
        }
        auto marked = m_log.markDelivered(*batch);
        if (!marked) {
            return marked.error(); // delivered but still waiting: sent again later, and the intake ignores the copy
        }
        confirmed += static_cast<int>(batch->size());
        qCInfo(lcSync, "delivered %lld audit entries (%lld new)", static_cast<long long>(batch->size()),
               static_cast<long long>(inserted->affected()));
    }
}

} // namespace kakanai::backoffice
