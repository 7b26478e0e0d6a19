#pragma once

#include "forms/Expression.h"
#include "forms/Fees.h"
#include "forms/FormsError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// A form definition: the data in resources/forms/<id>.json, checked and compiled. The format is described in
// resources/forms/README.md; every key is checked (unknown keys are errors, so that a typo in a city's form is
// caught at start-up rather than silently ignored).
namespace kakanai::forms {

// Text in several languages; "ja" is always present.
struct LocalisedText
{
    QMap<QString, QString> byLanguage;

    QString text(const QString &language) const
    {
        const auto it = byLanguage.find(language);
        return it != byLanguage.end() ? *it : byLanguage.value(QStringLiteral("ja"));
    }
    QString ja() const { return byLanguage.value(QStringLiteral("ja")); }
    QString en() const { return byLanguage.value(QStringLiteral("en")); }
};

enum class FieldType
{
    Text,
    Date,
    Choice,
    MultiChoice,
    Boolean,
    Integer,
    PostalCode,
    IndividualNumber,
    List,
};

QString fieldTypeName(FieldType type);

// Where a value came from. The printout marks card values; the request carries the provenance of each value.
enum class Provenance
{
    Card,     // read from the My Number card
    Staff,    // keyed in or changed by counter staff
    Resident, // answered by the resident on the touchscreen
    Derived,  // computed by a rule of the form (income year, delivery method, today's date)
    PreEntry, // answered by the resident at home on the pre-entry page, brought as a QR code (preentry/)
};

QString provenanceName(Provenance p);
std::optional<Provenance> provenanceFromName(const QString &name);

// Which kiosk modes show a field.
enum class Mode
{
    Counter = 1,
    SelfService = 2,
};

QString modeName(Mode mode);

// The ResidentRecord attribute that pre-fills a field.
enum class CardAttribute
{
    None,
    Name,
    FamilyName,
    GivenName,
    Address,
    BirthDate,
    Sex,
    IndividualNumber,
};

struct ChoiceOption
{
    QString value;
    LocalisedText label;
};

struct FieldDefinition
{
    QString id; // dotted id ("requester.name"); inside a list, the item's local id ("name")
    FieldType type = FieldType::Text;
    LocalisedText label;
    LocalisedText help;
    CardAttribute prefill = CardAttribute::None;
    bool required = false;
    ExprPtr requiredWhen; // required when true (in addition to `required`)
    ExprPtr appliesWhen;  // the field exists only when true; otherwise its value is ignored and not queued
    bool input = true;    // false: set only by a derivation
    int modes = int(Mode::Counter) | int(Mode::SelfService);
    QList<ChoiceOption> options;
    std::optional<qint64> minimum;
    std::optional<qint64> maximum;
    int maxLength = 0;                              // text: in characters (code points), 0 = no limit
    QRegularExpression pattern;                     // text: matched against the width-folded value
    QJsonValue defaultValue{QJsonValue::Undefined}; // set with provenance "derived" when nothing gives a value
    QList<FieldDefinition> itemFields;              // list: the fields of one item
    int minItems = 0;
    int maxItems = 0; // 0 = no limit

    bool shownIn(Mode mode) const { return (modes & int(mode)) != 0; }
    const ChoiceOption *option(const QString &value) const;
};

enum class Severity
{
    Error,   // blocks the request
    Warning, // shown to staff and carried in the request (a late notification is still accepted)
};

// A validation rule: where `when` holds (or always), `check` must not be false.
struct RuleDefinition
{
    QString id;
    QString each; // a list field: evaluated once per item, errors name "movers[1].birth_date"
    ExprPtr when;
    ExprPtr check;
    QString field;   // the field the issue is attached to
    QString code;    // stable error code ("special_transfer_window_lapsed")
    QString message; // message code the UI translates
    Severity severity = Severity::Error;
    QString law; // the legal basis, for staff and auditors
};

// A derived value: sets `field` from `value` (provenance derived) or copies it from `copy` (keeping the source's
// provenance). A field id or copy source ending in "." copies every field with that prefix.
struct DerivationDefinition
{
    QString field;
    QString each;
    ExprPtr when;
    ExprPtr value;
    ExprPtr otherwise; // value when `when` is definitely false
    QString copy;
    bool override = false; // replace an answered value (always so for fields with input=false)
};

// How the request groups fields into people (住民基本台帳法 第12条: requester, person at the counter, subject;
// movers of a 異動届).
struct PersonGroup
{
    QString role;   // "requester", "counter_person", "subject", "mover"
    QString prefix; // "requester." for a group of fields
    QString list;   // "movers" for a list of people
};

struct LayoutSection
{
    LocalisedText title;
    QList<QStringList> rows; // field ids printed side by side
};

// A box on the printout for a handwritten signature, where the law or the city's rules still want one (the
// 住民異動届 of 住民基本台帳事務処理要領: 署名又は押印). `when` limits it to some requests (a proxy's 委任状 section).
struct LayoutSignature
{
    QString id;
    LocalisedText label;
    QString law; // why the box is there, printed small under it and shown to auditors
    ExprPtr when;
};

struct FormLayout
{
    QString paper = QStringLiteral("A4");
    QString orientation = QStringLiteral("portrait");
    QList<LayoutSection> sections;
    QList<LayoutSignature> signatures; // printed after the sections, in this order
};

struct FormDefinition
{
    QString id;
    int version = 1;
    LocalisedText title;
    QString category; // "certificate" or "notification"
    QString legalBasis;
    bool asksIndividualNumber = false;
    QList<FieldDefinition> fields;
    QList<RuleDefinition> rules;
    QList<DerivationDefinition> derivations;
    QList<PersonGroup> people;
    FormLayout layout;
    QString sourceFile;
    // The fee of the city's fee table (fees.json beside the definitions), set by FormCatalog::load; nullopt when
    // the table has none for this form. See forms/Fees.h.
    std::optional<FeeRule> fee;

    // A field by path: "requester.name", "movers" or "movers.name"/"movers[2].name" for list item fields.
    const FieldDefinition *field(QStringView path) const;

    // Parses and checks one definition. `messageCodes` are the known message codes (every rule's message must be
    // one of them); empty means unchecked. Errors name the file and the JSON path ("fields[3].type").
    static Result<std::shared_ptr<const FormDefinition>> load(const QByteArray &json, const QString &fileName,
                                                              const QStringList &messageCodes = {});
};

} // namespace kakanai::forms
