#include "forms/FormDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kakanai::forms {

namespace {

constexpr int SupportedFormat = 1;

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
    return re;
}

struct TypeName
{
    const char *name;
    FieldType type;
};
constexpr TypeName TypeNames[] = {
    {"text", FieldType::Text},
    {"date", FieldType::Date},
    {"choice", FieldType::Choice},
    {"multi_choice", FieldType::MultiChoice},
    {"boolean", FieldType::Boolean},
    {"integer", FieldType::Integer},
    {"postal_code", FieldType::PostalCode},
    {"individual_number", FieldType::IndividualNumber},
    {"list", FieldType::List},
};

struct AttributeName
{
    const char *name;
    CardAttribute attribute;
};
constexpr AttributeName AttributeNames[] = {
    {"name", CardAttribute::Name},
    {"family_name", CardAttribute::FamilyName},
    {"given_name", CardAttribute::GivenName},
    {"address", CardAttribute::Address},
    {"birth_date", CardAttribute::BirthDate},
    {"sex", CardAttribute::Sex},
    {"individual_number", CardAttribute::IndividualNumber},
};

// Resolves field references of expressions against a list of field definitions.
class DefinitionResolver : public FieldResolver
{
public:
    DefinitionResolver(const QList<FieldDefinition> *fields, const DefinitionResolver *outer)
        : m_fields(fields)
        , m_outer(outer)
    {}
    const FieldDefinition *find(const QString &path) const
    {
        for (const FieldDefinition &f : *m_fields) {
            if (f.id == path) {
                return &f;
            }
        }
        return m_outer ? m_outer->find(path) : nullptr;
    }
    bool hasField(const QString &path) const override { return find(path) != nullptr; }
    bool isList(const QString &path) const override
    {
        const FieldDefinition *f = find(path);
        return f && f->type == FieldType::List;
    }
    std::unique_ptr<FieldResolver> itemResolver(const QString &listPath) const override
    {
        const FieldDefinition *f = find(listPath);
        return std::make_unique<DefinitionResolver>(&f->itemFields, this);
    }

private:
    const QList<FieldDefinition> *m_fields;
    const DefinitionResolver *m_outer;
};

// Walks one definition file, collecting the first error with its JSON path.
class Loader
{
public:
    Loader(QString file, QStringList messageCodes)
        : m_file(std::move(file))
        , m_messageCodes(std::move(messageCodes))
    {}

    std::optional<FormsError> error;

    bool fail(const QString &where, const QString &detail)
    {
        if (!error) {
            error = FormsError::make(FormsErrorCode::InvalidDefinition, m_file, where, detail);
        }
        return false;
    }

    bool onlyKeys(const QJsonObject &o, const QString &where, std::initializer_list<const char *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : allowed) {
                known = known || it.key() == QLatin1String(k);
            }
            if (!known) {
                return fail(where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key(),
                            QStringLiteral("unknown key"));
            }
        }
        return true;
    }

    bool text(const QJsonValue &v, const QString &where, LocalisedText &out, bool required)
    {
        if (v.isUndefined() && !required) {
            return true;
        }
        if (!v.isObject()) {
            return fail(where, QStringLiteral("expects {\"ja\": …, \"en\": …}"));
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString() || it.key().size() < 2 || it.key().size() > 8) {
                return fail(where + QLatin1Char('.') + it.key(), QStringLiteral("expects a language tag and text"));
            }
            out.byLanguage.insert(it.key(), it.value().toString());
        }
        if (out.ja().isEmpty()) {
            return fail(where + QStringLiteral(".ja"), QStringLiteral("Japanese text is required"));
        }
        return true;
    }

    bool string(const QJsonObject &o, const char *key, const QString &where, QString &out, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required) {
            return true;
        }
        if (!v.isString() || v.toString().isEmpty()) {
            return fail(where.isEmpty() ? QString(QLatin1String(key)) : where + QLatin1Char('.') + QLatin1String(key),
                        QStringLiteral("expects a non-empty string"));
        }
        out = v.toString();
        return true;
    }

    bool integer(const QJsonValue &v, const QString &where, std::optional<qint64> &out)
    {
        if (v.isUndefined()) {
            return true;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > 1e12) {
            return fail(where, QStringLiteral("expects an integer"));
        }
        out = static_cast<qint64>(d);
        return true;
    }

    bool expression(const QJsonValue &v, const QString &where, const FieldResolver &resolver, ExprPtr &out)
    {
        if (v.isUndefined()) {
            return true;
        }
        auto compiled = Expr::compile(v, resolver, where);
        if (!compiled) {
            FormsError e = compiled.error();
            e.file = m_file;
            if (!error) {
                error = e;
            }
            return false;
        }
        out = *compiled;
        return true;
    }

    // First pass: the field's own keys (expressions come later, once every field is known).
    bool field(const QJsonValue &v, const QString &where, FieldDefinition &f, bool inList)
    {
        if (!v.isObject()) {
            return fail(where, QStringLiteral("expects an object"));
        }
        const QJsonObject o = v.toObject();
        if (!onlyKeys(o, where,
                      {"id", "type", "label", "help", "prefill", "required", "required_when", "applies_when", "input",
                       "modes", "options", "min", "max", "max_length", "pattern", "default", "fields", "min_items",
                       "max_items"})) {
            return false;
        }
        if (!string(o, "id", where, f.id, true)) {
            return false;
        }
        if (!idPattern().match(f.id).hasMatch() || (inList && f.id.contains(QLatin1Char('.')))) {
            return fail(where + QStringLiteral(".id"), QStringLiteral("ids are lower_snake_case, dotted"));
        }
        QString type;
        if (!string(o, "type", where, type, true)) {
            return false;
        }
        bool knownType = false;
        for (const TypeName &t : TypeNames) {
            if (type == QLatin1String(t.name)) {
                f.type = t.type;
                knownType = true;
            }
        }
        if (!knownType) {
            return fail(where + QStringLiteral(".type"), QStringLiteral("unknown type '%1'").arg(type));
        }
        if (!text(o.value(QStringLiteral("label")), where + QStringLiteral(".label"), f.label, true) ||
            !text(o.value(QStringLiteral("help")), where + QStringLiteral(".help"), f.help, false)) {
            return false;
        }
        if (o.contains(QStringLiteral("prefill"))) {
            const QString attr = o.value(QStringLiteral("prefill")).toString();
            for (const AttributeName &a : AttributeNames) {
                if (attr == QLatin1String(a.name)) {
                    f.prefill = a.attribute;
                }
            }
            if (f.prefill == CardAttribute::None) {
                return fail(where + QStringLiteral(".prefill"), QStringLiteral("unknown card attribute"));
            }
            const bool fits = (f.prefill == CardAttribute::BirthDate) == (f.type == FieldType::Date) &&
                              (f.prefill == CardAttribute::Sex) == (f.type == FieldType::Choice) &&
                              (f.prefill == CardAttribute::IndividualNumber) == (f.type == FieldType::IndividualNumber);
            if (!fits) {
                return fail(where + QStringLiteral(".prefill"), QStringLiteral("attribute does not fit the type"));
            }
        }
        for (const char *flag : {"required", "input"}) {
            const QJsonValue b = o.value(QLatin1String(flag));
            if (!b.isUndefined() && !b.isBool()) {
                return fail(where + QLatin1Char('.') + QLatin1String(flag), QStringLiteral("expects true or false"));
            }
        }
        f.required = o.value(QStringLiteral("required")).toBool(false);
        f.input = o.value(QStringLiteral("input")).toBool(true);
        if (o.contains(QStringLiteral("modes"))) {
            const QJsonValue m = o.value(QStringLiteral("modes"));
            f.modes = 0;
            for (const QJsonValue &mode : m.toArray()) {
                if (mode.toString() == QLatin1String("counter")) {
                    f.modes |= int(Mode::Counter);
                } else if (mode.toString() == QLatin1String("self_service")) {
                    f.modes |= int(Mode::SelfService);
                } else {
                    return fail(where + QStringLiteral(".modes"), QStringLiteral("modes are counter, self_service"));
                }
            }
            if (!m.isArray() || f.modes == 0) {
                return fail(where + QStringLiteral(".modes"), QStringLiteral("expects a non-empty list of modes"));
            }
        }
        const bool choice = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
        if (choice != o.contains(QStringLiteral("options"))) {
            return fail(where + QStringLiteral(".options"),
                        choice ? QStringLiteral("choices need options") : QStringLiteral("only choices have options"));
        }
        if (choice) {
            const QJsonValue opts = o.value(QStringLiteral("options"));
            if (!opts.isArray() || opts.toArray().isEmpty()) {
                return fail(where + QStringLiteral(".options"), QStringLiteral("expects a non-empty list"));
            }
            QSet<QString> seen;
            const QJsonArray array = opts.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString at = where + QStringLiteral(".options[%1]").arg(i);
                if (!array.at(i).isObject()) {
                    return fail(at, QStringLiteral("expects {\"value\", \"label\"}"));
                }
                const QJsonObject opt = array.at(i).toObject();
                ChoiceOption option;
                if (!onlyKeys(opt, at, {"value", "label"}) || !string(opt, "value", at, option.value, true) ||
                    !text(opt.value(QStringLiteral("label")), at + QStringLiteral(".label"), option.label, true)) {
                    return false;
                }
                if (seen.contains(option.value)) {
                    return fail(at + QStringLiteral(".value"), QStringLiteral("duplicate option"));
                }
                seen.insert(option.value);
                f.options.append(option);
            }
        }
        if (!integer(o.value(QStringLiteral("min")), where + QStringLiteral(".min"), f.minimum) ||
            !integer(o.value(QStringLiteral("max")), where + QStringLiteral(".max"), f.maximum)) {
            return false;
        }
        if ((f.minimum || f.maximum) && f.type != FieldType::Integer) {
            return fail(where + QStringLiteral(".min"), QStringLiteral("only integers have min/max"));
        }
        if (f.minimum && f.maximum && *f.minimum > *f.maximum) {
            return fail(where + QStringLiteral(".max"), QStringLiteral("max below min"));
        }
        std::optional<qint64> length;
        if (!integer(o.value(QStringLiteral("max_length")), where + QStringLiteral(".max_length"), length)) {
            return false;
        }
        if (length) {
            if (f.type != FieldType::Text || *length < 1 || *length > 10000) {
                return fail(where + QStringLiteral(".max_length"), QStringLiteral("text only, 1..10000"));
            }
            f.maxLength = static_cast<int>(*length);
        }
        if (o.contains(QStringLiteral("pattern"))) {
            f.pattern = QRegularExpression(o.value(QStringLiteral("pattern")).toString());
            if (f.type != FieldType::Text || !f.pattern.isValid() || f.pattern.pattern().isEmpty()) {
                return fail(where + QStringLiteral(".pattern"), QStringLiteral("invalid pattern or not a text"));
            }
        }
        if (o.contains(QStringLiteral("default"))) {
            f.defaultValue = o.value(QStringLiteral("default"));
            const bool ok = (f.type == FieldType::Boolean && f.defaultValue.isBool()) ||
                            (f.type == FieldType::Integer && f.defaultValue.isDouble()) ||
                            (f.type == FieldType::Choice && f.option(f.defaultValue.toString())) ||
                            (f.type == FieldType::Text && f.defaultValue.isString());
            if (!ok) {
                return fail(where + QStringLiteral(".default"), QStringLiteral("default does not fit the field"));
            }
        }
        const bool list = f.type == FieldType::List;
        if (list != o.contains(QStringLiteral("fields"))) {
            return fail(where + QStringLiteral(".fields"),
                        list ? QStringLiteral("lists need item fields") : QStringLiteral("only lists have fields"));
        }
        if (list) {
            if (inList) {
                return fail(where + QStringLiteral(".type"), QStringLiteral("lists do not nest"));
            }
            std::optional<qint64> minItems;
            std::optional<qint64> maxItems;
            if (!integer(o.value(QStringLiteral("min_items")), where + QStringLiteral(".min_items"), minItems) ||
                !integer(o.value(QStringLiteral("max_items")), where + QStringLiteral(".max_items"), maxItems)) {
                return false;
            }
            f.minItems = static_cast<int>(std::clamp<qint64>(minItems.value_or(0), 0, 100));
            f.maxItems = static_cast<int>(std::clamp<qint64>(maxItems.value_or(0), 0, 100));
            if (!fieldList(o.value(QStringLiteral("fields")), where + QStringLiteral(".fields"), f.itemFields, true)) {
                return false;
            }
        }
        return true;
    }

    bool fieldList(const QJsonValue &v, const QString &where, QList<FieldDefinition> &out, bool inList)
    {
        if (!v.isArray() || v.toArray().isEmpty()) {
            return fail(where, QStringLiteral("expects a non-empty list of fields"));
        }
        const QJsonArray array = v.toArray();
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            FieldDefinition f;
            const QString at = where + QStringLiteral("[%1]").arg(i);
            if (!field(array.at(i), at, f, inList)) {
                return false;
            }
            if (ids.contains(f.id)) {
                return fail(at + QStringLiteral(".id"), QStringLiteral("duplicate field id '%1'").arg(f.id));
            }
            ids.insert(f.id);
            out.append(std::move(f));
        }
        return true;
    }

    // Second pass: the conditions of each field, now that every field is known.
    bool fieldExpressions(const QJsonArray &array, const QString &where, QList<FieldDefinition> &fields,
                          const DefinitionResolver &resolver)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            const QString at = where + QStringLiteral("[%1]").arg(i);
            FieldDefinition &f = fields[i];
            if (!expression(o.value(QStringLiteral("required_when")), at + QStringLiteral(".required_when"), resolver,
                            f.requiredWhen) ||
                !expression(o.value(QStringLiteral("applies_when")), at + QStringLiteral(".applies_when"), resolver,
                            f.appliesWhen)) {
                return false;
            }
            if (f.type == FieldType::List) {
                const DefinitionResolver inner(&f.itemFields, &resolver);
                if (!fieldExpressions(o.value(QStringLiteral("fields")).toArray(), at + QStringLiteral(".fields"),
                                      f.itemFields, inner)) {
                    return false;
                }
            }
        }
        return true;
    }

    bool checkField(const QString &path, const QString &where, const FormDefinition &def)
    {
        if (!def.field(path)) {
            return fail(where, QStringLiteral("unknown field '%1'").arg(path));
        }
        return true;
    }

    bool scopeFor(const QJsonObject &o, const QString &where, const FormDefinition &def, const DefinitionResolver &root,
                  QString &each, std::unique_ptr<FieldResolver> &scope)
    {
        if (o.contains(QStringLiteral("each"))) {
            each = o.value(QStringLiteral("each")).toString();
            if (!root.isList(each)) {
                return fail(where + QStringLiteral(".each"), QStringLiteral("expects a list field"));
            }
            scope = root.itemResolver(each);
        }
        Q_UNUSED(def);
        return true;
    }

    bool rules(const QJsonValue &v, FormDefinition &def, const DefinitionResolver &root)
    {
        if (v.isUndefined()) {
            return true;
        }
        if (!v.isArray()) {
            return fail(QStringLiteral("rules"), QStringLiteral("expects a list"));
        }
        const QJsonArray array = v.toArray();
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("rules[%1]").arg(i);
            if (!array.at(i).isObject()) {
                return fail(at, QStringLiteral("expects an object"));
            }
            const QJsonObject o = array.at(i).toObject();
            RuleDefinition r;
            if (!onlyKeys(o, at, {"id", "each", "when", "check", "field", "code", "message", "severity", "law"}) ||
                !string(o, "id", at, r.id, true) || !string(o, "field", at, r.field, true) ||
                !string(o, "code", at, r.code, true) || !string(o, "message", at, r.message, true) ||
                !string(o, "law", at, r.law, false)) {
                return false;
            }
            if (ids.contains(r.id)) {
                return fail(at + QStringLiteral(".id"), QStringLiteral("duplicate rule id"));
            }
            ids.insert(r.id);
            std::unique_ptr<FieldResolver> itemScope;
            if (!scopeFor(o, at, def, root, r.each, itemScope)) {
                return false;
            }
            const FieldResolver &scope = itemScope ? *itemScope : static_cast<const FieldResolver &>(root);
            if (!scope.hasField(r.field) && !scope.isList(r.field)) {
                return fail(at + QStringLiteral(".field"), QStringLiteral("unknown field '%1'").arg(r.field));
            }
            if (!o.contains(QStringLiteral("check"))) {
                return fail(at + QStringLiteral(".check"), QStringLiteral("a rule needs a check"));
            }
            if (!expression(o.value(QStringLiteral("when")), at + QStringLiteral(".when"), scope, r.when) ||
                !expression(o.value(QStringLiteral("check")), at + QStringLiteral(".check"), scope, r.check)) {
                return false;
            }
            const QString severity = o.value(QStringLiteral("severity")).toString(QStringLiteral("error"));
            if (severity != QLatin1String("error") && severity != QLatin1String("warning")) {
                return fail(at + QStringLiteral(".severity"), QStringLiteral("error or warning"));
            }
            r.severity = severity == QLatin1String("warning") ? Severity::Warning : Severity::Error;
            if (!m_messageCodes.isEmpty() && !m_messageCodes.contains(r.message)) {
                return fail(at + QStringLiteral(".message"),
                            QStringLiteral("unknown message code '%1'").arg(r.message));
            }
            def.rules.append(std::move(r));
        }
        return true;
    }

    bool derivations(const QJsonValue &v, FormDefinition &def, const DefinitionResolver &root)
    {
        if (v.isUndefined()) {
            return true;
        }
        if (!v.isArray()) {
            return fail(QStringLiteral("derive"), QStringLiteral("expects a list"));
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("derive[%1]").arg(i);
            if (!array.at(i).isObject()) {
                return fail(at, QStringLiteral("expects an object"));
            }
            const QJsonObject o = array.at(i).toObject();
            DerivationDefinition d;
            if (!onlyKeys(o, at, {"field", "each", "when", "value", "otherwise", "copy", "override"}) ||
                !string(o, "field", at, d.field, true) || !string(o, "copy", at, d.copy, false)) {
                return false;
            }
            std::unique_ptr<FieldResolver> itemScope;
            if (!scopeFor(o, at, def, root, d.each, itemScope)) {
                return false;
            }
            const FieldResolver &scope = itemScope ? *itemScope : static_cast<const FieldResolver &>(root);
            if (o.contains(QStringLiteral("value")) == !d.copy.isEmpty()) {
                return fail(at, QStringLiteral("give either value or copy"));
            }
            if (d.field.endsWith(QLatin1Char('.')) != (d.copy.isEmpty() ? false : d.copy.endsWith(QLatin1Char('.')))) {
                return fail(at + QStringLiteral(".copy"), QStringLiteral("prefix copies go from a prefix to a prefix"));
            }
            if (d.field.endsWith(QLatin1Char('.'))) {
                bool any = false;
                for (const FieldDefinition &f : def.fields) {
                    if (f.id.startsWith(d.field)) {
                        any = true;
                        const QString source = d.copy + f.id.mid(d.field.size());
                        if (scope.hasField(source)) {
                            const FieldDefinition *src = def.field(source);
                            if (src && src->type != f.type) {
                                return fail(at + QStringLiteral(".copy"),
                                            QStringLiteral("'%1' and '%2' differ in type").arg(source, f.id));
                            }
                        }
                    }
                }
                if (!any) {
                    return fail(at + QStringLiteral(".field"), QStringLiteral("no field has prefix '%1'").arg(d.field));
                }
            } else {
                if (!scope.hasField(d.field)) {
                    return fail(at + QStringLiteral(".field"), QStringLiteral("unknown field '%1'").arg(d.field));
                }
                if (!d.copy.isEmpty() && !scope.hasField(d.copy)) {
                    return fail(at + QStringLiteral(".copy"), QStringLiteral("unknown field '%1'").arg(d.copy));
                }
            }
            const QJsonValue ov = o.value(QStringLiteral("override"));
            if (!ov.isUndefined() && !ov.isBool()) {
                return fail(at + QStringLiteral(".override"), QStringLiteral("expects true or false"));
            }
            d.override = ov.toBool(false);
            if (!expression(o.value(QStringLiteral("when")), at + QStringLiteral(".when"), scope, d.when) ||
                !expression(o.value(QStringLiteral("value")), at + QStringLiteral(".value"), scope, d.value) ||
                !expression(o.value(QStringLiteral("otherwise")), at + QStringLiteral(".otherwise"), scope,
                            d.otherwise)) {
                return false;
            }
            def.derivations.append(std::move(d));
        }
        return true;
    }

    bool people(const QJsonValue &v, FormDefinition &def)
    {
        if (v.isUndefined()) {
            return true;
        }
        const QJsonArray array = v.toArray();
        if (!v.isArray()) {
            return fail(QStringLiteral("people"), QStringLiteral("expects a list"));
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("people[%1]").arg(i);
            const QJsonObject o = array.at(i).toObject();
            PersonGroup g;
            if (!array.at(i).isObject() || !onlyKeys(o, at, {"role", "prefix", "list"}) ||
                !string(o, "role", at, g.role, true) || !string(o, "prefix", at, g.prefix, false) ||
                !string(o, "list", at, g.list, false)) {
                return error ? false : fail(at, QStringLiteral("expects {role, prefix|list}"));
            }
            if (g.prefix.isEmpty() == g.list.isEmpty()) {
                return fail(at, QStringLiteral("give either prefix or list"));
            }
            if (!g.list.isEmpty()) {
                const FieldDefinition *f = def.field(g.list);
                if (!f || f->type != FieldType::List) {
                    return fail(at + QStringLiteral(".list"), QStringLiteral("expects a list field"));
                }
            } else {
                if (!g.prefix.endsWith(QLatin1Char('.'))) {
                    return fail(at + QStringLiteral(".prefix"), QStringLiteral("a prefix ends with '.'"));
                }
                bool any = false;
                for (const FieldDefinition &f : def.fields) {
                    any = any || f.id.startsWith(g.prefix);
                }
                if (!any) {
                    return fail(at + QStringLiteral(".prefix"), QStringLiteral("no field has this prefix"));
                }
            }
            def.people.append(g);
        }
        return true;
    }

    bool layout(const QJsonValue &v, FormDefinition &def, const FieldResolver &resolver)
    {
        if (!v.isObject()) {
            return fail(QStringLiteral("layout"), QStringLiteral("expects an object"));
        }
        const QJsonObject o = v.toObject();
        if (!onlyKeys(o, QStringLiteral("layout"), {"paper", "orientation", "sections", "signatures"})) {
            return false;
        }
        def.layout.paper = o.value(QStringLiteral("paper")).toString(QStringLiteral("A4"));
        def.layout.orientation = o.value(QStringLiteral("orientation")).toString(QStringLiteral("portrait"));
        if (def.layout.paper != QLatin1String("A4") && def.layout.paper != QLatin1String("A3") &&
            def.layout.paper != QLatin1String("B5")) {
            return fail(QStringLiteral("layout.paper"), QStringLiteral("A4, A3 or B5"));
        }
        if (def.layout.orientation != QLatin1String("portrait") &&
            def.layout.orientation != QLatin1String("landscape")) {
            return fail(QStringLiteral("layout.orientation"), QStringLiteral("portrait or landscape"));
        }
        const QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        if (sections.isEmpty()) {
            return fail(QStringLiteral("layout.sections"), QStringLiteral("expects a non-empty list"));
        }
        QSet<QString> printed;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QString at = QStringLiteral("layout.sections[%1]").arg(i);
            const QJsonObject s = sections.at(i).toObject();
            LayoutSection section;
            if (!sections.at(i).isObject() || !onlyKeys(s, at, {"title", "rows"}) ||
                !text(s.value(QStringLiteral("title")), at + QStringLiteral(".title"), section.title, true)) {
                return error ? false : fail(at, QStringLiteral("expects {title, rows}"));
            }
            const QJsonArray rows = s.value(QStringLiteral("rows")).toArray();
            if (rows.isEmpty()) {
                return fail(at + QStringLiteral(".rows"), QStringLiteral("expects a non-empty list of rows"));
            }
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const QString rowAt = at + QStringLiteral(".rows[%1]").arg(r);
                const QJsonArray cells = rows.at(r).toArray();
                if (cells.isEmpty()) {
                    return fail(rowAt, QStringLiteral("expects a non-empty list of field ids"));
                }
                QStringList row;
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    const QString id = cells.at(c).toString();
                    if (!checkField(id, rowAt + QStringLiteral("[%1]").arg(c), def)) {
                        return false;
                    }
                    printed.insert(id);
                    row.append(id);
                }
                section.rows.append(row);
            }
            def.layout.sections.append(section);
        }
        for (const FieldDefinition &f : def.fields) {
            if (!printed.contains(f.id)) {
                return fail(QStringLiteral("layout"), QStringLiteral("field '%1' is not printed").arg(f.id));
            }
        }
        return signatures(o.value(QStringLiteral("signatures")), def, resolver);
    }

    bool signatures(const QJsonValue &v, FormDefinition &def, const FieldResolver &resolver)
    {
        if (v.isUndefined()) {
            return true;
        }
        if (!v.isArray()) {
            return fail(QStringLiteral("layout.signatures"), QStringLiteral("expects a list"));
        }
        const QJsonArray array = v.toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("layout.signatures[%1]").arg(i);
            const QJsonObject o = array.at(i).toObject();
            LayoutSignature s;
            if (!array.at(i).isObject() || !onlyKeys(o, at, {"id", "label", "law", "when"}) ||
                !string(o, "id", at, s.id, true) ||
                !text(o.value(QStringLiteral("label")), at + QStringLiteral(".label"), s.label, true) ||
                !string(o, "law", at, s.law, true) ||
                !expression(o.value(QStringLiteral("when")), at + QStringLiteral(".when"), resolver, s.when)) {
                return error ? false : fail(at, QStringLiteral("expects {id, label, law, when?}"));
            }
            if (!idPattern().match(s.id).hasMatch() || s.id.contains(QLatin1Char('.'))) {
                return fail(at + QStringLiteral(".id"), QStringLiteral("ids are lower_snake_case"));
            }
            if (seen.contains(s.id)) {
                return fail(at + QStringLiteral(".id"), QStringLiteral("duplicate signature id"));
            }
            seen.insert(s.id);
            def.layout.signatures.append(s);
        }
        return true;
    }

    Result<std::shared_ptr<const FormDefinition>> run(const QByteArray &json)
    {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return FormsError::make(
                FormsErrorCode::InvalidJson, m_file, {},
                QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        }
        if (!doc.isObject()) {
            return FormsError::make(FormsErrorCode::InvalidDefinition, m_file, {}, QStringLiteral("expects an object"));
        }
        const QJsonObject o = doc.object();
        auto def = std::make_shared<FormDefinition>();
        def->sourceFile = m_file;
        std::optional<qint64> format;
        std::optional<qint64> version;
        const bool ok =
            onlyKeys(o, {},
                     {"format", "id", "version", "title", "category", "legal_basis", "asks_individual_number", "fields",
                      "rules", "derive", "people", "layout"}) &&
            integer(o.value(QStringLiteral("format")), QStringLiteral("format"), format) &&
            (format == SupportedFormat ||
             fail(QStringLiteral("format"), QStringLiteral("expects format %1").arg(SupportedFormat))) &&
            string(o, "id", QString(), def->id, true) &&
            (idPattern().match(def->id).hasMatch() || fail(QStringLiteral("id"), QStringLiteral("bad id"))) &&
            integer(o.value(QStringLiteral("version")), QStringLiteral("version"), version) &&
            (version.value_or(0) >= 1 ||
             fail(QStringLiteral("version"), QStringLiteral("expects a positive integer"))) &&
            text(o.value(QStringLiteral("title")), QStringLiteral("title"), def->title, true) &&
            string(o, "category", QString(), def->category, true) &&
            (def->category == QLatin1String("certificate") || def->category == QLatin1String("notification") ||
             fail(QStringLiteral("category"), QStringLiteral("certificate or notification"))) &&
            string(o, "legal_basis", QString(), def->legalBasis, true) &&
            fieldList(o.value(QStringLiteral("fields")), QStringLiteral("fields"), def->fields, false);
        if (!ok) {
            return *error;
        }
        def->version = static_cast<int>(*version);
        const QJsonValue asks = o.value(QStringLiteral("asks_individual_number"));
        if (!asks.isUndefined() && !asks.isBool()) {
            fail(QStringLiteral("asks_individual_number"), QStringLiteral("expects true or false"));
            return *error;
        }
        def->asksIndividualNumber = asks.toBool(false);

        // The individual number is read from the card only for forms that declare it, and only into fields of
        // its own type.
        bool hasNumberField = false;
        std::function<void(const QList<FieldDefinition> &)> scan = [&](const QList<FieldDefinition> &list) {
            for (const FieldDefinition &f : list) {
                hasNumberField = hasNumberField || f.type == FieldType::IndividualNumber;
                scan(f.itemFields);
            }
        };
        scan(def->fields);
        if (hasNumberField != def->asksIndividualNumber) {
            fail(QStringLiteral("asks_individual_number"),
                 QStringLiteral("must be true exactly when a field has type individual_number"));
            return *error;
        }

        const DefinitionResolver root(&def->fields, nullptr);
        if (!fieldExpressions(o.value(QStringLiteral("fields")).toArray(), QStringLiteral("fields"), def->fields,
                              root) ||
            !rules(o.value(QStringLiteral("rules")), *def, root) ||
            !derivations(o.value(QStringLiteral("derive")), *def, root) ||
            !people(o.value(QStringLiteral("people")), *def) ||
            !layout(o.value(QStringLiteral("layout")), *def, root)) {
            return *error;
        }
        return std::shared_ptr<const FormDefinition>(def);
    }

private:
    QString m_file;
    QStringList m_messageCodes;
};

} // namespace

QString fieldTypeName(FieldType type)
{
    for (const TypeName &t : TypeNames) {
        if (t.type == type) {
            return QLatin1String(t.name);
        }
    }
    return QString();
}

QString provenanceName(Provenance p)
{
    switch (p) {
    case Provenance::Card:
        return QStringLiteral("card");
    case Provenance::Staff:
        return QStringLiteral("staff");
    case Provenance::Resident:
        return QStringLiteral("resident");
    case Provenance::Derived:
        return QStringLiteral("derived");
    case Provenance::PreEntry:
        return QStringLiteral("pre_entry");
    }
    return QString();
}

std::optional<Provenance> provenanceFromName(const QString &name)
{
    for (Provenance p :
         {Provenance::Card, Provenance::Staff, Provenance::Resident, Provenance::Derived, Provenance::PreEntry}) {
        if (provenanceName(p) == name) {
            return p;
        }
    }
    return std::nullopt;
}

QString modeName(Mode mode)
{
    return mode == Mode::Counter ? QStringLiteral("counter") : QStringLiteral("self_service");
}

const ChoiceOption *FieldDefinition::option(const QString &value) const
{
    for (const ChoiceOption &o : options) {
        if (o.value == value) {
            return &o;
        }
    }
    return nullptr;
}

const FieldDefinition *FormDefinition::field(QStringView path) const
{
    // "movers[2].name" and "movers.name" both name the item field "name" of the list "movers".
    QString p = path.toString();
    const qsizetype bracket = p.indexOf(QLatin1Char('['));
    if (bracket >= 0) {
        const qsizetype close = p.indexOf(QLatin1Char(']'), bracket);
        if (close < 0) {
            return nullptr;
        }
        p.remove(bracket, close - bracket + 1);
    }
    for (const FieldDefinition &f : fields) {
        if (f.id == p) {
            return &f;
        }
        if (f.type == FieldType::List && p.startsWith(f.id + QLatin1Char('.'))) {
            const QString local = p.mid(f.id.size() + 1);
            for (const FieldDefinition &item : f.itemFields) {
                if (item.id == local) {
                    return &item;
                }
            }
        }
    }
    return nullptr;
}

Result<std::shared_ptr<const FormDefinition>> FormDefinition::load(const QByteArray &json, const QString &fileName,
                                                                   const QStringList &messageCodes)
{
    Loader loader(fileName, messageCodes);
    return loader.run(json);
}

} // namespace kakanai::forms
