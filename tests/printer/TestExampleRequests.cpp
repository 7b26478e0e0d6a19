// resources/examples/requests/: one example request per catalog form, filled from the edge personas. Each must be
// exactly what `kakanai-forms fill` produces for its inputs today (request_id and created_at aside: the id is random
// and the time is the fill's), and valid against the request schema. With KAKANAI_REGENERATE_EXAMPLES=1 the test
// rewrites the files from kakanai-forms instead (after a deliberate change to the forms or the answers).
#include "tests/printer/PrinterTestSupport.h"

#include "forms/JsonSchema.h"

#include <QJsonArray>
#include <QSet>

using namespace kakanai::forms;
using namespace kakanai::printer::testing;

namespace {

const QString ExamplesDir = QStringLiteral("resources/examples/requests/");

QJsonObject withoutIdAndTime(QJsonObject request)
{
    request.remove(QStringLiteral("request_id"));
    request.remove(QStringLiteral("created_at"));
    return request;
}

} // namespace

class TestExampleRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePerCatalogForm();
    void stillWhatKakanaiFormsFillProduces_data();
    void stillWhatKakanaiFormsFillProduces();
    void printable_data();
    void printable();

private:
    QJsonObject manifest() const { return readObject(sourcePath(ExamplesDir + QStringLiteral("manifest.json"))); }
};

void TestExampleRequests::onePerCatalogForm()
{
    QSet<QString> forms;
    for (const QJsonValue &e : manifest().value(QStringLiteral("examples")).toArray()) {
        forms.insert(e.toObject().value(QStringLiteral("form")).toString());
    }
    const QStringList ids = catalog().ids();
    QCOMPARE(forms, QSet<QString>(ids.begin(), ids.end()));
}

void TestExampleRequests::stillWhatKakanaiFormsFillProduces_data()
{
    QTest::addColumn<QJsonObject>("example");
    for (const QJsonValue &e : manifest().value(QStringLiteral("examples")).toArray()) {
        const QJsonObject o = e.toObject();
        QTest::addRow("%s from %s", qPrintable(o.value(QStringLiteral("request")).toString()),
                      qPrintable(o.value(QStringLiteral("persona")).toString()))
            << o;
    }
}

void TestExampleRequests::stillWhatKakanaiFormsFillProduces()
{
    QFETCH(QJsonObject, example);
    const QString form = example.value(QStringLiteral("form")).toString();
    const Persona who =
        persona(example.value(QStringLiteral("persona")).toString(), catalog().form(form)->asksIndividualNumber);
    QTemporaryDir dir;
    const QString resident = writeTemp(dir, QStringLiteral("resident.json"), QJsonDocument(who.resident).toJson());

    QProcess fill;
    fill.start(binPath(QStringLiteral("kakanai-forms")),
               {QStringLiteral("fill"), QStringLiteral("--form"), form, QStringLiteral("--resident"), resident,
                QStringLiteral("--answers"),
                sourcePath(ExamplesDir + example.value(QStringLiteral("answers")).toString()), QStringLiteral("--now"),
                manifest().value(QStringLiteral("now")).toString(), QStringLiteral("--kiosk-id"),
                example.value(QStringLiteral("kiosk_id")).toString(), QStringLiteral("--municipality"),
                example.value(QStringLiteral("municipality")).toString(), QStringLiteral("--municipality-code"),
                example.value(QStringLiteral("municipality_code")).toString(), QStringLiteral("--receipt-number"),
                example.value(QStringLiteral("receipt_number")).toString()});
    QVERIFY(fill.waitForFinished(60000));
    const QByteArray produced = fill.readAllStandardOutput();
    QVERIFY2(fill.exitCode() == 0, produced.constData());

    const QString file = sourcePath(ExamplesDir + example.value(QStringLiteral("request")).toString());
    if (qEnvironmentVariableIsSet("KAKANAI_REGENERATE_EXAMPLES")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(produced);
        qInfo("rewrote %s", qPrintable(file));
    }
    const QJsonObject stored = readObject(file);
    QVERIFY2(withoutIdAndTime(stored) == withoutIdAndTime(QJsonDocument::fromJson(produced).object()),
             "the example differs from what kakanai-forms fill produces now: review the change, then run the test "
             "with KAKANAI_REGENERATE_EXAMPLES=1");

    QFile schemaFile(QStringLiteral(":/kakanai/schema/request.schema.json"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    auto schema = JsonSchema::load(schemaFile.readAll());
    QVERIFY(schema);
    const auto violations = schema->validate(stored);
    QVERIFY2(violations.isEmpty(), violations.isEmpty() ? ""
                                                        : qPrintable(violations.first().instancePath +
                                                                     QLatin1Char(' ') + violations.first().detail));
    // The persona's card data is in it, exactly.
    const QByteArray bytes = readBytes(file);
    QVERIFY(QString::fromUtf8(bytes).contains(who.name));
    QVERIFY(QString::fromUtf8(bytes).contains(who.address));
}

void TestExampleRequests::printable_data()
{
    stillWhatKakanaiFormsFillProduces_data();
}

void TestExampleRequests::printable()
{
    QFETCH(QJsonObject, example);
    const QJsonObject request =
        readObject(sourcePath(ExamplesDir + example.value(QStringLiteral("request")).toString()));
    auto doc = renderer().renderForms(request);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toLogString()));
    QVERIFY(doc->issues.isEmpty());
}

QTEST_MAIN(TestExampleRequests)
#include "TestExampleRequests.moc"
