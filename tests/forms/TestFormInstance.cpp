// FormInstance: pre-fill from the card with provenance, staff changes that keep the card's value, 和暦 input,
// refused paths, the individual number only in forms that ask for it, and wiping.
#include "forms/FormInstance.h"
#include "tests/forms/FormsTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace kakanai;
using namespace kakanai::forms;
using namespace kakanai::forms::testing;

class TestFormInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefillMarksCardValues();
    void prefillFirstMoverFromCard();
    void individualNumberOnlyWhenAsked_data();
    void individualNumberOnlyWhenAsked();
    void staffChangeKeepsCardValue();
    void confirmingCardValueKeepsProvenance();
    void setValueRefusals_data();
    void setValueRefusals();
    void warekiInputStoredGregorian();
    void answersFillListItems();
    void derivationsCopyAndCompute();
    void wipeDropsEverything();
};

void TestFormInstance::prefillMarksCardValues()
{
    const ResidentInput r = exampleResident(QStringLiteral("yamada_taro.json"));
    FormInstance form(embeddedCatalog().shared(QStringLiteral("juminhyo")));
    form.prefill(r.record);
    const FieldValue *name = form.value(QStringLiteral("counter_person.name"));
    QVERIFY(name);
    QCOMPARE(name->value.toString(), QStringLiteral("山田　太郎"));
    QCOMPARE(name->provenance, Provenance::Card);
    QCOMPARE(form.value(QStringLiteral("counter_person.address"))->value.toString(),
             QStringLiteral("東京都千代田区丸の内１丁目１番１号"));
    QCOMPARE(form.value(QStringLiteral("counter_person.birth_date"))->value.toString(), QStringLiteral("1985-04-12"));
    // Fields with no card attribute stay empty.
    QVERIFY(!form.value(QStringLiteral("purpose")));
    QVERIFY(!form.value(QStringLiteral("requester.name")));
}

void TestFormInstance::prefillFirstMoverFromCard()
{
    const ResidentInput r = exampleResident(QStringLiteral("takahashi_yoshiko.json"));
    FormInstance form(embeddedCatalog().shared(QStringLiteral("tenkyo")));
    form.prefill(r.record);
    QCOMPARE(form.itemCount(QStringLiteral("movers")), 1);
    // Characters outside JIS X 0208 come through as the same code points.
    QCOMPARE(form.value(QStringLiteral("movers[0].name"))->value.toString(), QStringLiteral("髙橋　𠮷子"));
    QCOMPARE(form.value(QStringLiteral("movers[0].sex"))->value.toString(), QStringLiteral("2"));
    QCOMPARE(form.value(QStringLiteral("movers[0].birth_date"))->value.toString(), QStringLiteral("1948-02-29"));
    QCOMPARE(form.value(QStringLiteral("previous_address"))->provenance, Provenance::Card);
    QVERIFY(!form.value(QStringLiteral("movers[1].name")));
}

void TestFormInstance::individualNumberOnlyWhenAsked_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("held");
    QTest::newRow("tennyu asks") << QStringLiteral("tennyu") << QStringLiteral("movers[0].individual_number") << true;
    QTest::newRow("tenkyo asks") << QStringLiteral("tenkyo") << QStringLiteral("movers[0].individual_number") << true;
    QTest::newRow("tenshutsu asks") << QStringLiteral("tenshutsu") << QStringLiteral("movers[0].individual_number")
                                    << true;
    QTest::newRow("juminhyo does not") << QStringLiteral("juminhyo") << QString() << false;
    QTest::newRow("inkan does not") << QStringLiteral("inkan") << QString() << false;
    QTest::newRow("koseki does not") << QStringLiteral("koseki") << QString() << false;
    QTest::newRow("zeishomei does not") << QStringLiteral("zeishomei") << QString() << false;
}

void TestFormInstance::individualNumberOnlyWhenAsked()
{
    QFETCH(QString, form);
    QFETCH(QString, path);
    QFETCH(bool, held);
    const ResidentInput r = exampleResident(QStringLiteral("yamada_taro.json"));
    QVERIFY(r.record.individualNumber);
    FormInstance instance(embeddedCatalog().shared(form));
    instance.prefill(r.record);
    int numbers = 0;
    for (const QString &p : instance.paths()) {
        numbers += instance.individualNumber(p) ? 1 : 0;
        // The digits never sit in a plain value; only the masked form does.
        QVERIFY(!instance.value(p)->value.toString().contains(QStringLiteral("123456789018")));
    }
    QCOMPARE(numbers, held ? 1 : 0);
    if (held) {
        QCOMPARE(instance.individualNumber(path)->digits(), QStringLiteral("123456789018"));
        QCOMPARE(instance.value(path)->value.toString(), r.record.individualNumber->masked());
    }
}

void TestFormInstance::staffChangeKeepsCardValue()
{
    const ResidentInput r = exampleResident(QStringLiteral("yamada_taro.json"));
    FormInstance form(embeddedCatalog().shared(QStringLiteral("juminhyo")));
    form.prefill(r.record);
    const QString path = QStringLiteral("counter_person.address");
    QVERIFY(!form.setValue(path, QStringLiteral("東京都千代田区丸の内１丁目１番１号　丸の内ハイツ３０１"),
                           Provenance::Staff));
    const FieldValue *v = form.value(path);
    QCOMPARE(v->provenance, Provenance::Staff);
    QCOMPARE(v->value.toString(), QStringLiteral("東京都千代田区丸の内１丁目１番１号　丸の内ハイツ３０１"));
    QVERIFY(v->cardValue);
    QCOMPARE(v->cardValue->toString(), QStringLiteral("東京都千代田区丸の内１丁目１番１号"));
    // A second change still remembers the card's value, not the first change.
    QVERIFY(!form.setValue(path, QStringLiteral("東京都千代田区丸の内１－１－１"), Provenance::Staff));
    QCOMPARE(form.value(path)->cardValue->toString(), QStringLiteral("東京都千代田区丸の内１丁目１番１号"));
}

void TestFormInstance::confirmingCardValueKeepsProvenance()
{
    const ResidentInput r = exampleResident(QStringLiteral("yamada_taro.json"));
    FormInstance form(embeddedCatalog().shared(QStringLiteral("juminhyo")));
    form.prefill(r.record);
    QVERIFY(!form.setValue(QStringLiteral("counter_person.name"), QStringLiteral("山田　太郎"), Provenance::Staff));
    QCOMPARE(form.value(QStringLiteral("counter_person.name"))->provenance, Provenance::Card);
    QVERIFY(!form.value(QStringLiteral("counter_person.name"))->cardValue);
}

void TestFormInstance::setValueRefusals_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("error: unknown field") << QStringLiteral("juminhyo") << QStringLiteral("colour")
                                          << QJsonValue(QStringLiteral("red")) << QStringLiteral("unknown_field");
    QTest::newRow("error: derived-only field")
        << QStringLiteral("juminhyo") << QStringLiteral("delivery") << QJsonValue(QStringLiteral("over_counter"))
        << QStringLiteral("not_editable");
    QTest::newRow("error: income year is computed") << QStringLiteral("zeishomei") << QStringLiteral("income_year")
                                                    << QJsonValue(2020) << QStringLiteral("not_editable");
    QTest::newRow("error: list item without index")
        << QStringLiteral("tennyu") << QStringLiteral("movers.name") << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("unknown_field");
    QTest::newRow("error: a whole list") << QStringLiteral("tennyu") << QStringLiteral("movers")
                                         << QJsonValue(QStringLiteral("x")) << QStringLiteral("unknown_field");
    QTest::newRow("error: item index beyond the limit")
        << QStringLiteral("tennyu") << QStringLiteral("movers[100].name") << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("unknown_field");
    QTest::newRow("error: unknown item field") << QStringLiteral("tennyu") << QStringLiteral("movers[0].nickname")
                                               << QJsonValue(QStringLiteral("x")) << QStringLiteral("unknown_field");
    QTest::newRow("error: bad individual number")
        << QStringLiteral("tennyu") << QStringLiteral("movers[1].individual_number")
        << QJsonValue(QStringLiteral("123456789012")) << QStringLiteral("invalid_individual_number");
    QTest::newRow("full-width individual number accepted")
        << QStringLiteral("tennyu") << QStringLiteral("movers[1].individual_number")
        << QJsonValue(QStringLiteral("１２３４５６７８９０１８")) << QString();
}

void TestFormInstance::setValueRefusals()
{
    QFETCH(QString, form);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    FormInstance instance(embeddedCatalog().shared(form));
    const auto issue = instance.setValue(path, value, Provenance::Staff);
    if (code.isEmpty()) {
        QVERIFY(!issue);
        QVERIFY(instance.value(path));
        return;
    }
    QVERIFY(issue);
    QCOMPARE(issue->code, code);
    QCOMPARE(issue->field, path);
    QVERIFY(!instance.value(path));
}

void TestFormInstance::warekiInputStoredGregorian()
{
    FormInstance form(embeddedCatalog().shared(QStringLiteral("tennyu")));
    QVERIFY(!form.setValue(QStringLiteral("moved_on"), QStringLiteral("令和７年４月１日"), Provenance::Resident));
    QCOMPARE(form.value(QStringLiteral("moved_on"))->value.toString(), QStringLiteral("2025-04-01"));
    // Unreadable text is kept as given and reported by validation.
    QVERIFY(!form.setValue(QStringLiteral("notified_on"), QStringLiteral("来週"), Provenance::Resident));
    const auto issues = form.validate(chiyodaContext());
    QVERIFY(issueKeys(issues).contains(QStringLiteral("notified_on:invalid_date")));
}

void TestFormInstance::answersFillListItems()
{
    const ResidentInput r = exampleResident(QStringLiteral("suzuki_hanako.json"));
    FormInstance form(embeddedCatalog().shared(QStringLiteral("tennyu")));
    form.prefill(r.record);
    const QJsonObject answers{
        {QStringLiteral("movers"), QJsonArray{QJsonObject{{QStringLiteral("relation"), QStringLiteral("head")}},
                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("鈴木　一郎")},
                                                          {QStringLiteral("relation"), QStringLiteral("child")}}}}};
    QVERIFY(form.applyAnswers(answers, Provenance::Resident).isEmpty());
    QCOMPARE(form.itemCount(QStringLiteral("movers")), 2);
    // The card holder's item keeps its card values and gains the answer.
    QCOMPARE(form.value(QStringLiteral("movers[0].name"))->provenance, Provenance::Card);
    QCOMPARE(form.value(QStringLiteral("movers[0].relation"))->provenance, Provenance::Resident);
    QCOMPARE(form.value(QStringLiteral("movers[1].name"))->value.toString(), QStringLiteral("鈴木　一郎"));

    const auto issues = form.applyAnswers(QJsonObject{{QStringLiteral("movers"), QStringLiteral("not a list")},
                                                      {QStringLiteral("colour"), QStringLiteral("red")}},
                                          Provenance::Resident);
    QCOMPARE(issueKeys(issues),
             (QStringList{QStringLiteral("colour:unknown_field"), QStringLiteral("movers:invalid_value")}));
}

void TestFormInstance::derivationsCopyAndCompute()
{
    const ResidentInput r = exampleResident(QStringLiteral("yamada_taro.json"));
    FormInstance form(embeddedCatalog().shared(QStringLiteral("zeishomei")));
    form.prefill(r.record);
    QVERIFY(form.applyAnswers(QJsonObject{{QStringLiteral("tax_year"), 2024},
                                          {QStringLiteral("requester.relation"), QStringLiteral("self")},
                                          {QStringLiteral("jan1_same_as_current"), true}},
                              Provenance::Resident)
                .isEmpty());
    form.derive(chiyodaContext());
    QCOMPARE(form.value(QStringLiteral("income_year"))->value.toInt(), 2023);
    QCOMPARE(form.value(QStringLiteral("income_year"))->provenance, Provenance::Derived);
    const FieldValue *subject = form.value(QStringLiteral("subject.name"));
    QVERIFY(subject);
    QCOMPARE(subject->provenance, Provenance::Card);
    QCOMPARE(subject->copiedFrom, QStringLiteral("requester.name"));
    QCOMPARE(form.value(QStringLiteral("jan1_address"))->value.toString(), r.record.address);
}

void TestFormInstance::wipeDropsEverything()
{
    const ResidentInput r = exampleResident(QStringLiteral("yamada_taro.json"));
    FormInstance form(embeddedCatalog().shared(QStringLiteral("tennyu")));
    form.prefill(r.record);
    QVERIFY(!form.paths().isEmpty());
    form.wipe();
    QVERIFY(form.paths().isEmpty());
    QCOMPARE(form.itemCount(QStringLiteral("movers")), 0);
    QVERIFY(!form.individualNumber(QStringLiteral("movers[0].individual_number")));
}

QTEST_GUILESS_MAIN(TestFormInstance)
#include "TestFormInstance.moc"
