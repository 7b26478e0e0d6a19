#pragma once

#include "printer/PrinterError.h"
#include "printer/QrPayload.h"

#include "forms/FormCatalog.h"
#include "forms/FormScope.h"
#include "forms/Request.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// A stored Request as the renderers see it: the forms library's StoredRequest (readRequest: the one reader of the
// Request format) and the context its conditions are evaluated in, plus what only paper needs (the QR payload).
// Conditions are evaluated through forms::FormScope, as on the kiosk's screens, so paper and screen decide alike.
namespace kakanai::printer {

struct PrintedRequest
{
    forms::StoredRequest request;
    forms::FormContext context; // today = the day of created_at, the request's mode, the configured municipality

    // Reads a request with forms::readRequest. Errors: InvalidRequest (field = JSON pointer), UnknownForm.
    // `municipality` is the kiosk's municipality for conditions that use it ({"context": "municipality"}).
    static Result<PrintedRequest> read(const QJsonObject &json, const forms::FormCatalog &catalog,
                                       const QString &municipality = {});

    // The QR payload of a page (formId empty on receipts and slips).
    QrPayload qrPayload(const QString &formId = {}) const;

    // False when the field's applies_when is definitely false in `scope` (it is then not printed at all).
    static bool applies(const forms::FieldDefinition &field, const forms::EvalScope &scope);
    // The signature boxes of the form's layout whose `when` is definitely true (or that have none).
    QList<forms::LayoutSignature> signatures(const forms::StoredForm &form) const;
};

} // namespace kakanai::printer
