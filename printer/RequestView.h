#pragma once

#include "PrinterError.h"
#include "QrPayload.h"

#include "Expression.h"
#include "FormCatalog.h"
#include "FormDefinition.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// A Request document (resources/schema/request.schema.json) read back for printing: each form's values under the
// field paths of its definition ("requester.name", "movers[1].birth_date"), with their provenance, and the
// definition's conditions evaluated on them (which fields apply, which signature boxes are wanted).
namespace kakanai::printer {

struct PrintedValue
{
    QJsonValue value;
    forms::Provenance provenance = forms::Provenance::Resident;
    std::optional<QJsonValue> cardValue; // the card's value when staff or the resident changed it
    bool cardValueReplaced = false;      // an individual number that replaced the card's (digits not carried)
};

class RequestFormView : public forms::EvalScope
{
public:
    RequestFormView(std::shared_ptr<const forms::FormDefinition> definition, QDate today, QString mode,
                    QString municipality);

    const forms::FormDefinition &definition() const { return *m_definition; }
    const PrintedValue *value(const QString &path) const;
    int index() const { return m_index; }
    int formVersion() const { return m_formVersion; }

    // False when the field's applies_when is definitely false for this request (it is then not printed at all).
    bool applies(const forms::FieldDefinition &field, const forms::EvalScope &scope) const;
    // The signature boxes of the layout whose `when` is definitely true (or that have none).
    QList<forms::LayoutSignature> signatures() const;

    // forms::EvalScope
    forms::EvalValue field(const QString &path) const override;
    bool present(const QString &path) const override;
    int itemCount(const QString &listPath) const override;
    std::unique_ptr<forms::EvalScope> item(const QString &listPath, int index) const override;
    QDate today() const override { return m_today; }
    QString context(const QString &key) const override;

private:
    friend struct RequestView;
    friend class RequestItemScope;
    forms::EvalValue evalValue(const QString &path) const;

    std::shared_ptr<const forms::FormDefinition> m_definition;
    QHash<QString, PrintedValue> m_values;
    QHash<QString, int> m_counts;
    QDate m_today;
    QString m_mode;
    QString m_municipality;
    int m_index = 0;
    int m_formVersion = 0;
};

struct RequestView
{
    QString requestId;
    QString kioskId;
    QString mode; // counter | self_service
    QString procedureKind;
    QString procedureId;
    QString municipalityCode;
    QDateTime createdAt; // with the kiosk's UTC offset
    QList<RequestFormView> forms;

    // Reads a request. Errors: InvalidRequest (field = JSON pointer of the first problem), UnknownForm.
    // `municipality` is the kiosk's municipality for conditions that use it ({"context": "municipality"}).
    static Result<RequestView> parse(const QJsonObject &request, const forms::FormCatalog &catalog,
                                     const QString &municipality = {});

    // The QR payload of a page (formId empty on receipts and slips).
    QrPayload qrPayload(const QString &formId = {}) const;
    // The receipt number staff call out: the last six hex digits of the request id's random part, "3F2-A91".
    // The QR code, not this number, is what finds the request.
    QString receiptNumber() const;
};

} // namespace kakanai::printer
