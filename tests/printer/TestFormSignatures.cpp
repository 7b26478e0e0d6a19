// The signature boxes of the printed layout (layout.signatures in the form definitions, loaded by kakanai_forms):
// where the catalog wants them, the loader's checks, and the printer's evaluation of their conditions.
#include "tests/printer/PrinterTestSupport.h"

#include "printer/PrintedRequest.h"

#include <QJsonArray>

using namespace kakanai::forms;
using namespace kakanai::printer;
using namespace kakanai::printer::testing;

namespace {

// A small valid definition with one signature box (and its condition) spliced in.
QByteArray definition(const QByteArray &signatures)
{
    return R"({
  "format": 1, "id": "sig", "version": 1, "title": {"ja": "試験届"}, "category": "notification",
  "legal_basis": "試験", "asks_individual_number": false,
  "fields": [
    {"id": "name", "type": "text", "label": {"ja": "氏名"}},
    {"id": "relation", "type": "choice", "label": {"ja": "届出人"},
     "options": [{"value": "self", "label": {"ja": "本人"}}, {"value": "proxy", "label": {"ja": "代理人"}}]}
  ],
  "layout": {"sections": [{"title": {"ja": "全部"}, "rows": [["name", "relation"]]}], "signatures": )" +
           signatures + "}}";
}

} // namespace

class TestFormSignatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogWantsThemOnNotifications_data();
    void catalogWantsThemOnNotifications();
    void loads();
    void loaderErrors_data();
    void loaderErrors();
    void conditionDecidesThePrintout_data();
    void conditionDecidesThePrintout();
};

void TestFormSignatures::catalogWantsThemOnNotifications_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<bool>("signature");
    // 住民基本台帳事務処理要領: the 住民異動届 is signed (or sealed) by the person filing it. The certificate
    // requests are identified by the card and confirmed on the touchscreen.
    QTest::newRow("tennyu 転入届") << QStringLiteral("tennyu") << true;
    QTest::newRow("tenkyo 転居届") << QStringLiteral("tenkyo") << true;
    QTest::newRow("tenshutsu 転出届") << QStringLiteral("tenshutsu") << true;
    QTest::newRow("setai_henko 世帯変更届") << QStringLiteral("setai_henko") << true;
    QTest::newRow("juminhyo") << QStringLiteral("juminhyo") << false;
    QTest::newRow("inkan") << QStringLiteral("inkan") << false;
    QTest::newRow("koseki") << QStringLiteral("koseki") << false;
    QTest::newRow("zeishomei") << QStringLiteral("zeishomei") << false;
}

void TestFormSignatures::catalogWantsThemOnNotifications()
{
    QFETCH(QString, form);
    QFETCH(bool, signature);
    const FormDefinition *def = catalog().form(form);
    QVERIFY(def);
    QCOMPARE(!def->layout.signatures.isEmpty(), signature);
    for (const LayoutSignature &s : def->layout.signatures) {
        QVERIFY(!s.law.isEmpty());
        QVERIFY(!s.label.ja().isEmpty());
        QVERIFY(!s.label.en().isEmpty());
    }
}

void TestFormSignatures::loads()
{
    auto def = FormDefinition::load(definition(R"([{"id": "notifier", "label": {"ja": "届出人署名", "en": "Signature"},
        "law": "試験要領"}, {"id": "principal", "label": {"ja": "委任者署名"}, "law": "試験要領",
        "when": {"eq": [{"field": "relation"}, "proxy"]}}])"),
                                    QStringLiteral("sig.json"));
    QVERIFY2(def, def ? "" : qPrintable(def.error().toLogString()));
    const auto &signatures = (*def)->layout.signatures;
    QCOMPARE(signatures.size(), 2);
    QCOMPARE(signatures.at(0).id, QStringLiteral("notifier"));
    QVERIFY(!signatures.at(0).when);
    QCOMPARE(signatures.at(1).label.ja(), QStringLiteral("委任者署名"));
    QVERIFY(signatures.at(1).when);
    // Without the key there are none.
    auto none = FormDefinition::load(QByteArray(definition("[]")).replace(R"(, "signatures": [])", ""),
                                     QStringLiteral("sig.json"));
    QVERIFY(none);
    QVERIFY((*none)->layout.signatures.isEmpty());
}

void TestFormSignatures::loaderErrors_data()
{
    QTest::addColumn<QByteArray>("signatures");
    QTest::addColumn<QString>("field");
    QTest::newRow("error: not a list") << QByteArray(R"({"id": "x"})") << QStringLiteral("layout.signatures");
    QTest::newRow("error: no law") << QByteArray(R"([{"id": "x", "label": {"ja": "署名"}}])")
                                   << QStringLiteral("layout.signatures[0].law");
    QTest::newRow("error: no Japanese label") << QByteArray(R"([{"id": "x", "label": {"en": "Sign"}, "law": "l"}])")
                                              << QStringLiteral("layout.signatures[0].label.ja");
    QTest::newRow("error: unknown key") << QByteArray(
                                               R"([{"id": "x", "label": {"ja": "署名"}, "law": "l", "size": 3}])")
                                        << QStringLiteral("layout.signatures[0].size");
    QTest::newRow("error: dotted id") << QByteArray(R"([{"id": "a.b", "label": {"ja": "署名"}, "law": "l"}])")
                                      << QStringLiteral("layout.signatures[0].id");
    QTest::newRow("error: duplicate id")
        << QByteArray(
               R"([{"id": "x", "label": {"ja": "署名"}, "law": "l"}, {"id": "x", "label": {"ja": "署名"}, "law": "l"}])")
        << QStringLiteral("layout.signatures[1].id");
    QTest::newRow("error: condition on an unknown field")
        << QByteArray(R"([{"id": "x", "label": {"ja": "署名"}, "law": "l", "when": {"eq": [{"field": "nope"}, 1]}}])")
        << QStringLiteral("layout.signatures[0].when");
}

void TestFormSignatures::loaderErrors()
{
    QFETCH(QByteArray, signatures);
    QFETCH(QString, field);
    auto def = FormDefinition::load(definition(signatures), QStringLiteral("sig.json"));
    QVERIFY(!def);
    QCOMPARE(def.error().code, FormsErrorCode::InvalidDefinition);
    QCOMPARE(def.error().file, QStringLiteral("sig.json"));
    QVERIFY2(def.error().field.startsWith(field), qPrintable(def.error().toLogString()));
}

void TestFormSignatures::conditionDecidesThePrintout_data()
{
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QStringList>("boxes");
    QTest::newRow("the person themselves: one box")
        << QStringLiteral("self") << QStringList{QStringLiteral("notifier")};
    QTest::newRow("a proxy: the principal's box too")
        << QStringLiteral("proxy") << QStringList{QStringLiteral("notifier"), QStringLiteral("principal")};
    QTest::newRow("unanswered: only the unconditional box") << QString() << QStringList{QStringLiteral("notifier")};
}

void TestFormSignatures::conditionDecidesThePrintout()
{
    QFETCH(QString, relation);
    QFETCH(QStringList, boxes);
    // A one-form request read back through PrintedRequest::read (forms::readRequest), with a catalog holding this
    // definition.
    QJsonObject values;
    if (!relation.isEmpty()) {
        values.insert(QStringLiteral("relation"),
                      QJsonObject{{QStringLiteral("value"), relation},
                                  {QStringLiteral("provenance"), QStringLiteral("resident")}});
    }
    const QJsonObject request{
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("request_id"), QStringLiteral("01961d35-fe80-750d-8a3a-6ceba933cb76")},
        {QStringLiteral("kiosk_id"), QStringLiteral("k")},
        {QStringLiteral("created_at"), QStringLiteral("2025-04-10T10:00:00.000+09:00")},
        {QStringLiteral("mode"), QStringLiteral("counter")},
        {QStringLiteral("procedure"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("form")}, {QStringLiteral("id"), QStringLiteral("sig")}}},
        {QStringLiteral("forms"), QJsonArray{QJsonObject{{QStringLiteral("form_id"), QStringLiteral("sig")},
                                                         {QStringLiteral("form_version"), 1},
                                                         {QStringLiteral("people"), QJsonArray()},
                                                         {QStringLiteral("values"), values}}}}};
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("sig.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(definition(R"([{"id": "notifier", "label": {"ja": "届出人署名"}, "law": "l"},
        {"id": "principal", "label": {"ja": "委任者署名"}, "law": "l", "when": {"eq": [{"field": "relation"}, "proxy"]}}])"));
    file.close();
    QFile::copy(FormCatalog::embeddedDirectory() + QStringLiteral("/messages.json"),
                dir.filePath(QStringLiteral("messages.json")));
    auto own = FormCatalog::load(dir.path());
    QVERIFY2(own, own ? "" : qPrintable(own.error().toLogString()));
    auto parsed = PrintedRequest::read(request, *own);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toLogString()));
    QStringList printed;
    for (const LayoutSignature &s : parsed->signatures(parsed->request.forms.first())) {
        printed.append(s.id);
    }
    QCOMPARE(printed, boxes);
}

QTEST_GUILESS_MAIN(TestFormSignatures)
#include "TestFormSignatures.moc"
