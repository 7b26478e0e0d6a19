#pragma once

#include "forms/Expression.h"
#include "forms/FormInstance.h"

#include <QDate>
#include <QString>

#include <memory>

// The one evaluation scope of the rule language (Expression.h) over a form's values: the kiosk's screens and
// review, the FormInstance's own rules and derivations, the printer and the back office all evaluate through it,
// on a FormInstance (the one being filled, or the one readRequest gives back from a stored Request), so that a
// condition decides alike on screen, on paper and in the inbox.
//
// What a value means to the rules, decided here once (resources/forms/README.md describes it for form authors):
//  - A field with no value, null, text that is empty or only whitespace, or an empty array is unknown; `present`
//    is true exactly when the value is not unknown in this sense (for a list field: when it has an item).
//  - date: parseIsoDate, text "YYYY-MM-DD" of an existing day; anything else is unknown.
//  - integer: integerFromJson, a JSON number without a fraction (3 and 3.0 are 3; 3.5, "3" and magnitudes past
//    10^12 are unknown).
//  - boolean: a JSON boolean; anything else is unknown.
//  - multi_choice: an array of its option values.
//  - every other type (text, choice, postal code, address, individual number's masked text): the text as it is.
//  - list: not a value (unknown); count/any_item/all_items/count_items read it.
// Inside a list item's scope the item's fields come first and shadow root fields of the same id.
// Context keys: "mode" (counter | self_service), "municipality", "municipality_code"; empty ones are unknown.
namespace kakanai::forms {

// True for a value the rules treat as not given: undefined, null, empty or whitespace-only text, an empty array.
bool isEmptyValue(const WipeableValue &value);

// The rule-language meaning of a stored value of a field of type `type` (see above).
EvalValue evalValueOf(FieldType type, const WipeableValue &value);

class FormScope final : public EvalScope
{
public:
    // The root scope of a form.
    FormScope(const FormInstance &instance, FormContext context);
    // The scope of item `index` of the list field `list`.
    FormScope(const FormInstance &instance, FormContext context, QString list, int index);

    // The scope a field at `path` is evaluated in: its list item's for "movers[1].name", the root otherwise.
    static FormScope forPath(const FormInstance &instance, const FormContext &context, const QString &path);

    // The full path of a field named in this scope: an item field of the current item, else the root field.
    QString resolve(const QString &path) const;

    const FormInstance &instance() const { return m_instance; }
    const FormContext &formContext() const { return m_context; }

    // EvalScope
    EvalValue field(const QString &path) const override;
    bool present(const QString &path) const override;
    int itemCount(const QString &listPath) const override;
    std::unique_ptr<EvalScope> item(const QString &listPath, int index) const override;
    QDate today() const override { return m_context.today; }
    QString context(const QString &key) const override;

private:
    const FormInstance &m_instance;
    FormContext m_context;
    QString m_list;
    int m_index = -1;
};

// Three-valued evaluation of a condition at a field's scope (FormScope::forPath). A null expression is true.
EvalValue evaluateAt(const ExprPtr &expression, const FormInstance &instance, const FormContext &context,
                     const QString &path = {});

} // namespace kakanai::forms
