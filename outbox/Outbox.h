#pragma once

#include "outbox/BackofficeError.h"
#include "outbox/KeyRing.h"
#include "outbox/RequestDocument.h"

#include "common/Clock.h"
#include "common/Wipe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace kakanai::backoffice {

class DataKey;

struct EnqueueReceipt
{
    QString requestId;
    QDateTime enqueuedAt;       // UTC
    bool alreadyQueued = false; // the same request (byte for byte) was queued before: nothing was written
};

// A queued request taken for delivery: its id and its decrypted JSON text, wiped when this value dies.
struct PendingRequest
{
    QString requestId;
    int attempts = 0; // every delivery attempt, the link's failures included
    int failures = 0; // attempts the intake answered with an error about this request (SyncEngine sets aside)
    SecretBytes json;
};

// A request set aside (state `rejected`): refused by the intake, failed too often, or failed authentication. It
// waits for IT staff: `kakanai-outbox retry ID` or `kakanai-outbox discard ID --reason TEXT`.
struct SetAsideRequest
{
    QString requestId;
    QString procedureId;
    QDateTime enqueuedAt; // UTC
    int attempts = 0;
    QString lastError; // BackofficeError::toLogString(): no personal data
};

struct QueueCounts
{
    int waiting = 0;  // queued for delivery
    int rejected = 0; // set aside: refused by the intake, failed too often or failed authentication: kept for IT
                      // staff, never retried alone
    QDateTime oldestWaitingSince; // enqueue time of the oldest waiting request (UTC); invalid when none waits
};

// The outcome of the last delivery attempt, kept in the outbox so that `kakanai-outbox status` can tell it
// without connecting anywhere.
struct SyncRecord
{
    QDateTime lastAttemptAt;
    QDateTime lastDeliveryAt; // last attempt that reached the intake
    bool lastAttemptOk = false;
    QString lastErrorCode; // BackofficeError::codeName(), empty after success
    QString lastErrorDetail;
};

struct OutboxOptions
{
    Clock *clock = nullptr;   // the enqueue time source; the system clock when null
    int busyTimeoutMs = 5000; // how long a writer waits for the other connection's write lock
};

// The kiosk's local outbox: one SQLite database (through Qt's QSQLITE driver, the process's only SQLite) in WAL
// mode with synchronous=FULL, so that a request is acknowledged only once its row is committed and synced. The
// request document is stored as an AES-256-GCM record bound to its request id (Aead.h); what stays in the clear is
// what managing the queue needs: request id, kiosk id, procedure, times, attempts, the last error code.
// Delivered rows are deleted with secure_delete on and the WAL is checkpointed and truncated, so nothing of them
// remains readable in the database, its WAL or its journal.
//
// One Outbox is one connection, used by one thread only (Qt Sql's rule); the kiosk's GUI thread and the sync
// worker each open their own on the same file.
class Outbox
{
public:
    // With a key ring (KeyRing.h): its current key seals, every key opens the records sealed under its id.
    static Result<std::unique_ptr<Outbox>> open(const QString &path, std::shared_ptr<const KeyRing> keys,
                                                OutboxOptions options = {});
    // With one key (an outbox that never rotated, tests).
    static Result<std::unique_ptr<Outbox>> open(const QString &path, std::shared_ptr<const DataKey> key,
                                                OutboxOptions options = {});
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Validates, encrypts and commits. Returns only after COMMIT (and its fsync) succeeded: the acknowledgement.
    Result<EnqueueReceipt> enqueue(const QJsonObject &request);
    Result<EnqueueReceipt> enqueueJson(const QByteArray &json);

    // The next receipt sequence number (受付番号 without the kiosk's prefix, forms/ReceiptNumber.h) of the local
    // day `day`: 1, 2, 3, … Returns only after COMMIT (and its fsync), like enqueue, so a number once handed out
    // is never handed out again, whatever happens to the process or the request afterwards (a gap, at worst).
    // OutboxIo after forms::MaxReceiptSequence numbers in one day.
    Result<int> nextReceiptSequence(const QDate &day);

    // The oldest waiting requests, decrypted. A row that fails authentication is marked rejected (Tampered) and
    // left out; the others are delivered.
    Result<std::vector<PendingRequest>> nextBatch(int max);
    // Delivery confirmed: deletes the rows, commits, and checkpoints the WAL with TRUNCATE.
    Result<int> purge(const QStringList &requestIds);
    // A failed attempt: attempts + 1 for each, and failures + 1 unless the error is the link's
    // (BackofficeError::isConnectionProblem), so that only errors about the requests themselves count to the limit.
    Result<Done> recordFailure(const QStringList &requestIds, const BackofficeError &error);
    // Sets the request aside (state `rejected`): the queue drains around it.
    Result<Done> reject(const QString &requestId, const BackofficeError &error);
    // Rejected requests back to waiting (after IT staff fixed the cause), their failure count reset. Returns how many.
    Result<int> requeueRejected();
    // The set-aside requests, oldest first.
    Result<std::vector<SetAsideRequest>> setAside() const;
    // One set-aside request back to waiting, its failure count reset; NotFound unless it is set aside.
    Result<Done> retry(const QString &requestId);
    // Removes a set-aside request for good (IT staff decided it can never be delivered: the paper form is the
    // record). Its row is deleted with secure_delete and the WAL truncated, so nothing of its document remains in
    // any file; what stays is a line in `discarded` (id, procedure, times, reason, last error: no personal data).
    // NotFound unless it is set aside; Config when the reason is empty.
    Result<Done> discard(const QString &requestId, const QString &reason);

    Result<QueueCounts> counts() const;
    Result<Done> saveSyncRecord(const SyncRecord &record);
    Result<SyncRecord> syncRecord() const;

    // The decrypted document of a queued request (NotFound when none); the caller wipes it.
    Result<QByteArray> payload(const QString &requestId) const;
    // "ok", or SQLite's first complaint.
    Result<QString> integrityCheck() const;
    // wal_checkpoint(TRUNCATE): true when the WAL was fully written back and emptied (false: a reader held it).
    Result<bool> checkpoint();

    const QString &path() const { return m_path; }
    // The keys as bound to this outbox at open (ids, the sealing key).
    const OutboxKeys &keys() const { return m_keys; }
    QString connectionName() const { return m_connection; }

    // The associated data of a request's record: table, column and request id.
    static QByteArray associatedData(const QString &requestId);

private:
    friend class KeyRotation; // re-encrypts rows and retires keys on this connection
    Outbox() = default;
    Result<Done> initialise();
    QDateTime now() const;

    QString m_path;
    QString m_connection;
    std::shared_ptr<const KeyRing> m_ring;
    OutboxKeys m_keys;
    OutboxOptions m_options;
    RequestValidator m_validator;
};

// Refuses to run with a second SQLite library in the process (SQLCipher exports the same sqlite3_* symbols as
// libsqlite3, which Qt's driver uses: the "multiple copies of SQLite" corruption hazard). Linux: /proc/self/maps.
Result<Done> checkSingleSqlite();

} // namespace kakanai::backoffice

Q_DECLARE_METATYPE(kakanai::backoffice::EnqueueReceipt)
