#pragma once

#include "forms/FormsError.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// The small expression language in which form definitions state their rules (validation checks, conditions on
// fields, derived values). Rules that are law live in the JSON of each form, not in C++: this file only knows how
// to evaluate them.
//
// An expression is a JSON literal (string, number, boolean) or an object with exactly one operator key:
//   {"field": "moved_on"}                  value of a field (inside "each"/"any_item", an item field first)
//   {"today": true}                        the date of the session
//   {"context": "mode"|"municipality"}     kiosk context ("counter"/"self_service", "東京都千代田区")
//   {"add_days": [e, n]}, {"add_months": [e, n]}, {"add_years": [e, n]}
//   {"date": [yearExpr, month, day]}       a date, e.g. 1 January of the tax year
//   {"year": e}                            the year of a date
//   {"age": [birthExpr, onExpr]}           full years of age on a day (年齢計算ニ関スル法律: a year is completed
//                                          at the end of the day before the birthday, so one is N on the birthday;
//                                          29 February birthdays complete in common years on 1 March)
//   {"add": [a, b]}, {"sub": [a, b]}       integer arithmetic
//   {"count": "movers"}                    number of items of a list field
//   {"eq"|"ne"|"lt"|"le"|"gt"|"ge": [a, b]} comparisons of numbers, dates or strings
//   {"in": [e, [v1, v2, ...]]}             membership in a literal list
//   {"contains": [e, v]}                   a multi-choice value includes v
//   {"present": "path"}, {"absent": "path"}
//   {"all": [...]}, {"any": [...]}, {"not": e}
//   {"any_item": ["movers", cond]}, {"all_items": ["movers", cond]}, {"count_items": ["movers", cond]}
//   {"in_municipality": e}                 an address lies in the kiosk's municipality
//   {"same_address": [a, b]}               two addresses name the same place (width, hyphens, 丁目番地号 folded)
//
// Evaluation is three-valued: an operand that is missing (an unanswered field, no configured municipality) makes
// the comparison unknown. A check fails only when it is definitely false, and a condition applies only when it is
// definitely true, so "required" stays the one rule about missing values.
namespace kakanai::forms {

class Expr;
using ExprPtr = std::shared_ptr<const Expr>;

// The largest magnitude of an integer of the language (literals and integer field values).
inline constexpr double MaxInteger = 1e12;

// An integer from JSON: a number without a fraction (3 and 3.0, not 3.5) of magnitude at most MaxInteger;
// nullopt otherwise (text "3" included). The one reading of integers, for literals and field values.
std::optional<qint64> integerFromJson(const QJsonValue &value);

// A date from text: exactly "YYYY-MM-DD" of a day that exists; an invalid QDate otherwise. The one date parser,
// for literals, date fields and text compared with dates.
QDate parseIsoDate(const QString &text);

// What an expression evaluates to.
struct EvalValue
{
    enum class Kind
    {
        Unknown,
        Bool,
        Number,
        String,
        Date,
        List,
    };
    Kind kind = Kind::Unknown;
    bool boolean = false;
    qint64 number = 0;
    QString string;
    QDate date;
    QStringList list;

    static EvalValue unknown() { return {}; }
    static EvalValue fromBool(bool b)
    {
        EvalValue v;
        v.kind = Kind::Bool;
        v.boolean = b;
        return v;
    }
    static EvalValue fromNumber(qint64 n)
    {
        EvalValue v;
        v.kind = Kind::Number;
        v.number = n;
        return v;
    }
    static EvalValue fromDate(QDate d)
    {
        if (!d.isValid()) {
            return {};
        }
        EvalValue v;
        v.kind = Kind::Date;
        v.date = d;
        return v;
    }
    static EvalValue fromString(QString s)
    {
        EvalValue v;
        v.kind = Kind::String;
        v.string = std::move(s);
        return v;
    }
    bool isTrue() const { return kind == Kind::Bool && boolean; }
    bool isFalse() const { return kind == Kind::Bool && !boolean; }
    bool isUnknown() const { return kind == Kind::Unknown; }
};

// What an expression can see while it is evaluated.
class EvalScope
{
public:
    virtual ~EvalScope() = default;
    // The value of a field path relative to the current scope (item fields first); Unknown when unanswered.
    virtual EvalValue field(const QString &path) const = 0;
    virtual bool present(const QString &path) const = 0;
    virtual int itemCount(const QString &listPath) const = 0;
    // A scope for item `index` of a list field.
    virtual std::unique_ptr<EvalScope> item(const QString &listPath, int index) const = 0;
    virtual QDate today() const = 0;
    virtual QString context(const QString &key) const = 0;
};

// Names fields an expression may refer to, at load time: for a plain field, whether it exists; for a list, the
// resolver for its items.
class FieldResolver
{
public:
    virtual ~FieldResolver() = default;
    virtual bool hasField(const QString &path) const = 0;
    virtual bool isList(const QString &path) const = 0;
    virtual std::unique_ptr<FieldResolver> itemResolver(const QString &listPath) const = 0;
};

class Expr
{
public:
    enum class Op
    {
        Literal,
        Field,
        Today,
        Context,
        AddDays,
        AddMonths,
        AddYears,
        MakeDate,
        Year,
        Age,
        Add,
        Sub,
        Count,
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
        In,
        Contains,
        Present,
        Absent,
        All,
        Any,
        Not,
        AnyItem,
        AllItems,
        CountItems,
        InMunicipality,
        SameAddress,
    };

    // Compiles a JSON expression, checking operators, arities and field references. `where` is the path of the
    // expression inside its file ("rules[2].check"), used in the error.
    static Result<ExprPtr> compile(const QJsonValue &json, const FieldResolver &fields, const QString &where);

    EvalValue evaluate(const EvalScope &scope) const;

    // Every field path the expression reads (for dependency listings and tests).
    QStringList fieldReferences() const;

    Op op() const { return m_op; }

private:
    friend class ExprCompiler;

    Op m_op = Op::Literal;
    QJsonValue m_literal;
    QString m_path;
    QList<ExprPtr> m_args;
    QList<QJsonValue> m_set;
    qint64 m_n = 0;
};

} // namespace kakanai::forms
