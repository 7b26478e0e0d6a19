#pragma once

#include "forms/FormCatalog.h"
#include "forms/FormInstance.h"
#include "forms/FormsError.h"
#include "forms/LifeEvents.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// The Request: one self-contained, versioned JSON document per form or per life event (holding several forms),
// which the outbox queues and the back office imports. Its JSON Schema is resources/schema/request.schema.json;
// RequestSchemaVersion changes with it.
namespace kakanai::forms {

inline constexpr int RequestSchemaVersion = 1;

// A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Time-ordered, so the outbox
// and the intake table index it well; it is also the idempotency key of delivery. `random` returns 64 random bits
// per call (QRandomGenerator::system() by default; tests inject a fixed source).
QString uuidV7(qint64 unixMillis, const std::function<quint64()> &random = {});

struct RequestOptions
{
    // The request id, a UUIDv7 the caller made with uuidV7() (so that it can name the request before it is built);
    // empty: buildRequest makes one from createdAt and `random`.
    QString requestId;
    // The 受付番号 the outbox allocated ("A-007", see ReceiptNumber.h), written as "receipt_number"; empty: left out.
    QString receiptNumber;
    QString kioskId;
    QDateTime createdAt;   // with its UTC offset; the kiosk's local time
    QString lifeEvent;     // the life event id when the request holds that event's forms
    QString cardIntegrity; // "verified", "not_verifiable", "failed" (from the card read); empty when no card
    // The resident's answers to the life event's questions (each question asked: yes or no), written as
    // "navigator_answers" so that the guidance slip, also when reprinted from the inbox, decides from them.
    NavigatorAnswers navigatorAnswers;
    // The staff member signed in for this request who confirmed it at the counter (a staff id, not a name), written
    // as "staff_id"; empty: left out (self-service).
    QString staffId;
    std::function<quint64()> random;
};

struct RequestForm
{
    const FormInstance *instance = nullptr;
    QList<ValidationIssue> warnings; // issues of severity warning, carried for the back office
};

// Builds the request. Values of fields that do not apply (applies_when false) are left out; the individual number
// appears only in fields of type individual_number of forms whose definition asks for it, and nowhere else.
QJsonObject buildRequest(const QList<RequestForm> &forms, const FormContext &context, const RequestOptions &options);

// The header of a stored Request: everything but the forms, checked.
struct RequestHeader
{
    int schemaVersion = RequestSchemaVersion;
    QString requestId;     // UUIDv7
    QString receiptNumber; // "A-007"; empty when the request carries none (requests queued before receipt numbers)
    QString kioskId;
    Mode mode = Mode::Counter;
    QString procedureKind; // "form" | "life_event"
    QString procedureId;
    QString municipalityCode;          // empty when the kiosk has none configured
    QString cardIntegrity;             // "verified", "not_verifiable", "failed"; empty when no card was read
    QDateTime createdAt;               // with the kiosk's UTC offset
    NavigatorAnswers navigatorAnswers; // the life event's questions the resident answered; empty when none
    QString staffId;                   // the staff member who confirmed it at the counter; empty when none
};

// One form of a stored Request, read back into a FormInstance: values with their provenance, card values,
// copies, and the individual number (as an IndividualNumber) where the request carries its digits.
struct StoredForm
{
    explicit StoredForm(std::shared_ptr<const FormDefinition> definition)
        : instance(std::move(definition))
    {}
    FormInstance instance;
    int formVersion = 0;             // the form_version the kiosk filled (may differ from the catalog's)
    std::optional<FormFee> fee;      // the fee the kiosk showed ("fee"); nullopt when the request has none
    QList<ValidationIssue> warnings; // the warnings the kiosk carried for the back office
};

struct StoredRequest : RequestHeader
{
    QList<StoredForm> forms;
    // "fee_total": what the cashier collects, the sum of the forms' fees; nullopt when the request has none.
    std::optional<qint64> feeTotal;

    // The context the kiosk evaluated the forms in, as far as the request tells it: today = the day of
    // created_at, the mode, the municipality code. `municipality` is the reader's configured municipality name
    // (the request carries only the code), for {"context": "municipality"} and in_municipality.
    FormContext context(const QString &municipality = {}) const;
};

// Where a value of a form sits in a Request, for readers that show it arranged as the kiosk sent it (the inbox,
// the export): the person it belongs to (people[]: role, and index for list people) and its key there, or a list
// field's item (values.<list>.items[item]), or a value of the form itself.
struct RequestPlace
{
    QString role;         // the person's role; empty for values of the form
    int personIndex = -1; // the index of a list person ("mover" 2), else -1
    QString list;         // a list field that is no person group ("children"), with the item index in `item`
    int item = -1;
    QString key; // the value's key in its person, item or form ("name")
};
RequestPlace requestPlace(const FormDefinition &definition, const QString &path);

// The value paths of a form in the order a Request lists them: the people in the definition's order (list people
// by index), then the form's own values by key (list items by index).
QStringList pathsInRequestOrder(const FormInstance &instance);

// Reads and checks the header of a stored Request (schema version, request id, kiosk id, created_at, mode,
// procedure, receipt number, municipality code, card). Errors: InvalidRequest, field = JSON pointer of the problem.
Result<RequestHeader> readRequestHeader(const QJsonObject &request);

// Reads a stored Request: the header (readRequestHeader) and every form, each checked against its definition in
// `catalog` (the form known, every value's path a field of it, every value {value, provenance}). Errors:
// InvalidRequest (field = JSON pointer), UnknownForm (field = the form id). readRequest(buildRequest(x)) gives back
// x's values and provenance (fields that did not apply and empty values are not in a request, so not read back).
Result<StoredRequest> readRequest(const QJsonObject &request, const FormCatalog &catalog);

} // namespace kakanai::forms
