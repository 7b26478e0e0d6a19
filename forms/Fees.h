#pragma once

#include "forms/FormsError.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// 手数料: what the counter collects for a form. Every city sets its own amounts by ordinance (手数料条例), so the
// amounts are data: `fees.json` beside the form definitions (resources/forms/fees.json holds example values; a
// city's forms/directory carries its own). Notifications (転入・転居・転出・世帯変更) are free (0).
namespace kakanai::forms {

class FormInstance;

// The fee of one form in the fee table: an amount per copy, either one amount or one per value of a choice field
// (戸籍: 全部事項 450, 除籍 750 …).
struct FeeRule
{
    qint64 perCopy = 0;
    QString byField;                 // the choice field whose value picks the amount; empty: `perCopy` always
    QHash<QString, qint64> byValue;  // option value → amount per copy
};

// The fee of a filled form: the amount per copy, the copies (the form's `copies` field; 1 for a form without it)
// and their product. Written into the Request ("fee") so that screen, paper and inbox show the same number.
struct FormFee
{
    qint64 perCopy = 0;
    int copies = 1;
    qint64 amount = 0;

    friend bool operator==(const FormFee &, const FormFee &) = default;
};

// The fee table of a catalog folder. Errors: InvalidJson, InvalidDefinition (file and JSON path named: an unknown
// form, a negative amount, an unknown key).
class FeeTable
{
public:
    static Result<FeeTable> load(const QByteArray &json, const QString &fileName, const QStringList &formIds);

    const FeeRule *rule(const QString &formId) const;
    QString currency() const { return m_currency; }

private:
    QHash<QString, FeeRule> m_rules;
    QString m_currency = QStringLiteral("JPY");
};

// The fee of a filled form by its definition's rule; nullopt when the catalog has no fee for the form. A choice
// that picks the amount but is unanswered (or has no amount) gives nullopt too: staff see no number rather than a
// wrong one.
std::optional<FormFee> feeOf(const FormInstance &instance);

// "¥1,200": how screens and paper write an amount in yen.
QString formatYen(qint64 amount);

// The Request's JSON of a fee ({"per_copy", "copies", "amount"}) and its reader (nullopt on a malformed object).
QJsonObject feeJson(const FormFee &fee);
std::optional<FormFee> feeFromJson(const QJsonValue &value);

} // namespace kakanai::forms
