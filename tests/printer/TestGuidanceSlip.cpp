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

QTEST_MAIN(TestGuidanceSlip)
#include "TestGuidanceSlip.moc"
