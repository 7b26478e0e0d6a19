#pragma once

#include "outbox/AuditEntry.h"
#include "outbox/BackofficeError.h"

#include "common/Clock.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kakanai::backoffice {

class Outbox;

// The kiosk's audit trail (issue 9 item 4): an append-only, hash-chained log of staff actions in the encrypted
// outbox database (table `audit`, outbox schema version 4), under the same durability rules as the requests
// (WAL, synchronous=FULL: append() returns after COMMIT). Each entry's canonical text (AuditEntry) is stored as an
// AES-256-GCM record bound to its kiosk and sequence number; in the clear stay only the kiosk id, the sequence
// number, the hash and whether it was delivered. SQLite triggers refuse to change an entry or to delete one that
// was not delivered. AuditSync delivers the entries, in order, to the intake's `intake.audit`; delivered entries
// are deleted (secure_delete) except the last of each chain, which the next entry links to.
//
// Works on an Outbox's connection (one thread, like the Outbox itself).
class AuditLog
{
public:
    // `kioskId`: the chain new entries are appended to (kiosk/id). `clock`: the entries' time (system when null).
    // Entries are sealed with the outbox's current data key and opened with the key their record names (the
    // outbox's key ring, KeyRing.h): an entry is never rewritten, so a rotation retires its key only once the entry
    // has been delivered.
    AuditLog(Outbox &outbox, QString kioskId, Clock *clock = nullptr);

    // Appends the next entry of the kiosk's chain and commits. The entry holds ids and codes only.
    Result<AuditEntry> append(const QString &staffId, AuditAction action, const QString &requestId = {},
                              const QStringList &detail = {});

    // Undelivered entries, oldest first (at most `max`), decrypted and checked against their stored hash.
    Result<QList<AuditEntry>> pending(int max) const;
    Result<int> pendingCount() const;
    // Delivery confirmed up to and including these entries: they are marked delivered and all delivered entries
    // but the last of each chain are deleted.
    Result<int> markDelivered(const QList<AuditEntry> &entries);
    // The last entry of the kiosk's chain (nullopt: none yet).
    Result<std::optional<AuditEntry>> head() const;

    // The outbox migration to schema version 4 (Outbox::initialise, inside its write transaction).
    static QStringList schemaStatements();
    static QByteArray associatedData(const QString &kioskId, qint64 seq);

private:
    Result<AuditEntry> decrypt(const QByteArray &record, const QString &sourceId, qint64 seq,
                               const QString &hash) const;

    Outbox &m_outbox;
    QString m_kioskId;
    Clock *m_clock;
};

} // namespace kakanai::backoffice
