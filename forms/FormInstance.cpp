#include "forms/FormInstance.h"

#include "forms/FormScope.h"

#include "forms/JapaneseText.h"
#include "forms/PostalDirectory.h"
#include "forms/Wareki.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace kakanai::forms {

namespace {

constexpr int MaxItems = 100;

QDate isoDate(const WipeableValue &v)
{
    return v.isString() ? parseIsoDate(v.toString()) : QDate();
}

QJsonValue toJson(const EvalValue &v)
{
    switch (v.kind) {
    case EvalValue::Kind::Bool:
        return v.boolean;
    case EvalValue::Kind::Number:
        return static_cast<double>(v.number);
    case EvalValue::Kind::String:
        return v.string;
    case EvalValue::Kind::Date:
        return v.date.toString(Qt::ISODate);
    case EvalValue::Kind::List:
        return QJsonArray::fromStringList(v.list);
    case EvalValue::Kind::Unknown:
        break;
    }
    return QJsonValue();
}

ValidationIssue builtIn(const QString &field, const QString &code)
{
    ValidationIssue issue;
    issue.field = field;
    issue.code = code;
    issue.messageCode = QStringLiteral("forms.") + code;
    return issue;
}

const FieldDefinition *rootField(const FormDefinition &definition, const QString &id)
{
    for (const FieldDefinition &f : definition.fields) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

} // namespace

std::optional<ItemPath> parseItemPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^([a-z0-9_.]+)\\[(\\d{1,3})\\]\\.([a-z0-9_]+)$"));
    const auto m = re.match(path);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return ItemPath{m.captured(1), m.captured(2).toInt(), m.captured(3)};
}

QString itemPath(const QString &list, int index, const QString &local)
{
    return QStringLiteral("%1[%2].%3").arg(list).arg(index).arg(local);
}

FormInstance::FormInstance(std::shared_ptr<const FormDefinition> definition)
    : m_definition(std::move(definition))
{}

void FormInstance::wipe()
{
    // The individual number lives in IndividualNumber buffers and text values in WipeableValue's QString: both
    // are overwritten before they are released. A map shared with a copy of this instance is left to that copy
    // (it wipes on its own destruction); detaching it here would only make a copy to overwrite.
    for (auto it = m_numbers.begin(); it != m_numbers.end(); ++it) {
        it->wipe();
    }
    if (m_values.isDetached()) {
        for (auto it = m_values.begin(); it != m_values.end(); ++it) {
            it->value.wipe();
            if (it->cardValue) {
                it->cardValue->wipe();
            }
        }
    }
    m_numbers.clear();
    m_values.clear();
    m_itemCounts.clear();
}

const FieldValue *FormInstance::value(const QString &path) const
{
    const auto it = m_values.find(path);
    return it == m_values.end() ? nullptr : &*it;
}

const IndividualNumber *FormInstance::individualNumber(const QString &path) const
{
    const auto it = m_numbers.find(path);
    return it == m_numbers.end() ? nullptr : &*it;
}

void FormInstance::remove(const QString &path)
{
    m_values.remove(path);
    if (auto it = m_numbers.find(path); it != m_numbers.end()) {
        it->wipe();
        m_numbers.erase(it);
    }
}

void FormInstance::store(const QString &path, FieldValue value)
{
    if (const auto item = parseItemPath(path)) {
        m_itemCounts[item->list] = std::max(m_itemCounts.value(item->list), item->index + 1);
    }
    m_values.insert(path, std::move(value));
}

void FormInstance::restore(const QString &path, FieldValue value, const std::optional<IndividualNumber> &number)
{
    if (number) {
        m_numbers.insert(path, *number);
    }
    store(path, std::move(value));
}

void FormInstance::prefill(const ResidentRecord &record)
{
    // Straight from the record's QStrings into WipeableValue (no QJsonValue copy of the text on the way).
    auto cardValue = [&record](CardAttribute attribute) -> WipeableValue {
        switch (attribute) {
        case CardAttribute::Name:
            return record.name.isEmpty() ? WipeableValue(QJsonValue()) : WipeableValue(record.name);
        case CardAttribute::FamilyName:
            return record.name.isEmpty() ? WipeableValue(QJsonValue()) : WipeableValue(record.familyName());
        case CardAttribute::GivenName:
            return record.givenName().isEmpty() ? WipeableValue(QJsonValue()) : WipeableValue(record.givenName());
        case CardAttribute::Address:
            return record.address.isEmpty() ? WipeableValue(QJsonValue()) : WipeableValue(record.address);
        case CardAttribute::BirthDate:
            return record.birthDate.isValid() ? WipeableValue(record.birthDate.toString(Qt::ISODate))
                                              : WipeableValue(QJsonValue());
        case CardAttribute::Sex:
            return WipeableValue(sexCardDigit(record.sex));
        case CardAttribute::IndividualNumber:
        case CardAttribute::None:
            break;
        }
        return WipeableValue(QJsonValue());
    };
    auto fill = [&](const FieldDefinition &f, const QString &path) {
        if (f.prefill == CardAttribute::None) {
            return;
        }
        if (f.prefill == CardAttribute::IndividualNumber) {
            // Only forms that declare they ask for it ever hold the number (checked again by the request builder).
            if (m_definition->asksIndividualNumber && record.individualNumber && record.individualNumber->isSet()) {
                m_numbers.insert(path, *record.individualNumber);
                store(path, {record.individualNumber->masked(), Provenance::Card, std::nullopt, {}});
            }
            return;
        }
        const WipeableValue v = cardValue(f.prefill);
        if (!v.isUndefined() && !v.isNull()) {
            store(path, {v, Provenance::Card, std::nullopt, {}});
        }
    };
    for (const FieldDefinition &f : m_definition->fields) {
        if (f.type == FieldType::List) {
            for (const FieldDefinition &item : f.itemFields) {
                fill(item, itemPath(f.id, 0, item.id));
            }
        } else {
            fill(f, f.id);
        }
    }
}

std::optional<ValidationIssue> FormInstance::setValue(const QString &path, const QJsonValue &input,
                                                      Provenance provenance)
{
    // A list item field is addressed with its index ("movers[0].name"), a plain field by its id alone.
    const FieldDefinition *def = nullptr;
    if (const auto item = parseItemPath(path)) {
        const FieldDefinition *list = rootField(*m_definition, item->list);
        if (list && list->type == FieldType::List && item->index < MaxItems) {
            for (const FieldDefinition &f : list->itemFields) {
                def = f.id == item->local ? &f : def;
            }
        }
    } else {
        def = rootField(*m_definition, path);
    }
    if (!def || def->type == FieldType::List) {
        return builtIn(path, QStringLiteral("unknown_field"));
    }
    if (!def->input && provenance != Provenance::Derived) {
        return builtIn(path, QStringLiteral("not_editable"));
    }

    QJsonValue value = input;
    if (def->type == FieldType::IndividualNumber) {
        const auto digits = text::asciiDigits(value.toString());
        std::optional<IndividualNumber> number;
        if (digits) {
            const QByteArray latin = digits->toLatin1();
            number = IndividualNumber::fromDigits(std::string_view(latin.constData(), size_t(latin.size())));
        }
        if (!number) {
            return builtIn(path, QStringLiteral("invalid_individual_number"));
        }
        FieldValue fv{WipeableValue(number->masked()), provenance, std::nullopt, {}};
        if (const auto it = m_numbers.find(path); it != m_numbers.end()) {
            if (*it == *number) {
                return std::nullopt;
            }
            if (m_values.value(path).provenance == Provenance::Card) {
                fv.cardValue = m_values.value(path).value; // masked: the replaced number itself is not kept
            }
            it->wipe();
        }
        m_numbers.insert(path, *number);
        store(path, fv);
        return std::nullopt;
    }
    if (def->type == FieldType::Date && value.isString() && !isoDate(value).isValid()) {
        // 和暦 input is stored as the Gregorian date.
        const auto parsed = parseWareki(value.toString());
        if (parsed) {
            value = parsed->toString(Qt::ISODate);
        }
    }

    FieldValue fv{WipeableValue(value), provenance, std::nullopt, {}};
    if (const FieldValue *existing = this->value(path)) {
        if (existing->value == value) {
            return std::nullopt; // confirming the card's value keeps its provenance
        }
        if (existing->provenance == Provenance::Card) {
            fv.cardValue = existing->value;
        } else if (existing->cardValue) {
            fv.cardValue = existing->cardValue;
        }
    }
    store(path, fv);
    return std::nullopt;
}

QList<ValidationIssue> FormInstance::applyAnswers(const QJsonObject &answers, Provenance provenance)
{
    QList<ValidationIssue> issues;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const FieldDefinition *def = m_definition->field(it.key());
        if (def && def->type == FieldType::List && !it.key().contains(QLatin1Char('['))) {
            if (!it.value().isArray()) {
                issues.append(builtIn(it.key(), QStringLiteral("invalid_value")));
                continue;
            }
            const QJsonArray items = it.value().toArray();
            if (items.size() > MaxItems) {
                issues.append(builtIn(it.key(), QStringLiteral("too_many_items")));
                continue;
            }
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!items.at(i).isObject()) {
                    issues.append(
                        builtIn(QStringLiteral("%1[%2]").arg(it.key()).arg(i), QStringLiteral("invalid_value")));
                    continue;
                }
                m_itemCounts[def->id] = std::max(m_itemCounts.value(def->id), int(i) + 1);
                const QJsonObject item = items.at(i).toObject();
                for (auto f = item.begin(); f != item.end(); ++f) {
                    if (auto issue = setValue(itemPath(def->id, int(i), f.key()), f.value(), provenance)) {
                        issues.append(*issue);
                    }
                }
            }
            continue;
        }
        if (auto issue = setValue(it.key(), it.value(), provenance)) {
            issues.append(*issue);
        }
    }
    return issues;
}

bool FormInstance::isApplicable(const QString &path, const FormContext &context) const
{
    const FieldDefinition *def = m_definition->field(path);
    if (!def) {
        return false;
    }
    const auto item = parseItemPath(path);
    if (item) {
        const FieldDefinition *list = m_definition->field(item->list);
        if (list && list->appliesWhen && list->appliesWhen->evaluate(FormScope(*this, context)).isFalse()) {
            return false;
        }
    }
    if (!def->appliesWhen) {
        return true;
    }
    const FormScope scope = item ? FormScope(*this, context, item->list, item->index) : FormScope(*this, context);
    return !def->appliesWhen->evaluate(scope).isFalse();
}

void FormInstance::derive(const FormContext &context)
{
    // Defaults first, so that derivations and rules see them.
    for (const FieldDefinition &f : m_definition->fields) {
        if (!f.defaultValue.isUndefined() && !value(f.id)) {
            store(f.id, {f.defaultValue, Provenance::Derived, std::nullopt, {}});
        }
        for (const FieldDefinition &itemField : f.itemFields) {
            if (itemField.defaultValue.isUndefined()) {
                continue;
            }
            for (int i = 0; i < itemCount(f.id); ++i) {
                const QString path = itemPath(f.id, i, itemField.id);
                if (!value(path)) {
                    store(path, {itemField.defaultValue, Provenance::Derived, std::nullopt, {}});
                }
            }
        }
    }

    for (const DerivationDefinition &d : m_definition->derivations) {
        const int scopes = d.each.isEmpty() ? 1 : itemCount(d.each);
        for (int i = 0; i < scopes; ++i) {
            const FormScope scope = d.each.isEmpty() ? FormScope(*this, context) : FormScope(*this, context, d.each, i);
            const EvalValue when = d.when ? d.when->evaluate(scope) : EvalValue::fromBool(true);
            const ExprPtr source = when.isTrue() ? d.value : (when.isFalse() ? d.otherwise : nullptr);
            if (!when.isTrue() && !source) {
                continue;
            }
            auto canSet = [&](const QString &target) {
                const FieldDefinition *def = m_definition->field(target);
                const FieldValue *existing = value(target);
                return def && (!existing || existing->provenance == Provenance::Derived ||
                               !existing->copiedFrom.isEmpty() || d.override || !def->input);
            };
            if (!d.copy.isEmpty() && when.isTrue()) {
                QList<std::pair<QString, QString>> pairs; // target, source
                if (d.field.endsWith(QLatin1Char('.'))) {
                    for (const FieldDefinition &f : m_definition->fields) {
                        if (f.id.startsWith(d.field)) {
                            pairs.append({f.id, d.copy + f.id.mid(d.field.size())});
                        }
                    }
                } else {
                    pairs.append({scope.resolve(d.field), scope.resolve(d.copy)});
                }
                for (const auto &[target, from] : pairs) {
                    const FieldValue *src = value(from);
                    if (!src || !canSet(target)) {
                        continue;
                    }
                    FieldValue copy = *src;
                    copy.copiedFrom = from;
                    if (const auto number = m_numbers.find(from); number != m_numbers.end()) {
                        m_numbers.insert(target, *number);
                    }
                    store(target, copy);
                }
                continue;
            }
            if (!source) {
                continue;
            }
            const QString target = scope.resolve(d.field);
            const EvalValue v = source->evaluate(scope);
            if (v.isUnknown() || !canSet(target)) {
                continue;
            }
            store(target, {toJson(v), Provenance::Derived, std::nullopt, {}});
        }
    }
}

QList<ValidationIssue> FormInstance::validate(const FormContext &context) const
{
    QList<ValidationIssue> issues;

    auto checkValue = [&](const FieldDefinition &f, const QString &path, const FormScope &scope) {
        if (f.appliesWhen && !f.appliesWhen->evaluate(scope).isTrue()) {
            // Unknown or false: nothing is required; a value given anyway is still checked for its type.
            if (f.appliesWhen->evaluate(scope).isFalse()) {
                return;
            }
        }
        const bool applies = !f.appliesWhen || f.appliesWhen->evaluate(scope).isTrue();
        const bool required = applies && (f.required || (f.requiredWhen && f.requiredWhen->evaluate(scope).isTrue()));
        if (f.type == FieldType::List) {
            const int n = itemCount(path);
            if (required && n == 0) {
                issues.append(builtIn(path, QStringLiteral("required")));
            } else if (n > 0 && f.minItems > 0 && n < f.minItems) {
                issues.append(builtIn(path, QStringLiteral("too_few_items")));
            }
            if (f.maxItems > 0 && n > f.maxItems) {
                issues.append(builtIn(path, QStringLiteral("too_many_items")));
            }
            return;
        }
        const FieldValue *v = value(path);
        if (!v || isEmptyValue(v->value)) {
            if (required) {
                issues.append(builtIn(path, QStringLiteral("required")));
            }
            return;
        }
        if (!f.shownIn(context.mode) &&
            (v->provenance == Provenance::Resident || v->provenance == Provenance::PreEntry)) {
            // A self-service resident answered a counter-only field (the identity document staff check).
            issues.append(builtIn(path, QStringLiteral("not_in_mode")));
            return;
        }
        const WipeableValue &x = v->value;
        switch (f.type) {
        case FieldType::Text: {
            if (!x.isString()) {
                issues.append(builtIn(path, QStringLiteral("invalid_value")));
            } else if (f.maxLength > 0 && codePoints(x.toString()) > f.maxLength) {
                issues.append(builtIn(path, QStringLiteral("too_long")));
            } else if (!f.pattern.pattern().isEmpty() &&
                       !f.pattern.match(text::toNarrow(x.toString()).trimmed()).hasMatch()) {
                issues.append(builtIn(path, QStringLiteral("invalid_format")));
            }
            break;
        }
        case FieldType::Date:
            if (!isoDate(x).isValid()) {
                issues.append(builtIn(path, QStringLiteral("invalid_date")));
            }
            break;
        case FieldType::Choice:
            if (!x.isString() || !f.option(x.toString())) {
                issues.append(builtIn(path, QStringLiteral("invalid_choice")));
            }
            break;
        case FieldType::MultiChoice: {
            bool ok = x.isArray();
            QStringList seen;
            for (const QJsonValue &item : x.toArray()) {
                ok = ok && item.isString() && f.option(item.toString()) && !seen.contains(item.toString());
                seen.append(item.toString());
            }
            if (!ok) {
                issues.append(builtIn(path, QStringLiteral("invalid_choice")));
            }
            break;
        }
        case FieldType::Boolean:
            if (!x.isBool()) {
                issues.append(builtIn(path, QStringLiteral("invalid_value")));
            }
            break;
        case FieldType::Integer: {
            const double d = x.toDouble();
            if (!x.isDouble() || std::floor(d) != d || std::fabs(d) > 1e12) {
                issues.append(builtIn(path, QStringLiteral("invalid_value")));
            } else if ((f.minimum && d < double(*f.minimum)) || (f.maximum && d > double(*f.maximum))) {
                issues.append(builtIn(path, QStringLiteral("out_of_range")));
            }
            break;
        }
        case FieldType::PostalCode:
            if (!x.isString() || !normalisePostalCode(x.toString())) {
                issues.append(builtIn(path, QStringLiteral("invalid_postal_code")));
            }
            break;
        case FieldType::IndividualNumber:
            if (!individualNumber(path)) {
                issues.append(builtIn(path, QStringLiteral("invalid_individual_number")));
            }
            break;
        case FieldType::List:
            break;
        }
    };

    const FormScope root(*this, context);
    for (const FieldDefinition &f : m_definition->fields) {
        checkValue(f, f.id, root);
        if (f.type != FieldType::List || (f.appliesWhen && f.appliesWhen->evaluate(root).isFalse())) {
            continue;
        }
        for (int i = 0; i < itemCount(f.id); ++i) {
            const FormScope itemScope(*this, context, f.id, i);
            for (const FieldDefinition &itemField : f.itemFields) {
                checkValue(itemField, itemPath(f.id, i, itemField.id), itemScope);
            }
        }
    }

    for (const RuleDefinition &r : m_definition->rules) {
        const int scopes = r.each.isEmpty() ? 1 : itemCount(r.each);
        for (int i = 0; i < scopes; ++i) {
            const FormScope scope = r.each.isEmpty() ? FormScope(*this, context) : FormScope(*this, context, r.each, i);
            if (r.when && !r.when->evaluate(scope).isTrue()) {
                continue;
            }
            if (!r.check->evaluate(scope).isFalse()) {
                continue;
            }
            ValidationIssue issue;
            issue.field = scope.resolve(r.field);
            issue.code = r.code;
            issue.messageCode = r.message;
            issue.severity = r.severity;
            issue.rule = r.id;
            issue.law = r.law;
            issues.append(issue);
        }
    }
    return issues;
}

} // namespace kakanai::forms
