#pragma once

#include "outbox/AuditEntry.h"

#include <QString>
#include <QStringList>

namespace kakanai::kiosk {

// The narrow interface through which the kiosk records staff actions in its audit trail (issue 9 item 4;
// backoffice::AuditLog behind it in production, OutboxAuditSink). A call returns at once and never fails in the
// caller's eyes: writing is the sink's business, off the GUI thread. What is passed is ids and codes only —
// never a name, an address, a PIN, an individual number or a field's value:
//   staffId    who acted (the signed-in staff id; for a refused sign-in the id that was typed)
//   requestId  the request concerned, or empty
//   detail     codes: an outcome ("wrong_credentials"), a field ("juminhyo/name:card->staff"), a print status
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    virtual void record(backoffice::AuditAction action, const QString &staffId, const QString &requestId = {},
                        const QStringList &detail = {}) = 0;
};

// The detail code of a staff correction: which field of which form, from the card's value to staff's (never the
// values themselves). `path` is the field path ("name", "movers[0].address").
inline QString correctionDetail(const QString &formId, const QString &path)
{
    return formId + QLatin1Char('/') + path + QLatin1String(":card->staff");
}

} // namespace kakanai::kiosk
