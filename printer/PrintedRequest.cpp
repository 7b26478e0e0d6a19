#include "printer/PrintedRequest.h"

namespace kakanai::printer {

Result<PrintedRequest> PrintedRequest::read(const QJsonObject &json, const forms::FormCatalog &catalog,
                                            const QString &municipality)
{
    auto stored = forms::readRequest(json, catalog);
    if (!stored) {
        const forms::FormsError &e = stored.error();
        return e.code == forms::FormsErrorCode::UnknownForm
                   ? PrintError::make(PrintErrorCode::UnknownForm, e.detail, e.field)
                   : PrintError::make(PrintErrorCode::InvalidRequest, e.detail, e.field);
    }
    PrintedRequest out{std::move(*stored), {}};
    out.context = out.request.context(municipality);
    return out;
}

QrPayload PrintedRequest::qrPayload(const QString &formId) const
{
    QrPayload p;
    p.requestId = request.requestId;
    p.kioskId = request.kioskId;
    p.procedureKind = request.procedureKind;
    p.procedureId = request.procedureId;
    QDateTime utc = request.createdAt.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    p.created = utc;
    p.formId = formId;
    return p;
}

bool PrintedRequest::applies(const forms::FieldDefinition &field, const forms::EvalScope &scope)
{
    return !field.appliesWhen || !field.appliesWhen->evaluate(scope).isFalse();
}

QList<forms::LayoutSignature> PrintedRequest::signatures(const forms::StoredForm &form) const
{
    QList<forms::LayoutSignature> out;
    const forms::FormScope scope(form.instance, context);
    for (const forms::LayoutSignature &s : form.instance.definition().layout.signatures) {
        if (!s.when || s.when->evaluate(scope).isTrue()) {
            out.append(s);
        }
    }
    return out;
}

} // namespace kakanai::printer
