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
    void bereavement_data();
    void bereavement();
    void deadlines_data();
    void deadlines();
    void happenedOnFromTheForm();
    void counters();
    void brokenCounters_data();
    void brokenCounters();
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
    QCOMPARE(ids,
             (QStringList{QStringLiteral("moving_in"), QStringLiteral("moving_within"), QStringLiteral("moving_out"),
                          QStringLiteral("bereavement"), QStringLiteral("certificates")}));
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
    QTest::newRow("bereavement, nothing else applied")
        << QStringLiteral("bereavement") << QStringList{} << QStringList{QStringLiteral("setai_henko")}
        << QStringList{QStringLiteral("shibou_todoke"), QStringLiteral("mynumber_card_shibou")};
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

// Rules that changed on a day carry the day and their source in the data (児童手当法第4条 as amended by
// 令和6年法律第47号: from the October 2024 allowance children up to 高校生年代 are covered, not only 中学生以下). The
// question the kiosk asks and the procedure the slip lists apply the current rule and cite it.
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
        << "{\"format\":1,"
           R"("questions":[{"id":"kids","label":{"ja":"子"},"since":"2024-10-01","law":"児童手当法"}])" +
               e
        << QString();
    QTest::newRow("error: dated question without its law")
        << "{\"format\":1,"
           R"("questions":[{"id":"kids","label":{"ja":"子"},"since":"2024-10-01"}])" +
               e
        << QStringLiteral("questions[0].law");
    QTest::newRow("error: law without a valid date")
        << "{\"format\":1,"
           R"("questions":[{"id":"kids","label":{"ja":"子"},"since":"2024-13-01","law":"児童手当法"}])" +
               e
        << QStringLiteral("questions[0].since");
    QTest::newRow("error: procedure dated by text")
        << "{\"format\":1," + q +
               R"(,"procedures":[{"id":"p1","title":{"ja":"手続"},"desk":{"ja":"窓口"},"since":"令和6年10月","law":"児童手当法"}])" +
               e
        << QStringLiteral("procedures[0].since");
    const QByteArray dated =
        "{\"format\":1," + q + "," + p + R"(,"events":[{"id":"e","title":{"ja":"E"},"forms":["tennyu"],)";
    QTest::newRow("deadline counted from the event's date")
        << dated +
               R"("procedures":["p1"],"happened_on":"tennyu/moved_on","deadlines":{"p1":{"days":14,"rule":{"ja":"14日以内"},"law":"法"}}}]})"
        << QString();
    QTest::newRow("error: deadline of a procedure the event does not list")
        << dated + R"("deadlines":{"p1":{"days":14,"rule":{"ja":"14日以内"},"law":"法"}}}]})"
        << QStringLiteral("events[0].deadlines.p1");
    QTest::newRow("error: deadline without its law")
        << dated + R"("procedures":["p1"],"deadlines":{"p1":{"days":14,"rule":{"ja":"14日以内"}}}}]})"
        << QStringLiteral("events[0].deadlines.p1.law");
    QTest::newRow("error: deadline of half a day")
        << dated + R"("procedures":["p1"],"deadlines":{"p1":{"days":14.5,"rule":{"ja":"14日以内"},"law":"法"}}}]})"
        << QStringLiteral("events[0].deadlines.p1.days");
    QTest::newRow("error: deadline without its rule")
        << dated + R"("procedures":["p1"],"deadlines":{"p1":{"days":14,"law":"法"}}}]})"
        << QStringLiteral("events[0].deadlines.p1.rule");
    QTest::newRow("error: implied_by_form not a boolean")
        << dated + R"("implied_by_form":"no"}]})" << QStringLiteral("events[0].implied_by_form");
    QTest::newRow("error: date of another form")
        << dated + R"("happened_on":"tenkyo/moved_on"}]})" << QStringLiteral("events[0].happened_on");
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

namespace {

const LifeEventNavigator &withCounters()
{
    static const LifeEventNavigator nav = [] {
        auto loaded = LifeEventNavigator::loadFile(LifeEventNavigator::embeddedFile(), embeddedCatalog().ids());
        if (!loaded || !loaded->loadCountersFile()) {
            qFatal("navigator or counters do not load");
        }
        return std::move(loaded.value());
    }();
    return nav;
}

QStringList idsOf(const QList<ProcedureDecision> &decisions, bool undecided)
{
    QStringList out;
    for (const ProcedureDecision &d : decisions) {
        if (d.undecided == undecided) {
            out.append(d.procedure.id);
        }
    }
    return out;
}

} // namespace

// おくやみ: what a survivor does after the death of the 世帯主, decided by the answers about the deceased exactly as
// the other events (LifeEventNavigator::decide); the 死亡届 itself is listed as filed elsewhere, always.
void TestLifeEvents::bereavement_data()
{
    QTest::addColumn<QVariantMap>("answers"); // question → yes/no; a question left out was not asked
    QTest::addColumn<QStringList>("applies");
    QTest::addColumn<QStringList>("undecided");
    const auto no = [](std::initializer_list<const char *> yes) {
        QVariantMap m;
        for (const char *q : {"deceased_kokuho", "deceased_kouki", "deceased_kaigo", "deceased_pension",
                              "deceased_seal", "deceased_welfare"}) {
            m.insert(QLatin1String(q), false);
        }
        for (const char *q : yes) {
            m.insert(QLatin1String(q), true);
        }
        return m;
    };
    QTest::newRow("国保 and a registered seal")
        << no({"deceased_kokuho", "deceased_seal"})
        << QStringList{QStringLiteral("shibou_todoke"), QStringLiteral("kokuho_soushitsu"),
                       QStringLiteral("kokuho_sousaihi"), QStringLiteral("inkan_shibou"),
                       QStringLiteral("mynumber_card_shibou")}
        << QStringList{};
    QTest::newRow("後期高齢者 with care insurance, a pension and welfare cards")
        << no({"deceased_kouki", "deceased_kaigo", "deceased_pension", "deceased_welfare"})
        << QStringList{QStringLiteral("shibou_todoke"),       QStringLiteral("kouki_soushitsu"),
                       QStringLiteral("kouki_sousaihi"),      QStringLiteral("kaigo_soushitsu"),
                       QStringLiteral("nenkin_shibou"),       QStringLiteral("fukushi_henkan"),
                       QStringLiteral("mynumber_card_shibou")}
        << QStringList{};
    QVariantMap partly = no({"deceased_kouki"});
    partly.remove(QStringLiteral("deceased_seal"));
    QTest::newRow("the seal question not asked: undecided, not yes")
        << partly
        << QStringList{QStringLiteral("shibou_todoke"), QStringLiteral("kouki_soushitsu"),
                       QStringLiteral("kouki_sousaihi"), QStringLiteral("mynumber_card_shibou")}
        << QStringList{QStringLiteral("inkan_shibou")};
}

void TestLifeEvents::bereavement()
{
    QFETCH(QVariantMap, answers);
    QFETCH(QStringList, applies);
    QFETCH(QStringList, undecided);
    NavigatorAnswers a;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        a.insert(it.key(), it.value().toBool());
    }
    const auto decisions = withCounters().decide(QStringLiteral("bereavement"), a);
    QVERIFY(decisions.ok());
    QCOMPARE(idsOf(*decisions, false), applies);
    QCOMPARE(idsOf(*decisions, true), undecided);
    const LifeEvent *event = withCounters().event(QStringLiteral("bereavement"));
    QVERIFY(event);
    QCOMPARE(event->forms, QStringList{QStringLiteral("setai_henko")});
    QVERIFY(!event->impliedByForm);                                            // a 世帯分離 is no bereavement
    QVERIFY(withCounters().event(QStringLiteral("moving_in"))->impliedByForm); // the 転入届 is the 転入
    // The 死亡届 is not filed here, and the resident is told so on the slip.
    QVERIFY(withCounters()
                .procedure(QStringLiteral("shibou_todoke"))
                ->title.ja()
                .contains(QStringLiteral("受け付けません")));
}

// Deadlines are the law's (per event: 転入 and 転居 differ), counted from the day the event happened as the law
// counts days (民法第140条: 14日以内 of 1 April ends on 15 April); a rule without days, or an unknown day, gives the
// rule alone.
void TestLifeEvents::deadlines_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QDate>("happenedOn");
    QTest::addColumn<QDate>("due"); // null: the rule alone
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("law");
    QTest::newRow("国保 加入: 14 days after moving in")
        << QStringLiteral("moving_in") << QStringLiteral("kokuho_join") << QDate(2026, 4, 1) << QDate(2026, 4, 15)
        << QStringLiteral("14日以内") << QStringLiteral("国民健康保険法");
    QTest::newRow("児童手当 15日特例: from the day after")
        << QStringLiteral("moving_in") << QStringLiteral("jidou_teate") << QDate(2026, 4, 1) << QDate(2026, 4, 16)
        << QStringLiteral("15日以内") << QStringLiteral("児童手当法第8条第3項");
    QTest::newRow("国保 住所変更 over the new year")
        << QStringLiteral("moving_within") << QStringLiteral("kokuho_address") << QDate(2026, 12, 20)
        << QDate(2027, 1, 3) << QStringLiteral("転居した日から14日以内") << QStringLiteral("国民健康保険法");
    QTest::newRow("国保 資格喪失 after a death")
        << QStringLiteral("bereavement") << QStringLiteral("kokuho_soushitsu") << QDate(2026, 3, 31)
        << QDate(2026, 4, 14) << QStringLiteral("亡くなった日から14日以内") << QStringLiteral("国民健康保険法");
    QTest::newRow("死亡届: a rule only (from the day the death became known)")
        << QStringLiteral("bereavement") << QStringLiteral("shibou_todoke") << QDate(2026, 3, 31) << QDate()
        << QStringLiteral("7日以内") << QStringLiteral("戸籍法第86条");
    QTest::newRow("card: a rule only (from the day of filing)")
        << QStringLiteral("moving_in") << QStringLiteral("card_address") << QDate(2026, 4, 1) << QDate()
        << QStringLiteral("14日以内") << QStringLiteral("第17条");
    QTest::newRow("date not known yet: the rule alone")
        << QStringLiteral("moving_in") << QStringLiteral("kokuho_join") << QDate() << QDate()
        << QStringLiteral("14日以内") << QStringLiteral("国民健康保険法");
    QTest::newRow("no deadline: 国保 脱退 on moving out")
        << QStringLiteral("moving_out") << QStringLiteral("kokuho_leave") << QDate(2026, 4, 1) << QDate() << QString()
        << QString();
}

void TestLifeEvents::deadlines()
{
    QFETCH(QString, event);
    QFETCH(QString, procedure);
    QFETCH(QDate, happenedOn);
    QFETCH(QDate, due);
    QFETCH(QString, rule);
    QFETCH(QString, law);
    const LifeEvent *e = withCounters().event(event);
    QVERIFY(e);
    // Every question answered yes: every procedure of the event is decided.
    NavigatorAnswers yes;
    for (const QString &q : e->questions) {
        yes.insert(q, true);
    }
    const auto decisions = withCounters().decide(event, yes);
    QVERIFY(decisions.ok());
    const ProcedureDecision *found = nullptr;
    for (const ProcedureDecision &d : *decisions) {
        if (d.procedure.id == procedure) {
            found = &d;
        }
    }
    QVERIFY2(found, qPrintable(procedure));
    if (rule.isEmpty()) {
        QVERIFY(!found->procedure.deadline);
        return;
    }
    QVERIFY(found->procedure.deadline);
    QVERIFY2(found->procedure.deadline->rule.ja().contains(rule), qPrintable(found->procedure.deadline->rule.ja()));
    QVERIFY(!found->procedure.deadline->rule.en().isEmpty());
    QVERIFY2(found->procedure.deadline->law.contains(law), qPrintable(found->procedure.deadline->law));
    QCOMPARE(found->procedure.deadline->dueFrom(happenedOn), due);
}

void TestLifeEvents::happenedOnFromTheForm()
{
    const LifeEvent *movingIn = withCounters().event(QStringLiteral("moving_in"));
    QVERIFY(movingIn);
    FormInstance tennyu(embeddedCatalog().shared(QStringLiteral("tennyu")));
    FormInstance tenkyo(embeddedCatalog().shared(QStringLiteral("tenkyo")));
    QVERIFY(!tennyu.setValue(QStringLiteral("moved_on"), QStringLiteral("2026-04-01"), Provenance::Resident));
    QVERIFY(!tenkyo.setValue(QStringLiteral("moved_on"), QStringLiteral("2026-05-01"), Provenance::Resident));
    QCOMPARE(LifeEventNavigator::happenedOn(*movingIn, {&tenkyo, &tennyu}), QDate(2026, 4, 1));
    // The event's own form only; unanswered: unknown.
    QCOMPARE(LifeEventNavigator::happenedOn(*movingIn, {&tenkyo}), QDate());
    tennyu.remove(QStringLiteral("moved_on"));
    QCOMPARE(LifeEventNavigator::happenedOn(*movingIn, {&tennyu}), QDate());
    // An event without a date: certificates.
    QCOMPARE(LifeEventNavigator::happenedOn(*withCounters().event(QStringLiteral("certificates")), {&tennyu}), QDate());
}

// The city's counters (EXAMPLE data built in): every procedure of every event has one, in the seven languages.
void TestLifeEvents::counters()
{
    QVERIFY(withCounters().countersAreExample());
    for (const LifeEvent &e : withCounters().events()) {
        for (const QString &id : e.procedures) {
            const RelatedProcedure *p = withCounters().procedure(id);
            QVERIFY(p);
            for (const char *lang : {"ja", "ja_easy", "en", "zh_CN", "ko", "vi", "pt"}) {
                QVERIFY2(!p->counter.byLanguage.value(QLatin1String(lang)).isEmpty(),
                         qPrintable(id + QLatin1Char(' ') + QLatin1String(lang)));
            }
        }
    }
    const auto decisions = withCounters().decide(QStringLiteral("moving_in"), {{QStringLiteral("kokuho"), true}});
    QVERIFY(decisions.ok());
    bool kokuho = false;
    for (const ProcedureDecision &d : *decisions) {
        if (d.procedure.id == QLatin1String("kokuho_join")) {
            kokuho = true;
            QCOMPARE(d.procedure.counter.ja(), QStringLiteral("本庁舎1階 5番窓口"));
        }
    }
    QVERIFY(kokuho);
    // Without the counters file: no counter, the department alone.
    const auto bare = LifeEventNavigator::loadFile();
    QVERIFY(bare.ok());
    QVERIFY(bare->procedure(QStringLiteral("kokuho_join"))->counter.ja().isEmpty());
}

void TestLifeEvents::brokenCounters_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // null: loads
    QTest::newRow("valid") << QByteArray(R"({"format":1,"example":false,"counters":{"senkyo":{"ja":"4階"}}})")
                           << QString();
    QTest::newRow("error: unknown procedure")
        << QByteArray(R"({"format":1,"counters":{"senkyo2":{"ja":"4階"}}})") << QStringLiteral("counters.senkyo2");
    QTest::newRow("error: no Japanese") << QByteArray(R"({"format":1,"counters":{"senkyo":{"en":"4th floor"}}})")
                                        << QStringLiteral("counters.senkyo");
    QTest::newRow("error: misspelt key") << QByteArray(R"({"format":1,"counter":{}})") << QStringLiteral("counter");
    QTest::newRow("error: example not a boolean")
        << QByteArray(R"({"format":1,"example":"yes","counters":{}})") << QStringLiteral("example");
    QTest::newRow("error: wrong format") << QByteArray(R"({"format":2,"counters":{}})") << QStringLiteral("format");
}

void TestLifeEvents::brokenCounters()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    auto nav = LifeEventNavigator::loadFile();
    QVERIFY(nav.ok());
    QVERIFY(nav->loadCounters(R"({"format":1,"counters":{"senkyo":{"ja":"前の窓口"}}})", QStringLiteral("a.json")));
    const auto loaded = nav->loadCounters(json, QStringLiteral("counters.json"));
    if (field.isNull()) {
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toLogString()));
        QCOMPARE(nav->procedure(QStringLiteral("senkyo"))->counter.ja(), QStringLiteral("4階"));
        return;
    }
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().file, QStringLiteral("counters.json"));
    QCOMPARE(loaded.error().field, field);
    // A broken file changes nothing.
    QCOMPARE(nav->procedure(QStringLiteral("senkyo"))->counter.ja(), QStringLiteral("前の窓口"));
}

QTEST_GUILESS_MAIN(TestLifeEvents)
#include "TestLifeEvents.moc"
