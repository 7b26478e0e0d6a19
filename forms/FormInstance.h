#pragma once

#include "FormDefinition.h"

#include "record/IndividualNumber.h"
#include "record/ResidentRecord.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace kakanai::forms {

// One value of a filled form and where it came from.
struct FieldValue
{
    QJsonValue value; // text, "YYYY-MM-DD", number, bool, or an array of option values
    Provenance provenance = Provenance::Resident;
    // The card's value, kept when staff (or the resident) changed a value that came from the card, so that the
    // request and the printout show both.
    std::optional<QJsonValue> cardValue;
    QString copiedFrom; // a value copied by a derivation from another field ("counter_person.name")
};

// What the rules may know about the session besides the answers.
struct FormContext
{
    QDate today;
    QString municipality;     // the kiosk's municipality as written in addresses: 東京都千代田区
    QString municipalityCode; // 13101
    Mode mode = Mode::Counter;
};

// A failed check: the field (path, "movers[1].birth_date"), a stable code and the message code the UI translates.
struct ValidationIssue
{
    QString field;
    QString code;
    QString messageCode;
    Severity severity = Severity::Error;
    QString rule; // the rule id for rules from the definition; empty for the built-in checks of field types
    QString law;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

// A form being filled: its definition and the values with their provenance. Paths are field ids, with list
// items indexed: "movers[0].name". The individual number is held as an IndividualNumber (wiped on destruction),
// and the FieldValue of such a field holds only the masked text.
class FormInstance
{
public:
    explicit FormInstance(std::shared_ptr<const FormDefinition> definition);
    FormInstance(const FormInstance &) = default;
    FormInstance(FormInstance &&) = default;
    FormInstance &operator=(const FormInstance &) = default;
    FormInstance &operator=(FormInstance &&) = default;
    ~FormInstance() { wipe(); }

    const FormDefinition &definition() const { return *m_definition; }
    std::shared_ptr<const FormDefinition> sharedDefinition() const { return m_definition; }

    // Pre-fills every field that names a card attribute, with provenance "card". List fields get their first item
    // pre-filled (the card holder is the first mover). The individual number only when the form asks for it.
    void prefill(const ResidentRecord &record);

    // Sets a value after checking the path names an input field. Dates may be given in 和暦 (令和元年5月1日) and
    // are stored as YYYY-MM-DD. Replacing a card value keeps the card's value (FieldValue::cardValue).
    // Returns an issue with code unknown_field, not_editable or invalid_individual_number when refused.
    std::optional<ValidationIssue> setValue(const QString &path, const QJsonValue &value, Provenance provenance);

    // Applies one section of an answers document: {"field.id": value, "movers": [{"relation": "head"}, …]}.
    QList<ValidationIssue> applyAnswers(const QJsonObject &answers, Provenance provenance);

    // Runs the definition's derivations and defaults (income year, delivery method, copies between roles).
    void derive(const FormContext &context);

    // Every required field, type, range and rule of the definition. Errors and warnings, in definition order.
    QList<ValidationIssue> validate(const FormContext &context) const;

    // False when the field's applies_when is definitely false (its value is then ignored and not queued).
    bool isApplicable(const QString &path, const FormContext &context) const;

    const FieldValue *value(const QString &path) const;
    const IndividualNumber *individualNumber(const QString &path) const;
    int itemCount(const QString &listPath) const { return m_itemCounts.value(listPath, 0); }
    QStringList paths() const { return m_values.keys(); }
    void remove(const QString &path);

    // Drops every value; overwrites the individual numbers.
    void wipe();

private:
    friend class InstanceScope;
    void store(const QString &path, FieldValue value);

    std::shared_ptr<const FormDefinition> m_definition;
    QMap<QString, FieldValue> m_values;
    QHash<QString, int> m_itemCounts;
    QHash<QString, IndividualNumber> m_numbers;
};

// Path helpers: "movers[2].name" → list "movers", index 2, local "name".
struct ItemPath
{
    QString list;
    int index = -1;
    QString local;
};
std::optional<ItemPath> parseItemPath(const QString &path);
QString itemPath(const QString &list, int index, const QString &local);

} // namespace kakanai::forms
