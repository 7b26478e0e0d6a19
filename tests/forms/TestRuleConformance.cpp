// The rule language's conformance table (resources/forms/rules-conformance.json): every case is compiled against
// its definition fragment and evaluated through forms::FormScope over the filled FormInstance AND over the
// FormInstance that readRequest() gives back from the built Request, so that screen and paper decide alike.
#include "forms/FormScope.h"
#include "forms/Request.h"
#include "tests/forms/FormsTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

namespace {

const QString ProbeField = QStringLiteral("conformance_probe");

QJsonObject conformance()
{
    return readObject(sourcePath(QStringLiteral("resources/forms/rules-conformance.json")));
}

QJsonArray fieldsJson(const QJsonArray &fragment)
{
    QJsonArray out;
    for (const QJsonValue &v : fragment) {
        QJsonObject f = v.toObject();
        f.insert(QStringLiteral("label"), QJsonObject{{QStringLiteral("ja"), f.value(QStringLiteral("id"))}});
        if (f.contains(QStringLiteral("options"))) {
            QJsonArray options;
            for (const QJsonValue &o : f.value(QStringLiteral("options")).toArray()) {
                options.append(QJsonObject{{QStringLiteral("value"), o},
                                           {QStringLiteral("label"), QJsonObject{{QStringLiteral("ja"), o}}}});
            }
            f.insert(QStringLiteral("options"), options);
        }
        if (f.contains(QStringLiteral("fields"))) {
            f.insert(QStringLiteral("fields"), fieldsJson(f.value(QStringLiteral("fields")).toArray()));
        }
        out.append(f);
    }
    return out;
}

// A whole definition around the fragment: its fields, and a probe field whose applies_when is the expression.
QByteArray definitionFor(const QJsonObject &c)
{
    QJsonArray fields = fieldsJson(c.value(QStringLiteral("fields")).toArray());
    QJsonArray row;
    for (const QJsonValue &f : fields) {
        row.append(f.toObject().value(QStringLiteral("id")));
    }
    QJsonObject probe{{QStringLiteral("id"), ProbeField},
                      {QStringLiteral("type"), QStringLiteral("boolean")},
                      {QStringLiteral("label"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("probe")}}}};
    // A null expression is kept as JSON null, which must not compile either.
    probe.insert(QStringLiteral("applies_when"), c.value(QStringLiteral("expression")));
    fields.append(probe);
    row.append(ProbeField);
    const QJsonObject def{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), QStringLiteral("conformance")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("適合試験")}}},
        {QStringLiteral("category"), QStringLiteral("notification")},
        {QStringLiteral("legal_basis"), QStringLiteral("試験")},
        {QStringLiteral("asks_individual_number"), false},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("layout"),
         QJsonObject{{QStringLiteral("sections"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("title"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("全部")}}},
                          {QStringLiteral("rows"), QJsonArray{row}}}}},
                     {QStringLiteral("signatures"), QJsonArray()}}},
    };
    return QJsonDocument(def).toJson(QJsonDocument::Compact);
}

FormContext contextFor(const QJsonObject &c, const QJsonObject &defaults)
{
    QJsonObject merged = defaults;
    const QJsonObject own = c.value(QStringLiteral("context")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    FormContext context;
    context.today = parseIsoDate(merged.value(QStringLiteral("today")).toString());
    context.mode = merged.value(QStringLiteral("mode")).toString() == QLatin1String("self_service") ? Mode::SelfService
                                                                                                    : Mode::Counter;
    context.municipality = merged.value(QStringLiteral("municipality")).toString();
    context.municipalityCode = merged.value(QStringLiteral("municipality_code")).toString();
    return context;
}

QString resultName(const EvalValue &v)
{
    if (v.isTrue()) {
        return QStringLiteral("true");
    }
    if (v.isFalse()) {
        return QStringLiteral("false");
    }
    return v.isUnknown() ? QStringLiteral("unknown") : QStringLiteral("not a boolean");
}

QString expectedName(const QJsonValue &v)
{
    return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
}

} // namespace

class TestRuleConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileDescribesItself();
    void cases_data();
    void cases();
};

void TestRuleConformance::fileDescribesItself()
{
    const QJsonObject doc = conformance();
    QCOMPARE(doc.value(QStringLiteral("format")).toInt(), 1);
    const QJsonArray cases = doc.value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() > 100);
    // Every operator of the language is exercised by at least one case that evaluates (not only by errors).
    QString text;
    int errors = 0;
    for (const QJsonValue &c : cases) {
        if (c.toObject().contains(QStringLiteral("error"))) {
            ++errors;
            continue;
        }
        text += QString::fromUtf8(
            QJsonDocument(QJsonArray{c.toObject().value(QStringLiteral("expression"))}).toJson(QJsonDocument::Compact));
    }
    QVERIFY(errors >= 10);
    for (const char *op : {"field",
                           "today",
                           "context",
                           "add_days",
                           "add_months",
                           "add_years",
                           "date",
                           "year",
                           "age",
                           "add",
                           "sub",
                           "count",
                           "eq",
                           "ne",
                           "lt",
                           "le",
                           "gt",
                           "ge",
                           "in",
                           "contains",
                           "present",
                           "absent",
                           "all",
                           "any",
                           "not",
                           "any_item",
                           "all_items",
                           "count_items",
                           "in_municipality",
                           "same_address"}) {
        QVERIFY2(text.contains(QStringLiteral("\"%1\":").arg(QLatin1String(op))), op);
    }
}

void TestRuleConformance::cases_data()
{
    QTest::addColumn<QJsonObject>("c");
    QTest::addColumn<QJsonObject>("defaults");
    const QJsonObject doc = conformance();
    const QJsonObject defaults =
        doc.value(QStringLiteral("defaults")).toObject().value(QStringLiteral("context")).toObject();
    for (const QJsonValue &c : doc.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString())) << o << defaults;
    }
}

void TestRuleConformance::cases()
{
    QFETCH(QJsonObject, c);
    QFETCH(QJsonObject, defaults);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("conformance.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(definitionFor(c));
    file.close();
    QVERIFY(QFile::copy(FormCatalog::embeddedDirectory() + QStringLiteral("/messages.json"),
                        dir.filePath(QStringLiteral("messages.json"))));
    auto catalog = FormCatalog::load(dir.path());

    if (c.contains(QStringLiteral("error"))) {
        QVERIFY2(!catalog, "the expression compiled");
        const QString message = catalog.error().toLogString();
        QVERIFY2(catalog.error().field.startsWith(QStringLiteral("fields[")) &&
                     catalog.error().field.contains(QStringLiteral("applies_when")),
                 qPrintable(message));
        QVERIFY2(message.contains(c.value(QStringLiteral("error")).toString()), qPrintable(message));
        return;
    }
    QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().toLogString()));

    const FormContext context = contextFor(c, defaults);
    QVERIFY(context.today.isValid());
    FormInstance filled(catalog->shared(QStringLiteral("conformance")));
    const QList<ValidationIssue> refused =
        filled.applyAnswers(c.value(QStringLiteral("values")).toObject(), Provenance::Resident);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.first().code));
    const ExprPtr expression = filled.definition().field(ProbeField)->appliesWhen;
    QVERIFY(expression);
    const QString expected = expectedName(c.value(QStringLiteral("expect")));

    // On screen: the instance being filled.
    QCOMPARE(resultName(expression->evaluate(FormScope(filled, context))), expected);

    // On paper and in the back office: the instance read back from the Request the kiosk builds.
    RequestOptions options;
    options.kioskId = QStringLiteral("conformance");
    options.createdAt = QDateTime(context.today, QTime(12, 0), QTimeZone(9 * 3600));
    const QJsonObject request = buildRequest({{&filled, {}}}, context, options);
    auto stored = readRequest(request, *catalog);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toLogString()));
    const FormContext storedContext = stored->context(context.municipality);
    QCOMPARE(storedContext.today, context.today);
    QCOMPARE(storedContext.mode, context.mode);
    QCOMPARE(resultName(expression->evaluate(FormScope(stored->forms.first().instance, storedContext))), expected);
}

QTEST_GUILESS_MAIN(TestRuleConformance)
#include "TestRuleConformance.moc"
