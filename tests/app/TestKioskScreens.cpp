// The screens as residents and staff meet them (issue 12), offscreen with a scripted card: the procedure screen
// fits without scrolling at 1920×1080 and 1280×800 in all seven languages, with the common certificates first and
// the city's own name; every language button of the idle screen is visible; 「やめる」 asks before wiping; 転入
// chosen with the card's address already in the city switches to 転居 in one tap, keeping the answers; and every
// touch target on every screen is at least as large as the README promises.
#include "app/ui/screens/ProcedureScreen.h"
#include "app/ui/screens/Screen.h"
#include "app/ui/widgets/EventButton.h"
#include "tests/app/GuiTestSupport.h"

#include <QLineEdit>

#include <QScrollArea>
#include <QScrollBar>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

namespace {

// The touch size the README promises: 72 px at 1920×1080, scaled with the screen at 1280×800 (58 px), never <48.
int promisedTouch(QSize size)
{
    return size.height() >= 1080 ? 72 : 58;
}

// Whether a widget is shown whole inside the window and inside every scroll area's viewport around it.
bool fullyShown(QWidget *w, QWidget *window)
{
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    if (!window->rect().contains(inWindow)) {
        return false;
    }
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            const QRect inViewport(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
            if (!area->viewport()->rect().contains(inViewport)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestKioskScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    ResidentRecord m_record; // what the scripted card read first
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<KioskHarness> m_k;

    void make(const QString &language = QStringLiteral("ja"), QSize size = {1920, 1080},
              KioskMode mode = KioskMode::Counter, std::function<void(KioskConfig &)> adjust = {})
    {
        m_k.reset();
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        KioskHarness::Setup setup;
        setup.mode = mode;
        setup.language = language;
        setup.size = size;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        setup.adjust = std::move(adjust);
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        m_card->remove();
    }

    void toPin(int tries = 3)
    {
        m_card->insert();
        QCOMPARE(m_k->state(), S::CheckingCard);
        m_card->answerTries(tries);
    }

    void toProcedure(const ResidentRecord &record = testing::demoResident())
    {
        toPin();
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        m_card->answerRead(record);
        m_record = record;
        QCOMPARE(m_k->state(), S::ProcedureChoice);
        QTest::qWait(10);
    }

    // The forms just chosen ask for the individual number (counter mode): the session reads it over the card the
    // PIN verified; the scripted card answers with the record read first plus the number.
    void answerNumberRead()
    {
        if (m_k->state() == S::Reading) {
            ResidentRecord withNumber = m_record;
            withNumber.individualNumber = testing::demoResident(true).individualNumber;
            m_card->answerRead(withNumber);
        }
    }

    // A resident whose card already gives an address in the kiosk's city (港区).
    static ResidentRecord residentOfTheCity()
    {
        ResidentRecord r = testing::demoResident();
        r.address = QStringLiteral("東京都港区芝公園４丁目２－８");
        return r;
    }

    QStringList leftovers() const
    {
        return KioskHarness::leftovers(KioskHarness::personalNeedles(testing::demoResident(true)));
    }

    bool shows(const QString &needle) const
    {
        return KioskHarness::allTexts().join(QLatin1Char('\n')).contains(needle);
    }

    // Every visible touch target of the window (buttons, check boxes, line edits) smaller than `minimum`.
    QStringList smallTargets(const char *where, int minimum) const
    {
        QStringList problems;
        QList<QWidget *> targets;
        for (QAbstractButton *b : m_k->window()->findChildren<QAbstractButton *>()) {
            targets.append(b);
        }
        for (QLineEdit *e : m_k->window()->findChildren<QLineEdit *>()) {
            targets.append(e);
        }
        for (QWidget *t : std::as_const(targets)) {
            if (!t->isVisible() || t->property("role").toString() == QLatin1String("none")) {
                continue;
            }
            if (t->height() < minimum || t->width() < minimum) {
                problems << QStringLiteral("%1: %2 '%3' is %4x%5 (under %6 px)")
                                .arg(QString::fromLatin1(where), t->objectName(), t->accessibleName().left(30))
                                .arg(t->width())
                                .arg(t->height())
                                .arg(minimum);
            }
        }
        return problems;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_k.reset();
        m_card.reset();
        m_sink.reset();
    }

    // ---- the procedure screen (item 2) -------------------------------------------------------------------------

    void procedureScreenFitsWithoutScrolling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("textScale");
        QTest::addColumn<bool>("fits");
        for (const QString &language : KioskConfig::supportedLanguages()) {
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size << 1.0 << true;
            }
        }
        // The control: with the larger text at 1280×800 the page no longer fits, and the check says so.
        QTest::newRow("control: pt 1280x800, larger text") << QStringLiteral("pt") << QSize(1280, 800) << 1.3 << false;
    }

    void procedureScreenFitsWithoutScrolling()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(double, textScale);
        QFETCH(bool, fits);
        make(language, size, KioskMode::Counter, [textScale](KioskConfig &c) { c.textScale = textScale; });
        toProcedure();
        auto *screen = m_k->window()->findChild<ProcedureScreen *>();
        QVERIFY(screen && screen->isVisible());
        if (fits) {
            QCOMPARE(m_k->window()->size(), size); // nothing pushes the window past the screen
        }
        auto *body = screen->findChild<QScrollArea *>(QStringLiteral("screen_body"));
        QVERIFY(body);
        QStringList problems;
        if (body->verticalScrollBar()->maximum() > 0) {
            problems << QStringLiteral("the page scrolls by %1 px").arg(body->verticalScrollBar()->maximum());
        }
        // Every choice whole on the screen, with room for its wrapped text (nothing cut at the bottom).
        const QList<EventButton *> buttons = screen->findChildren<EventButton *>();
        QVERIFY(buttons.size() >= 5);
        for (EventButton *b : buttons) {
            if (!fullyShown(b, m_k->window())) {
                problems << QStringLiteral("%1 is not shown whole").arg(b->objectName());
            }
            if (b->height() < b->heightForWidth(b->width())) {
                problems << QStringLiteral("%1 cuts its text (%2 < %3 px)")
                                .arg(b->objectName())
                                .arg(b->height())
                                .arg(b->heightForWidth(b->width()));
            }
        }
        for (const char *name : {"forms_next", "quit"}) {
            QPushButton *b = screen->findChild<QPushButton *>(QString::fromLatin1(name));
            if (!b || !fullyShown(b, m_k->window())) {
                problems << QStringLiteral("%1 is not shown whole").arg(QString::fromLatin1(name));
            }
        }
        QVERIFY2(problems.isEmpty() == fits, qPrintable(problems.join(QStringLiteral("; "))));
        if (!fits) {
            return;
        }
        // The common certificates first, named by the wish, with the form's official name below; no 「市区町村内」
        // where the city's name belongs; the notification a life event fills is not listed a second time.
        const QStringList listed = screen->listedForms();
        QVERIFY2(listed.size() >= 4, qPrintable(listed.join(QLatin1Char(','))));
        QCOMPARE(listed.mid(0, 2), (QStringList{QStringLiteral("juminhyo"), QStringLiteral("inkan")}));
        QVERIFY(!listed.contains(QStringLiteral("tennyu")));
        QPushButton *juminhyo = m_k->button(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen"));
        QVERIFY(juminhyo);
        QVERIFY2(juminhyo->accessibleDescription() == QStringLiteral("住民票の写し等交付請求書"),
                 qPrintable(juminhyo->accessibleDescription()));
        QVERIFY(juminhyo->accessibleName() != juminhyo->accessibleDescription());
        QPushButton *within = m_k->button(QStringLiteral("event_moving_within"), QStringLiteral("ProcedureScreen"));
        QVERIFY(within);
        QVERIFY2(within->accessibleName().contains(QStringLiteral("港区")), qPrintable(within->accessibleName()));
        QVERIFY(!within->accessibleName().contains(QStringLiteral("市区町村内")));
        if (language == QLatin1String("ja")) {
            QCOMPARE(juminhyo->accessibleName(), QStringLiteral("住民票の写しがほしい"));
            QCOMPARE(within->accessibleName(), QStringLiteral("港区内で引っ越した"));
        }
        // Still chosen and sent as before.
        QVERIFY(m_k->click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("forms_next")));
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("juminhyo")});
    }

    // ---- foreign residents (item 6) ----------------------------------------------------------------------------

    void everyLanguageButtonVisible_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void everyLanguageButtonVisible()
    {
        QFETCH(QSize, size);
        make(QStringLiteral("ja"), size);
        QTest::qWait(10);
        const QStringList languages = KioskConfig::supportedLanguages();
        QCOMPARE(languages.size(), 7);
        for (const QString &code : languages) {
            auto *b = m_k->window()->findChild<QPushButton *>(QStringLiteral("lang_") + code);
            QVERIFY2(b && b->isVisible(), qPrintable(code));
            QVERIFY2(fullyShown(b, m_k->window()), qPrintable(code + QStringLiteral(" is cut off")));
        }
        // Also with a card on the reader ("Start" shown above them).
        m_card->insert();
        m_k->session()->cancel();
        QTest::qWait(10);
        for (const QString &code : languages) {
            auto *b = m_k->window()->findChild<QPushButton *>(QStringLiteral("lang_") + code);
            QVERIFY2(fullyShown(b, m_k->window()), qPrintable(code + QStringLiteral(" is cut off with a card in")));
        }
    }

    // ---- recoverable mistakes (item 7) -------------------------------------------------------------------------

    void quitAsksBeforeWiping_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("keep going") << QStringLiteral("quit_keep");
        QTest::newRow("end and clear") << QStringLiteral("quit_confirm");
    }

    void quitAsksBeforeWiping()
    {
        QFETCH(QString, answer);
        make();
        toProcedure();
        QVERIFY(m_k->click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("forms_next")));
        QCOMPARE(m_k->state(), S::Review);
        // The resident's data is on the screen before the question.
        QVERIFY(shows(QStringLiteral("山田　花子")));
        QVERIFY(!leftovers().isEmpty());
        auto *overlay = m_k->find(QStringLiteral("quit_overlay"));
        QVERIFY(overlay && !overlay->isVisible());
        QVERIFY(m_k->click(QStringLiteral("quit"), QStringLiteral("ReviewScreen")));
        // One tap asks; nothing is wiped yet, and keeping on is the focused default.
        QVERIFY(overlay->isVisible());
        QCOMPARE(m_k->state(), S::Review);
        QVERIFY(shows(QStringLiteral("山田　花子")));
        QCOMPARE(m_k->window()->focusWidget(), m_k->button(QStringLiteral("quit_keep")));
        QVERIFY(m_k->click(answer));
        QVERIFY(!overlay->isVisible());
        if (answer == QLatin1String("quit_keep")) {
            QCOMPARE(m_k->state(), S::Review);
            QVERIFY(shows(QStringLiteral("山田　花子")));
            QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("juminhyo")});
            return;
        }
        QVERIFY(m_k->waitFor(S::Idle, 1000));
        const QStringList left = leftovers();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    void quitConfirmationGoesWithTheCard()
    {
        make();
        toProcedure();
        QVERIFY(m_k->click(QStringLiteral("quit"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->find(QStringLiteral("quit_overlay"))->isVisible());
        m_card->remove();
        QVERIFY(m_k->waitFor(S::Idle, 1000));
        QVERIFY(!m_k->find(QStringLiteral("quit_overlay"))->isVisible());
    }

    void movingInSwitchesToMovingWithin_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void movingInSwitchesToMovingWithin()
    {
        QFETCH(QString, language);
        make(language);
        toProcedure(residentOfTheCity());
        QVERIFY(m_k->click(QStringLiteral("event_moving_in")));
        QCOMPARE(m_k->state(), S::Questions);
        QVERIFY(m_k->click(QStringLiteral("choice_yes"), QStringLiteral("question_kokuho")));
        QVERIFY(m_k->click(QStringLiteral("choice_yes"), QStringLiteral("question_has_pet_dog")));
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        answerNumberRead();
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("tennyu")});
        // An answer the resident gave on the 転入届 that the 転居届 has too.
        QVERIFY(m_k->session()->setValue(QStringLiteral("phone"), QStringLiteral("03-1234-5678"),
                                         forms::Provenance::Resident));
        QStringList codes;
        for (const auto &issue : m_k->session()->issues(0)) {
            codes << issue.code;
        }
        auto *notice = m_k->find(QStringLiteral("switch_notice"));
        QVERIFY2(notice && notice->isVisible(), qPrintable(codes.join(QLatin1Char(','))));
        QVERIFY(
            m_k->window()->findChild<QLabel *>(QStringLiteral("switch_text"))->text().contains(QStringLiteral("港区")));
        QCOMPARE(m_k->session()->suggestedLifeEvent(), QStringLiteral("moving_within"));
        // One tap.
        QVERIFY(m_k->click(QStringLiteral("switch_procedure")));
        answerNumberRead();
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_k->session()->lifeEventId(), QStringLiteral("moving_within"));
        QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("tenkyo")});
        QCOMPARE(m_k->session()->yesAnswers(),
                 (QSet<QString>{QStringLiteral("kokuho"), QStringLiteral("has_pet_dog")}));
        const forms::FieldValue *phone = m_k->session()->form(0).value(QStringLiteral("phone"));
        QVERIFY(phone);
        QCOMPARE(phone->value.toString(), QStringLiteral("03-1234-5678"));
        const forms::FieldValue *previous = m_k->session()->form(0).value(QStringLiteral("previous_address"));
        QVERIFY(previous && previous->provenance == forms::Provenance::Card);
        QVERIFY(!notice->isVisible());
        QVERIFY(m_k->session()->suggestedLifeEvent().isEmpty());
        auto *title = m_k->window()->findChild<QLabel *>(QStringLiteral("review_title"));
        QVERIFY2(title->text().contains(language == QLatin1String("ja") ? QStringLiteral("転居届")
                                                                        : QStringLiteral("within")),
                 qPrintable(title->text()));
    }

    // The control: a card from another city (千代田区) choosing 転入 is right, and no switch is offered.
    void noSwitchWhenTheMoveFits()
    {
        make();
        toProcedure(); // the demo card: 東京都千代田区
        QVERIFY(m_k->click(QStringLiteral("event_moving_in")));
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        answerNumberRead();
        QCOMPARE(m_k->state(), S::Review);
        QVERIFY(!m_k->find(QStringLiteral("switch_notice"))->isVisible());
        QVERIFY(m_k->session()->suggestedLifeEvent().isEmpty());
        QVERIFY(!m_k->session()->switchLifeEvent(QStringLiteral("moving_within")));
        QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("tennyu")});
    }

    // 転居 chosen with a card from elsewhere: the switch to 転入 asks 転入's own questions first, with the answers
    // already given kept.
    void movingWithinSwitchesToMovingInThroughItsQuestions()
    {
        make();
        toProcedure(); // 千代田区
        QVERIFY(m_k->click(QStringLiteral("event_moving_within")));
        QVERIFY(m_k->click(QStringLiteral("choice_yes"), QStringLiteral("question_kokuho")));
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        answerNumberRead();
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_k->session()->suggestedLifeEvent(), QStringLiteral("moving_in"));
        QVERIFY(m_k->session()->setValue(QStringLiteral("phone"), QStringLiteral("03-1234-5678"),
                                         forms::Provenance::Resident));
        QVERIFY(m_k->click(QStringLiteral("switch_procedure")));
        answerNumberRead();
        QCOMPARE(m_k->state(), S::Questions);
        QCOMPARE(m_k->session()->lifeEventId(), QStringLiteral("moving_in"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first questions' rows go
        QPushButton *kokuho = m_k->button(QStringLiteral("choice_yes"), QStringLiteral("question_kokuho"));
        QVERIFY(kokuho && kokuho->isChecked());
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        answerNumberRead();
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("tennyu")});
        const forms::FieldValue *phone = m_k->session()->form(0).value(QStringLiteral("phone"));
        QVERIFY(phone && phone->value.toString() == QStringLiteral("03-1234-5678"));
    }

    // Every screen and overlay the kiosk has, walked by taps; every visible touch target at least the promised
    // size. The control adds a small button to the screen and expects the same check to name it.
    void touchTargetsOnEveryScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
            for (const char *language : {"ja", "en"}) {
                QTest::addRow("%dx%d %s", size.width(), size.height(), language)
                    << size << QString::fromLatin1(language);
            }
        }
    }

    void touchTargetsOnEveryScreen()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        make(language, size);
        const int minimum = promisedTouch(size);
        QStringList problems;
        QStringList seen;
        auto inspect = [&](const char *where) {
            QCoreApplication::processEvents();
            QTest::qWait(5);
            problems << smallTargets(where, minimum);
            seen << QString::fromLatin1(where);
        };
        inspect("idle");
        QVERIFY(m_k->click(QStringLiteral("header_language")));
        inspect("language choice");
        QVERIFY(m_k->click(QStringLiteral("language_close")));
        m_card->insert();
        inspect("checking the card");
        m_card->answerTries(1);
        QCOMPARE(m_k->state(), S::LastTryWarning);
        inspect("last try");
        m_card->remove();
        toPin(0);
        QCOMPARE(m_k->state(), S::PinBlocked);
        inspect("blocked");
        QVERIFY(m_k->click(QStringLiteral("use_code_b")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        inspect("staff sign-in");
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::CodeBEntry));
        inspect("code B");
        QVERIFY(m_k->click(QStringLiteral("date_era"), QStringLiteral("code_b_birth")) ||
                m_k->click(QStringLiteral("date_year"), QStringLiteral("code_b_birth")));
        inspect("code B, date picker open");
        m_card->remove();
        m_card->insert();
        m_card->fail(card::CardErrorCode::NotMyNumberCard);
        QCOMPARE(m_k->state(), S::CardProblem);
        inspect("card problem");
        m_card->remove();
        toPin();
        QVERIFY(m_k->keys(QStringLiteral("12"), QStringLiteral("PinScreen")));
        inspect("PIN");
        QVERIFY(m_k->click(QStringLiteral("quit"), QStringLiteral("PinScreen")));
        inspect("quit confirmation");
        QVERIFY(m_k->click(QStringLiteral("quit_keep")));
        QVERIFY(m_k->keys(QStringLiteral("34"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        inspect("reading");
        m_card->answerRead(residentOfTheCity());
        QCOMPARE(m_k->state(), S::ProcedureChoice);
        inspect("procedure");
        QVERIFY(m_k->click(QStringLiteral("event_moving_in")));
        inspect("questions");
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        answerNumberRead();
        QCOMPARE(m_k->state(), S::Review);
        inspect("review 転入 with the switch");
        QVERIFY(m_k->click(QStringLiteral("switch_procedure")));
        answerNumberRead();
        inspect("review 転居");
        {
            // The touch keyboard, opened by a finger on a text field: kana page with candidates, then ABC.
            QWidget *editor = m_k->find(QStringLiteral("editor_head_of_household.name"));
            QVERIFY(editor);
            auto *edit = editor->findChild<QLineEdit *>(QStringLiteral("text"));
            QVERIFY(edit);
            QTest::mouseClick(edit, Qt::LeftButton);
            if (!edit->hasFocus()) {
                edit->setFocus(Qt::MouseFocusReason);
            }
            QVERIFY(QTest::qWaitFor([&] { return m_k->find(QStringLiteral("TouchKeyboard"))->isVisible(); }, 2000));
            QVERIFY(m_k->click(QStringLiteral("kana_や"), QStringLiteral("TouchKeyboard")));
            QVERIFY(m_k->click(QStringLiteral("key_convert"), QStringLiteral("TouchKeyboard")));
            inspect("touch keyboard, kana with candidates");
            QVERIFY(m_k->click(QStringLiteral("mode_latin"), QStringLiteral("TouchKeyboard")));
            inspect("touch keyboard, ABC");
            QVERIFY(m_k->click(QStringLiteral("key_close"), QStringLiteral("TouchKeyboard")));
        }
        QVERIFY(m_k->click(QStringLiteral("back"), QStringLiteral("ReviewScreen")));
        QCOMPARE(m_k->state(), S::Questions);
        QVERIFY(m_k->click(QStringLiteral("back"), QStringLiteral("QuestionsScreen")));
        QCOMPARE(m_k->state(), S::ProcedureChoice);
        QVERIFY(m_k->click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("forms_next")));
        inspect("review 住民票");
        QVERIFY(m_k->click(QStringLiteral("choice_self"), QStringLiteral("editor_relation")));
        QVERIFY(m_k->click(QStringLiteral("choice_all_household"), QStringLiteral("editor_scope")));
        QVERIFY(m_k->click(QStringLiteral("choice_就職・転職"), QStringLiteral("editor_purpose")));
        QVERIFY(m_k->click(QStringLiteral("choice_mynumber_card"), QStringLiteral("editor_id_document")));
        QVERIFY(m_k->click(QStringLiteral("review_next")));
        QCOMPARE(m_k->state(), S::ResidentConfirm);
        inspect("resident confirmation");
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::StaffConfirm));
        inspect("staff confirmation");
        QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
        QCOMPARE(m_k->state(), S::Submitting);
        inspect("submitting");
        m_sink->failLast();
        QCOMPARE(m_k->state(), S::SubmitFailed);
        inspect("submit failed");
        QVERIFY(m_k->click(QStringLiteral("submit_retry")) || m_k->session()->retrySubmit());
        m_sink->commit();
        QCOMPARE(m_k->state(), S::Done);
        inspect("done");
        QVERIFY(m_k->click(QStringLiteral("done_finish")));
        QCOMPARE(m_k->state(), S::Idle);
        m_card->remove();
        toPin();
        m_k->clock.advanceSeconds(m_k->app->config().idleTimeoutSeconds - 10);
        m_k->app->idle()->check();
        QVERIFY(m_k->find(QStringLiteral("timeout_overlay"))->isVisible());
        inspect("timeout warning");
        QVERIFY(m_k->click(QStringLiteral("timeout_continue")));
        m_card->remove();
        QVERIFY(m_k->waitFor(S::Idle));
        QVERIFY(m_k->click(QStringLiteral("staff_menu")));
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::Admin));
        inspect("staff menu");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(seen.size(), 26);

        // The control: a button under the promised size on the current screen is found by the same check.
        auto *small = new QPushButton(QStringLiteral("x"), m_k->window()->currentScreen());
        small->setObjectName(QStringLiteral("control_small"));
        small->setProperty("role", QStringLiteral("control"));
        small->setStyleSheet(QStringLiteral("min-height: 0; min-width: 0; padding: 0;"));
        small->setFixedSize(minimum - 1, minimum - 1);
        small->show();
        const QStringList caught = smallTargets("control", minimum);
        QCOMPARE(caught.size(), 1);
        QVERIFY(caught.first().contains(QStringLiteral("control_small")));
    }
};

QTEST_MAIN(TestKioskScreens)
#include "TestKioskScreens.moc"
