// kiosk_screenshots: renders every screen of the kiosk offscreen, with a scripted card, into PNG files, for
// looking at them (and for docs/screenshots). Not a test: it asserts nothing beyond "the screen was reached".
//
//   kiosk_screenshots OUTPUT_DIR [--languages ja,en] [--sizes 1920x1080,1280x800] [--mode counter|self_service]
//                                [--high-contrast]
#include "app/core/IdleMonitor.h"
#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/ui/KioskApp.h"
#include "app/ui/KioskWindow.h"
#include "app/ui/screens/CodeBScreen.h"
#include "app/ui/screens/ReviewScreen.h"
#include "app/ui/widgets/ChoiceGroup.h"
#include "app/ui/widgets/FieldEditors.h"
#include "tests/app/AppTestSupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;

namespace {

struct Tour
{
    KioskApp *app;
    FakeCardPort *card;
    FakeSink *sink;
    ManualClock *clock;
    QString dir;
    QString prefix;
    int n = 0;

    KioskWindow *w() const { return app->window(); }
    KioskSession *s() const { return app->session(); }

    void settle() { QTest::qWait(30); }

    void shot(const QString &name)
    {
        settle();
        if (qEnvironmentVariableIsSet("KAKANAI_SHOW_MINIMUM")) {
            QWidget *c = w()->findChild<QStackedWidget *>()->currentWidget();
            qWarning("%s: screen %s minimum %dx%d, window %dx%d", qPrintable(name), qPrintable(c->objectName()),
                     c->minimumSizeHint().width(), c->minimumSizeHint().height(), w()->width(), w()->height());
            for (const char *part : {"HeaderBar", "StatusLine"}) {
                QWidget *p = w()->findChild<QWidget *>(QString::fromLatin1(part));
                qWarning("  %s minimum %d hint %d", part, p->minimumSizeHint().width(), p->sizeHint().width());
            }
        }
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(prefix, name));
        w()->grab().save(path);
        ++n;
    }

    // The whole scrollable page of the current screen, beyond what fits the window.
    void fullPage(const QString &name)
    {
        settle();
        QWidget *best = nullptr;
        for (QScrollArea *area : w()->findChildren<QScrollArea *>()) {
            if (area->isVisible() && area->widget() && (!best || area->widget()->height() > best->height())) {
                best = area->widget();
            }
        }
        if (best) {
            best->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(prefix, name)));
            ++n;
        }
    }

    bool click(const QString &name, const QString &within = {})
    {
        QWidget *scope = within.isEmpty() ? static_cast<QWidget *>(w()) : w()->findChild<QWidget *>(within);
        if (!scope) {
            qWarning("no %s", qPrintable(within));
            return false;
        }
        for (QPushButton *b : scope->findChildren<QPushButton *>(name)) {
            if (b->isVisible() && b->isEnabled()) {
                b->click();
                settle();
                return true;
            }
        }
        qWarning("no visible button %s in %s (state %s)", qPrintable(name), qPrintable(within),
                 qPrintable(sessionStateName(s()->state())));
        return false;
    }

    void pin(const QString &digits, const QString &screen)
    {
        for (QChar c : digits) {
            click(QStringLiteral("key_") + c, screen);
        }
    }

    void signIn()
    {
        w()->findChild<QLineEdit *>(QStringLiteral("staff_id"))->setText(QStringLiteral("S001"));
        click(QStringLiteral("choice_pin"), QStringLiteral("keypad_target"));
        pin(QStringLiteral("258046"), QStringLiteral("StaffSignInScreen"));
        shot(QStringLiteral("06-staff-sign-in"));
        click(QStringLiteral("sign_in"));
        if (!QTest::qWaitFor([this] { return s()->state() != SessionState::StaffSignIn; }, 5000)) {
            qWarning("staff sign-in did not finish");
        }
    }

    void toPinEntry(int tries)
    {
        s()->cancel();
        card->remove();
        card->insert();
        card->answerTries(tries);
        settle();
    }

    void run(bool counter)
    {
        card->remove();
        shot(QStringLiteral("01-idle"));
        card->insert();
        shot(QStringLiteral("02-checking-card"));
        card->answerTries(3);
        pin(QStringLiteral("12"), QStringLiteral("PinScreen"));
        shot(QStringLiteral("03-pin"));
        // Wrong PIN, then the last try, then blocked.
        pin(QStringLiteral("34"), QStringLiteral("PinScreen"));
        click(QStringLiteral("pin_ok"));
        shot(QStringLiteral("04-reading"));
        card->fail(card::CardErrorCode::WrongPin, 2);
        shot(QStringLiteral("03b-pin-wrong"));
        toPinEntry(1);
        shot(QStringLiteral("04b-last-try"));
        toPinEntry(0);
        shot(QStringLiteral("04c-blocked"));
        if (counter) {
            click(QStringLiteral("use_code_b"));
            signIn();
            shot(QStringLiteral("05-code-b"));
            auto *codeB = w()->findChild<CodeBScreen *>();
            codeB->fill(QDate(1985, 4, 12), 2034, QByteArrayLiteral("2468"));
            shot(QStringLiteral("05b-code-b-filled"));
            codeB->fill(QDate(1985, 4, 12), 2034, QByteArrayLiteral("2468"), DatePicker::Calendar::Gregorian);
            shot(QStringLiteral("05c-code-b-western"));
            s()->cancel();
        }
        card->remove();
        card->insert();
        card->fail(card::CardErrorCode::NotMyNumberCard);
        shot(QStringLiteral("04d-card-problem"));

        // 住民票
        toPinEntry(3);
        pin(QStringLiteral("1234"), QStringLiteral("PinScreen"));
        click(QStringLiteral("pin_ok"));
        card->answerRead(testing::demoResident());
        shot(QStringLiteral("07-procedure"));
        click(QStringLiteral("quit"), QStringLiteral("ProcedureScreen"));
        shot(QStringLiteral("07b-quit-confirmation"));
        click(QStringLiteral("quit_keep"));
        click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen"));
        click(QStringLiteral("forms_next"));
        shot(QStringLiteral("08-review-juminhyo"));
        fullPage(QStringLiteral("08-review-juminhyo-full"));
        click(QStringLiteral("review_next"));
        shot(QStringLiteral("08b-review-juminhyo-errors"));
        click(QStringLiteral("choice_self"), QStringLiteral("editor_relation"));
        click(QStringLiteral("choice_all_household"), QStringLiteral("editor_scope"));
        click(QStringLiteral("choice_就職・転職"), QStringLiteral("editor_purpose"));
        if (counter) {
            click(QStringLiteral("choice_mynumber_card"), QStringLiteral("editor_id_document"));
        }
        fullPage(QStringLiteral("08c-review-juminhyo-answered-full"));
        click(QStringLiteral("review_next"));
        shot(QStringLiteral("09-resident-confirmation"));
        click(QStringLiteral("confirm_yes"));
        if (counter) {
            if (s()->state() == SessionState::StaffSignIn) {
                signIn();
            }
            shot(QStringLiteral("10-staff-confirmation"));
            click(QStringLiteral("staff_confirm"));
        }
        shot(QStringLiteral("11-submitting"));
        sink->commit();
        shot(QStringLiteral("12-done"));
        click(QStringLiteral("done_finish"));

        // 転入: the life event, questions, the address composer.
        toPinEntry(3);
        pin(QStringLiteral("1234"), QStringLiteral("PinScreen"));
        click(QStringLiteral("pin_ok"));
        card->answerRead(testing::demoResident());
        click(QStringLiteral("event_moving_in"));
        shot(QStringLiteral("13-questions"));
        click(QStringLiteral("choice_yes"), QStringLiteral("question_kokuho"));
        click(QStringLiteral("choice_yes"), QStringLiteral("question_has_children"));
        click(QStringLiteral("questions_next"));
        if (s()->state() == SessionState::Reading) {
            shot(QStringLiteral("14a-reading-number")); // counter mode: the number, over the card the PIN verified
            card->answerRead(testing::demoResident(true));
        }
        shot(QStringLiteral("14-review-tennyu"));
        fullPage(QStringLiteral("14-review-tennyu-full"));
        auto *address = qobject_cast<AddressEditor *>(
            w()->findChild<ReviewScreen *>()->editor(QStringLiteral("new_address.address")));
        if (address) {
            for (QChar c : QStringLiteral("105")) {
                click(QStringLiteral("key_") + c, QStringLiteral("editor_new_address.address"));
            }
            fullPage(QStringLiteral("14b-address-postal-full"));
            for (QChar c : QStringLiteral("0011")) {
                click(QStringLiteral("key_") + c, QStringLiteral("editor_new_address.address"));
            }
            fullPage(QStringLiteral("14c-address-block-full"));
        }
        // The touch keyboard on a text field (counter mode: self-service never asks to type): kana being typed, the
        // engine's candidates, the ABC page.
        if (QWidget *head = w()->findChild<QWidget *>(QStringLiteral("editor_head_of_household.name"))) {
            if (auto *edit = head->findChild<QLineEdit *>(QStringLiteral("text"))) {
                edit->setFocus(Qt::MouseFocusReason);
                for (QChar c : QStringLiteral("やまた")) {
                    click(QStringLiteral("kana_") + c, QStringLiteral("TouchKeyboard"));
                }
                click(QStringLiteral("key_dakuten"), QStringLiteral("TouchKeyboard")); // た → だ
                shot(QStringLiteral("14f-keyboard-kana"));
                click(QStringLiteral("key_convert"), QStringLiteral("TouchKeyboard"));
                shot(QStringLiteral("14g-keyboard-candidates"));
                click(QStringLiteral("key_commit"), QStringLiteral("TouchKeyboard"));
                click(QStringLiteral("mode_latin"), QStringLiteral("TouchKeyboard"));
                shot(QStringLiteral("14h-keyboard-abc"));
                click(QStringLiteral("key_close"), QStringLiteral("TouchKeyboard"));
            }
        }
        s()->cancel();

        // 転入 chosen with a card whose address is already in the city: the one-tap switch to 転居.
        toPinEntry(3);
        pin(QStringLiteral("1234"), QStringLiteral("PinScreen"));
        click(QStringLiteral("pin_ok"));
        ResidentRecord here = testing::demoResident();
        here.address = QStringLiteral("東京都港区芝公園４丁目２－８");
        card->answerRead(here);
        click(QStringLiteral("event_moving_in"));
        click(QStringLiteral("questions_next"));
        here.individualNumber = testing::demoResident(true).individualNumber;
        if (s()->state() == SessionState::Reading) {
            card->answerRead(here);
        }
        shot(QStringLiteral("14d-review-tennyu-switch"));
        click(QStringLiteral("switch_procedure"));
        if (s()->state() == SessionState::Reading) {
            card->answerRead(here); // the 転居届 asks for the number too: read again, still no PIN
        }
        shot(QStringLiteral("14e-review-tenkyo-switched"));
        s()->cancel();

        // おくやみ: the 世帯変更届 after the death of the 世帯主 (three days ago), and the done screen with each
        // related procedure's counter and deadline.
        toPinEntry(3);
        pin(QStringLiteral("1234"), QStringLiteral("PinScreen"));
        click(QStringLiteral("pin_ok"));
        card->answerRead(testing::demoResident());
        click(QStringLiteral("event_bereavement"));
        shot(QStringLiteral("18-questions-bereavement"));
        click(QStringLiteral("choice_yes"), QStringLiteral("question_deceased_kokuho"));
        click(QStringLiteral("choice_yes"), QStringLiteral("question_deceased_seal"));
        click(QStringLiteral("questions_next"));
        shot(QStringLiteral("18b-review-setai-henko"));
        const QDate died = clock->now().date().addDays(-3);
        s()->setValue(QStringLiteral("changed_on"), died.toString(Qt::ISODate), forms::Provenance::Resident);
        s()->setValue(QStringLiteral("change"), QStringLiteral("head_change"), forms::Provenance::Resident);
        s()->setValue(QStringLiteral("reason"), QStringLiteral("head_died"), forms::Provenance::Resident);
        s()->setValue(QStringLiteral("previous_head.name"), QStringLiteral("山田　一郎"), forms::Provenance::Resident);
        s()->setValue(QStringLiteral("new_head.name"), QStringLiteral("山田　花子"), forms::Provenance::Resident);
        s()->setValue(QStringLiteral("members[0].relation"), QStringLiteral("head"), forms::Provenance::Resident);
        s()->setValue(QStringLiteral("notifier.relation"), QStringLiteral("new_head"), forms::Provenance::Resident);
        if (counter) {
            s()->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"), forms::Provenance::Staff);
        }
        fullPage(QStringLiteral("18c-review-setai-henko-answered-full"));
        click(QStringLiteral("review_next"));
        click(QStringLiteral("confirm_yes"));
        if (counter) {
            if (s()->state() == SessionState::StaffSignIn) {
                signIn();
            }
            click(QStringLiteral("staff_confirm"));
        }
        sink->commit();
        shot(QStringLiteral("18d-done-bereavement"));
        click(QStringLiteral("done_finish"));

        // Overlays and the staff menu.
        card->remove();
        card->insert();
        card->answerTries(3);
        s()->setLanguage(QStringLiteral("ja"));
        app->idle()->activity();
        clock->advanceSeconds(app->config().idleTimeoutSeconds - 10);
        app->idle()->check();
        shot(QStringLiteral("15-timeout-warning"));
        app->idle()->activity();
        click(QStringLiteral("header_language"));
        shot(QStringLiteral("16-language-choice"));
        click(QStringLiteral("language_close"));
        s()->cancel();
        card->remove();
        if (counter) {
            click(QStringLiteral("staff_menu"));
            if (s()->state() == SessionState::StaffSignIn) {
                signIn();
            }
            shot(QStringLiteral("17-staff-menu"));
            click(QStringLiteral("admin_close"));
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("output folder"));
    QCommandLineOption languagesOpt(QStringLiteral("languages"), QStringLiteral("languages"), QStringLiteral("L"),
                                    QStringLiteral("ja,en"));
    QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("sizes"), QStringLiteral("S"),
                                QStringLiteral("1920x1080,1280x800"));
    QCommandLineOption modeOpt(QStringLiteral("mode"), QStringLiteral("mode"), QStringLiteral("M"),
                               QStringLiteral("counter"));
    QCommandLineOption contrastOpt(QStringLiteral("high-contrast"), QStringLiteral("high contrast"));
    parser.addOptions({languagesOpt, sizesOpt, modeOpt, contrastOpt});
    parser.process(app);
    const QString dir = parser.positionalArguments().value(0, QStringLiteral("screenshots"));
    QDir().mkpath(dir);

    QTemporaryDir temp;
    QFile accounts(temp.filePath(QStringLiteral("staff")));
    accounts.open(QIODevice::WriteOnly);
    accounts.write(
        QByteArray(kiosk::StaffAccounts::makeLine(QStringLiteral("S001"), SecretBytes(QByteArrayLiteral("258046")),
                                                  QStringLiteral("窓口 一郎"), 1000)
                       ->toUtf8() +
                   '\n'));
    accounts.close();
    accounts.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    int total = 0;
    for (const QString &mode : parser.value(modeOpt).split(QLatin1Char(','))) {
        for (const QString &size : parser.value(sizesOpt).split(QLatin1Char(','))) {
            for (const QString &language : parser.value(languagesOpt).split(QLatin1Char(','))) {
                KioskConfig config = testing::testConfig(mode == QLatin1String("self_service") ? KioskMode::SelfService
                                                                                               : KioskMode::Counter);
                config.language = language;
                config.staffAccountsPath = accounts.fileName();
                config.stateDirectory = temp.path();
                config.highContrast = parser.isSet(contrastOpt);
                config.pinResetPlace = QStringLiteral("港区役所 1階 区民課 5番窓口");
                FakeCardPort card;
                FakeSink sink;
                auto clock = std::make_shared<ManualClock>();
                KioskApp::Options options;
                options.card = &card;
                options.sink = &sink;
                options.clock = clock;
                options.idleTicking = false;
                QList<ConfigProblem> problems;
                auto kiosk = KioskApp::create(config, options, &problems);
                if (!kiosk) {
                    for (const auto &p : problems) {
                        qWarning("%s: %s", qPrintable(p.key), qPrintable(p.message));
                    }
                    return 1;
                }
                const QStringList wh = size.split(QLatin1Char('x'));
                kiosk->window()->resize(wh.at(0).toInt(), wh.at(1).toInt());
                kiosk->window()->show();
                Tour tour{
                    kiosk.get(),
                    &card,
                    &sink,
                    clock.get(),
                    dir,
                    QStringLiteral("%1-%2-%3%4")
                        .arg(mode, language, size, parser.isSet(contrastOpt) ? QStringLiteral("-hc") : QString())};
                tour.run(mode == QLatin1String("counter"));
                total += tour.n;
            }
        }
    }
    std::printf("%d screenshots in %s\n", total, qPrintable(dir));
    return 0;
}
