#include "forms/Fees.h"

#include "forms/FormInstance.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace kakanai::forms {

namespace {

FormsError bad(const QString &file, const QString &field, const QString &detail)
{
    return FormsError::make(FormsErrorCode::InvalidDefinition, file, field, detail);
}

std::optional<qint64> amount(const QJsonValue &v)
{
    if (!v.isDouble()) {
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d < 0 || d > 1e9 || d != double(qint64(d))) {
        return std::nullopt;
    }
    return qint64(d);
}

} // namespace

Result<FeeTable> FeeTable::load(const QByteArray &json, const QString &file, const QStringList &formIds)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return FormsError::make(FormsErrorCode::InvalidJson, file, {}, parseError.errorString());
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("description") &&
            it.key() != QLatin1String("currency") && it.key() != QLatin1String("fees")) {
            return bad(file, it.key(), QStringLiteral("unknown key"));
        }
    }
    if (root.value(QStringLiteral("format")).toInt() != 1) {
        return bad(file, QStringLiteral("format"), QStringLiteral("expects format 1"));
    }
    FeeTable table;
    if (root.contains(QStringLiteral("currency")) && root.value(QStringLiteral("currency")).toString() != table.m_currency) {
        return bad(file, QStringLiteral("currency"), QStringLiteral("only JPY is supported"));
    }
    const QJsonObject fees = root.value(QStringLiteral("fees")).toObject();
    for (auto it = fees.begin(); it != fees.end(); ++it) {
        const QString at = QStringLiteral("fees.") + it.key();
        if (!formIds.isEmpty() && !formIds.contains(it.key())) {
            return bad(file, at, QStringLiteral("not a form of the catalog"));
        }
        const QJsonObject o = it.value().toObject();
        FeeRule rule;
        for (auto k = o.begin(); k != o.end(); ++k) {
            if (k.key() != QLatin1String("per_copy") && k.key() != QLatin1String("by") &&
                k.key() != QLatin1String("note")) {
                return bad(file, at + QLatin1Char('.') + k.key(), QStringLiteral("unknown key"));
            }
        }
        const QJsonValue perCopy = o.value(QStringLiteral("per_copy"));
        if (perCopy.isObject()) {
            rule.byField = o.value(QStringLiteral("by")).toString();
            if (rule.byField.isEmpty()) {
                return bad(file, at + QStringLiteral(".by"), QStringLiteral("amounts per value need the choice field"));
            }
            const QJsonObject values = perCopy.toObject();
            for (auto v = values.begin(); v != values.end(); ++v) {
                const auto a = amount(v.value());
                if (!a) {
                    return bad(file, at + QStringLiteral(".per_copy.") + v.key(),
                               QStringLiteral("expects a whole amount in yen, 0 or more"));
                }
                rule.byValue.insert(v.key(), *a);
            }
        } else {
            const auto a = amount(perCopy);
            if (!a || o.contains(QStringLiteral("by"))) {
                return bad(file, at + QStringLiteral(".per_copy"),
                           QStringLiteral("expects a whole amount in yen, 0 or more, or {value: amount} with \"by\""));
            }
            rule.perCopy = *a;
        }
        table.m_rules.insert(it.key(), rule);
    }
    return table;
}

const FeeRule *FeeTable::rule(const QString &formId) const
{
    const auto it = m_rules.find(formId);
    return it == m_rules.end() ? nullptr : &*it;
}

std::optional<FormFee> feeOf(const FormInstance &instance)
{
    const auto &rule = instance.definition().fee;
    if (!rule) {
        return std::nullopt;
    }
    FormFee fee;
    fee.perCopy = rule->perCopy;
    if (!rule->byField.isEmpty()) {
        const FieldValue *v = instance.value(rule->byField);
        if (!v || !v->value.isString() || !rule->byValue.contains(v->value.toJson().toString())) {
            return std::nullopt;
        }
        fee.perCopy = rule->byValue.value(v->value.toJson().toString());
    }
    if (instance.definition().field(QStringLiteral("copies"))) {
        const FieldValue *copies = instance.value(QStringLiteral("copies"));
        const QJsonValue c = copies ? copies->value.toJson() : QJsonValue();
        if (!c.isDouble() || c.toDouble() < 1) {
            return std::nullopt;
        }
        fee.copies = c.toInt();
    }
    fee.amount = fee.perCopy * fee.copies;
    return fee;
}

QString formatYen(qint64 amount)
{
    return QStringLiteral("¥") + QLocale(QLocale::English, QLocale::UnitedStates).toString(amount);
}

QJsonObject feeJson(const FormFee &fee)
{
    return QJsonObject{{QStringLiteral("per_copy"), fee.perCopy},
                       {QStringLiteral("copies"), fee.copies},
                       {QStringLiteral("amount"), fee.amount}};
}

std::optional<FormFee> feeFromJson(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const auto perCopy = amount(o.value(QStringLiteral("per_copy")));
    const auto copies = amount(o.value(QStringLiteral("copies")));
    const auto total = amount(o.value(QStringLiteral("amount")));
    if (!perCopy || !copies || !total || *copies < 1 || *total != *perCopy * *copies) {
        return std::nullopt;
    }
    return FormFee{*perCopy, int(*copies), *total};
}

} // namespace kakanai::forms
