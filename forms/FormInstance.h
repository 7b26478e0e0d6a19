#pragma once

#include "forms/FormDefinition.h"

#include "cardreader/record/IndividualNumber.h"
#include "cardreader/record/ResidentRecord.h"
#include "common/Wipe.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace kakanai::forms {

// A JSON value whose text can be overwritten in place when the session ends. QJsonValue keeps strings in Qt's
// private CBOR storage, which cannot be overwritten from outside; this holds text (names, addresses, dates) in a
// QString instead, which wipe() overwrites (kakanai::wipe: the last owner of a shared buffer overwrites it), and
// every other value as a QJsonValue. Reads like a QJsonValue; converts to one where a JSON document is built.
class WipeableValue
{
public:
    WipeableValue() = default;
    WipeableValue(const QJsonValue &value)
    {
        if (value.isString()) {
            m_text = value.toString();
            m_isText = true;
        } else {
            m_json = value;
        }
    }
    WipeableValue(const QString &text)
        : m_text(text)
        , m_isText(true)
    {}
    WipeableValue(const WipeableValue &) = default;
    WipeableValue(WipeableValue &&) = default;
    WipeableValue &operator=(const WipeableValue &) = default;
    WipeableValue &operator=(WipeableValue &&) = default;
    ~WipeableValue() { wipe(); }

    QJsonValue toJson() const { return m_isText ? QJsonValue(m_text) : m_json; }
    operator QJsonValue() const { return toJson(); }

    QJsonValue::Type type() const { return m_isText ? QJsonValue::String : m_json.type(); }
    bool isString() const { return m_isText; }
    bool isUndefined() const { return !m_isText && m_json.isUndefined(); }
    bool isNull() const { return !m_isText && m_json.isNull(); }
    bool isBool() const { return !m_isText && m_json.isBool(); }
    bool isDouble() const { return !m_isText && m_json.isDouble(); }
    bool isArray() const { return !m_isText && m_json.isArray(); }
    bool isObject() const { return !m_isText && m_json.isObject(); }
    QString toString() const { return m_isText ? m_text : QString(); }
    bool toBool(bool defaultValue = false) const { return m_isText ? defaultValue : m_json.toBool(defaultValue); }
    double toDouble(double defaultValue = 0) const { return m_isText ? defaultValue : m_json.toDouble(defaultValue); }
    int toInt(int defaultValue = 0) const { return m_isText ? defaultValue : m_json.toInt(defaultValue); }
    QJsonArray toArray() const { return m_isText ? QJsonArray() : m_json.toArray(); }

    // Overwrites the text (when this is the last owner of its buffer) and leaves an undefined value.
    void wipe()
    {
        kakanai::wipe(m_text);
        m_isText = false;
        m_json = QJsonValue(QJsonValue::Undefined);
    }

    friend bool operator==(const WipeableValue &a, const WipeableValue &b)
    {
        return a.m_isText == b.m_isText && (a.m_isText ? a.m_text == b.m_text : a.m_json == b.m_json);
    }
    friend bool operator==(const WipeableValue &a, const QJsonValue &b)
    {
        return a.m_isText ? (b.isString() && b.toString() == a.m_text) : a.m_json == b;
    }
    friend bool operator==(const QJsonValue &a, const WipeableValue &b) { return b == a; }

private:
    QJsonValue m_json{QJsonValue::Undefined};
    QString m_text;
    bool m_isText = false;
};

// One value of a filled form and where it came from.
struct FieldValue
{
    WipeableValue value; // text, "YYYY-MM-DD", number, bool, or an array of option values
    Provenance provenance = Provenance::Resident;
    // The card's value, kept when staff (or the resident) changed a value that came from the card, so that the
    // request and the printout show both.
    std::optional<WipeableValue> cardValue;
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

    // Drops every value, overwriting the text values and the individual numbers first.
    void wipe();

private:
    // readRequest's entry point (Request.cpp): puts back a value of a stored Request as it was built, without
    // setValue's editability checks (derived and non-input values come back too). `number`: the individual
    // number of an individual_number field, whose FieldValue then holds the masked text.
    friend class StoredFormReader;
    void restore(const QString &path, FieldValue value, const std::optional<IndividualNumber> &number);
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
