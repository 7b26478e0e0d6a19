#include "forms/FormScope.h"

#include <QJsonArray>

namespace kakanai::forms {

bool isEmptyValue(const WipeableValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

EvalValue evalValueOf(FieldType type, const WipeableValue &value)
{
    if (isEmptyValue(value)) {
        return EvalValue::unknown();
    }
    switch (type) {
    case FieldType::Date:
        return value.isString() ? EvalValue::fromDate(parseIsoDate(value.toString())) : EvalValue::unknown();
    case FieldType::Integer: {
        const auto n = integerFromJson(value.toJson());
        return n ? EvalValue::fromNumber(*n) : EvalValue::unknown();
    }
    case FieldType::Boolean:
        return value.isBool() ? EvalValue::fromBool(value.toBool()) : EvalValue::unknown();
    case FieldType::MultiChoice: {
        if (!value.isArray()) {
            return EvalValue::unknown();
        }
        EvalValue out;
        out.kind = EvalValue::Kind::List;
        for (const QJsonValue &item : value.toArray()) {
            out.list.append(item.toString());
        }
        return out;
    }
    case FieldType::List:
        return EvalValue::unknown();
    default:
        return value.isString() ? EvalValue::fromString(value.toString()) : EvalValue::unknown();
    }
}

FormScope::FormScope(const FormInstance &instance, FormContext context)
    : m_instance(instance)
    , m_context(std::move(context))
{}

FormScope::FormScope(const FormInstance &instance, FormContext context, QString list, int index)
    : m_instance(instance)
    , m_context(std::move(context))
    , m_list(std::move(list))
    , m_index(index)
{}

FormScope FormScope::forPath(const FormInstance &instance, const FormContext &context, const QString &path)
{
    if (const auto item = parseItemPath(path)) {
        return FormScope(instance, context, item->list, item->index);
    }
    return FormScope(instance, context);
}

QString FormScope::resolve(const QString &path) const
{
    if (!m_list.isEmpty()) {
        if (const FieldDefinition *list = m_instance.definition().field(m_list)) {
            for (const FieldDefinition &f : list->itemFields) {
                if (f.id == path) {
                    return itemPath(m_list, m_index, path);
                }
            }
        }
    }
    return path;
}

EvalValue FormScope::field(const QString &path) const
{
    const QString full = resolve(path);
    const FieldDefinition *def = m_instance.definition().field(full);
    const FieldValue *v = m_instance.value(full);
    if (!def || !v) {
        return EvalValue::unknown();
    }
    return evalValueOf(def->type, v->value);
}

bool FormScope::present(const QString &path) const
{
    const QString full = resolve(path);
    const FieldDefinition *def = m_instance.definition().field(full);
    if (def && def->type == FieldType::List) {
        return m_instance.itemCount(full) > 0;
    }
    const FieldValue *v = m_instance.value(full);
    return v && !isEmptyValue(v->value);
}

int FormScope::itemCount(const QString &listPath) const
{
    return m_instance.itemCount(listPath);
}

std::unique_ptr<EvalScope> FormScope::item(const QString &listPath, int index) const
{
    return std::make_unique<FormScope>(m_instance, m_context, listPath, index);
}

QString FormScope::context(const QString &key) const
{
    if (key == QLatin1String("mode")) {
        return modeName(m_context.mode);
    }
    if (key == QLatin1String("municipality")) {
        return m_context.municipality;
    }
    if (key == QLatin1String("municipality_code")) {
        return m_context.municipalityCode;
    }
    return QString();
}

EvalValue evaluateAt(const ExprPtr &expression, const FormInstance &instance, const FormContext &context,
                     const QString &path)
{
    if (!expression) {
        return EvalValue::fromBool(true);
    }
    return expression->evaluate(FormScope::forPath(instance, context, path));
}

} // namespace kakanai::forms
