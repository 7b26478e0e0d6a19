#pragma once

#include "common/Clock.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeError.h"

#include <QStringList>

#include <memory>

namespace kakanai::backoffice {

class Outbox;
class PgConnection;

struct DeliveryReport
{
    int sent = 0;          // requests sent in this batch
    int inserted = 0;      // new rows at the intake
    int duplicates = 0;    // already there (an earlier delivery whose confirmation was lost): harmless
    int rejected = 0;      // set aside in the outbox: refused (data errors) or failed too often
    int failed = 0;        // failed alone with another server error: stays queued behind the others, counted
    QStringList delivered; // ids confirmed and purged
};

// Delivers the outbox to the intake database, one batch per call, synchronously (the SyncWorker calls it on its
// own thread; `kakanai-outbox sync --once` and the benchmark call it directly).
//
// A batch is one INSERT … SELECT FROM jsonb_array_elements($1) ON CONFLICT DO NOTHING, a single statement and so a
// single transaction: either the whole batch is committed at the intake or none of it. Only after the server
// confirmed the commit are the rows purged from the outbox. A crash or a lost connection between the two resends
// the batch later, and the request id (the primary key) makes the second copy a no-op: at-least-once delivery,
// exactly-once effect. (The kiosk role has no SELECT, so the conflict target cannot be named; the primary key is
// the table's only unique constraint.) A batch the server refuses for its data is retried request by request, and
// only the request that is refused is set aside (rejected), so one bad request never blocks the queue. Any other
// server error about a batch (not the link's, not a missing privilege or schema) is treated the same way: request
// by request, and a request that fails alone `maxFailedAttempts` times is set aside too.
class SyncEngine
{
public:
    SyncEngine(Outbox &outbox, ConnectionSettings intake, int batchSize, Clock *clock = nullptr);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    // Sends the next batch (nothing to do: an empty report). An error leaves the batch queued.
    Result<DeliveryReport> deliverBatch();
    // SyncConfig::maxFailedAttempts (default 5).
    void setMaxFailedAttempts(int n) { m_maxFailedAttempts = qBound(1, n, 1000); }
    bool isConnected() const;
    void disconnect();
    // Connects if not connected. `probe`: also check an existing connection with a round trip (the idle check
    // of the worker and the CLI's --probe), since a server that closed it may have said so only half-way.
    Result<Done> ensureConnected(bool probe = false);

private:
    Result<qint64> insert(const QByteArray &jsonArray);
    void record(bool ok, const BackofficeError *error);
    bool m_fresh = false; // the connection was made for the current batch
    Outbox &m_outbox;
    ConnectionSettings m_intake;
    int m_batchSize;
    int m_maxFailedAttempts = SyncConfig{}.maxFailedAttempts;
    Clock *m_clock;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace kakanai::backoffice
