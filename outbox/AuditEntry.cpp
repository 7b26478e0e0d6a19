#include "outbox/AuditEntry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>

namespace kakanai::backoffice {

namespace {

constexpr const char *CanonicalTag = "kakanai-audit/1";

struct ActionName
{
    AuditAction action;
    const char *name;
};

constexpr std::array<ActionName, 14> ActionNames{{
    {AuditAction::StaffSignIn, "staff_sign_in"},
    {AuditAction::StaffSignInFailed, "staff_sign_in_failed"},
    {AuditAction::Confirmation, "confirmation"},
    {AuditAction::SentBack, "sent_back"},
    {AuditAction::Correction, "correction"},
    {AuditAction::CodeBRead, "code_b_read"},
    {AuditAction::Print, "print"},
    {AuditAction::Reprint, "reprint"},
    {AuditAction::HeldPrintReleased, "held_print_released"},
    {AuditAction::KioskClosed, "kiosk_closed"},
    {AuditAction::RequestDiscarded, "request_discarded"},
    {AuditAction::RequestOpened, "request_opened"},
    {AuditAction::StatusChanged, "status_changed"},
    {AuditAction::Export, "export"},
}};

bool isHash(const QString &h)
{
    return h.size() == 64 && std::all_of(h.cbegin(), h.cend(),
                                         [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

QString auditActionName(AuditAction action)
{
    for (const ActionName &a : ActionNames) {
        if (a.action == action) {
            return QLatin1String(a.name);
        }
    }
    return {};
}

std::optional<AuditAction> auditActionFromName(const QString &name)
{
    for (const ActionName &a : ActionNames) {
        if (name == QLatin1String(a.name)) {
            return a.action;
        }
    }
    return std::nullopt;
}

QString AuditEntry::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditEntry::sourceKindName(SourceKind kind)
{
    return kind == SourceKind::Kiosk ? QStringLiteral("kiosk") : QStringLiteral("workstation");
}

std::optional<AuditEntry::SourceKind> AuditEntry::sourceKindFromName(const QString &name)
{
    if (name == QLatin1String("kiosk")) {
        return SourceKind::Kiosk;
    }
    if (name == QLatin1String("workstation")) {
        return SourceKind::Workstation;
    }
    return std::nullopt;
}

QString AuditEntry::timeText(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QByteArray AuditEntry::canonicalText() const
{
    QJsonArray detailArray;
    for (const QString &d : detail) {
        detailArray.append(d);
    }
    const QJsonArray a{QLatin1String(CanonicalTag),
                       sourceKindName(sourceKind),
                       sourceId,
                       seq,
                       timeText(at),
                       staffId,
                       action,
                       requestId,
                       detailArray,
                       prevHash};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalText(), QCryptographicHash::Sha256).toHex());
}

AuditEntry AuditEntry::next(const AuditEntry *previous, SourceKind kind, const QString &sourceId, const QDateTime &at,
                            const QString &staffId, AuditAction action, const QString &requestId,
                            const QStringList &detail)
{
    AuditEntry e;
    e.sourceKind = kind;
    e.sourceId = sourceId;
    e.seq = previous ? previous->seq + 1 : 1;
    // Whole milliseconds in UTC: what the canonical text and the intake's timestamptz both hold exactly.
    e.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.staffId = staffId;
    e.action = auditActionName(action);
    e.requestId = requestId;
    e.detail = detail;
    e.prevHash = previous ? previous->hash : genesisHash();
    e.hash = e.computeHash();
    return e;
}

std::optional<AuditEntry> AuditEntry::fromCanonicalText(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return std::nullopt;
    }
    const QJsonArray a = doc.array();
    if (a.size() != 10 || a.at(0).toString() != QLatin1String(CanonicalTag) || !a.at(3).isDouble() ||
        !a.at(8).isArray()) {
        return std::nullopt;
    }
    AuditEntry e;
    const auto kind = sourceKindFromName(a.at(1).toString());
    if (!kind) {
        return std::nullopt;
    }
    e.sourceKind = *kind;
    e.sourceId = a.at(2).toString();
    e.seq = a.at(3).toInteger();
    e.at = QDateTime::fromString(a.at(4).toString(), Qt::ISODateWithMs).toUTC();
    e.staffId = a.at(5).toString();
    e.action = a.at(6).toString();
    e.requestId = a.at(7).toString();
    for (const QJsonValue &d : a.at(8).toArray()) {
        if (!d.isString()) {
            return std::nullopt;
        }
        e.detail.append(d.toString());
    }
    e.prevHash = a.at(9).toString();
    if (!e.at.isValid() || e.seq < 1 || !isHash(e.prevHash) || !auditActionFromName(e.action)) {
        return std::nullopt;
    }
    e.hash = e.computeHash();
    // One spelling only: the text must be exactly what canonicalText() writes.
    if (e.canonicalText() != text) {
        return std::nullopt;
    }
    return e;
}

AuditChainReport verifyAuditChains(QList<AuditEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const AuditEntry &a, const AuditEntry &b) {
        if (a.sourceKind != b.sourceKind) {
            return a.sourceKind < b.sourceKind;
        }
        if (a.sourceId != b.sourceId) {
            return a.sourceId < b.sourceId;
        }
        return a.seq < b.seq;
    });
    AuditChainReport report;
    const AuditEntry *previous = nullptr;
    bool broken = false;
    for (const AuditEntry &e : std::as_const(entries)) {
        const bool newChain = !previous || previous->sourceKind != e.sourceKind || previous->sourceId != e.sourceId;
        if (newChain) {
            report.chains.append({e.sourceKind, e.sourceId, 0, QString()});
            broken = false;
        }
        AuditChainReport::Chain &chain = report.chains.last();
        ++chain.entries;
        chain.headHash = e.hash;
        if (!broken) {
            QString reason;
            if (e.computeHash() != e.hash) {
                reason = QStringLiteral("hash");
            } else if (newChain && e.seq != 1) {
                reason = QStringLiteral("first");
            } else if (!newChain && e.seq != previous->seq + 1) {
                reason = QStringLiteral("gap");
            } else if (e.prevHash != (newChain ? AuditEntry::genesisHash() : previous->hash)) {
                reason = QStringLiteral("prev_hash");
            }
            if (!reason.isEmpty()) {
                report.breaks.append({e.sourceKind, e.sourceId, e.seq, reason});
                broken = true;
            }
        }
        previous = &e;
    }
    return report;
}

} // namespace kakanai::backoffice
