// The life-event navigator: events map to forms and, by the resident's answers, to the related procedures of the
// guidance slip; broken navigator data is refused with the field named.
#include "forms/LifeEvents.h"
#include "tests/forms/FormsTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

class TestLifeEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedDataLoads();
    void guidance_data();
    void guidance();
    void unknownEvent();
    void currentLaw_data();
    void currentLaw();
    void brokenData_data();
    void brokenData();
};

void TestLifeEvents::embeddedDataLoads()
{
    const auto nav = LifeEventNavigator::loadFile(LifeEventNavigator::embeddedFile(), embeddedCatalog().ids());
    QVERIFY2(nav.ok(), qPrintable(nav.ok() ? QString() : nav.error().toLogString()));
    QStringList ids;
    for (const LifeEvent &e : nav->events()) {
        ids.append(e.id);
        QVERIFY(!e.title.en().isEmpty());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("moving_in"), QStringLiteral("moving_within"),
                               QStringLiteral("moving_out"), QStringLiteral("certificates")}));
}

void TestLifeEvents::guidance_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("yes");
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<QStringList>("procedures");
    QTest::newRow("moving in, nothing special")
        << QStringLiteral("moving_in") << QStringList{} << QStringList{QStringLiteral("tennyu")}
        << QStringList{QStringLiteral("inkan_toroku"), QStringLiteral("senkyo")};
    QTest::newRow("moving in with card, children and kokuho")
        << QStringLiteral("moving_in")
        << QStringList{QStringLiteral("has_card"), QStringLiteral("has_children"), QStringLiteral("kokuho"),
                       QStringLiteral("school_age")}
        << QStringList{QStringLiteral("tennyu")}
        << QStringList{QStringLiteral("card_address"), QStringLiteral("kokuho_join"), QStringLiteral("jidou_teate"),
                       QStringLiteral("kodomo_iryo"),  QStringLiteral("shugaku"),     QStringLiteral("inkan_toroku"),
                       QStringLiteral("senkyo")};
    QTest::newRow("moving within the city, elderly with card")
        << QStringLiteral("moving_within") << QStringList{QStringLiteral("has_card"), QStringLiteral("over_75")}
        << QStringList{QStringLiteral("tenkyo")}
        << QStringList{QStringLiteral("card_address"), QStringLiteral("kouki")};
    QTest::newRow("moving out with a registered seal")
        << QStringLiteral("moving_out") << QStringList{QStringLiteral("seal_registered"), QStringLiteral("kokuho")}
        << QStringList{QStringLiteral("tenshutsu")}
        << QStringList{QStringLiteral("kokuho_leave"), QStringLiteral("inkan_haishi")};
    QTest::newRow("answers of other events are ignored")
        << QStringLiteral("moving_out") << QStringList{QStringLiteral("has_card")}
        << QStringList{QStringLiteral("tenshutsu")} << QStringList{};
    QTest::newRow("certificates") << QStringLiteral("certificates") << QStringList{}
                                  << QStringList{QStringLiteral("juminhyo"), QStringLiteral("inkan"),
                                                 QStringLiteral("koseki"), QStringLiteral("zeishomei")}
                                  << QStringList{};
}

void TestLifeEvents::guidance()
{
    QFETCH(QString, event);
    QFETCH(QStringList, yes);
    QFETCH(QStringList, forms);
    QFETCH(QStringList, procedures);
    const auto nav = LifeEventNavigator::loadFile();
    QVERIFY(nav.ok());
    const auto g = nav->guide(event, QSet<QString>(yes.begin(), yes.end()));
    QVERIFY(g.ok());
    QCOMPARE(g->forms, forms);
    QStringList ids;
    for (const RelatedProcedure &p : g->procedures) {
        ids.append(p.id);
        QVERIFY(!p.desk.ja().isEmpty());
    }
    QCOMPARE(ids, procedures);
}

void TestLifeEvents::unknownEvent()
{
    const auto nav = LifeEventNavigator::loadFile();
    QVERIFY(nav.ok());
    const auto g = nav->guide(QStringLiteral("wedding"), {});
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, FormsErrorCode::UnknownLifeEvent);
}

// Rules that changed on a day carry the day and their source in the data (児童手当法第4条 as amended by 令和6年法律第47号:
// from the October 2024 allowance children up to 高校生年代 are covered, not only 中学生以下). The question the kiosk
// asks and the procedure the slip lists apply the current rule and cite it.
void TestLifeEvents::currentLaw_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QString>("law");
    QTest::newRow("児童手当 question: 高校生年代")
        << QStringLiteral("question") << QStringLiteral("has_children") << QStringLiteral("高校生年代")
        << QDate(2024, 10, 1) << QStringLiteral("令和6年法律第47号");
    QTest::newRow("児童手当 procedure: 高校生年代")
        << QStringLiteral("procedure") << QStringLiteral("jidou_teate") << QStringLiteral("高校生年代")
        << QDate(2024, 10, 1) << QStringLiteral("令和6年法律第47号");
    QTest::newRow("school transfer stays undated") << QStringLiteral("question") << QStringLiteral("school_age")
                                                   << QStringLiteral("小・中学校") << QDate() << QString();
}

void TestLifeEvents::currentLaw()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(QDate, since);
    QFETCH(QString, law);
    const auto nav = LifeEventNavigator::loadFile();
    QVERIFY(nav.ok());
    QDate gotSince;
    QString gotLaw;
    QString gotText;
    if (kind == QLatin1String("question")) {
        const NavigatorQuestion *q = nav->question(id);
        QVERIFY(q);
        gotSince = q->since;
        gotLaw = q->law;
        gotText = q->label.ja();
    } else {
        const auto decisions = nav->decide(QStringLiteral("moving_in"), {{QStringLiteral("has_children"), true}});
        QVERIFY(decisions.ok());
        for (const ProcedureDecision &d : *decisions) {
            if (d.procedure.id == id) {
                gotSince = d.procedure.since;
                gotLaw = d.procedure.law;
                gotText = d.procedure.law;
            }
        }
        QVERIFY2(gotSince.isValid(), "the procedure is decided for a family with children");
    }
    QVERIFY2(gotText.contains(text), qPrintable(gotText));
    QVERIFY2(!gotText.startsWith(QStringLiteral("中学生以下")), qPrintable(gotText));
    QCOMPARE(gotSince, since);
    if (law.isEmpty()) {
        QVERIFY(gotLaw.isEmpty());
    } else {
        QVERIFY2(gotLaw.contains(law), qPrintable(gotLaw));
    }
}

void TestLifeEvents::brokenData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray q = R"("questions":[{"id":"kids","label":{"ja":"子"}}])";
    const QByteArray p = R"("procedures":[{"id":"p1","title":{"ja":"手続"},"desk":{"ja":"窓口"},"if":"kids"}])";
    QTest::newRow("valid")
        << "{\"format\":1," + q + "," + p +
               R"(,"events":[{"id":"e","title":{"ja":"E"},"forms":["tennyu"],"questions":["kids"],"procedures":["p1"]}]})"
        << QString();
    QTest::newRow("error: unknown form") << "{\"format\":1," + q + "," + p +
                                                R"(,"events":[{"id":"e","title":{"ja":"E"},"forms":["kekkon"]}]})"
                                         << QStringLiteral("events[0].forms");
    QTest::newRow("error: unknown procedure")
        << "{\"format\":1," + q + "," + p +
               R"(,"events":[{"id":"e","title":{"ja":"E"},"forms":["tennyu"],"procedures":["p2"]}]})"
        << QStringLiteral("events[0].procedures");
    QTest::newRow("error: procedure on unknown question")
        << "{\"format\":1," + q +
               R"(,"procedures":[{"id":"p1","title":{"ja":"手続"},"desk":{"ja":"窓口"},"if":"pets"}],"events":[{"id":"e","title":{"ja":"E"},"forms":["tennyu"]}]})"
        << QStringLiteral("procedures[0].if");
    QTest::newRow("error: misspelt key") << "{\"format\":1," + q + "," + p +
                                                R"(,"events":[{"id":"e","title":{"ja":"E"},"form":["tennyu"]}]})"
                                         << QStringLiteral("events[0].form");
    const QByteArray e = R"(,"events":[{"id":"e","title":{"ja":"E"},"forms":["tennyu"],"questions":["kids"]}]})";
    QTest::newRow("dated question")
        << "{\"format\":1," R"("questions":[{"id":"kids","label":{"ja":"子"},"since":"2024-10-01","law":"児童手当法"}])" +
               e
        << QString();
    QTest::newRow("error: dated question without its law")
        << "{\"format\":1," R"("questions":[{"id":"kids","label":{"ja":"子"},"since":"2024-10-01"}])" + e
        << QStringLiteral("questions[0].law");
    QTest::newRow("error: law without a valid date")
        << "{\"format\":1," R"("questions":[{"id":"kids","label":{"ja":"子"},"since":"2024-13-01","law":"児童手当法"}])" +
               e
        << QStringLiteral("questions[0].since");
    QTest::newRow("error: procedure dated by text")
        << "{\"format\":1," + q +
               R"(,"procedures":[{"id":"p1","title":{"ja":"手続"},"desk":{"ja":"窓口"},"since":"令和6年10月","law":"児童手当法"}])" +
               e
        << QStringLiteral("procedures[0].since");
    QTest::newRow("error: no events") << QByteArray(R"({"format":1,"events":[]})") << QStringLiteral("events");
    QTest::newRow("error: wrong format") << QByteArray(R"({"format":2,"events":[]})") << QStringLiteral("format");
}

void TestLifeEvents::brokenData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto nav = LifeEventNavigator::load(json, QStringLiteral("lifeevents.json"), embeddedCatalog().ids());
    if (field.isNull()) {
        QVERIFY2(nav.ok(), qPrintable(nav.ok() ? QString() : nav.error().toLogString()));
        return;
    }
    QVERIFY(!nav.ok());
    QCOMPARE(nav.error().file, QStringLiteral("lifeevents.json"));
    QCOMPARE(nav.error().field, field);
}

QTEST_GUILESS_MAIN(TestLifeEvents)
#include "TestLifeEvents.moc"
