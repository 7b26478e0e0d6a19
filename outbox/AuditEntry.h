#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai::backoffice {

// What a staff member did (issue 9 item 4, ref/reliability.md §5.3): at the kiosk, then (from RequestOpened on) in
// the inbox. The names are the intake's `action` values.
enum class AuditAction
{
    StaffSignIn,       // a staff member signed in (staff_id: who)
    StaffSignInFailed, // refused (staff_id: the id typed if it names an account; detail: wrong_credentials, …)
    Confirmation,      // staff confirmed a request (request_id)
    SentBack,          // staff sent a request back to the resident's review instead of confirming it
    Correction,        // staff changed a value (detail: "<form>/<field>:card->staff", never the values)
    CodeBRead,         // a card read with 照合番号B by staff
    Print,             // a request's paper printed (detail: printed, failed, not_printed)
    Reprint,           // printed again
    HeldPrintReleased, // a held print released by staff
    KioskClosed,       // the kiosk closed from the staff menu
    RequestDiscarded,  // `kakanai-outbox discard`: a set-aside request removed for good (request_id; detail: the
                       // error it was set aside for, never the reason's text)

    RequestOpened, // a request opened in the inbox (request_id)
    StatusChanged, // detail: the new status (and "reason" when a reason was given, never its text)
    Export,        // detail: the format and "count=N"
};

QString auditActionName(AuditAction action); // "staff_sign_in", …
std::optional<AuditAction> auditActionFromName(const QString &name);

// One entry of a hash chain. A chain belongs to one source (a kiosk, or an inbox workstation); its entries are
// numbered from 1 and each carries the SHA-256 of the one before (64 zeros for the first). The hash covers the
// canonical text below, so changing any column, removing or reordering entries breaks the chain at that point.
//
// Canonical text (UTF-8, what the hash covers): the compact JSON array
//   ["kakanai-audit/1", source_kind, source_id, seq, at, staff_id, action, request_id, [detail…], prev_hash]
// with `at` in UTC with milliseconds ("2026-12-03T13:00:00.123Z"), empty strings for no staff or no request.
// Entries hold ids and codes only: never a name, an address, a PIN or an individual number.
struct AuditEntry
{
    enum class SourceKind
    {
        Kiosk,
        Workstation,
    };

    SourceKind sourceKind = SourceKind::Kiosk;
    QString sourceId; // kiosk/id, or inbox/workstation_id
    qint64 seq = 0;   // 1, 2, … within the source's chain
    QDateTime at;     // UTC, whole milliseconds
    QString staffId;
    QString action; // auditActionName()
    QString requestId;
    QStringList detail;
    QString prevHash; // hex, lower case
    QString hash;     // hex, lower case: sha256(canonicalText())

    static QString genesisHash();                   // 64 zeros
    static QString sourceKindName(SourceKind kind); // "kiosk", "workstation"
    static std::optional<SourceKind> sourceKindFromName(const QString &name);
    static QString timeText(const QDateTime &at); // "2026-12-03T13:00:00.123Z"

    QByteArray canonicalText() const;
    QString computeHash() const;

    // The entry that follows `previous` (nullptr: the first of its chain), with seq, prevHash and hash set.
    static AuditEntry next(const AuditEntry *previous, SourceKind kind, const QString &sourceId, const QDateTime &at,
                           const QString &staffId, AuditAction action, const QString &requestId,
                           const QStringList &detail);

    // The canonical text back (the kiosk stores it encrypted); nullopt when it is not one.
    static std::optional<AuditEntry> fromCanonicalText(const QByteArray &text);

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// The outcome of recomputing chains.
struct AuditChainReport
{
    struct Chain
    {
        AuditEntry::SourceKind kind;
        QString sourceId;
        qint64 entries = 0;
        QString headHash;
    };
    struct Break
    {
        AuditEntry::SourceKind kind;
        QString sourceId;
        qint64 seq = 0; // the first entry that does not fit (for a missing entry: the one after the gap)
        QString reason; // "hash" (the entry was changed), "prev_hash" (an entry before it was changed or
                        // removed), "gap" (entries missing before it), "first" (the chain does not start at 1)
    };
    QList<Chain> chains;
    QList<Break> breaks; // at most one per chain: the first broken link
    bool ok() const { return breaks.isEmpty(); }
};

// Recomputes every chain of `entries` (any order and any mix of sources; sorted here by source and seq) and names
// the first broken link of each.
AuditChainReport verifyAuditChains(QList<AuditEntry> entries);

} // namespace kakanai::backoffice

Q_DECLARE_METATYPE(kakanai::backoffice::AuditEntry)
