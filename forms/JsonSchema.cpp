#include "forms/JsonSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace kakanai::forms {

namespace {

const QSet<QString> &supportedKeywords()
{
    static const QSet<QString> keywords = {
        QStringLiteral("$schema"),    QStringLiteral("$id"),       QStringLiteral("$ref"),
        QStringLiteral("$defs"),      QStringLiteral("title"),     QStringLiteral("description"),
        QStringLiteral("type"),       QStringLiteral("enum"),      QStringLiteral("const"),
        QStringLiteral("properties"), QStringLiteral("required"),  QStringLiteral("additionalProperties"),
        QStringLiteral("items"),      QStringLiteral("minItems"),  QStringLiteral("maxItems"),
        QStringLiteral("minLength"),  QStringLiteral("maxLength"), QStringLiteral("pattern"),
        QStringLiteral("minimum"),    QStringLiteral("maximum"),   QStringLiteral("oneOf"),
        QStringLiteral("anyOf"),      QStringLiteral("format"),
    };
    return keywords;
}

QString pointerEscape(const QString &key)
{
    QString k = key;
    k.replace(QLatin1Char('~'), QStringLiteral("~0"));
    k.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return k;
}

// Checks that every schema object uses supported keywords and that $refs resolve.
std::optional<QString> checkSchema(const QJsonValue &schema, const QJsonObject &root, const QString &path)
{
    if (schema.isBool()) {
        return std::nullopt;
    }
    if (!schema.isObject()) {
        return path + QStringLiteral(": a schema is an object or a boolean");
    }
    const QJsonObject o = schema.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!supportedKeywords().contains(it.key())) {
            return path + QStringLiteral("/") + it.key() + QStringLiteral(": unsupported keyword");
        }
    }
    if (o.contains(QStringLiteral("$ref"))) {
        const QString ref = o.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/$defs/")) ||
            !root.value(QStringLiteral("$defs")).toObject().contains(ref.mid(8))) {
            return path + QStringLiteral("/$ref: unresolved ") + ref;
        }
    }
    if (o.contains(QStringLiteral("pattern")) &&
        !ecmaPattern(o.value(QStringLiteral("pattern")).toString()).isValid()) {
        return path + QStringLiteral("/pattern: invalid regular expression");
    }
    for (const char *map : {"properties", "$defs"}) {
        const QJsonObject children = o.value(QLatin1String(map)).toObject();
        for (auto it = children.begin(); it != children.end(); ++it) {
            if (auto e = checkSchema(it.value(), root,
                                     path + QLatin1Char('/') + QLatin1String(map) + QLatin1Char('/') + it.key())) {
                return e;
            }
        }
    }
    for (const char *single : {"items", "additionalProperties"}) {
        if (o.contains(QLatin1String(single)) && !o.value(QLatin1String(single)).isBool()) {
            if (auto e = checkSchema(o.value(QLatin1String(single)), root,
                                     path + QLatin1Char('/') + QLatin1String(single))) {
                return e;
            }
        }
    }
    for (const char *list : {"oneOf", "anyOf"}) {
        const QJsonArray alternatives = o.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < alternatives.size(); ++i) {
            if (auto e = checkSchema(alternatives.at(i), root,
                                     path + QLatin1Char('/') + QLatin1String(list) + QStringLiteral("/%1").arg(i))) {
                return e;
            }
        }
    }
    return std::nullopt;
}

class Validator
{
public:
    explicit Validator(const QJsonObject &root)
        : m_root(root)
    {}

    QList<SchemaViolation> violations;

    void validate(const QJsonValue &schema, const QJsonValue &v, const QString &at, int depth = 0)
    {
        if (depth > 64) {
            add(at, QStringLiteral("$ref"), QStringLiteral("schema recursion too deep"));
            return;
        }
        if (schema.isBool()) {
            if (!schema.toBool()) {
                add(at, QStringLiteral("false"), QStringLiteral("no value allowed"));
            }
            return;
        }
        const QJsonObject s = schema.toObject();
        if (s.contains(QStringLiteral("$ref"))) {
            const QString name = s.value(QStringLiteral("$ref")).toString().mid(8);
            validate(m_root.value(QStringLiteral("$defs")).toObject().value(name), v, at, depth + 1);
        }
        if (s.contains(QStringLiteral("type")) && !typeMatches(s.value(QStringLiteral("type")), v)) {
            add(at, QStringLiteral("type"), QStringLiteral("wrong type"));
            return;
        }
        if (s.contains(QStringLiteral("const")) && s.value(QStringLiteral("const")) != v) {
            add(at, QStringLiteral("const"), QStringLiteral("value differs"));
        }
        if (s.contains(QStringLiteral("enum")) && !s.value(QStringLiteral("enum")).toArray().contains(v)) {
            add(at, QStringLiteral("enum"), QStringLiteral("not one of the allowed values"));
        }
        if (v.isString()) {
            const QString str = v.toString();
            const qsizetype length = str.toUcs4().size();
            if (s.contains(QStringLiteral("minLength")) && length < s.value(QStringLiteral("minLength")).toInt()) {
                add(at, QStringLiteral("minLength"), QStringLiteral("too short"));
            }
            if (s.contains(QStringLiteral("maxLength")) && length > s.value(QStringLiteral("maxLength")).toInt()) {
                add(at, QStringLiteral("maxLength"), QStringLiteral("too long"));
            }
            if (s.contains(QStringLiteral("pattern")) &&
                !ecmaPattern(s.value(QStringLiteral("pattern")).toString()).match(str).hasMatch()) {
                add(at, QStringLiteral("pattern"), QStringLiteral("does not match"));
            }
            if (s.contains(QStringLiteral("format")) &&
                !formatMatches(s.value(QStringLiteral("format")).toString(), str)) {
                add(at, QStringLiteral("format"), s.value(QStringLiteral("format")).toString());
            }
        }
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (s.contains(QStringLiteral("minimum")) && d < s.value(QStringLiteral("minimum")).toDouble()) {
                add(at, QStringLiteral("minimum"), QStringLiteral("too small"));
            }
            if (s.contains(QStringLiteral("maximum")) && d > s.value(QStringLiteral("maximum")).toDouble()) {
                add(at, QStringLiteral("maximum"), QStringLiteral("too large"));
            }
        }
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (s.contains(QStringLiteral("minItems")) && a.size() < s.value(QStringLiteral("minItems")).toInt()) {
                add(at, QStringLiteral("minItems"), QStringLiteral("too few items"));
            }
            if (s.contains(QStringLiteral("maxItems")) && a.size() > s.value(QStringLiteral("maxItems")).toInt()) {
                add(at, QStringLiteral("maxItems"), QStringLiteral("too many items"));
            }
            if (s.contains(QStringLiteral("items"))) {
                for (qsizetype i = 0; i < a.size(); ++i) {
                    validate(s.value(QStringLiteral("items")), a.at(i), at + QStringLiteral("/%1").arg(i), depth + 1);
                }
            }
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue &key : s.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(key.toString())) {
                    add(at + QLatin1Char('/') + pointerEscape(key.toString()), QStringLiteral("required"),
                        QStringLiteral("missing"));
                }
            }
            const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString childAt = at + QLatin1Char('/') + pointerEscape(it.key());
                if (properties.contains(it.key())) {
                    validate(properties.value(it.key()), it.value(), childAt, depth + 1);
                } else if (s.contains(QStringLiteral("additionalProperties"))) {
                    validate(s.value(QStringLiteral("additionalProperties")), it.value(), childAt, depth + 1);
                }
            }
        }
        for (const char *combinator : {"oneOf", "anyOf"}) {
            if (!s.contains(QLatin1String(combinator))) {
                continue;
            }
            int matching = 0;
            for (const QJsonValue &alternative : s.value(QLatin1String(combinator)).toArray()) {
                Validator inner(m_root);
                inner.validate(alternative, v, at, depth + 1);
                matching += inner.violations.isEmpty() ? 1 : 0;
            }
            const bool one = QLatin1String(combinator) == QLatin1String("oneOf");
            if (one ? matching != 1 : matching == 0) {
                add(at, QLatin1String(combinator), QStringLiteral("%1 alternatives match").arg(matching));
            }
        }
    }

private:
    void add(const QString &at, const QString &keyword, const QString &detail)
    {
        violations.append({at, keyword, detail});
    }

    static bool oneType(const QString &type, const QJsonValue &v)
    {
        if (type == QLatin1String("object")) {
            return v.isObject();
        }
        if (type == QLatin1String("array")) {
            return v.isArray();
        }
        if (type == QLatin1String("string")) {
            return v.isString();
        }
        if (type == QLatin1String("boolean")) {
            return v.isBool();
        }
        if (type == QLatin1String("null")) {
            return v.isNull();
        }
        if (type == QLatin1String("number")) {
            return v.isDouble();
        }
        if (type == QLatin1String("integer")) {
            return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
        }
        return false;
    }

    static bool typeMatches(const QJsonValue &type, const QJsonValue &v)
    {
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray()) {
                if (oneType(t.toString(), v)) {
                    return true;
                }
            }
            return false;
        }
        return oneType(type.toString(), v);
    }

    static bool formatMatches(const QString &format, const QString &s)
    {
        if (format == QLatin1String("date")) {
            static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
            return re.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
        }
        if (format == QLatin1String("date-time")) {
            // RFC 3339: a full date, a time, and an explicit offset or Z.
            static const QRegularExpression re(
                QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})\\z"));
            return re.match(s).hasMatch() && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
        }
        if (format == QLatin1String("uuid")) {
            static const QRegularExpression re(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
            return re.match(s).hasMatch();
        }
        return true; // unknown formats are annotations (draft 2020-12 default)
    }

    const QJsonObject &m_root;
};

} // namespace

QRegularExpression ecmaPattern(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size() + 4);
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            out += c;
            out += pattern.at(++i);
        } else if (inClass) {
            inClass = c != QLatin1Char(']');
            out += c;
        } else if (c == QLatin1Char('[')) {
            inClass = true;
            out += c;
        } else if (c == QLatin1Char('$')) {
            out += QStringLiteral("\\z");
        } else {
            out += c;
        }
    }
    return QRegularExpression(out);
}

Result<JsonSchema> JsonSchema::load(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return FormsError::make(FormsErrorCode::InvalidJson, fileName, {}, parseError.errorString());
    }
    if (auto problem = checkSchema(doc.object(), doc.object(), QStringLiteral("#"))) {
        return FormsError::make(FormsErrorCode::InvalidDefinition, fileName, *problem);
    }
    JsonSchema schema;
    schema.m_root = doc.object();
    return schema;
}

QList<SchemaViolation> JsonSchema::validate(const QJsonValue &instance) const
{
    Validator v(m_root);
    v.validate(m_root, instance, QString());
    return v.violations;
}

} // namespace kakanai::forms
