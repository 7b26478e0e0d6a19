#include "outbox/SyncEngine.h"

#include "common/Clock.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/Outbox.h"
#include "outbox/Pg.h"

#include "common/Wipe.h"

namespace kakanai::backoffice {

namespace {

// Errors about what was sent, rather than about the link, the login, a privilege or the schema (which every
// request would meet alike): worth finding out which request causes them.
bool isAboutTheData(const BackofficeError &e)
{
    return e.code == BackofficeErrorCode::IntakeRejected || e.code == BackofficeErrorCode::IntakeError;
}

const QString InsertSql = QStringLiteral("INSERT INTO intake.requests (document)"
                                         " SELECT d FROM jsonb_array_elements($1::jsonb) AS d ON CONFLICT DO NOTHING");

} // namespace

SyncEngine::SyncEngine(Outbox &outbox, ConnectionSettings intake, int batchSize, Clock *clock)
    : m_outbox(outbox)
    , m_intake(std::move(intake))
    , m_batchSize(qBound(1, batchSize, 1000))
    , m_clock(clock)
{
    if (m_intake.applicationName.isEmpty()) {
        m_intake.applicationName = QStringLiteral("kakanai-outbox");
    }
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::isConnected() const
{
    return m_connection && m_connection->isHealthy();
}

void SyncEngine::disconnect()
{
    m_connection.reset();
}

Result<Done> SyncEngine::ensureConnected(bool probe)
{
    // An idle connection may have been closed by the server (restart, failover): reading what it sent tells,
    // without a round trip, and a fresh connection replaces it before the batch is sent.
    if (m_connection && m_connection->consumeInput() && m_connection->isHealthy()) {
        if (!probe || m_connection->exec(QStringLiteral("SELECT 1")).ok()) {
            m_fresh = false;
            return Done{};
        }
    }
    m_connection.reset();
    auto conn = PgConnection::connect(m_intake);
    if (!conn) {
        return conn.error();
    }
    m_connection = std::move(*conn);
    m_fresh = true;
    qCInfo(lcSync, "connected to the intake database %s:%d", qPrintable(m_intake.host), m_intake.port);
    return Done{};
}

void SyncEngine::record(bool ok, const BackofficeError *error)
{
    auto previous = m_outbox.syncRecord();
    SyncRecord r = previous ? *previous : SyncRecord{};
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    r.lastAttemptAt = now;
    r.lastAttemptOk = ok;
    if (ok || (error && !error->isConnectionProblem())) {
        r.lastDeliveryAt = now; // the intake was reached
    }
    r.lastErrorCode = error ? error->codeName() : QString();
    r.lastErrorDetail = error ? error->detail : QString();
    if (auto saved = m_outbox.saveSyncRecord(r); !saved) {
        qCWarning(lcSync, "could not save the sync record: %s", qPrintable(saved.error().toLogString()));
    }
}

Result<qint64> SyncEngine::insert(const QByteArray &jsonArray)
{
    auto result = m_connection->exec(InsertSql, {jsonArray});
    if (!result && result.error().code == BackofficeErrorCode::IntakeUnavailable && !m_fresh) {
        // A connection kept from an earlier batch died meanwhile (the server restarted): one fresh try before
        // counting it as a failure. If the first statement did commit, the copy is a no-op.
        qCInfo(lcSync, "kept connection lost (%s): reconnecting", qPrintable(result.error().toLogString()));
        m_connection.reset();
        if (auto again = ensureConnected(); !again) {
            return again.error();
        }
        result = m_connection->exec(InsertSql, {jsonArray});
    }
    if (!result) {
        if (!m_connection->isHealthy()) {
            m_connection.reset();
        }
        return result.error();
    }
    return result->affected();
}

Result<DeliveryReport> SyncEngine::deliverBatch()
{
    auto batch = m_outbox.nextBatch(m_batchSize);
    if (!batch) {
        return batch.error();
    }
    DeliveryReport report;
    if (batch->empty()) {
        return report;
    }
    if (auto connected = ensureConnected(); !connected) {
        QStringList ids;
        for (const PendingRequest &r : *batch) {
            ids.append(r.requestId);
        }
        (void)m_outbox.recordFailure(ids, connected.error());
        record(false, &connected.error());
        return connected.error();
    }

    // The batch as one JSON array, wiped as soon as libpq has copied it into its send buffer.
    auto arrayOf = [](const std::vector<const PendingRequest *> &items) {
        qsizetype size = 2;
        for (const PendingRequest *r : items) {
            size += r->json.size() + 1;
        }
        QByteArray a;
        a.reserve(size);
        a.append('[');
        for (size_t i = 0; i < items.size(); ++i) {
            if (i > 0) {
                a.append(',');
            }
            a.append(items[i]->json.bytes());
        }
        a.append(']');
        return SecretBytes(std::move(a));
    };

    std::vector<const PendingRequest *> all;
    for (const PendingRequest &r : *batch) {
        all.push_back(&r);
    }
    report.sent = static_cast<int>(all.size());
    QStringList confirmed;
    {
        const SecretBytes payload = arrayOf(all);
        auto inserted = insert(payload.bytes());
        if (inserted) {
            report.inserted = static_cast<int>(*inserted);
            for (const PendingRequest *r : all) {
                confirmed.append(r->requestId);
            }
        } else if (!isAboutTheData(inserted.error()) ||
                   (all.size() == 1 && inserted.error().code != BackofficeErrorCode::IntakeRejected)) {
            QStringList ids;
            for (const PendingRequest *r : all) {
                ids.append(r->requestId);
            }
            qCWarning(lcSync, "delivery of %d request(s) failed: %s", report.sent,
                      qPrintable(inserted.error().toLogString()));
            if (all.size() == 1 && isAboutTheData(inserted.error()) &&
                all.front()->failures + 1 >= m_maxFailedAttempts) {
                (void)m_outbox.reject(all.front()->requestId, inserted.error());
            } else {
                (void)m_outbox.recordFailure(ids, inserted.error());
            }
            record(false, &inserted.error());
            return inserted.error();
        } else {
            // The server refused something in the batch: find out what, one request at a time.
            qCWarning(lcSync, "the intake refused a batch of %d (%s): delivering one by one", report.sent,
                      qPrintable(inserted.error().toLogString()));
            for (const PendingRequest *r : all) {
                const SecretBytes one = arrayOf({r});
                auto single = insert(one.bytes());
                if (single) {
                    report.inserted += static_cast<int>(*single);
                    confirmed.append(r->requestId);
                } else if (single.error().code == BackofficeErrorCode::IntakeRejected) {
                    ++report.rejected;
                    (void)m_outbox.reject(r->requestId, single.error());
                } else if (isAboutTheData(single.error())) {
                    // Not refused for good, but failing alone: counted, and set aside at the limit, so that it
                    // never holds up the requests behind it for long.
                    if (r->failures + 1 >= m_maxFailedAttempts) {
                        ++report.rejected;
                        (void)m_outbox.reject(r->requestId, single.error());
                    } else {
                        ++report.failed;
                        (void)m_outbox.recordFailure({r->requestId}, single.error());
                    }
                } else {
                    // Lost the connection half-way: purge what was confirmed, keep the rest queued.
                    (void)m_outbox.purge(confirmed);
                    record(false, &single.error());
                    return single.error();
                }
            }
        }
    }
    report.duplicates = static_cast<int>(confirmed.size()) - report.inserted;
    auto purged = m_outbox.purge(confirmed);
    if (!purged) {
        // Delivered but still queued: sent again later, and the intake ignores the copy.
        record(false, &purged.error());
        return purged.error();
    }
    report.delivered = confirmed;
    record(true, nullptr);
    qCInfo(lcSync, "delivered %d request(s): %d new, %d already there, %d set aside, %d failed", report.sent,
           report.inserted, report.duplicates, report.rejected, report.failed);
    return report;
}

} // namespace kakanai::backoffice
