// Form definitions are data checked at start-up: a broken definition is an error naming its file and field, never
// a crash; the bundled catalog holds every form of the issue with its statutory items.
#include "forms/FormCatalog.h"
#include "forms/FormDefinition.h"
#include "tests/forms/FormsTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

namespace {

const char *const SampleDefinition = R"({
  "format": 1, "id": "sample", "version": 1, "title": {"ja": "見本", "en": "Sample"},
  "category": "certificate", "legal_basis": "テスト",
  "fields": [
    {"id": "name", "type": "text", "label": {"ja": "氏名"}, "prefill": "name", "required": true},
    {"id": "copies", "type": "integer", "label": {"ja": "通数"}, "min": 1, "max": 10},
    {"id": "kind", "type": "choice", "label": {"ja": "種類"}, "options": [{"value": "a", "label": {"ja": "A"}}]},
    {"id": "movers", "type": "list", "label": {"ja": "異動者"},
     "fields": [{"id": "name", "type": "text", "label": {"ja": "氏名"}}]}
  ],
  "rules": [{"id": "r1", "check": {"le": [{"field": "copies"}, 5]}, "field": "copies", "code": "too_many",
             "message": "forms.required"}],
  "derive": [{"field": "kind", "value": "a"}],
  "people": [{"role": "mover", "list": "movers"}],
  "layout": {"sections": [{"title": {"ja": "全部"}, "rows": [["name", "copies"], ["kind"], ["movers"]]}]}
})";

// Sets (or with "<delete>" removes) the value at a slash-separated path of object keys and array indices.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value, bool remove)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const qsizetype i = key.toInt();
        if (i == a.size()) {
            a.append(QJsonValue()); // one past the end appends
        }
        if (i < 0 || i >= a.size()) {
            qFatal("test pointer out of range");
        }
        a[i] = path.isEmpty() ? value : setAt(a.at(i), path, value, remove);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty()) {
        if (remove) {
            o.remove(key);
        } else {
            o[key] = value;
        }
    } else {
        o[key] = setAt(o.value(key), path, value, remove);
    }
    return o;
}

QByteArray mutated(const QString &pointer, const QString &valueJson)
{
    QJsonValue root = QJsonDocument::fromJson(SampleDefinition).object();
    if (pointer.isEmpty()) {
        return QJsonDocument(root.toObject()).toJson();
    }
    const bool remove = valueJson == QLatin1String("<delete>");
    const QJsonValue value =
        remove ? QJsonValue() : QJsonDocument::fromJson("[" + valueJson.toUtf8() + "]").array().at(0);
    root = setAt(root, pointer.split(QLatin1Char('/')), value, remove);
    return QJsonDocument(root.toObject()).toJson();
}

const QStringList Messages = {QStringLiteral("forms.required")};

} // namespace

class TestFormDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenDefinitions_data();
    void brokenDefinitions();
    void invalidJsonIsReported();
    void embeddedCatalogHasEveryForm();
    void statutoryItems_data();
    void statutoryItems();
    void idDocumentsFollowCurrentLaw_data();
    void idDocumentsFollowCurrentLaw();
    void everyMessageHasJapaneseAndEnglish();
    void brokenFileInFolderStopsTheLoad();
    void fileMustBeNamedAfterItsId();
    void missingMessagesFile();
    void fieldLookupByPath();
};

void TestFormDefinition::brokenDefinitions_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field"); // empty: the definition is valid
    QTest::newRow("valid sample") << QString() << QString() << QString();
    QTest::newRow("error: unknown top-level key")
        << QStringLiteral("colour") << QStringLiteral("\"red\"") << QStringLiteral("colour");
    QTest::newRow("error: unsupported format")
        << QStringLiteral("format") << QStringLiteral("2") << QStringLiteral("format");
    QTest::newRow("error: missing id") << QStringLiteral("id") << QStringLiteral("<delete>") << QStringLiteral("id");
    QTest::newRow("error: bad id") << QStringLiteral("id") << QStringLiteral("\"Sample Form\"") << QStringLiteral("id");
    QTest::newRow("error: unknown category")
        << QStringLiteral("category") << QStringLiteral("\"misc\"") << QStringLiteral("category");
    QTest::newRow("error: title without japanese")
        << QStringLiteral("title") << QStringLiteral(R"({"en":"x"})") << QStringLiteral("title.ja");
    QTest::newRow("error: unknown field type")
        << QStringLiteral("fields/0/type") << QStringLiteral("\"txt\"") << QStringLiteral("fields[0].type");
    QTest::newRow("error: misspelt field key")
        << QStringLiteral("fields/0/lable") << QStringLiteral(R"({"ja":"x"})") << QStringLiteral("fields[0].lable");
    QTest::newRow("error: duplicate field id")
        << QStringLiteral("fields/1/id") << QStringLiteral("\"name\"") << QStringLiteral("fields[1].id");
    QTest::newRow("error: choice without options")
        << QStringLiteral("fields/2/options") << QStringLiteral("<delete>") << QStringLiteral("fields[2].options");
    QTest::newRow("error: duplicate option")
        << QStringLiteral("fields/2/options/1") << QStringLiteral(R"({"value":"a","label":{"ja":"B"}})")
        << QStringLiteral("fields[2].options[1].value");
    QTest::newRow("error: min above max")
        << QStringLiteral("fields/1/min") << QStringLiteral("20") << QStringLiteral("fields[1].max");
    QTest::newRow("error: unknown card attribute")
        << QStringLiteral("fields/0/prefill") << QStringLiteral("\"nickname\"") << QStringLiteral("fields[0].prefill");
    QTest::newRow("error: card attribute of another type")
        << QStringLiteral("fields/0/prefill") << QStringLiteral("\"birth_date\"")
        << QStringLiteral("fields[0].prefill");
    QTest::newRow("error: invalid pattern")
        << QStringLiteral("fields/0/pattern") << QStringLiteral("\"(\"") << QStringLiteral("fields[0].pattern");
    QTest::newRow("error: unknown mode") << QStringLiteral("fields/0/modes") << QStringLiteral(R"(["kiosk"])")
                                         << QStringLiteral("fields[0].modes");
    QTest::newRow("error: nested list") << QStringLiteral("fields/3/fields/0/type") << QStringLiteral("\"list\"")
                                        << QStringLiteral("fields[3].fields[0].fields");
    QTest::newRow("error: individual number without asking")
        << QStringLiteral("fields/3/fields/0")
        << QStringLiteral(R"({"id":"number","type":"individual_number","label":{"ja":"個人番号"}})")
        << QStringLiteral("asks_individual_number");
    QTest::newRow("error: asking without a number field")
        << QStringLiteral("asks_individual_number") << QStringLiteral("true")
        << QStringLiteral("asks_individual_number");
    QTest::newRow("error: condition on an unknown field")
        << QStringLiteral("fields/1/required_when") << QStringLiteral(R"({"eq":[{"field":"kinds"},"a"]})")
        << QStringLiteral("fields[1].required_when.eq[0].field");
    QTest::newRow("error: rule checks an unknown field")
        << QStringLiteral("rules/0/check") << QStringLiteral(R"({"le":[{"field":"copy"},5]})")
        << QStringLiteral("rules[0].check.le[0].field");
    QTest::newRow("error: rule with unknown message code")
        << QStringLiteral("rules/0/message") << QStringLiteral("\"forms.nope\"") << QStringLiteral("rules[0].message");
    QTest::newRow("error: rule without check")
        << QStringLiteral("rules/0/check") << QStringLiteral("<delete>") << QStringLiteral("rules[0].check");
    QTest::newRow("error: rule severity")
        << QStringLiteral("rules/0/severity") << QStringLiteral("\"fatal\"") << QStringLiteral("rules[0].severity");
    QTest::newRow("error: rule on an unknown list")
        << QStringLiteral("rules/0/each") << QStringLiteral("\"people\"") << QStringLiteral("rules[0].each");
    QTest::newRow("error: derivation of an unknown field")
        << QStringLiteral("derive/0/field") << QStringLiteral("\"kinds\"") << QStringLiteral("derive[0].field");
    QTest::newRow("error: derivation with value and copy")
        << QStringLiteral("derive/0/copy") << QStringLiteral("\"name\"") << QStringLiteral("derive[0]");
    QTest::newRow("error: people on a non-list")
        << QStringLiteral("people/0/list") << QStringLiteral("\"name\"") << QStringLiteral("people[0].list");
    QTest::newRow("error: layout names an unknown field")
        << QStringLiteral("layout/sections/0/rows/0/1") << QStringLiteral("\"copy\"")
        << QStringLiteral("layout.sections[0].rows[0][1]");
    QTest::newRow("error: field not printed")
        << QStringLiteral("layout/sections/0/rows/1") << QStringLiteral(R"(["name"])") << QStringLiteral("layout");
    QTest::newRow("error: unknown paper")
        << QStringLiteral("layout/paper") << QStringLiteral("\"letter\"") << QStringLiteral("layout.paper");
    QTest::newRow("error: fields is not a list")
        << QStringLiteral("fields") << QStringLiteral("{}") << QStringLiteral("fields");
}

void TestFormDefinition::brokenDefinitions()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, field);
    const auto def = FormDefinition::load(mutated(pointer, value), QStringLiteral("sample.json"), Messages);
    if (field.isEmpty()) {
        QVERIFY2(def.ok(), qPrintable(def.ok() ? QString() : def.error().toLogString()));
        QCOMPARE((*def)->id, QStringLiteral("sample"));
        QCOMPARE((*def)->fields.size(), 4);
        QCOMPARE((*def)->rules.size(), 1);
        return;
    }
    QVERIFY(!def.ok());
    QCOMPARE(def.error().code, FormsErrorCode::InvalidDefinition);
    QCOMPARE(def.error().file, QStringLiteral("sample.json"));
    QCOMPARE(def.error().field, field);
    QVERIFY(!def.error().detail.isEmpty());
}

void TestFormDefinition::invalidJsonIsReported()
{
    const auto def = FormDefinition::load(QByteArray("{\"format\": 1,"), QStringLiteral("broken.json"));
    QVERIFY(!def.ok());
    QCOMPARE(def.error().code, FormsErrorCode::InvalidJson);
    QCOMPARE(def.error().file, QStringLiteral("broken.json"));
    QVERIFY(def.error().detail.contains(QStringLiteral("offset")));
}

void TestFormDefinition::embeddedCatalogHasEveryForm()
{
    const FormCatalog &catalog = embeddedCatalog();
    QCOMPARE(catalog.ids(),
             (QStringList{QStringLiteral("juminhyo"), QStringLiteral("inkan"), QStringLiteral("koseki"),
                          QStringLiteral("zeishomei"), QStringLiteral("tennyu"), QStringLiteral("tenkyo"),
                          QStringLiteral("tenshutsu"), QStringLiteral("setai_henko")}));
    for (const QString &id : catalog.ids()) {
        const FormDefinition *f = catalog.form(id);
        QVERIFY(!f->title.ja().isEmpty());
        QVERIFY(!f->title.en().isEmpty());
        QVERIFY(!f->legalBasis.isEmpty());
        QVERIFY(!f->layout.sections.isEmpty());
        // Only the notifications of a move read the individual number; the 世帯変更届 (第25条: 氏名, the change and
        // its date) does not.
        QCOMPARE(f->asksIndividualNumber,
                 f->category == QLatin1String("notification") && id != QLatin1String("setai_henko"));
    }
    QVERIFY(!catalog.form(QStringLiteral("nope")));
}

void TestFormDefinition::statutoryItems_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("juminhyo: art. 12 requester, counter person, subject")
        << QStringLiteral("juminhyo")
        << QStringList{QStringLiteral("relation"),
                       QStringLiteral("counter_person.name"),
                       QStringLiteral("counter_person.address"),
                       QStringLiteral("requester.name"),
                       QStringLiteral("requester.address"),
                       QStringLiteral("subject.name"),
                       QStringLiteral("scope"),
                       QStringLiteral("persons"),
                       QStringLiteral("items"),
                       QStringLiteral("purpose"),
                       QStringLiteral("copies"),
                       QStringLiteral("third_party.reason"),
                       QStringLiteral("wide_area"),
                       QStringLiteral("delivery")};
    QTest::newRow("inkan") << QStringLiteral("inkan")
                           << QStringList{QStringLiteral("registration_number"), QStringLiteral("registrant.name"),
                                          QStringLiteral("registrant.birth_date"),
                                          QStringLiteral("registration_card_presented"), QStringLiteral("copies")};
    QTest::newRow("koseki") << QStringLiteral("koseki") << QStringList{QStringLiteral("honseki"),
                                                                       QStringLiteral("hittousha"),
                                                                       QStringLiteral("kind"),
                                                                       QStringLiteral("persons"),
                                                                       QStringLiteral("requester.category"),
                                                                       QStringLiteral("requester.relationship"),
                                                                       QStringLiteral("right.fact"),
                                                                       QStringLiteral("government.body"),
                                                                       QStringLiteral("wide_area"),
                                                                       QStringLiteral("id_document")};
    QTest::newRow("zeishomei") << QStringLiteral("zeishomei")
                               << QStringList{QStringLiteral("kind"), QStringLiteral("tax_year"),
                                              QStringLiteral("income_year"), QStringLiteral("jan1_address")};
    QTest::newRow("tennyu: art. 22 items") << QStringLiteral("tennyu")
                                           << QStringList{QStringLiteral("moved_on"),
                                                          QStringLiteral("new_address.address"),
                                                          QStringLiteral("new_address.katagaki"),
                                                          QStringLiteral("previous_address"),
                                                          QStringLiteral("head_of_household.name"),
                                                          QStringLiteral("movers.name"),
                                                          QStringLiteral("movers.relation"),
                                                          QStringLiteral("movers.juminhyo_code"),
                                                          QStringLiteral("movers.nationality"),
                                                          QStringLiteral("movers.residence_category"),
                                                          QStringLiteral("movers.residence_card_number"),
                                                          QStringLiteral("path"),
                                                          QStringLiteral("planned_move_out_on"),
                                                          QStringLiteral("moving_out_certificate")};
    QTest::newRow("tenkyo: art. 23 items")
        << QStringLiteral("tenkyo")
        << QStringList{QStringLiteral("moved_on"), QStringLiteral("new_address.address"),
                       QStringLiteral("previous_address"), QStringLiteral("head_of_household.name"),
                       QStringLiteral("movers.relation")};
    QTest::newRow("tenshutsu: art. 24 items")
        << QStringLiteral("tenshutsu")
        << QStringList{QStringLiteral("planned_move_out_on"), QStringLiteral("destination.address"),
                       QStringLiteral("movers.name"), QStringLiteral("current_address")};
    QTest::newRow("setai_henko: art. 25 items (氏名, the change, its date)")
        << QStringLiteral("setai_henko")
        << QStringList{QStringLiteral("members.name"),  QStringLiteral("change"),
                       QStringLiteral("changed_on"),    QStringLiteral("previous_head.name"),
                       QStringLiteral("new_head.name"), QStringLiteral("members.relation")};
}

void TestFormDefinition::statutoryItems()
{
    QFETCH(QString, form);
    QFETCH(QStringList, fields);
    const FormDefinition *def = embeddedCatalog().form(form);
    QVERIFY(def);
    for (const QString &field : fields) {
        QVERIFY2(def->field(field), qPrintable(form + QLatin1Char(' ') + field));
    }
}

// 健康保険証: new issuance ended on 2024-12-02 (令和5年法律第48号); it is not offered as an identity document any more,
// the 資格確認書 (a document without a photo) is, and the マイナ保険証 is the My Number card. The field's help cites
// the date and the law so that staff see why.
void TestFormDefinition::idDocumentsFollowCurrentLaw_data()
{
    QTest::addColumn<QString>("form");
    for (const char *form :
         {"juminhyo", "inkan", "koseki", "zeishomei", "tennyu", "tenkyo", "tenshutsu", "setai_henko"}) {
        QTest::newRow(form) << QString::fromLatin1(form);
    }
}

void TestFormDefinition::idDocumentsFollowCurrentLaw()
{
    QFETCH(QString, form);
    const FormDefinition *def = embeddedCatalog().form(form);
    QVERIFY(def);
    const FieldDefinition *field = def->field(QStringLiteral("id_document"));
    QVERIFY(field);
    QStringList values;
    for (const ChoiceOption &option : field->options) {
        values.append(option.value);
        QVERIFY2(!option.label.ja().contains(QStringLiteral("健康保険証")), qPrintable(option.label.ja()));
    }
    QVERIFY(!values.contains(QStringLiteral("health_insurance")));
    QVERIFY(values.contains(QStringLiteral("qualification_certificate")));
    QVERIFY(values.contains(QStringLiteral("mynumber_card")));
    QVERIFY2(field->help.ja().contains(QStringLiteral("2024年12月2日")), qPrintable(field->help.ja()));
    QVERIFY2(field->help.ja().contains(QStringLiteral("令和5年法律第48号")), qPrintable(field->help.ja()));
}

void TestFormDefinition::everyMessageHasJapaneseAndEnglish()
{
    const FormCatalog &catalog = embeddedCatalog();
    for (const QString &code : catalog.messages().codes()) {
        QVERIFY2(!catalog.messages().text(code, QStringLiteral("ja")).isEmpty(), qPrintable(code));
        QVERIFY2(catalog.messages().text(code, QStringLiteral("en")) !=
                     catalog.messages().text(code, QStringLiteral("ja")),
                 qPrintable(code));
    }
    for (const QString &id : catalog.ids()) {
        for (const RuleDefinition &r : catalog.form(id)->rules) {
            QVERIFY2(catalog.messages().contains(r.message), qPrintable(r.message));
        }
    }
    for (const char *code : {"required", "invalid_date", "invalid_choice", "invalid_value", "invalid_format",
                             "too_long", "out_of_range", "invalid_postal_code", "invalid_individual_number",
                             "too_few_items", "too_many_items", "unknown_field", "not_editable", "not_in_mode"}) {
        QVERIFY2(catalog.messages().contains(QStringLiteral("forms.") + QLatin1String(code)), code);
    }
}

void TestFormDefinition::brokenFileInFolderStopsTheLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : QDir(FormCatalog::embeddedDirectory()).entryList({QStringLiteral("*.json")})) {
        QVERIFY(QFile::copy(FormCatalog::embeddedDirectory() + QLatin1Char('/') + name, dir.filePath(name)));
        QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    QVERIFY(FormCatalog::load(dir.path()).ok());

    QJsonObject tennyu = readObject(dir.filePath(QStringLiteral("tennyu.json")));
    QJsonArray fields = tennyu.value(QStringLiteral("fields")).toArray();
    QJsonObject second = fields.at(2).toObject();
    second.insert(QStringLiteral("type"), QStringLiteral("datum"));
    fields[2] = second;
    tennyu.insert(QStringLiteral("fields"), fields);
    QFile f(dir.filePath(QStringLiteral("tennyu.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(tennyu).toJson());
    f.close();

    const auto catalog = FormCatalog::load(dir.path());
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().file, QStringLiteral("tennyu.json"));
    QCOMPARE(catalog.error().field, QStringLiteral("fields[2].type"));
    QVERIFY(catalog.error().toLogString().contains(QStringLiteral("datum")));
}

void TestFormDefinition::fileMustBeNamedAfterItsId()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(FormCatalog::embeddedDirectory() + QStringLiteral("/messages.json"),
                        dir.filePath(QStringLiteral("messages.json"))));
    QVERIFY(QFile::copy(FormCatalog::embeddedDirectory() + QStringLiteral("/inkan.json"),
                        dir.filePath(QStringLiteral("seal.json"))));
    const auto catalog = FormCatalog::load(dir.path());
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().file, QStringLiteral("seal.json"));
    QCOMPARE(catalog.error().field, QStringLiteral("id"));
}

void TestFormDefinition::missingMessagesFile()
{
    QTemporaryDir dir;
    const auto catalog = FormCatalog::load(dir.path());
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().code, FormsErrorCode::FileNotFound);
    QVERIFY(!FormCatalog::load(dir.filePath(QStringLiteral("no-such-folder"))).ok());
}

void TestFormDefinition::fieldLookupByPath()
{
    const FormDefinition *tennyu = embeddedCatalog().form(QStringLiteral("tennyu"));
    QCOMPARE(tennyu->field(QStringLiteral("movers"))->type, FieldType::List);
    QCOMPARE(tennyu->field(QStringLiteral("movers[3].birth_date"))->type, FieldType::Date);
    QCOMPARE(tennyu->field(QStringLiteral("movers.birth_date"))->type, FieldType::Date);
    QVERIFY(!tennyu->field(QStringLiteral("movers[3].nope")));
    QVERIFY(!tennyu->field(QStringLiteral("movers[3.name")));
}

QTEST_GUILESS_MAIN(TestFormDefinition)
#include "TestFormDefinition.moc"
