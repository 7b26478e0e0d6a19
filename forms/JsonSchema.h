#pragma once

#include "forms/FormsError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

// A validator for the subset of JSON Schema (draft 2020-12) that resources/schema/request.schema.json uses. No
// C++ JSON Schema library is packaged for Debian 12, and the request schema is small, so the keywords it needs
// are implemented here and nothing else is pretended: a schema with any other keyword is refused at load, rather
// than silently not checked.
//
// Supported: $schema, $id, $ref (to "#/$defs/<name>" only), $defs, title, description, type (string or array),
// enum, const, properties, required, additionalProperties (boolean or schema), items, minItems, maxItems,
// minLength, maxLength, pattern, minimum, maximum, oneOf, anyOf, format (date, date-time, uuid).
namespace kakanai::forms {

struct SchemaViolation
{
    QString instancePath; // JSON Pointer into the validated document ("/forms/0/values/copies")
    QString keyword;      // the failing keyword ("required", "type", …)
    QString detail;
};

// A schema's `pattern` (ECMA-262 syntax, as JSON Schema defines it) as a QRegularExpression (PCRE2). The one
// difference that matters: in ECMA-262 `$` matches only at the very end of the input, in PCRE2 also before a final
// newline, so "…$" accepted "id\n". Every `$` outside a character class becomes `\z` (the end of the subject).
QRegularExpression ecmaPattern(const QString &pattern);

class JsonSchema
{
public:
    // Errors: InvalidJson, InvalidDefinition (an unsupported keyword or a bad $ref; field = schema path).
    static Result<JsonSchema> load(const QByteArray &json, const QString &fileName = {});

    // Every violation found (empty = valid).
    QList<SchemaViolation> validate(const QJsonValue &instance) const;

private:
    QJsonObject m_root;
};

} // namespace kakanai::forms
