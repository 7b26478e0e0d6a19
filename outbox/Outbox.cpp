#include "outbox/Outbox.h"

#include "common/Clock.h"
#include "forms/ReceiptNumber.h"
#include "outbox/Aead.h"
#include "outbox/AuditLog.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/DataKey.h"
#include "outbox/KeyRing.h"
#include "outbox/WriteTransaction.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kakanai::backoffice {

namespace {

// 1: meta, requests. 2: receipt_counters (the day's receipt numbers). 3: requests.failures, discarded.
// 4: audit (AuditLog.h).
constexpr int SchemaVersion = 4;
constexpr qint64 ApplicationId = 0x4B4B4F42; // "KKOB": this file is a Kakanai outbox

QAtomicInteger<quint64> connectionCounter;

QDateTime msToDateTime(const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

Result<Done> checkSingleSqlite()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        return Done{}; // not Linux, or /proc not mounted: nothing to check against
    }
    const QByteArray all = maps.readAll();
    if (all.contains("libsqlcipher")) {
        return BackofficeError::make(BackofficeErrorCode::SecondSqlite,
                                     QStringLiteral("libsqlcipher is loaded next to Qt's SQLite driver"));
    }
    return Done{};
}

QByteArray Outbox::associatedData(const QString &requestId)
{
    return QByteArrayLiteral("kakanai-outbox/v1/requests/payload/") + requestId.toLatin1();
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path, std::shared_ptr<const DataKey> key,
                                             OutboxOptions options)
{
    return open(path, std::make_shared<const KeyRing>(KeyRing::fromKeys(std::move(key))), options);
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path, std::shared_ptr<const KeyRing> keys,
                                             OutboxOptions options)
{
    if (auto single = checkSingleSqlite(); !single) {
        return single.error();
    }
    if (!keys || !keys->isValid()) {
        return BackofficeError::make(BackofficeErrorCode::KeyMissing, QStringLiteral("no data key"),
                                     QStringLiteral("outbox/key_file"));
    }
    const QString pathKey = QStringLiteral("outbox/path");
    const QByteArray native = QFile::encodeName(path);
    // A new outbox file is created private (0600) before SQLite opens it; its -wal and -shm files take the same
    // permissions from it.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    } else if (errno != EEXIST) {
        return BackofficeError::make(BackofficeErrorCode::OutboxOpen,
                                     QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                                     pathKey);
    } else if (!QFileInfo(path).isFile()) {
        return BackofficeError::make(BackofficeErrorCode::OutboxOpen, QStringLiteral("%1 is not a file").arg(path),
                                     pathKey);
    } else if (struct stat st = {}; ::stat(native.constData(), &st) == 0 && (st.st_mode & 077) != 0) {
        // Its contents are ciphertext, but ids and times are nobody else's business either.
        qCWarning(lcOutbox, "%s has mode %04o: chmod 600 it (and its -wal, -shm)", qPrintable(path),
                  static_cast<unsigned>(st.st_mode & 0777));
    }

    std::unique_ptr<Outbox> outbox(new Outbox);
    outbox->m_path = path;
    outbox->m_ring = std::move(keys);
    outbox->m_options = options;
    outbox->m_connection = QStringLiteral("kakanai.outbox.%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), outbox->m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            return sqlError(BackofficeErrorCode::OutboxOpen, path, db.lastError());
        }
    }
    if (!outbox->m_validator.isReady()) {
        return BackofficeError::make(BackofficeErrorCode::Internal, QStringLiteral("request schema not loaded"));
    }
    if (auto ok = outbox->initialise(); !ok) {
        return ok.error();
    }
    return outbox;
}

Outbox::~Outbox()
{
    if (m_connection.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QDateTime Outbox::now() const
{
    return m_options.clock ? m_options.clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

Result<Done> Outbox::initialise()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // The first statement reads the header: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        return sqlError(BackofficeErrorCode::OutboxCorrupt, m_path, q.lastError());
    }
    const qint64 appId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return sqlError(BackofficeErrorCode::OutboxCorrupt, m_path, q.lastError());
    }
    const int userVersion = q.value(0).toInt();
    q.finish();
    if (userVersion != 0 && appId != ApplicationId) {
        return BackofficeError::make(BackofficeErrorCode::OutboxCorrupt,
                                     QStringLiteral("%1 is an SQLite database, but not a Kakanai outbox").arg(m_path),
                                     QStringLiteral("outbox/path"));
    }
    if (userVersion > SchemaVersion) {
        return BackofficeError::make(BackofficeErrorCode::OutboxCorrupt,
                                     QStringLiteral("%1 has outbox version %2; this program knows up to %3")
                                         .arg(m_path)
                                         .arg(userVersion)
                                         .arg(SchemaVersion),
                                     QStringLiteral("outbox/path"));
    }

    // Durability and deletion settings of this connection (each is per connection, except WAL, which persists).
    struct Pragma
    {
        const char *set;
        const char *get;
        const char *expected;
    };
    const Pragma pragmas[] = {
        {"PRAGMA journal_mode=WAL", "PRAGMA journal_mode", "wal"},
        {"PRAGMA synchronous=FULL", "PRAGMA synchronous", "2"},
        {"PRAGMA secure_delete=ON", "PRAGMA secure_delete", "1"},
        {"PRAGMA temp_store=MEMORY", "PRAGMA temp_store", "2"},
    };
    for (const Pragma &p : pragmas) {
        if (!q.exec(QLatin1String(p.set))) {
            return sqlError(BackofficeErrorCode::OutboxOpen, QLatin1String(p.set), q.lastError());
        }
        q.finish();
        if (!q.exec(QLatin1String(p.get)) || !q.next() ||
            q.value(0).toString().toLower() != QLatin1String(p.expected)) {
            return BackofficeError::make(BackofficeErrorCode::OutboxOpen,
                                         QStringLiteral("%1 did not take effect").arg(QLatin1String(p.set)));
        }
        q.finish();
    }

    const QByteArray check = m_ring->current().key->checkValue();
    if (userVersion < SchemaVersion) {
        WriteTransaction tx(db);
        if (auto ok = tx.begin(); !ok) {
            return ok.error();
        }
        // Another connection may have created or upgraded the schema while we waited for the write lock.
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            return ioError(QStringLiteral("user_version"), q);
        }
        const int found = q.value(0).toInt();
        q.finish();
        if (found == 0) {
            const char *statements[] = {
                "CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
                "CREATE TABLE requests ("
                " seq INTEGER PRIMARY KEY,"
                " request_id TEXT NOT NULL UNIQUE,"
                " kiosk_id TEXT NOT NULL,"
                " procedure_kind TEXT NOT NULL,"
                " procedure_id TEXT NOT NULL,"
                " created_at TEXT NOT NULL,"
                " schema_version INTEGER NOT NULL,"
                " enqueued_at INTEGER NOT NULL,"
                " state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'rejected')),"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " last_attempt_at INTEGER,"
                " last_error TEXT,"
                " payload BLOB NOT NULL)",
                "CREATE INDEX requests_waiting ON requests (state, seq)",
            };
            for (const char *sql : statements) {
                if (!q.exec(QLatin1String(sql))) {
                    return ioError(QStringLiteral("create schema"), q);
                }
            }
            q.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES ('key_check', ?)"));
            q.addBindValue(check);
            if (!q.exec()) {
                return ioError(QStringLiteral("key check"), q);
            }
            if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId))) {
                return ioError(QStringLiteral("application id"), q);
            }
        }
        if (found < 2) {
            // The last receipt sequence handed out per local day ("2025-04-01"). Rows are kept: a clock set back
            // to an earlier day continues that day's numbers instead of repeating them.
            if (!q.exec(QStringLiteral("CREATE TABLE receipt_counters (day TEXT PRIMARY KEY,"
                                       " last INTEGER NOT NULL CHECK (last >= 0))"))) {
                return ioError(QStringLiteral("create receipt_counters"), q);
            }
        }
        if (found < 3) {
            // failures: attempts the intake answered with an error about this request (the set-aside limit);
            // discarded: what IT staff removed for good, and why (no document, no personal data).
            if (!q.exec(QStringLiteral("ALTER TABLE requests ADD COLUMN failures INTEGER NOT NULL DEFAULT 0")) ||
                !q.exec(QStringLiteral("CREATE TABLE discarded (request_id TEXT PRIMARY KEY,"
                                       " procedure_id TEXT NOT NULL, enqueued_at INTEGER NOT NULL,"
                                       " discarded_at INTEGER NOT NULL, reason TEXT NOT NULL, last_error TEXT)"))) {
                return ioError(QStringLiteral("upgrade to version 3"), q);
            }
        }
        if (found < 4) {
            // The audit trail of staff actions, hash-chained and delivered beside the requests.
            for (const QString &sql : AuditLog::schemaStatements()) {
                if (!q.exec(sql)) {
                    return ioError(QStringLiteral("create audit"), q);
                }
            }
        }
        if (found < SchemaVersion && !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion))) {
            return ioError(QStringLiteral("schema version"), q);
        }
        if (auto ok = tx.commit(); !ok) {
            return ok.error();
        }
        if (found == 0) {
            qCInfo(lcOutbox, "created outbox %s", qPrintable(m_path));
        } else if (found < SchemaVersion) {
            qCInfo(lcOutbox, "outbox %s upgraded from version %d to %d", qPrintable(m_path), found, SchemaVersion);
        }
    }

    // Which of the outbox's keys this process holds (a key rotation may register its new key here).
    auto keys = OutboxKeys::bind(db, *m_ring, m_path);
    if (!keys) {
        return keys.error();
    }
    m_keys = std::move(*keys);
    // A purge or discard cut short by a power loss (its delete committed, its checkpoint not done) left old page
    // images with its records in the database file or the WAL: the checkpoint finishes it before anything else.
    if (auto checkpointed = checkpoint(); !checkpointed) {
        return checkpointed.error();
    } else if (!*checkpointed) {
        qCWarning(lcOutbox, "WAL checkpoint incomplete at open (another connection is reading)");
    }
    return Done{};
}

Result<EnqueueReceipt> Outbox::enqueueJson(const QByteArray &json)
{
    QJsonObject request;
    auto meta = m_validator.inspectJson(json, &request);
    if (!meta) {
        return meta.error();
    }
    return enqueue(request);
}

Result<EnqueueReceipt> Outbox::enqueue(const QJsonObject &request)
{
    auto meta = m_validator.inspect(request);
    if (!meta) {
        qCWarning(lcOutbox, "refused a request: %s", qPrintable(meta.error().toLogString()));
        return meta.error();
    }
    SecretBytes plaintext(QJsonDocument(request).toJson(QJsonDocument::Compact));
    const QByteArray aad = associatedData(meta->requestId);
    auto record = m_keys.seal(plaintext.bytes(), aad);
    if (!record) {
        return record.error();
    }
    const QDateTime enqueuedAt = now();

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    // Never a record under a key a rotation retired (a process still running with the old key_file).
    if (auto sealable = m_keys.checkSealable(db); !sealable) {
        return sealable.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT payload, enqueued_at FROM requests WHERE request_id = ?"));
    q.addBindValue(meta->requestId);
    if (!q.exec()) {
        return ioError(QStringLiteral("lookup"), q);
    }
    if (q.next()) {
        // Idempotent: the same request again is acknowledged without a second row; a different document under the
        // same id is a conflict (an id is never reused).
        const QByteArray existing = q.value(0).toByteArray();
        const QDateTime existingAt = msToDateTime(q.value(1));
        q.finish();
        auto previous = m_keys.open(existing, aad);
        if (!previous) {
            return previous.error();
        }
        SecretBytes previousText(std::move(*previous));
        if (previousText.bytes() != plaintext.bytes()) {
            return BackofficeError::make(
                BackofficeErrorCode::RequestConflict,
                QStringLiteral("request %1 is queued with other content").arg(meta->requestId));
        }
        return EnqueueReceipt{meta->requestId, existingAt, true};
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO requests (request_id, kiosk_id, procedure_kind, procedure_id, created_at,"
                             " schema_version, enqueued_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(meta->requestId);
    q.addBindValue(meta->kioskId);
    q.addBindValue(meta->procedureKind);
    q.addBindValue(meta->procedureId);
    q.addBindValue(meta->createdAt);
    q.addBindValue(meta->schemaVersion);
    q.addBindValue(enqueuedAt.toMSecsSinceEpoch());
    q.addBindValue(*record);
    if (!q.exec()) {
        return ioError(QStringLiteral("insert"), q);
    }
    q.finish();
    if (auto ok = tx.commit(); !ok) {
        return ok.error();
    }
    qCDebug(lcOutbox, "queued request %s (%s)", qPrintable(meta->requestId), qPrintable(meta->procedureId));
    return EnqueueReceipt{meta->requestId, enqueuedAt, false};
}

Result<int> Outbox::nextReceiptSequence(const QDate &day)
{
    if (!day.isValid()) {
        return BackofficeError::make(BackofficeErrorCode::Internal, QStringLiteral("no day for a receipt number"));
    }
    const QString dayKey = day.toString(Qt::ISODate);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO receipt_counters (day, last) VALUES (?, 1)"
                             " ON CONFLICT (day) DO UPDATE SET last = last + 1"));
    q.addBindValue(dayKey);
    if (!q.exec()) {
        return ioError(QStringLiteral("receipt counter"), q);
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT last FROM receipt_counters WHERE day = ?"));
    q.addBindValue(dayKey);
    if (!q.exec() || !q.next()) {
        return ioError(QStringLiteral("receipt counter"), q);
    }
    const qint64 sequence = q.value(0).toLongLong();
    q.finish();
    if (sequence > forms::MaxReceiptSequence) {
        // Rolled back: the counter stays at the maximum, and no number is ever handed out twice.
        return BackofficeError::make(
            BackofficeErrorCode::OutboxIo,
            QStringLiteral("all %1 receipt numbers of %2 are used").arg(forms::MaxReceiptSequence).arg(dayKey));
    }
    // synchronous=FULL: once this returns the number is on disk, so a crash (kill -9, power loss) before the
    // request is enqueued leaves a gap, never a number handed out again.
    if (auto ok = tx.commit(); !ok) {
        return ok.error();
    }
    return int(sequence);
}

Result<std::vector<PendingRequest>> Outbox::nextBatch(int max)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    std::vector<PendingRequest> batch;
    QStringList tampered;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Only records under keys this process holds: during a key rotation a process with an older key ring
        // leaves the others waiting (for a process with the new key) instead of setting them aside as damaged.
        q.prepare(QStringLiteral("SELECT request_id, attempts, failures, payload FROM requests WHERE state = 'waiting'"
                                 " AND substr(payload, 2, 1) IN (%1) ORDER BY seq LIMIT ?")
                      .arg(m_keys.sqlIdList()));
        q.addBindValue(qMax(1, max));
        if (!q.exec()) {
            return ioError(QStringLiteral("select batch"), q);
        }
        while (q.next()) {
            const QString id = q.value(0).toString();
            auto plain = m_keys.open(q.value(3).toByteArray(), associatedData(id));
            if (!plain) {
                tampered.append(id);
                continue;
            }
            PendingRequest r;
            r.requestId = id;
            r.attempts = q.value(1).toInt();
            r.failures = q.value(2).toInt();
            r.json = SecretBytes(std::move(*plain));
            batch.push_back(std::move(r));
        }
    }
    for (const QString &id : std::as_const(tampered)) {
        qCCritical(lcOutbox, "request %s failed authentication: set aside, not delivered", qPrintable(id));
        if (auto ok = reject(id, BackofficeError::make(BackofficeErrorCode::Tampered,
                                                       QStringLiteral("payload failed authentication")));
            !ok) {
            return ok.error();
        }
    }
    return batch;
}

Result<int> Outbox::purge(const QStringList &requestIds)
{
    if (requestIds.isEmpty()) {
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int deleted = 0;
    {
        WriteTransaction tx(db);
        if (auto ok = tx.begin(); !ok) {
            return ok.error();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM requests WHERE request_id = ?"));
        for (const QString &id : requestIds) {
            q.bindValue(0, id);
            if (!q.exec()) {
                return ioError(QStringLiteral("delete"), q);
            }
            deleted += q.numRowsAffected();
        }
        q.finish();
        if (auto ok = tx.commit(); !ok) {
            return ok.error();
        }
    }
    // secure_delete zeroed the rows in the pages written to the WAL; the checkpoint writes those pages back and
    // truncates the WAL, so the frames that held the records are gone from the files too.
    auto checkpointed = checkpoint();
    if (!checkpointed) {
        return checkpointed.error();
    }
    if (!*checkpointed) {
        qCWarning(lcOutbox, "WAL checkpoint incomplete after purge (a reader is active); retried at the next purge");
    }
    return deleted;
}

Result<bool> Outbox::checkpoint()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
        return ioError(QStringLiteral("checkpoint"), q);
    }
    // (busy, log frames, checkpointed frames): busy = 1 when a reader kept the checkpoint from finishing.
    return q.value(0).toInt() == 0;
}

Result<Done> Outbox::recordFailure(const QStringList &requestIds, const BackofficeError &error)
{
    if (requestIds.isEmpty()) {
        return Done{};
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE requests SET attempts = attempts + 1, failures = failures + ?,"
                             " last_attempt_at = ?, last_error = ? WHERE request_id = ?"));
    const qint64 at = now().toMSecsSinceEpoch();
    for (const QString &id : requestIds) {
        q.bindValue(0, error.isConnectionProblem() ? 0 : 1);
        q.bindValue(1, at);
        q.bindValue(2, error.toLogString());
        q.bindValue(3, id);
        if (!q.exec()) {
            return ioError(QStringLiteral("record failure"), q);
        }
    }
    q.finish();
    return tx.commit();
}

Result<Done> Outbox::reject(const QString &requestId, const BackofficeError &error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE requests SET state = 'rejected', attempts = attempts + 1, last_attempt_at = ?,"
                             " last_error = ? WHERE request_id = ?"));
    q.addBindValue(now().toMSecsSinceEpoch());
    q.addBindValue(error.toLogString());
    q.addBindValue(requestId);
    if (!q.exec()) {
        return ioError(QStringLiteral("reject"), q);
    }
    q.finish();
    qCWarning(lcOutbox, "request %s set aside: %s", qPrintable(requestId), qPrintable(error.toLogString()));
    return tx.commit();
}

Result<int> Outbox::requeueRejected()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE requests SET state = 'waiting', failures = 0 WHERE state = 'rejected'"))) {
        return ioError(QStringLiteral("requeue"), q);
    }
    const int n = q.numRowsAffected();
    q.finish();
    if (auto ok = tx.commit(); !ok) {
        return ok.error();
    }
    return n;
}

Result<std::vector<SetAsideRequest>> Outbox::setAside() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT request_id, procedure_id, enqueued_at, attempts, last_error FROM requests"
                               " WHERE state = 'rejected' ORDER BY seq"))) {
        return ioError(QStringLiteral("set aside"), q);
    }
    std::vector<SetAsideRequest> out;
    while (q.next()) {
        out.push_back(SetAsideRequest{q.value(0).toString(), q.value(1).toString(), msToDateTime(q.value(2)),
                                      q.value(3).toInt(), q.value(4).toString()});
    }
    return out;
}

Result<Done> Outbox::retry(const QString &requestId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE requests SET state = 'waiting', failures = 0 WHERE request_id = ? AND state = 'rejected'"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        return ioError(QStringLiteral("retry"), q);
    }
    if (q.numRowsAffected() != 1) {
        return BackofficeError::make(BackofficeErrorCode::NotFound,
                                     QStringLiteral("request %1 is not set aside").arg(requestId));
    }
    q.finish();
    if (auto ok = tx.commit(); !ok) {
        return ok.error();
    }
    qCInfo(lcOutbox, "request %s back in the queue", qPrintable(requestId));
    return Done{};
}

Result<Done> Outbox::discard(const QString &requestId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return BackofficeError::make(BackofficeErrorCode::Config, QStringLiteral("a reason is required"),
                                     QStringLiteral("--reason"));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    {
        WriteTransaction tx(db);
        if (auto ok = tx.begin(); !ok) {
            return ok.error();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO discarded (request_id, procedure_id, enqueued_at, discarded_at, reason,"
                                 " last_error) SELECT request_id, procedure_id, enqueued_at, ?, ?, last_error"
                                 " FROM requests WHERE request_id = ? AND state = 'rejected'"));
        q.addBindValue(now().toMSecsSinceEpoch());
        q.addBindValue(reason.trimmed());
        q.addBindValue(requestId);
        if (!q.exec()) {
            return ioError(QStringLiteral("discard"), q);
        }
        if (q.numRowsAffected() != 1) {
            return BackofficeError::make(BackofficeErrorCode::NotFound,
                                         QStringLiteral("request %1 is not set aside").arg(requestId));
        }
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM requests WHERE request_id = ?"));
        q.addBindValue(requestId);
        if (!q.exec()) {
            return ioError(QStringLiteral("discard"), q);
        }
        q.finish();
        if (auto ok = tx.commit(); !ok) {
            return ok.error();
        }
    }
    qCWarning(lcOutbox, "request %s discarded by IT staff", qPrintable(requestId));
    // As after a delivery: the WAL frames that held the record go too.
    if (auto checkpointed = checkpoint(); !checkpointed) {
        return checkpointed.error();
    }
    return Done{};
}

Result<QueueCounts> Outbox::counts() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(state = 'waiting'), 0), coalesce(sum(state = 'rejected'), 0),"
                               " min(CASE WHEN state = 'waiting' THEN enqueued_at END) FROM requests")) ||
        !q.next()) {
        return ioError(QStringLiteral("counts"), q);
    }
    QueueCounts c;
    c.waiting = q.value(0).toInt();
    c.rejected = q.value(1).toInt();
    c.oldestWaitingSince = msToDateTime(q.value(2));
    return c;
}

Result<Done> Outbox::saveSyncRecord(const SyncRecord &record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    if (auto ok = tx.begin(); !ok) {
        return ok.error();
    }
    QSqlQuery q(db);
    // coalesce: an empty text binds as NULL through Qt's driver, and meta.value is NOT NULL.
    q.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, coalesce(?, ''))"
                             " ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    const QList<QPair<QString, QVariant>> values = {
        {QStringLiteral("sync.last_attempt_at"),
         record.lastAttemptAt.isValid() ? QVariant(record.lastAttemptAt.toMSecsSinceEpoch()) : QVariant(0)},
        {QStringLiteral("sync.last_delivery_at"),
         record.lastDeliveryAt.isValid() ? QVariant(record.lastDeliveryAt.toMSecsSinceEpoch()) : QVariant(0)},
        {QStringLiteral("sync.last_attempt_ok"), record.lastAttemptOk ? 1 : 0},
        {QStringLiteral("sync.last_error_code"), record.lastErrorCode},
        {QStringLiteral("sync.last_error_detail"), record.lastErrorDetail},
    };
    for (const auto &[name, value] : values) {
        q.bindValue(0, name);
        q.bindValue(1, value);
        if (!q.exec()) {
            return ioError(QStringLiteral("sync record"), q);
        }
    }
    q.finish();
    return tx.commit();
}

Result<SyncRecord> Outbox::syncRecord() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, value FROM meta WHERE name LIKE 'sync.%'"))) {
        return ioError(QStringLiteral("sync record"), q);
    }
    SyncRecord r;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QVariant v = q.value(1);
        if (name == QLatin1String("sync.last_attempt_at") && v.toLongLong() > 0) {
            r.lastAttemptAt = msToDateTime(v);
        } else if (name == QLatin1String("sync.last_delivery_at") && v.toLongLong() > 0) {
            r.lastDeliveryAt = msToDateTime(v);
        } else if (name == QLatin1String("sync.last_attempt_ok")) {
            r.lastAttemptOk = v.toInt() != 0;
        } else if (name == QLatin1String("sync.last_error_code")) {
            r.lastErrorCode = v.toString();
        } else if (name == QLatin1String("sync.last_error_detail")) {
            r.lastErrorDetail = v.toString();
        }
    }
    return r;
}

Result<QByteArray> Outbox::payload(const QString &requestId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT payload FROM requests WHERE request_id = ?"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        return ioError(QStringLiteral("payload"), q);
    }
    if (!q.next()) {
        return BackofficeError::make(BackofficeErrorCode::NotFound,
                                     QStringLiteral("request %1 is not queued").arg(requestId));
    }
    return m_keys.open(q.value(0).toByteArray(), associatedData(requestId));
}

Result<QString> Outbox::integrityCheck() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        return sqlError(BackofficeErrorCode::OutboxCorrupt, QStringLiteral("integrity_check"), q.lastError());
    }
    return q.value(0).toString();
}

} // namespace kakanai::backoffice
