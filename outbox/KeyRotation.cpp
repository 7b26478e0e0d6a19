#include "outbox/KeyRotation.h"

#include "outbox/Aead.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/Outbox.h"
#include "outbox/WriteTransaction.h"

#include "common/Wipe.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace kakanai::backoffice {

namespace {

struct Unresealable
{
    QString requestId;
    int keyId = 0;
    BackofficeError error;
};

} // namespace

Result<QMap<int, int>> KeyRotation::recordsPerKey(const Outbox &outbox)
{
    QSqlQuery q(QSqlDatabase::database(outbox.m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT hex(substr(payload, 2, 1)), count(*) FROM requests GROUP BY 1"))) {
        return ioError(QStringLiteral("records per key"), q);
    }
    QMap<int, int> out;
    while (q.next()) {
        bool ok = false;
        const int id = q.value(0).toString().toInt(&ok, 16);
        out.insert(ok ? id : 0, q.value(1).toInt());
    }
    return out;
}

Result<RotationReport> KeyRotation::run(Outbox &outbox, const Options &options)
{
    const QSqlDatabase db = QSqlDatabase::database(outbox.m_connection, false);
    const OutboxKeys &keys = outbox.m_keys;
    const QString current = OutboxKeys::sqlId(keys.sealId());
    RotationReport report;
    report.currentKey = keys.sealId();

    auto finish = [&](bool complete) -> Result<RotationReport> {
        auto records = recordsPerKey(outbox);
        if (!records) {
            return records.error();
        }
        report.records = *records;
        report.complete = complete;
        return report;
    };

    // Each pass walks the records by seq, one write transaction per batch. A record a process still running with
    // the old key queues meanwhile gets a higher seq, so the pass meets it too; the transaction that finds nothing
    // left to re-encrypt is the one that retires the old keys, so no record can slip in between.
    QList<Unresealable> unresealable;
    bool retiredNow = false;
    int auditWaiting = 0; // undelivered audit entries under an old key: they cannot be re-sealed (append-only)
    for (int pass = 0; pass < 1000 && !retiredNow && unresealable.isEmpty() && auditWaiting == 0; ++pass) {
        qint64 afterSeq = 0;
        for (;;) {
            WriteTransaction tx(db);
            if (auto ok = tx.begin(); !ok) {
                return ok.error();
            }
            if (auto sealable = keys.checkSealable(db); !sealable) {
                return sealable.error();
            }
            QSqlQuery select(db);
            select.setForwardOnly(true);
            select.prepare(QStringLiteral("SELECT seq, request_id, payload FROM requests WHERE seq > ?"
                                          " AND substr(payload, 2, 1) <> %1 ORDER BY seq LIMIT ?")
                               .arg(current));
            select.addBindValue(afterSeq);
            select.addBindValue(qMax(1, options.batchSize));
            if (!select.exec()) {
                return ioError(QStringLiteral("select for rotation"), select);
            }
            struct Row
            {
                qint64 seq;
                QString requestId;
                QByteArray record;
            };
            std::vector<Row> rows;
            while (select.next()) {
                rows.push_back(
                    Row{select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toByteArray()});
            }
            select.finish();

            if (rows.empty()) {
                if (!unresealable.isEmpty()) {
                    break; // nothing is retired while a record needs an old key
                }
                // Under the same write lock as the empty batch: is any record left under an old key (one queued
                // behind the walk, at a seq freed by a purge)? Then another pass; else retire every other key.
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM requests WHERE substr(payload, 2, 1) <> %1")
                                .arg(current)) ||
                    !q.next()) {
                    return ioError(QStringLiteral("rotation check"), q);
                }
                const int left = q.value(0).toInt();
                q.finish();
                if (left > 0) {
                    break;
                }
                // The audit trail's entries are append-only (AuditLog.h): one under an old key is never re-sealed,
                // so the key stays until the entry has been delivered to the intake (a delivered entry is no longer
                // read here: its hash is kept in clear for the chain).
                if (!q.exec(
                        QStringLiteral("SELECT count(*) FROM audit WHERE delivered = 0 AND substr(entry, 2, 1) <> %1")
                            .arg(current)) ||
                    !q.next()) {
                    return ioError(QStringLiteral("rotation check (audit)"), q);
                }
                auditWaiting = q.value(0).toInt();
                q.finish();
                if (auditWaiting > 0) {
                    break;
                }
                auto reg = OutboxKeys::readRegister(db);
                if (!reg) {
                    return reg.error();
                }
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                for (const auto &[id, check] : reg->checks) {
                    if (id != keys.sealId() && !reg->retired.contains(id)) {
                        if (auto ok = OutboxKeys::markRetired(db, id, now); !ok) {
                            return ok.error();
                        }
                        report.retired.append(id);
                    }
                }
                if (auto ok = tx.commit(); !ok) {
                    return ok.error();
                }
                retiredNow = true;
                break;
            }

            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE requests SET payload = ? WHERE seq = ?"));
            int resealed = 0;
            for (const Row &row : rows) {
                afterSeq = row.seq;
                const QByteArray aad = Outbox::associatedData(row.requestId);
                auto plain = keys.open(row.record, aad);
                if (!plain) {
                    unresealable.append(Unresealable{row.requestId, aead::recordKeyId(row.record), plain.error()});
                    continue;
                }
                SecretBytes plaintext(std::move(*plain));
                auto sealed = keys.seal(plaintext.bytes(), aad);
                if (!sealed) {
                    return sealed.error();
                }
                update.bindValue(0, *sealed);
                update.bindValue(1, row.seq);
                if (!update.exec()) {
                    return ioError(QStringLiteral("re-encrypt"), update);
                }
                ++resealed;
            }
            update.finish();
            if (resealed == 0) {
                continue; // nothing written: the transaction rolls back
            }
            if (auto ok = tx.commit(); !ok) {
                return ok.error();
            }
            report.resealed += resealed;
            ++report.batches;
            if (options.afterBatch) {
                options.afterBatch(report.resealed);
            }
            if (options.maxBatches > 0 && report.batches >= options.maxBatches) {
                return finish(false);
            }
        }
    }

    if (!unresealable.isEmpty()) {
        // Nothing is retired: the records re-encrypted so far stay so, and the next run goes on from here.
        for (const Unresealable &u : std::as_const(unresealable)) {
            qCWarning(lcOutbox, "request %s (key %d) not re-encrypted: %s", qPrintable(u.requestId), u.keyId,
                      qPrintable(u.error.toLogString()));
        }
        const Unresealable &first = unresealable.first();
        if (first.error.code == BackofficeErrorCode::KeyMissing) {
            return BackofficeError::make(BackofficeErrorCode::KeyMissing,
                                         QStringLiteral("%1 record(s) are sealed under a key in neither key_file nor "
                                                        "previous_key_files (first: request %2, key %3): add its file "
                                                        "to previous_key_files and run rotate-key again")
                                             .arg(unresealable.size())
                                             .arg(first.requestId)
                                             .arg(first.keyId),
                                         QStringLiteral("outbox/previous_key_files"));
        }
        return BackofficeError::make(BackofficeErrorCode::Tampered,
                                     QStringLiteral("%1 record(s) fail authentication (first: request %2, key %3): "
                                                    "discard them (kakanai-outbox discard ID --reason TEXT) and run "
                                                    "rotate-key again")
                                         .arg(unresealable.size())
                                         .arg(first.requestId)
                                         .arg(first.keyId));
    }
    if (!retiredNow && auditWaiting > 0) {
        return BackofficeError::make(BackofficeErrorCode::OutboxIo,
                                     QStringLiteral("every request is re-encrypted, but %1 audit entr%2 under an old "
                                                    "key wait%3 for delivery (audit entries are never rewritten): "
                                                    "deliver them (kakanai-outbox sync --once, or the kiosk when "
                                                    "online), then run rotate-key again")
                                         .arg(auditWaiting)
                                         .arg(auditWaiting == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                                         .arg(auditWaiting == 1 ? QStringLiteral("s") : QString()));
    }
    if (!retiredNow) {
        return BackofficeError::make(BackofficeErrorCode::OutboxIo,
                                     QStringLiteral("records under an old key kept arriving: stop the process that "
                                                    "still runs with the old key_file, then run rotate-key again"));
    }
    for (quint8 id : std::as_const(report.retired)) {
        qCInfo(lcOutbox, "key %d of %s retired: no record uses it", id, qPrintable(outbox.path()));
    }
    // secure_delete zeroed the old records in the pages the batches wrote to the WAL; the checkpoint writes those
    // pages back and empties the WAL, so no record under a retired key is left in any file. (Run again, it finds
    // nothing to re-encrypt or retire and only checkpoints: a run cut short here is finished that way, and opening
    // the outbox checkpoints too.)
    for (int tries = 0;; ++tries) {
        auto checkpointed = outbox.checkpoint();
        if (!checkpointed) {
            return checkpointed.error();
        }
        if (*checkpointed) {
            break;
        }
        if (tries == 50) {
            return BackofficeError::make(BackofficeErrorCode::OutboxIo,
                                         QStringLiteral("the WAL checkpoint did not finish (another connection kept "
                                                        "reading): run rotate-key again"));
        }
        QThread::msleep(100);
    }
    return finish(true);
}

} // namespace kakanai::backoffice
