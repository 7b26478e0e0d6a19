// The JSON Schema subset validator the request tests rely on: each keyword passes and fails as the specification
// says, and unsupported keywords are refused instead of silently ignored.
#include "forms/JsonSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kakanai::forms;

namespace {

QJsonValue parse(const QString &text)
{
    return QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().at(0);
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data();
    void keywords();
    void refusedSchemas_data();
    void refusedSchemas();
    void reportsInstancePath();
};

void TestJsonSchema::keywords_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("failing"); // the failing keyword, empty when valid
    QTest::newRow("type string") << R"({"type":"string"})"
                                 << R"("x")" << QString();
    QTest::newRow("error: type string") << R"({"type":"string"})"
                                        << "1" << QStringLiteral("type");
    QTest::newRow("type list") << R"({"type":["string","null"]})"
                               << "null" << QString();
    QTest::newRow("integer") << R"({"type":"integer"})"
                             << "3" << QString();
    QTest::newRow("error: integer with fraction") << R"({"type":"integer"})"
                                                  << "3.5" << QStringLiteral("type");
    QTest::newRow("enum") << R"({"enum":["a","b"]})"
                          << R"("b")" << QString();
    QTest::newRow("error: enum") << R"({"enum":["a","b"]})"
                                 << R"("c")" << QStringLiteral("enum");
    QTest::newRow("error: const") << R"({"const":1})"
                                  << "2" << QStringLiteral("const");
    QTest::newRow("error: required") << R"({"type":"object","required":["a"]})"
                                     << "{}" << QStringLiteral("required");
    QTest::newRow("error: additional property")
        << R"({"type":"object","properties":{"a":{}},"additionalProperties":false})"
        << R"({"a":1,"b":2})" << QStringLiteral("false");
    QTest::newRow("additional properties schema") << R"({"additionalProperties":{"type":"integer"}})"
                                                  << R"({"x":1})" << QString();
    QTest::newRow("error: additional properties schema") << R"({"additionalProperties":{"type":"integer"}})"
                                                         << R"({"x":"1"})" << QStringLiteral("type");
    QTest::newRow("error: property type") << R"({"properties":{"a":{"type":"boolean"}}})"
                                          << R"({"a":1})" << QStringLiteral("type");
    QTest::newRow("error: items") << R"({"items":{"type":"string"}})"
                                  << R"(["a",1])" << QStringLiteral("type");
    QTest::newRow("error: minItems") << R"({"minItems":1})"
                                     << "[]" << QStringLiteral("minItems");
    QTest::newRow("error: maxItems") << R"({"maxItems":1})"
                                     << "[1,2]" << QStringLiteral("maxItems");
    QTest::newRow("error: minLength counts code points") << R"({"minLength":2})"
                                                         << R"("𠮷")" << QStringLiteral("minLength");
    QTest::newRow("error: maxLength") << R"({"maxLength":1})"
                                      << R"("ab")" << QStringLiteral("maxLength");
    QTest::newRow("error: pattern") << R"({"pattern":"^[0-9]{5}$"})"
                                    << R"("1310")" << QStringLiteral("pattern");
    QTest::newRow("pattern whole string") << R"({"pattern":"^[0-9]{5}$"})"
                                          << R"("13101")" << QString();
    // ECMA-262 semantics: `$` is the end of the input, not "before a final newline" as in PCRE.
    QTest::newRow("error: pattern with trailing newline") << R"({"pattern":"^[0-9]{5}$"})"
                                                          << R"("13101\n")" << QStringLiteral("pattern");
    QTest::newRow("error: pattern with trailing CR LF") << R"({"pattern":"^[0-9]{5}$"})"
                                                        << R"("13101\r\n")" << QStringLiteral("pattern");
    QTest::newRow("pattern: dollar in a class is a character") << R"({"pattern":"^[$]+$"})"
                                                               << R"("$$")" << QString();
    QTest::newRow("pattern: escaped dollar is a character") << R"({"pattern":"^a\\$$"})"
                                                            << R"("a$")" << QString();
    QTest::newRow("error: pattern: escaped dollar with newline") << R"({"pattern":"^a\\$$"})"
                                                                 << R"("a$\n")" << QStringLiteral("pattern");
    QTest::newRow("error: format date with trailing newline") << R"({"format":"date"})"
                                                              << R"("2024-02-29\n")" << QStringLiteral("format");
    QTest::newRow("error: format uuid with trailing newline")
        << R"({"format":"uuid"})"
        << R"("01a21723-0000-7000-8000-000000000000\n")" << QStringLiteral("format");
    QTest::newRow("error: minimum") << R"({"minimum":1})"
                                    << "0" << QStringLiteral("minimum");
    QTest::newRow("error: maximum") << R"({"maximum":1})"
                                    << "2" << QStringLiteral("maximum");
    QTest::newRow("oneOf exactly one") << R"({"oneOf":[{"type":"string"},{"type":"integer"}]})"
                                       << "1" << QString();
    QTest::newRow("error: oneOf two match") << R"({"oneOf":[{"type":"integer"},{"minimum":0}]})"
                                            << "1" << QStringLiteral("oneOf");
    QTest::newRow("error: anyOf none") << R"({"anyOf":[{"type":"string"},{"type":"boolean"}]})"
                                       << "1" << QStringLiteral("anyOf");
    QTest::newRow("ref") << R"({"$defs":{"n":{"type":"integer"}},"$ref":"#/$defs/n"})"
                         << "1" << QString();
    QTest::newRow("error: ref") << R"({"$defs":{"n":{"type":"integer"}},"$ref":"#/$defs/n"})"
                                << R"("1")" << QStringLiteral("type");
    QTest::newRow("format date") << R"({"format":"date"})"
                                 << R"("2024-02-29")" << QString();
    QTest::newRow("error: format date") << R"({"format":"date"})"
                                        << R"("2023-02-29")" << QStringLiteral("format");
    QTest::newRow("format date-time") << R"({"format":"date-time"})"
                                      << R"("2025-04-10T10:00:00.000+09:00")" << QString();
    QTest::newRow("error: date-time without offset") << R"({"format":"date-time"})"
                                                     << R"("2025-04-10T10:00:00")" << QStringLiteral("format");
    QTest::newRow("error: format uuid") << R"({"format":"uuid"})"
                                        << R"("not-a-uuid")" << QStringLiteral("format");
    QTest::newRow("false schema") << R"({"properties":{"a":false}})"
                                  << R"({"a":1})" << QStringLiteral("false");
}

void TestJsonSchema::keywords()
{
    QFETCH(QString, schema);
    QFETCH(QString, instance);
    QFETCH(QString, failing);
    const auto s = JsonSchema::load(schema.toUtf8());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toLogString()));
    const auto violations = s->validate(parse(instance));
    if (failing.isEmpty()) {
        QVERIFY(violations.isEmpty());
    } else {
        QVERIFY(!violations.isEmpty());
        QCOMPARE(violations.first().keyword, failing);
    }
}

void TestJsonSchema::refusedSchemas_data()
{
    QTest::addColumn<QString>("schema");
    QTest::newRow("error: unsupported keyword") << R"({"if":{"type":"string"}})";
    QTest::newRow("error: nested unsupported keyword") << R"({"properties":{"a":{"patternProperties":{}}}})";
    QTest::newRow("error: external ref") << R"({"$ref":"other.json"})";
    QTest::newRow("error: dangling ref") << R"({"$ref":"#/$defs/none"})";
    QTest::newRow("error: invalid pattern") << R"({"pattern":"("})";
    QTest::newRow("error: not json") << "{";
}

void TestJsonSchema::refusedSchemas()
{
    QFETCH(QString, schema);
    QVERIFY(!JsonSchema::load(schema.toUtf8()).ok());
}

void TestJsonSchema::reportsInstancePath()
{
    const auto s = JsonSchema::load(R"({"properties":{"forms":{"items":{"required":["form_id"]}}}})");
    QVERIFY(s.ok());
    const auto violations = s->validate(parse(QStringLiteral(R"({"forms":[{"form_id":"a"},{}]})")));
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().instancePath, QStringLiteral("/forms/1/form_id"));
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "TestJsonSchema.moc"
