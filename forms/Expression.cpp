#include "forms/Expression.h"

#include "forms/Address.h"
#include "forms/JapaneseText.h"
#include "forms/Municipality.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace kakanai::forms {

std::optional<qint64> integerFromJson(const QJsonValue &v)
{
    if (!v.isDouble()) {
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > MaxInteger) {
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

QDate parseIsoDate(const QString &text)
{
    // Qt's ISODate parser alone accepts more than the ten-character form; every reader keeps to the one spelling
    // the kiosk stores.
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (text.size() != 10 || !re.match(text).hasMatch()) {
        return QDate();
    }
    return QDate::fromString(text, Qt::ISODate);
}

namespace {

constexpr int MaxDepth = 32;

FormsError compileError(const QString &where, const QString &detail)
{
    return FormsError::make(FormsErrorCode::InvalidDefinition, {}, where, detail);
}

int ageOn(QDate birth, QDate on)
{
    int age = on.year() - birth.year();
    QDate birthday(on.year(), birth.month(), birth.day());
    if (!birthday.isValid()) {
        birthday = QDate(on.year(), 3, 1); // 29 February in a common year
    }
    if (on < birthday) {
        --age;
    }
    return age;
}

// A date operand: a date, or text "YYYY-MM-DD" (a literal in the rule); anything else stays as it is.
EvalValue asDate(const EvalValue &v)
{
    return v.kind == EvalValue::Kind::String ? EvalValue::fromDate(parseIsoDate(v.string)) : v;
}

// Brings two known values to a common kind for comparison; false when they cannot be compared.
bool coerce(EvalValue &a, EvalValue &b)
{
    using K = EvalValue::Kind;
    if (a.kind == b.kind) {
        return true;
    }
    if (a.kind == K::Date && b.kind == K::String) {
        b = EvalValue::fromDate(parseIsoDate(b.string));
        return b.kind == K::Date;
    }
    if (a.kind == K::String && b.kind == K::Date) {
        a = EvalValue::fromDate(parseIsoDate(a.string));
        return a.kind == K::Date;
    }
    if (a.kind == K::Number && b.kind == K::String) {
        bool ok = false;
        const qint64 n = b.string.toLongLong(&ok);
        if (ok) {
            b = EvalValue::fromNumber(n);
        }
        return ok;
    }
    if (a.kind == K::String && b.kind == K::Number) {
        return coerce(b, a);
    }
    return false;
}

// -1, 0, 1, or nullopt when not comparable.
std::optional<int> compare(EvalValue a, EvalValue b)
{
    using K = EvalValue::Kind;
    if (a.isUnknown() || b.isUnknown() || !coerce(a, b)) {
        return std::nullopt;
    }
    switch (a.kind) {
    case K::Bool:
        return a.boolean == b.boolean ? 0 : (a.boolean ? 1 : -1);
    case K::Number:
        return a.number == b.number ? 0 : (a.number < b.number ? -1 : 1);
    case K::Date:
        return a.date == b.date ? 0 : (a.date < b.date ? -1 : 1);
    case K::String: {
        const int c = a.string.compare(b.string);
        return c == 0 ? 0 : (c < 0 ? -1 : 1);
    }
    case K::List:
        return a.list == b.list ? std::optional<int>(0) : std::nullopt;
    case K::Unknown:
        break;
    }
    return std::nullopt;
}

EvalValue literalValue(const QJsonValue &v)
{
    if (v.isBool()) {
        return EvalValue::fromBool(v.toBool());
    }
    if (v.isDouble()) {
        return EvalValue::fromNumber(static_cast<qint64>(v.toDouble()));
    }
    if (v.isString()) {
        return EvalValue::fromString(v.toString());
    }
    return EvalValue::unknown();
}

struct OpInfo
{
    const char *name;
    Expr::Op op;
};

constexpr OpInfo Ops[] = {
    {"field", Expr::Op::Field},
    {"today", Expr::Op::Today},
    {"context", Expr::Op::Context},
    {"add_days", Expr::Op::AddDays},
    {"add_months", Expr::Op::AddMonths},
    {"add_years", Expr::Op::AddYears},
    {"date", Expr::Op::MakeDate},
    {"year", Expr::Op::Year},
    {"age", Expr::Op::Age},
    {"add", Expr::Op::Add},
    {"sub", Expr::Op::Sub},
    {"count", Expr::Op::Count},
    {"eq", Expr::Op::Eq},
    {"ne", Expr::Op::Ne},
    {"lt", Expr::Op::Lt},
    {"le", Expr::Op::Le},
    {"gt", Expr::Op::Gt},
    {"ge", Expr::Op::Ge},
    {"in", Expr::Op::In},
    {"contains", Expr::Op::Contains},
    {"present", Expr::Op::Present},
    {"absent", Expr::Op::Absent},
    {"all", Expr::Op::All},
    {"any", Expr::Op::Any},
    {"not", Expr::Op::Not},
    {"any_item", Expr::Op::AnyItem},
    {"all_items", Expr::Op::AllItems},
    {"count_items", Expr::Op::CountItems},
    {"in_municipality", Expr::Op::InMunicipality},
    {"same_address", Expr::Op::SameAddress},
};

} // namespace

class ExprCompiler
{
public:
    static Result<ExprPtr> compile(const QJsonValue &json, const FieldResolver &fields, const QString &where, int depth)
    {
        if (depth > MaxDepth) {
            return compileError(where, QStringLiteral("expression nested too deeply"));
        }
        auto e = std::make_shared<Expr>();
        if (json.isBool() || json.isString()) {
            e->m_op = Expr::Op::Literal;
            e->m_literal = json;
            return ExprPtr(e);
        }
        if (json.isDouble()) {
            if (!integerFromJson(json)) {
                return compileError(where, QStringLiteral("numbers in rules are integers"));
            }
            e->m_op = Expr::Op::Literal;
            e->m_literal = json;
            return ExprPtr(e);
        }
        if (!json.isObject() || json.toObject().size() != 1) {
            return compileError(where, QStringLiteral("an expression is a literal or an object with one operator"));
        }
        const QJsonObject obj = json.toObject();
        const QString key = obj.begin().key();
        const QJsonValue arg = obj.begin().value();
        const QString at = where + QLatin1Char('.') + key;
        std::optional<Expr::Op> op;
        for (const OpInfo &info : Ops) {
            if (key == QLatin1String(info.name)) {
                op = info.op;
            }
        }
        if (!op) {
            return compileError(where, QStringLiteral("unknown operator '%1'").arg(key));
        }
        e->m_op = *op;

        auto sub = [&](const QJsonValue &v, const QString &subWhere) -> Result<ExprPtr> {
            return compile(v, fields, subWhere, depth + 1);
        };
        auto args = [&](qsizetype count) -> std::optional<FormsError> {
            if (!arg.isArray() || arg.toArray().size() != count) {
                return compileError(at, QStringLiteral("expects an array of %1").arg(count));
            }
            const QJsonArray array = arg.toArray();
            for (qsizetype i = 0; i < count; ++i) {
                auto c = sub(array.at(i), at + QStringLiteral("[%1]").arg(i));
                if (!c) {
                    return c.error();
                }
                e->m_args.append(*c);
            }
            return std::nullopt;
        };

        switch (*op) {
        case Expr::Op::Field:
        case Expr::Op::Present:
        case Expr::Op::Absent:
        case Expr::Op::Count:
            if (!arg.isString()) {
                return compileError(at, QStringLiteral("expects a field path"));
            }
            e->m_path = arg.toString();
            if (*op == Expr::Op::Count ? !fields.isList(e->m_path)
                                       : !(fields.hasField(e->m_path) || fields.isList(e->m_path))) {
                return compileError(at, QStringLiteral("unknown field '%1'").arg(e->m_path));
            }
            break;
        case Expr::Op::Today:
            if (!arg.isBool() || !arg.toBool()) {
                return compileError(at, QStringLiteral("write {\"today\": true}"));
            }
            break;
        case Expr::Op::Context:
            if (arg.toString() != QLatin1String("mode") && arg.toString() != QLatin1String("municipality") &&
                arg.toString() != QLatin1String("municipality_code")) {
                return compileError(at, QStringLiteral("unknown context key"));
            }
            e->m_path = arg.toString();
            break;
        case Expr::Op::AddDays:
        case Expr::Op::AddMonths:
        case Expr::Op::AddYears: {
            const QJsonArray array = arg.toArray();
            const auto n = array.size() == 2 ? integerFromJson(array.at(1)) : std::nullopt;
            if (!arg.isArray() || !n) {
                return compileError(at, QStringLiteral("expects [expression, integer]"));
            }
            auto c = sub(array.at(0), at + QStringLiteral("[0]"));
            if (!c) {
                return c.error();
            }
            e->m_args.append(*c);
            e->m_n = *n;
            break;
        }
        case Expr::Op::MakeDate: {
            const QJsonArray array = arg.toArray();
            const qint64 month = array.size() == 3 ? integerFromJson(array.at(1)).value_or(0) : 0;
            const qint64 day = array.size() == 3 ? integerFromJson(array.at(2)).value_or(0) : 0;
            if (!arg.isArray() || month < 1 || month > 12 || day < 1 || day > 31) {
                return compileError(at, QStringLiteral("expects [year expression, month, day]"));
            }
            auto c = sub(array.at(0), at + QStringLiteral("[0]"));
            if (!c) {
                return c.error();
            }
            e->m_args.append(*c);
            e->m_n = month * 100 + day;
            break;
        }
        case Expr::Op::Year:
        case Expr::Op::Not:
        case Expr::Op::InMunicipality: {
            auto c = sub(arg, at);
            if (!c) {
                return c.error();
            }
            e->m_args.append(*c);
            break;
        }
        case Expr::Op::Age:
        case Expr::Op::Add:
        case Expr::Op::Sub:
        case Expr::Op::Eq:
        case Expr::Op::Ne:
        case Expr::Op::Lt:
        case Expr::Op::Le:
        case Expr::Op::Gt:
        case Expr::Op::Ge:
        case Expr::Op::SameAddress:
            if (auto err = args(2)) {
                return *err;
            }
            break;
        case Expr::Op::In:
        case Expr::Op::Contains: {
            const QJsonArray array = arg.toArray();
            if (!arg.isArray() || array.size() != 2) {
                return compileError(at, QStringLiteral("expects [expression, value]"));
            }
            auto c = sub(array.at(0), at + QStringLiteral("[0]"));
            if (!c) {
                return c.error();
            }
            e->m_args.append(*c);
            if (*op == Expr::Op::In) {
                if (!array.at(1).isArray() || array.at(1).toArray().isEmpty()) {
                    return compileError(at + QStringLiteral("[1]"), QStringLiteral("expects a list of values"));
                }
                for (const QJsonValue &v : array.at(1).toArray()) {
                    if (!v.isString() && !v.isBool() && !integerFromJson(v)) {
                        return compileError(at + QStringLiteral("[1]"), QStringLiteral("values are literals"));
                    }
                    e->m_set.append(v);
                }
            } else {
                if (!array.at(1).isString()) {
                    return compileError(at + QStringLiteral("[1]"), QStringLiteral("expects an option value"));
                }
                e->m_set.append(array.at(1));
            }
            break;
        }
        case Expr::Op::All:
        case Expr::Op::Any: {
            if (!arg.isArray() || arg.toArray().isEmpty()) {
                return compileError(at, QStringLiteral("expects a non-empty array"));
            }
            const QJsonArray array = arg.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                auto c = sub(array.at(i), at + QStringLiteral("[%1]").arg(i));
                if (!c) {
                    return c.error();
                }
                e->m_args.append(*c);
            }
            break;
        }
        case Expr::Op::AnyItem:
        case Expr::Op::AllItems:
        case Expr::Op::CountItems: {
            const QJsonArray array = arg.toArray();
            if (!arg.isArray() || array.size() != 2 || !array.at(0).isString() ||
                !fields.isList(array.at(0).toString())) {
                return compileError(at, QStringLiteral("expects [list field, condition]"));
            }
            e->m_path = array.at(0).toString();
            const auto itemFields = fields.itemResolver(e->m_path);
            auto c = compile(array.at(1), *itemFields, at + QStringLiteral("[1]"), depth + 1);
            if (!c) {
                return c.error();
            }
            e->m_args.append(*c);
            break;
        }
        case Expr::Op::Literal:
            break;
        }
        return ExprPtr(e);
    }
};

Result<ExprPtr> Expr::compile(const QJsonValue &json, const FieldResolver &fields, const QString &where)
{
    return ExprCompiler::compile(json, fields, where, 0);
}

EvalValue Expr::evaluate(const EvalScope &scope) const
{
    using K = EvalValue::Kind;
    auto arg = [&](int i) { return m_args.at(i)->evaluate(scope); };
    switch (m_op) {
    case Op::Literal:
        return literalValue(m_literal);
    case Op::Field:
        return scope.field(m_path);
    case Op::Today:
        return EvalValue::fromDate(scope.today());
    case Op::Context: {
        const QString value = scope.context(m_path);
        return value.isEmpty() ? EvalValue::unknown() : EvalValue::fromString(value);
    }
    case Op::AddDays:
    case Op::AddMonths:
    case Op::AddYears: {
        const EvalValue d = asDate(arg(0));
        if (d.kind != K::Date) {
            return EvalValue::unknown();
        }
        if (m_op == Op::AddDays) {
            return EvalValue::fromDate(d.date.addDays(m_n));
        }
        return EvalValue::fromDate(m_op == Op::AddMonths ? d.date.addMonths(static_cast<int>(m_n))
                                                         : d.date.addYears(static_cast<int>(m_n)));
    }
    case Op::MakeDate: {
        const EvalValue y = arg(0);
        if (y.kind != K::Number || y.number < 1 || y.number > 9999) {
            return EvalValue::unknown();
        }
        return EvalValue::fromDate(
            QDate(static_cast<int>(y.number), static_cast<int>(m_n / 100), static_cast<int>(m_n % 100)));
    }
    case Op::Year: {
        const EvalValue d = asDate(arg(0));
        if (d.kind == K::Date) {
            return EvalValue::fromNumber(d.date.year());
        }
        return d.kind == K::Number ? d : EvalValue::unknown();
    }
    case Op::Age: {
        const EvalValue birth = asDate(arg(0));
        const EvalValue on = asDate(arg(1));
        if (birth.kind != K::Date || on.kind != K::Date) {
            return EvalValue::unknown();
        }
        return EvalValue::fromNumber(ageOn(birth.date, on.date));
    }
    case Op::Add:
    case Op::Sub: {
        EvalValue a = arg(0);
        EvalValue b = arg(1);
        if (a.kind != K::Number || b.kind != K::Number) {
            return EvalValue::unknown();
        }
        return EvalValue::fromNumber(m_op == Op::Add ? a.number + b.number : a.number - b.number);
    }
    case Op::Count:
        return EvalValue::fromNumber(scope.itemCount(m_path));
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
        const auto c = compare(arg(0), arg(1));
        if (!c) {
            return EvalValue::unknown();
        }
        switch (m_op) {
        case Op::Eq:
            return EvalValue::fromBool(*c == 0);
        case Op::Ne:
            return EvalValue::fromBool(*c != 0);
        case Op::Lt:
            return EvalValue::fromBool(*c < 0);
        case Op::Le:
            return EvalValue::fromBool(*c <= 0);
        case Op::Gt:
            return EvalValue::fromBool(*c > 0);
        default:
            return EvalValue::fromBool(*c >= 0);
        }
    }
    case Op::In: {
        const EvalValue v = arg(0);
        if (v.isUnknown()) {
            return v;
        }
        for (const QJsonValue &candidate : m_set) {
            if (compare(v, literalValue(candidate)) == 0) {
                return EvalValue::fromBool(true);
            }
        }
        return EvalValue::fromBool(false);
    }
    case Op::Contains: {
        const EvalValue v = arg(0);
        if (v.kind != K::List) {
            return EvalValue::unknown();
        }
        return EvalValue::fromBool(v.list.contains(m_set.first().toString()));
    }
    case Op::Present:
        return EvalValue::fromBool(scope.present(m_path));
    case Op::Absent:
        return EvalValue::fromBool(!scope.present(m_path));
    case Op::All: {
        bool unknown = false;
        for (const ExprPtr &e : m_args) {
            const EvalValue v = e->evaluate(scope);
            if (v.isFalse()) {
                return v;
            }
            unknown = unknown || !v.isTrue();
        }
        return unknown ? EvalValue::unknown() : EvalValue::fromBool(true);
    }
    case Op::Any: {
        bool unknown = false;
        for (const ExprPtr &e : m_args) {
            const EvalValue v = e->evaluate(scope);
            if (v.isTrue()) {
                return v;
            }
            unknown = unknown || !v.isFalse();
        }
        return unknown ? EvalValue::unknown() : EvalValue::fromBool(false);
    }
    case Op::Not: {
        const EvalValue v = arg(0);
        return v.kind == K::Bool ? EvalValue::fromBool(!v.boolean) : EvalValue::unknown();
    }
    case Op::AnyItem:
    case Op::AllItems:
    case Op::CountItems: {
        const int n = scope.itemCount(m_path);
        int trueCount = 0;
        int falseCount = 0;
        for (int i = 0; i < n; ++i) {
            const auto itemScope = scope.item(m_path, i);
            const EvalValue v = m_args.first()->evaluate(*itemScope);
            if (v.isTrue()) {
                ++trueCount;
            } else if (v.isFalse()) {
                ++falseCount;
            }
        }
        const bool unknown = trueCount + falseCount < n;
        if (m_op == Op::CountItems) {
            return EvalValue::fromNumber(trueCount);
        }
        if (m_op == Op::AnyItem) {
            return trueCount > 0 ? EvalValue::fromBool(true)
                                 : (unknown ? EvalValue::unknown() : EvalValue::fromBool(false));
        }
        return falseCount > 0 ? EvalValue::fromBool(false)
                              : (unknown ? EvalValue::unknown() : EvalValue::fromBool(true));
    }
    case Op::InMunicipality: {
        const EvalValue address = arg(0);
        if (address.kind != K::String) {
            return EvalValue::unknown();
        }
        const auto in = addressInMunicipality(address.string, scope.context(QStringLiteral("municipality")));
        return in ? EvalValue::fromBool(*in) : EvalValue::unknown();
    }
    case Op::SameAddress: {
        const EvalValue a = arg(0);
        const EvalValue b = arg(1);
        if (a.kind != K::String || b.kind != K::String) {
            return EvalValue::unknown();
        }
        return EvalValue::fromBool(sameAddress(a.string, b.string));
    }
    }
    return EvalValue::unknown();
}

QStringList Expr::fieldReferences() const
{
    QStringList out;
    if (m_op == Op::Field || m_op == Op::Present || m_op == Op::Absent || m_op == Op::Count || m_op == Op::AnyItem ||
        m_op == Op::AllItems || m_op == Op::CountItems) {
        out.append(m_path);
    }
    for (const ExprPtr &a : m_args) {
        out += a->fieldReferences();
    }
    return out;
}

} // namespace kakanai::forms
