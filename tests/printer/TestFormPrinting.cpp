// Every form of the catalog printed for every edge persona: A4 pages, fonts embedded as text, the text layer giving
// back exactly every text value of the request (names, addresses with U+3000, 𠮷, 髙﨑, full-width digits and
// U+FF0D), the QR code on every page decoding to the request, signature boxes where the law wants one, card values
// marked, the second language alongside, and life-event requests printing each of their forms.
#include "tests/printer/PrinterTestSupport.h"

#include "printer/QrPayload.h"

#include <QJsonArray>
#include <QPrinter>
#include <QRegularExpression>

using namespace kakanai::forms;
using namespace kakanai::printer;
using namespace kakanai::printer::testing;

namespace {

// Every text value of the request (people and values, list items included), with the path it came from.
QList<std::pair<QString, QString>> textValues(const QJsonObject &request)
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonValue &f : request.value(QStringLiteral("forms")).toArray()) {
        const QJsonObject form = f.toObject();
        const FormDefinition *def = catalog().form(form.value(QStringLiteral("form_id")).toString());
        auto visit = [&](const QString &prefix, const QJsonObject &values) {
            for (auto it = values.begin(); it != values.end(); ++it) {
                const QJsonObject v = it.value().toObject();
                if (v.contains(QStringLiteral("items"))) {
                    for (const QJsonValue &item : v.value(QStringLiteral("items")).toArray()) {
                        const QJsonObject o = item.toObject();
                        for (auto jt = o.begin(); jt != o.end(); ++jt) {
                            const FieldDefinition *field = def->field(QString(it.key() + QLatin1Char('.') + jt.key()));
                            if (field && field->type == FieldType::Text) {
                                out.append({it.key() + QLatin1Char('.') + jt.key(),
                                            jt.value().toObject().value(QStringLiteral("value")).toString()});
                            }
                        }
                    }
                    continue;
                }
                const FieldDefinition *field = def->field(QString(prefix + it.key()));
                if (field && field->type == FieldType::Text && v.value(QStringLiteral("value")).isString()) {
                    out.append({prefix + it.key(), v.value(QStringLiteral("value")).toString()});
                }
            }
        };
        for (const QJsonValue &person : form.value(QStringLiteral("people")).toArray()) {
            const QJsonObject p = person.toObject();
            const QString role = p.value(QStringLiteral("role")).toString();
            QString prefix;
            for (const PersonGroup &g : def->people) {
                if (g.role == role) {
                    prefix = g.prefix.isEmpty() ? g.list + QLatin1Char('.') : g.prefix;
                }
            }
            visit(prefix, p.value(QStringLiteral("values")).toObject());
        }
        visit(QString(), form.value(QStringLiteral("values")).toObject());
    }
    return out;
}

int countProvenance(const QJsonValue &v, const QString &provenance)
{
    if (v.isArray()) {
        int n = 0;
        for (const QJsonValue &x : v.toArray()) {
            n += countProvenance(x, provenance);
        }
        return n;
    }
    if (!v.isObject()) {
        return 0;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("provenance")) && o.contains(QStringLiteral("value"))) {
        return o.value(QStringLiteral("provenance")).toString() == provenance ? 1 : 0;
    }
    int n = 0;
    for (auto it = o.begin(); it != o.end(); ++it) {
        n += countProvenance(it.value(), provenance);
    }
    return n;
}

} // namespace

class TestFormPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFormKeepsTheData_data();
    void everyFormKeepsTheData();
    void lifeEventPrintsEachForm();
    void householdChangeAsTheLawAsks();
    void signatureBoxWhereTheLawWantsOne_data();
    void signatureBoxWhereTheLawWantsOne();
    void cardValuesAreMarked();
    void secondLanguageAlongside();
    void individualNumberNeverPrinted();
    void paintsOnAQPrinter();
    void unknownFormAndBrokenRequests_data();
    void unknownFormAndBrokenRequests();

private:
    std::optional<PrintRenderer> m_renderer;
};

void TestFormPrinting::initTestCase()
{
    PrinterConfig config;
    config.addressee = QStringLiteral("東京都千代田区長");
    m_renderer.emplace(renderer(config));
}

void TestFormPrinting::everyFormKeepsTheData_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("personaId");
    for (const QString &form : catalog().ids()) {
        for (const QString &p : edgePersonas()) {
            QTest::addRow("%s %s", qPrintable(form), qPrintable(p)) << form << p;
        }
    }
}

void TestFormPrinting::everyFormKeepsTheData()
{
    QFETCH(QString, form);
    QFETCH(QString, personaId);
    const Persona who = persona(personaId, catalog().form(form)->asksIndividualNumber);
    const QJsonObject request = fillRequest({form}, who);
    const QString requestId = request.value(QStringLiteral("request_id")).toString();

    auto doc = m_renderer->renderForms(request);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toLogString()));
    QVERIFY2(doc->issues.isEmpty(), "every character of the personas has a glyph in Noto Sans CJK JP");
    QCOMPARE(doc->kind, DocumentKind::Forms);
    QCOMPARE(doc->requestId, requestId);
    QCOMPARE(doc->firstPageSizeMm, QSizeF(210, 297));
    QVERIFY(doc->pageCount >= 1);
    QVERIFY(!doc->title.contains(who.name) && doc->title.contains(requestId));

    QTemporaryDir dir;
    const QString pdf = writeTemp(dir, QStringLiteral("form.pdf"), doc->pdf);
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.out.contains("(A4)"), info.out.constData());
    QVERIFY(QString::fromLatin1(info.out).contains(
        QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(doc->pageCount))));

    // The text layer is the data: every text value, code point for code point.
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(catalog().form(form)->title.ja()));
    const auto values = textValues(request);
    QVERIFY2(!values.isEmpty(), "the request has text values");
    for (const auto &[path, value] : values) {
        QVERIFY2(text.contains(value), qPrintable(path + QStringLiteral(": ") + codePoints(value)));
    }
    QVERIFY2(text.contains(who.name), qPrintable(codePoints(who.name)));
    QVERIFY2(text.contains(who.address), qPrintable(codePoints(who.address)));

    // Every page carries a QR code that leads back to this request (and this form), with nothing personal in it.
    const QStringList codes = qrCodes(dir, pdf);
    QCOMPARE(codes.size(), doc->pageCount);
    for (const QString &code : codes) {
        const auto payload = QrPayload::parse(code.toLatin1());
        QVERIFY2(payload, qPrintable(code));
        QCOMPARE(payload->requestId, requestId);
        QCOMPARE(payload->formId, form);
        QCOMPARE(payload->kioskId, QStringLiteral("chiyoda-01"));
        QCOMPARE(payload->procedureKind, QStringLiteral("form"));
        QCOMPARE(payload->created, QDateTime(QDate(2025, 4, 10), QTime(1, 0), Qt::UTC));
        QVERIFY(!code.contains(who.name) && !code.contains(who.address));
    }
}

void TestFormPrinting::lifeEventPrintsEachForm()
{
    const kakanai::forms::LifeEvent *lifeEvent = navigator().event(QStringLiteral("certificates"));
    QVERIFY(lifeEvent);
    const QJsonObject request = fillRequest(lifeEvent->forms, persona(QStringLiteral("outside-jis")), lifeEvent->id);
    auto doc = m_renderer->renderForms(request);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toLogString()));
    QVERIFY(doc->pageCount >= lifeEvent->forms.size());
    QTemporaryDir dir;
    const QString pdf = writeTemp(dir, QStringLiteral("event.pdf"), doc->pdf);
    const QString text = pdfText(pdf);
    qsizetype at = 0;
    for (const QString &id : lifeEvent->forms) {
        const qsizetype found = text.indexOf(catalog().form(id)->title.ja(), at);
        QVERIFY2(found >= at, qPrintable(id)); // each form, in the event's order
        at = found;
    }
    QStringList formsOnPages;
    for (const QString &code : qrCodes(dir, pdf)) {
        const auto payload = QrPayload::parse(code.toLatin1());
        QVERIFY(payload);
        QCOMPARE(payload->procedureKind, QStringLiteral("life_event"));
        QCOMPARE(payload->procedureId, QStringLiteral("certificates"));
        if (formsOnPages.isEmpty() || formsOnPages.last() != payload->formId) {
            formsOnPages.append(payload->formId);
        }
    }
    QCOMPARE(formsOnPages, lifeEvent->forms);
}

// The 世帯変更届 (住民基本台帳法第25条: 氏名, the change and its date) as printed: the example is the new 世帯主
// after the death of the previous one.
void TestFormPrinting::householdChangeAsTheLawAsks()
{
    const Persona who = persona(QStringLiteral("demo"));
    const QJsonObject request = fillRequest({QStringLiteral("setai_henko")}, who);
    auto doc = m_renderer->renderForms(request);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toLogString()));
    QTemporaryDir dir;
    const QString text = pdfText(writeTemp(dir, QStringLiteral("setai.pdf"), doc->pdf)).remove(QLatin1Char(' '));
    for (const QString &expected :
         {QStringLiteral("住民異動届（世帯変更届）"), QStringLiteral("変更があった年月日"),
          QStringLiteral("令和7年4月3日"), QStringLiteral("変更の内容"), QStringLiteral("世帯主の変更"),
          QStringLiteral("世帯主の死亡"), QStringLiteral("変更前の世帯主氏名"), QStringLiteral("山田　一郎"),
          QStringLiteral("変更後の世帯主氏名"), QStringLiteral("変更後の世帯主との続柄"), QStringLiteral("届出人署名"),
          who.name, who.address}) {
        QVERIFY2(text.contains(QString(expected).remove(QLatin1Char(' '))),
                 qPrintable(expected + QStringLiteral("\n") + text));
    }
}

void TestFormPrinting::signatureBoxWhereTheLawWantsOne_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<bool>("box");
    for (const QString &id : catalog().ids()) {
        QTest::addRow("%s", qPrintable(id)) << id << !catalog().form(id)->layout.signatures.isEmpty();
    }
}

void TestFormPrinting::signatureBoxWhereTheLawWantsOne()
{
    QFETCH(QString, form);
    QFETCH(bool, box);
    auto doc = m_renderer->renderForms(fillRequest({form}, persona(QStringLiteral("demo"))));
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString text = pdfText(writeTemp(dir, QStringLiteral("s.pdf"), doc->pdf));
    QCOMPARE(text.contains(QStringLiteral("届出人署名")), box);
    QCOMPARE(text.contains(QStringLiteral("住民基本台帳事務処理要領")), box);
}

void TestFormPrinting::cardValuesAreMarked()
{
    const QJsonObject request = fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo")));
    auto doc = m_renderer->renderForms(request);
    QVERIFY(doc);
    // One mark per value read from the card (values copied from a card value keep its provenance).
    QCOMPARE(doc->cardMarks, countProvenance(request, QStringLiteral("card")));
    QVERIFY(doc->cardMarks >= 3);
    QTemporaryDir dir;
    QVERIFY(pdfText(writeTemp(dir, QStringLiteral("m.pdf"), doc->pdf))
                .contains(QStringLiteral("マイナンバーカードから読み取った項目")));

    // A card value changed by staff: printed as changed, no mark, with the card's text beside it.
    QJsonObject changed = request;
    QJsonArray forms = changed.value(QStringLiteral("forms")).toArray();
    QJsonObject form = forms.first().toObject();
    QJsonArray people = form.value(QStringLiteral("people")).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject person = people.at(i).toObject();
        if (person.value(QStringLiteral("role")).toString() == QLatin1String("counter_person")) {
            QJsonObject values = person.value(QStringLiteral("values")).toObject();
            values.insert(
                QStringLiteral("address"),
                QJsonObject{
                    {QStringLiteral("value"), QStringLiteral("東京都千代田区霞が関１丁目２－３　霞ハイツ１０１")},
                    {QStringLiteral("provenance"), QStringLiteral("staff")},
                    {QStringLiteral("card_value"), QStringLiteral("東京都千代田区霞が関１丁目２－３")}});
            person.insert(QStringLiteral("values"), values);
            people.replace(i, person);
        }
    }
    form.insert(QStringLiteral("people"), people);
    forms.replace(0, form);
    changed.insert(QStringLiteral("forms"), forms);
    auto doc2 = m_renderer->renderForms(changed);
    QVERIFY(doc2);
    QCOMPARE(doc2->cardMarks, doc->cardMarks - 1);
    const QString text = pdfText(writeTemp(dir, QStringLiteral("c.pdf"), doc2->pdf));
    QVERIFY(text.contains(QStringLiteral("東京都千代田区霞が関１丁目２－３　霞ハイツ１０１")));
    QVERIFY(text.contains(QStringLiteral("カードの記載：東京都千代田区霞が関１丁目２－３")));
}

void TestFormPrinting::secondLanguageAlongside()
{
    const QJsonObject request = fillRequest({QStringLiteral("tennyu")}, persona(QStringLiteral("long-address")));
    QTemporaryDir dir;
    auto ja = m_renderer->renderForms(request);
    auto en = m_renderer->renderForms(request, RenderOptions{QStringLiteral("en")});
    auto unknown = m_renderer->renderForms(request, RenderOptions{QStringLiteral("vi")});
    QVERIFY(ja && en && unknown);
    const QString jaText = pdfText(writeTemp(dir, QStringLiteral("ja.pdf"), ja->pdf));
    const QString enText = pdfText(writeTemp(dir, QStringLiteral("en.pdf"), en->pdf));
    const QString viText = pdfText(writeTemp(dir, QStringLiteral("vi.pdf"), unknown->pdf));
    QVERIFY(!jaText.contains(QStringLiteral("Notification of moving in")));
    QVERIFY(enText.contains(QStringLiteral("Notification of moving in")));
    QVERIFY(enText.contains(QStringLiteral("住民異動届（転入届）"))); // stays Japanese, English alongside
    QVERIFY(enText.contains(QStringLiteral("read from the My Number card")));
    // A language the definitions do not have: Japanese only.
    QCOMPARE(viText, jaText);
}

void TestFormPrinting::individualNumberNeverPrinted()
{
    const Persona who = persona(QStringLiteral("long-address"), true);
    const QJsonObject request = fillRequest({QStringLiteral("tenkyo")}, who);
    const QString digits = who.resident.value(QStringLiteral("individual_number")).toString();
    QVERIFY(QJsonDocument(request).toJson().contains(digits.toLatin1())); // the request carries it (tenkyo asks)
    auto doc = m_renderer->renderForms(request);
    QVERIFY(doc);
    QVERIFY(!doc->pdf.contains(digits.toLatin1()));
    QTemporaryDir dir;
    const QString pdf = writeTemp(dir, QStringLiteral("n.pdf"), doc->pdf);
    const QString text = pdfText(pdf);
    QVERIFY(!text.contains(digits));
    QVERIFY(text.contains(QStringLiteral("●●●●　●●●●　●●●●")));
    for (const QString &code : qrCodes(dir, pdf)) {
        QVERIFY(!code.contains(digits));
    }
}

void TestFormPrinting::paintsOnAQPrinter()
{
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printer.pdf")));
    auto pages =
        m_renderer->paintForms(printer, fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo"))));
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().toLogString()));
    QCOMPARE(*pages, 1);
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {printer.outputFileName()});
    QVERIFY2(QString::fromLatin1(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))) &&
                 info.out.contains("(A4)"),
             info.out.constData());
}

void TestFormPrinting::unknownFormAndBrokenRequests_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<PrintErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("error: form not in the catalog")
        << QStringLiteral("form_id") << PrintErrorCode::UnknownForm << QStringLiteral("nosuchform");
    QTest::newRow("error: request id not a UUIDv7")
        << QStringLiteral("request_id") << PrintErrorCode::InvalidRequest << QStringLiteral("/request_id");
    QTest::newRow("error: value of a field the form does not have")
        << QStringLiteral("field") << PrintErrorCode::InvalidRequest << QStringLiteral("/forms/0/values/no_such_field");
    QTest::newRow("error: no forms") << QStringLiteral("forms") << PrintErrorCode::InvalidRequest
                                     << QStringLiteral("/forms");
    QTest::newRow("error: another schema version")
        << QStringLiteral("schema_version") << PrintErrorCode::InvalidRequest << QStringLiteral("/schema_version");
}

void TestFormPrinting::unknownFormAndBrokenRequests()
{
    QFETCH(QString, change);
    QFETCH(PrintErrorCode, code);
    QFETCH(QString, field);
    QJsonObject request = fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo")));
    QJsonArray forms = request.value(QStringLiteral("forms")).toArray();
    QJsonObject form = forms.first().toObject();
    if (change == QLatin1String("form_id")) {
        form.insert(QStringLiteral("form_id"), QStringLiteral("nosuchform"));
    } else if (change == QLatin1String("schema_version")) {
        request.insert(QStringLiteral("schema_version"), 2);
    } else if (change == QLatin1String("request_id")) {
        request.insert(QStringLiteral("request_id"), QStringLiteral("not-a-uuid"));
    } else if (change == QLatin1String("field")) {
        QJsonObject values = form.value(QStringLiteral("values")).toObject();
        values.insert(
            QStringLiteral("no_such_field"),
            QJsonObject{{QStringLiteral("value"), 1}, {QStringLiteral("provenance"), QStringLiteral("staff")}});
        form.insert(QStringLiteral("values"), values);
    }
    forms.replace(0, form);
    request.insert(QStringLiteral("forms"), change == QLatin1String("forms") ? QJsonArray() : forms);
    auto doc = m_renderer->renderForms(request);
    QVERIFY(!doc);
    QCOMPARE(doc.error().code, code);
    QCOMPARE(doc.error().field, field);
}

QTEST_MAIN(TestFormPrinting)
#include "TestFormPrinting.moc"
