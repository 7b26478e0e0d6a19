// The guidance slip (案内票) tells the truth: it lists the related procedures LifeEventNavigator::decide gives for the
// navigator answers the Request carries — the same decision the kiosk's done screen shows — read back from the
// slip's PDF with pdftotext. Answered no: left out; answered yes: listed; not asked: listed "if this applies".
#include "tests/printer/PrinterTestSupport.h"

using namespace kakanai::forms;
using namespace kakanai::printer;
using namespace kakanai::printer::testing;

namespace {

const QString MovingIn = QStringLiteral("moving_in");

// What the kiosk's done screen lists for these answers (KioskSession::guidance): the procedures decide() says apply.
QList<RelatedProcedure> doneScreenGuidance(const NavigatorAnswers &answers)
{
    QList<RelatedProcedure> out;
    auto decisions = navigator().decide(MovingIn, answers);
    if (!decisions) {
        qFatal("decide: %s", qPrintable(decisions.error().toLogString()));
    }
    for (const ProcedureDecision &d : *decisions) {
        if (!d.undecided) {
            out.append(d.procedure);
        }
    }
    return out;
}

QSet<QString> setOf(const QStringList &ids)
{
    return QSet<QString>(ids.begin(), ids.end());
}

} // namespace

class TestGuidanceSlip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsWhatTheAnswersDecide_data();
    void listsWhatTheAnswersDecide();
    void undecidedQuestionsSaySo();
    void answersTravelInTheRequest();
    void easyJapaneseWithRuby_data();
    void easyJapaneseWithRuby();
    void countersAndDeadlines_data();
    void countersAndDeadlines();
    void householdChangeAloneIsNoBereavement();

private:
    QString slipText(const QJsonObject &request, const QString &language = {});
    std::optional<PrintRenderer> m_renderer;
};

void TestGuidanceSlip::initTestCase()
{
    m_renderer.emplace(renderer());
}

QString TestGuidanceSlip::slipText(const QJsonObject &request, const QString &language)
{
    // From the Request alone, as the kiosk's print worker and a reprint from the inbox do.
    auto content = PrintRenderer::slipContent(request, navigator());
    if (!content) {
        qWarning("%s", qPrintable(content.error().toLogString()));
        return {};
    }
    auto doc = m_renderer->renderGuidanceSlip(request, *content, RenderOptions{language});
    if (!doc) {
        qWarning("%s", qPrintable(doc.error().toLogString()));
        return {};
    }
    QTemporaryDir dir;
    return pdfText(writeTemp(dir, QStringLiteral("slip.pdf"), doc->pdf));
}

void TestGuidanceSlip::listsWhatTheAnswersDecide_data()
{
    QTest::addColumn<QStringList>("yes");
    QTest::addColumn<QStringList>("absent");  // procedure titles that must not be on the slip
    QTest::addColumn<QStringList>("present"); // and some that must
    // A single 30-year-old living alone, employed (会社の保険), no card, no pet: every question answered no.
    QTest::newRow("single 30-year-old living alone, all no")
        << QStringList()
        << QStringList{QStringLiteral("児童手当"),    QStringLiteral("介護保険"),     QStringLiteral("後期高齢者"),
                       QStringLiteral("犬の登録"),    QStringLiteral("子ども医療費"), QStringLiteral("転入学"),
                       QStringLiteral("国民健康保険")}
        << QStringList{QStringLiteral("選挙人名簿")};
    // A family: children at school, a dog, 国保, cards; nobody over 65.
    QTest::newRow("family with school children and a dog")
        << QStringList{QStringLiteral("has_children"), QStringLiteral("school_age"), QStringLiteral("has_pet_dog"),
                       QStringLiteral("kokuho"), QStringLiteral("has_card")}
        << QStringList{QStringLiteral("介護保険"), QStringLiteral("後期高齢者")}
        << QStringList{QStringLiteral("児童手当"), QStringLiteral("犬の登録"), QStringLiteral("転入学"),
                       QStringLiteral("国民健康保険の加入")};
}

void TestGuidanceSlip::listsWhatTheAnswersDecide()
{
    QFETCH(QStringList, yes);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, present);
    // The kiosk asks every question of the event: what is not answered yes is answered no.
    const NavigatorAnswers answers = navigator().answersOf(MovingIn, setOf(yes));
    QCOMPARE(answers.size(), navigator().event(MovingIn)->questions.size());
    const QJsonObject request = fillRequest(navigator().event(MovingIn)->forms, persona(QStringLiteral("demo")),
                                            MovingIn, Mode::Counter, ExampleReceiptNumber, answers);
    const QString text = slipText(request);
    QVERIFY(text.contains(QStringLiteral("ほかに必要な手続き"))); // positive control: the slip was read

    // Exactly the done screen's list: each of its procedures on the slip, every other procedure of the event not.
    const QList<RelatedProcedure> expected = doneScreenGuidance(answers);
    QSet<QString> expectedIds;
    for (const RelatedProcedure &p : expected) {
        expectedIds.insert(p.id);
        QVERIFY2(text.contains(p.title.ja()), qPrintable(p.id));
    }
    auto all = navigator().decide(MovingIn, {});
    QVERIFY(all);
    for (const ProcedureDecision &d : *all) {
        if (!expectedIds.contains(d.procedure.id)) {
            QVERIFY2(!text.contains(d.procedure.title.ja()), qPrintable(d.procedure.id));
        }
    }
    for (const QString &t : absent) {
        QVERIFY2(!text.contains(t), qPrintable(t));
    }
    for (const QString &t : present) {
        QVERIFY2(text.contains(t), qPrintable(t));
    }
    // Everything was asked: nothing is listed as undecided.
    QVERIFY(!text.contains(QStringLiteral("対象：")));
}

void TestGuidanceSlip::undecidedQuestionsSaySo()
{
    // Only some questions answered (a request from before the questions, or an event whose question was skipped):
    // the unanswered ones are listed with the question that decides them, the ones answered no are left out.
    NavigatorAnswers answers;
    answers.insert(QStringLiteral("has_pet_dog"), false);
    answers.insert(QStringLiteral("has_children"), true);
    const QJsonObject request = fillRequest(navigator().event(MovingIn)->forms, persona(QStringLiteral("demo")),
                                            MovingIn, Mode::Counter, ExampleReceiptNumber, answers);
    const QString text = slipText(request);
    QVERIFY(!text.contains(QStringLiteral("犬の登録")));
    QVERIFY(text.contains(QStringLiteral("児童手当")));
    const NavigatorQuestion *over75 = navigator().question(QStringLiteral("over_75"));
    QVERIFY(over75);
    QVERIFY(text.contains(QStringLiteral("後期高齢者")));
    QVERIFY2(text.contains(QStringLiteral("対象：「%1」に「はい」の方").arg(over75->label.ja())), qPrintable(text));
    const NavigatorQuestion *children = navigator().question(QStringLiteral("has_children"));
    QVERIFY(!text.contains(QStringLiteral("「%1」").arg(children->label.ja()))); // answered: no condition printed
}

void TestGuidanceSlip::answersTravelInTheRequest()
{
    const NavigatorAnswers answers = navigator().answersOf(MovingIn, {QStringLiteral("has_pet_dog")});
    const QJsonObject request = fillRequest(navigator().event(MovingIn)->forms, persona(QStringLiteral("demo")),
                                            MovingIn, Mode::Counter, ExampleReceiptNumber, answers);
    const QJsonObject carried = request.value(QStringLiteral("navigator_answers")).toObject();
    QCOMPARE(carried.value(QStringLiteral("has_pet_dog")), QJsonValue(true));
    QCOMPARE(carried.value(QStringLiteral("kokuho")), QJsonValue(false));
    auto stored = readRequest(request, catalog());
    QVERIFY(stored);
    QCOMPARE(stored->navigatorAnswers, answers);
    // A request without answers carries no key at all.
    QVERIFY(!fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo")))
                 .contains(QStringLiteral("navigator_answers")));
}

void TestGuidanceSlip::easyJapaneseWithRuby_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("easy");
    QTest::newRow("やさしい日本語") << QStringLiteral("ja_easy") << true;
    QTest::newRow("control: English alongside") << QStringLiteral("en") << false;
}

void TestGuidanceSlip::easyJapaneseWithRuby()
{
    // The slip in やさしい日本語 prints its headings with the official terms in kanji and their reading above; the
    // PDF's text is the base text exactly (手続き, never 手続てつづき), so a search or a screen reader finds it.
    QFETCH(QString, language);
    QFETCH(bool, easy);
    const NavigatorAnswers answers = navigator().answersOf(MovingIn, {QStringLiteral("kokuho")});
    const QJsonObject request = fillRequest(navigator().event(MovingIn)->forms, persona(QStringLiteral("demo")),
                                            MovingIn, Mode::Counter, ExampleReceiptNumber, answers);
    const QString text = slipText(request, language);
    QVERIFY(text.contains(QStringLiteral("ほかに必要な手続き"))); // the Japanese is printed in every case
    QCOMPARE(text.contains(QStringLiteral("ほかに する 手続き")), easy);
    QCOMPARE(text.contains(QStringLiteral("窓口")), true);
    for (const char *reading : {"てつづ", "まどぐち"}) {
        QVERIFY2(!text.contains(QString::fromUtf8(reading)), reading);
    }
    QVERIFY(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('|')));
}

// Each procedure's counter (the city's data: the example city's here) and deadline: a date counted from the day the
// event happened as the request's form holds it (the example 転入 on 2025-04-01, the example 世帯主 died on
// 2025-04-03), or the rule when the deadline runs from a day the kiosk does not know.
void TestGuidanceSlip::countersAndDeadlines_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("yes");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("国保 加入: counter and the date 14 days after moving in")
        << MovingIn << QStringList{QStringLiteral("kokuho")} << QString()
        << QStringList{QStringLiteral("国民健康保険の加入"), QStringLiteral("本庁舎1階5番窓口"),
                       QStringLiteral("期限：令和7年4月15日（2025-04-15）まで（転入した日から14日以内）")}
        << QStringList{QStringLiteral("Deadline")};
    QTest::newRow("児童手当 15日特例: the day after + 15")
        << MovingIn << QStringList{QStringLiteral("has_children")} << QString()
        << QStringList{QStringLiteral("本庁舎2階12番窓口"), QStringLiteral("令和7年4月16日（2025-04-16）まで"),
                       QStringLiteral("15日特例")}
        << QStringList{QStringLiteral("令和7年4月15日")}; // no 国保 asked yes: no 14-day date either
    QTest::newRow("card: the rule alone")
        << MovingIn << QStringList{QStringLiteral("has_card")} << QString()
        << QStringList{QStringLiteral("期限：転入届をした日から14日以内")} << QStringList{QStringLiteral("まで（")};
    QTest::newRow("English alongside") << MovingIn << QStringList{QStringLiteral("kokuho")} << QStringLiteral("en")
                                       << QStringList{QStringLiteral("Mainbuilding,1stfloor,counter5"),
                                                      QStringLiteral("Deadline:"),
                                                      QStringLiteral("within14daysofmovingin"),
                                                      QStringLiteral("本庁舎1階5番窓口")}
                                       << QStringList{};
    QTest::newRow("おくやみ: 国保 資格喪失 14 days after the death, the 死亡届 filed elsewhere")
        << QStringLiteral("bereavement") << QStringList{QStringLiteral("deceased_kokuho")} << QString()
        << QStringList{QStringLiteral("住民異動届（世帯変更届）"),
                       QStringLiteral("死亡届（この端末では受け付けません"),
                       QStringLiteral("期限：死亡の事実を知った日から7日以内"),
                       QStringLiteral("期限：令和7年4月17日（2025-04-17）まで（亡くなった日から14日以内）"),
                       QStringLiteral("葬祭費の申請（国民健康保険）"),
                       QStringLiteral("葬儀を行った日の翌日から2年以内")}
        << QStringList{QStringLiteral("後期高齢者"), QStringLiteral("介護保険"), QStringLiteral("印鑑登録証の返却")};
}

void TestGuidanceSlip::countersAndDeadlines()
{
    QFETCH(QString, event);
    QFETCH(QStringList, yes);
    QFETCH(QString, language);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const NavigatorAnswers answers = navigator().answersOf(event, setOf(yes));
    const QJsonObject request = fillRequest(navigator().event(event)->forms, persona(QStringLiteral("demo")), event,
                                            Mode::Counter, ExampleReceiptNumber, answers);
    // pdftotext breaks lines inside the table's cells: compare without spaces.
    const QString text = slipText(request, language).remove(QLatin1Char(' '));
    QVERIFY(text.contains(QStringLiteral("ほかに必要な手続き"))); // positive control: the slip was read
    for (const QString &t : present) {
        QVERIFY2(text.contains(QString(t).remove(QLatin1Char(' '))), qPrintable(t + QStringLiteral("\n") + text));
    }
    for (const QString &t : absent) {
        QVERIFY2(!text.contains(t), qPrintable(t));
    }
}

// A 世帯変更届 filed on its own (a 世帯分離) is not the おくやみ event that also files it: no bereavement slip. The
// 転入届 on its own is the 転入 (positive control).
void TestGuidanceSlip::householdChangeAloneIsNoBereavement()
{
    const QJsonObject alone = fillRequest({QStringLiteral("setai_henko")}, persona(QStringLiteral("demo")));
    const auto none = PrintRenderer::slipContent(alone, navigator());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, PrintErrorCode::NoGuidance);
    const QJsonObject tennyu = fillRequest({QStringLiteral("tennyu")}, persona(QStringLiteral("demo")));
    const auto movingIn = PrintRenderer::slipContent(tennyu, navigator());
    QVERIFY(movingIn.ok());
    QCOMPARE(movingIn->event.id, MovingIn);
}

QTEST_MAIN(TestGuidanceSlip)
#include "TestGuidanceSlip.moc"
