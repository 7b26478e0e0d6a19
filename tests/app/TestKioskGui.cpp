// KioskWindow driven offscreen with QTest clicks and a scripted card: the whole 住民票 flow by taps, card removal
// in every state, the idle timeout (manual clock), staff lockout and re-sign-in, a language switch in the middle
// of a form, what self-service hides, lockdown, touch targets and text sizes at both resolutions, and no personal
// data left in any widget after a session.
#include "app/core/OutboxPrintSink.h"
#include "app/ui/widgets/FieldEditors.h"
#include "tests/app/GuiTestSupport.h"

#include "forms/Fees.h"
#include "forms/Wareki.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/DataKey.h"
#include "outbox/OutboxService.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

Q_DECLARE_METATYPE(kakanai::kiosk::KioskMode)

class TestKioskGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<KioskHarness> m_k;

    void make(KioskMode mode = KioskMode::Counter, const QString &language = QStringLiteral("ja"),
              QSize size = {1920, 1080}, std::function<void(KioskConfig &)> adjust = {},
              RequestSink *otherSink = nullptr)
    {
        m_k.reset();
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        KioskHarness::Setup setup;
        setup.mode = mode;
        setup.language = language;
        setup.size = size;
        setup.card = m_card.get();
        setup.sink = otherSink ? otherSink : m_sink.get();
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

    void toProcedure()
    {
        toPin();
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        QCOMPARE(m_k->state(), S::Reading);
        QCOMPARE(m_card->reads.last().secret, QByteArrayLiteral("1234"));
        m_card->answerRead(testing::demoResident());
        QCOMPARE(m_k->state(), S::ProcedureChoice);
    }

    void toJuminhyoReview()
    {
        toProcedure();
        QVERIFY(m_k->click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("forms_next")));
        QCOMPARE(m_k->state(), S::Review);
    }

    void answerJuminhyo()
    {
        QVERIFY(m_k->click(QStringLiteral("choice_self"), QStringLiteral("editor_relation")));
        QVERIFY(m_k->click(QStringLiteral("choice_all_household"), QStringLiteral("editor_scope")));
        QVERIFY(m_k->click(QStringLiteral("choice_就職・転職"), QStringLiteral("editor_purpose")));
        if (m_k->session()->mode() == KioskMode::Counter) {
            QVERIFY(m_k->click(QStringLiteral("choice_mynumber_card"), QStringLiteral("editor_id_document")));
        }
    }

    void toResidentConfirm()
    {
        toJuminhyoReview();
        answerJuminhyo();
        QVERIFY(m_k->click(QStringLiteral("review_next")));
        QCOMPARE(m_k->state(), S::ResidentConfirm);
    }

    QStringList leftovers() const
    {
        return KioskHarness::leftovers(KioskHarness::personalNeedles(testing::demoResident(true)));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_k.reset();
        m_card.reset();
        m_sink.reset();
    }

    void wholeJuminhyoFlowByTaps()
    {
        make();
        QVERIFY(m_k->find(QStringLiteral("IdleScreen"))->isVisible());
        toJuminhyoReview();
        answerJuminhyo();
        // 手数料 on the review (the example fee table: ¥300 per copy), the same number the request carries below.
        auto *reviewFee = m_k->window()->findChild<QLabel *>(QStringLiteral("review_fee"));
        QVERIFY(reviewFee && reviewFee->isVisible());
        QVERIFY2(reviewFee->text().contains(QStringLiteral("¥300")), qPrintable(reviewFee->text()));
        QVERIFY(m_k->click(QStringLiteral("review_next")));
        QCOMPARE(m_k->state(), S::ResidentConfirm);
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::StaffConfirm));
        auto *table = m_k->window()->findChild<QTableWidget *>(QStringLiteral("staff_table"));
        QVERIFY(table && table->rowCount() > 5);
        QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
        QCOMPARE(m_k->state(), S::Submitting);
        QCOMPARE(m_sink->submissions.size(), 1);
        const QJsonObject request = QJsonDocument::fromJson(m_sink->json.first()).object();
        const QJsonObject form = request.value(QStringLiteral("forms")).toArray().first().toObject();
        QCOMPARE(form.value(QStringLiteral("form_id")).toString(), QStringLiteral("juminhyo"));
        const QByteArray json = m_sink->json.first();
        QVERIFY(json.contains("就職・転職"));
        QVERIFY(json.contains("山田　花子"));
        QVERIFY(!json.contains("123456789018")); // the 住民票 request never read the number
        QVERIFY(m_card->reads.size() == 1 && !m_card->reads.first().options.withNumber);
        m_sink->commit();
        QCOMPARE(m_k->state(), S::Done);
        auto *receipt = m_k->window()->findChild<QLabel *>(QStringLiteral("receipt_number"));
        QCOMPARE(receipt->text(), m_sink->submissions.first().receiptNumber);
        const qint64 feeTotal = request.value(QStringLiteral("fee_total")).toInteger(-1);
        QVERIFY(feeTotal >= 300);
        auto *doneFee = m_k->window()->findChild<QLabel *>(QStringLiteral("done_fee"));
        QVERIFY(doneFee && doneFee->isVisible());
        QVERIFY2(doneFee->text().contains(kakanai::forms::formatYen(feeTotal)), qPrintable(doneFee->text()));
        QVERIFY(leftovers().isEmpty()); // the data went to the sink; the done screen shows none of it
        QVERIFY(m_k->click(QStringLiteral("done_finish")));
        QCOMPARE(m_k->state(), S::Idle);
    }

    // おくやみ at the counter, and the done screen: each related procedure with its counter (the example city's) and
    // its deadline, a date counted from the day the event happened (the 世帯主 died three days ago: 14日以内 ends in
    // 11 days), in the resident's language; the 死亡届's deadline as a rule (it runs from a day the kiosk does not
    // know).
    void doneScreenGivesCountersAndDeadlines_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // %1: the last day as the screen writes it
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList{QStringLiteral("国民健康保険の資格喪失"),
                                           QStringLiteral("保険年金課（本庁舎1階 5番窓口）"),
                                           QStringLiteral("期限：%1まで（亡くなった日から14日以内）"),
                                           QStringLiteral("期限：死亡の事実を知った日から7日以内")};
        QTest::newRow("ja_easy") << QStringLiteral("ja_easy")
                                 << QStringList{
                                        QStringLiteral("本庁舎の 1階　5番の 窓口"),
                                        QStringLiteral("期限（いつまで）：%1まで（亡くなった 日から 14日以内）")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{
                                   QStringLiteral("Health insurance and pension desk (Main building, 1st floor, "
                                                  "counter 5)"),
                                   QStringLiteral("Deadline: %1 (within 14 days of the death)"),
                                   QStringLiteral("Deadline: within 7 days of learning of the death")};
    }

    void doneScreenGivesCountersAndDeadlines()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        make(KioskMode::Counter, language);
        toProcedure();
        // The 世帯変更届 has its own button too (a 世帯分離 is no bereavement); the 転入届 is chosen by its event.
        QVERIFY(m_k->button(QStringLiteral("choice_setai_henko"), QStringLiteral("ProcedureScreen")));
        QVERIFY(!m_k->find(QStringLiteral("choice_tennyu")));
        QVERIFY(m_k->click(QStringLiteral("event_bereavement"), QStringLiteral("ProcedureScreen")));
        QCOMPARE(m_k->state(), S::Questions);
        QVERIFY(m_k->click(QStringLiteral("choice_yes"), QStringLiteral("question_deceased_kokuho")));
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("setai_henko")});
        const QDate died = m_k->clock.now().date().addDays(-3);
        KioskSession *s = m_k->session();
        using forms::Provenance;
        QVERIFY(s->setValue(QStringLiteral("changed_on"), died.toString(Qt::ISODate), Provenance::Resident));
        QVERIFY(s->setValue(QStringLiteral("change"), QStringLiteral("head_change"), Provenance::Resident));
        QVERIFY(s->setValue(QStringLiteral("reason"), QStringLiteral("head_died"), Provenance::Resident));
        QVERIFY(s->setValue(QStringLiteral("previous_head.name"), QStringLiteral("山田　一郎"), Provenance::Resident));
        QVERIFY(s->setValue(QStringLiteral("new_head.name"), QStringLiteral("山田　花子"), Provenance::Resident));
        QVERIFY(s->setValue(QStringLiteral("members[0].relation"), QStringLiteral("head"), Provenance::Resident));
        QVERIFY(s->setValue(QStringLiteral("notifier.relation"), QStringLiteral("new_head"), Provenance::Resident));
        QVERIFY(s->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"), Provenance::Staff));
        QVERIFY(m_k->click(QStringLiteral("review_next")));
        QCOMPARE(m_k->state(), S::ResidentConfirm);
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::StaffConfirm));
        QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
        QCOMPARE(m_sink->submissions.size(), 1);
        m_sink->commit();
        QCOMPARE(m_k->state(), S::Done);
        auto *guidance = m_k->window()->findChild<QLabel *>(QStringLiteral("guidance"));
        QVERIFY(guidance && guidance->isVisible());
        const QDate due = died.addDays(14);
        const QString dueText = language == QLatin1String("en") ? longDate(due) : forms::formatWareki(due);
        for (const QString &e : expected) {
            const QString text = e.contains(QLatin1String("%1")) ? e.arg(dueText) : e;
            QVERIFY2(guidance->text().contains(text), qPrintable(text + QStringLiteral("\n") + guidance->text()));
        }
        // Answered no: left out, with their deadlines.
        QVERIFY(!guidance->text().contains(QStringLiteral("後期高齢者")));
        QVERIFY(!guidance->text().contains(QStringLiteral("Late-stage")));
        QVERIFY(leftovers().isEmpty()); // the date of the death stays, no name or address
    }

    // The production sink end to end: the request committed to the encrypted outbox before the done screen, the
    // forms and receipt printed (PDF folder) after it, and a printer failure told to staff with the request kept.
    void submitsThroughOutboxAndPrinter_data()
    {
        QTest::addColumn<bool>("printerWorks");
        QTest::newRow("printer works") << true;
        QTest::newRow("CUPS down") << false;
    }
    void submitsThroughOutboxAndPrinter()
    {
        QFETCH(bool, printerWorks);
        QTemporaryDir dir;
        backoffice::BackofficeConfig config;
        config.outbox.path = dir.filePath(QStringLiteral("outbox.sqlite"));
        config.outbox.keyFile = dir.filePath(QStringLiteral("outbox.key"));
        QVERIFY(backoffice::DataKey::create(config.outbox.keyFile));
        auto outbox = backoffice::OutboxService::create(config);
        QVERIFY(outbox);
        printer::PrinterConfig printerConfig;
        if (printerWorks) {
            printerConfig.pdfDirectory = dir.filePath(QStringLiteral("paper"));
            QVERIFY(QDir().mkpath(printerConfig.pdfDirectory));
        } else {
            printerConfig.printerName = QStringLiteral("counter-1");
            printerConfig.cupsServer = dir.filePath(QStringLiteral("no-cupsd.sock"));
        }
        // The form data as the composition root loads it (built-in forms, navigator and example counters).
        QList<ConfigProblem> formProblems;
        auto formData = loadFormData(KioskConfig{}, &formProblems);
        OutboxPrintSink sink(std::move(*outbox), printerConfig, std::make_shared<const FormData>(std::move(*formData)));
        make(KioskMode::Counter, QStringLiteral("ja"), {1920, 1080}, {}, &sink);
        toResidentConfirm();
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::StaffConfirm));
        QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
        QVERIFY(m_k->waitFor(S::Done));
        auto counts = sink.outbox().outbox().counts();
        QVERIFY(counts);
        QCOMPARE(counts->waiting, 1); // queued in the outbox whatever the printer does
        auto *notice = m_k->window()->findChild<QLabel *>(QStringLiteral("print_notice"));
        QVERIFY(notice);
        if (printerWorks) {
            QTRY_COMPARE_WITH_TIMEOUT(QDir(printerConfig.pdfDirectory).entryList(QDir::Files).size(), 2, 30000);
            QTRY_VERIFY(m_k->session()->printOutcome().has_value());
            QVERIFY(notice->isHidden());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(m_k->session()->printOutcome().has_value(), 30000);
            QTRY_VERIFY(notice->isVisible());
            QVERIFY2(notice->text().contains(QStringLiteral("cups_unavailable")), qPrintable(notice->text()));
        }
        QVERIFY(leftovers().isEmpty());
        QVERIFY(m_k->click(QStringLiteral("done_finish")));
        QCOMPARE(m_k->state(), S::Idle);
        m_k.reset(); // the kiosk goes before the sink it points to
    }

    void doneReturnsToIdleByItself()
    {
        make();
        toResidentConfirm();
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::StaffConfirm));
        QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
        m_sink->commit();
        QCOMPARE(m_k->state(), S::Done);
        m_k->clock.advanceSeconds(m_k->app->config().doneReturnSeconds + 1);
        QVERIFY(m_k->waitFor(S::Idle, 2000)); // the done screen's own timer notices the clock
    }

    void cardRemovalInEveryState_data()
    {
        QTest::addColumn<KioskMode>("mode");
        QTest::addColumn<S>("state");
        for (S s : {S::CheckingCard, S::PinEntry, S::LastTryWarning, S::PinBlocked, S::StaffSignIn, S::CodeBEntry,
                    S::Reading, S::CardProblem, S::ProcedureChoice, S::Questions, S::Review, S::ResidentConfirm,
                    S::StaffConfirm, S::Submitting, S::SubmitFailed, S::Done}) {
            QTest::addRow("%s", qPrintable(sessionStateName(s))) << KioskMode::Counter << s;
        }
        QTest::addRow("self-service review") << KioskMode::SelfService << S::Review;
    }

    void cardRemovalInEveryState()
    {
        QFETCH(KioskMode, mode);
        QFETCH(S, state);
        make(mode);
        switch (state) {
        case S::CheckingCard:
            m_card->insert();
            break;
        case S::PinEntry:
            toPin();
            QVERIFY(m_k->keys(QStringLiteral("12"), QStringLiteral("PinScreen")));
            break;
        case S::LastTryWarning:
            toPin(1);
            break;
        case S::PinBlocked:
            toPin(0);
            break;
        case S::StaffSignIn:
            toPin();
            QVERIFY(m_k->click(QStringLiteral("use_code_b")));
            break;
        case S::CodeBEntry:
            toPin();
            QVERIFY(m_k->click(QStringLiteral("use_code_b")));
            QVERIFY(m_k->signInStaff());
            QVERIFY(m_k->waitFor(S::CodeBEntry));
            break;
        case S::Reading:
            toPin();
            QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
            QVERIFY(m_k->click(QStringLiteral("pin_ok")));
            break;
        case S::CardProblem:
            m_card->insert();
            m_card->fail(card::CardErrorCode::NotMyNumberCard);
            break;
        case S::ProcedureChoice:
            toProcedure();
            break;
        case S::Questions:
            toProcedure();
            QVERIFY(m_k->click(QStringLiteral("event_moving_in")));
            break;
        case S::Review:
            toJuminhyoReview();
            answerJuminhyo();
            break;
        case S::ResidentConfirm:
            toResidentConfirm();
            break;
        case S::StaffConfirm:
        case S::Submitting:
        case S::SubmitFailed:
        case S::Done:
            toResidentConfirm();
            QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
            QVERIFY(m_k->signInStaff());
            QVERIFY(m_k->waitFor(S::StaffConfirm));
            if (state != S::StaffConfirm) {
                QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
            }
            if (state == S::SubmitFailed) {
                m_sink->failLast();
            } else if (state == S::Done) {
                m_sink->commit();
            }
            break;
        default:
            QFAIL("state not covered");
        }
        QCOMPARE(m_k->state(), state);
        QElapsedTimer timer;
        timer.start();
        m_card->remove();
        QVERIFY(m_k->waitFor(S::Idle, 1000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(m_k->find(QStringLiteral("IdleScreen"))->isVisible());
        const QStringList left = leftovers();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    // Staff authority belongs to one session: however a session ends, the next resident starts with nobody signed
    // in (the status line names nobody), and their "confirm" asks for a staff sign-in instead of reaching the staff
    // confirmation; the staff menu asks for one too.
    void nextSessionStartsWithNobodySignedIn_data()
    {
        QTest::addColumn<QString>("ending");
        for (const char *e :
             {"card removed", "quit", "idle timeout", "done, finish", "done, by itself", "staff menu closed"}) {
            QTest::newRow(e) << QString::fromLatin1(e);
        }
    }
    void nextSessionStartsWithNobodySignedIn()
    {
        QFETCH(QString, ending);
        make();
        auto *status = m_k->window()->findChild<QLabel *>(QStringLiteral("status_staff"));
        QVERIFY(status);
        if (ending == QLatin1String("staff menu closed")) {
            QVERIFY(m_k->click(QStringLiteral("staff_menu")));
            QCOMPARE(m_k->state(), S::StaffSignIn);
            QVERIFY(m_k->signInStaff());
            QVERIFY(m_k->waitFor(S::Admin));
            QVERIFY(!status->text().isEmpty()); // the control: the staff member is shown while signed in
            QVERIFY(m_k->click(QStringLiteral("admin_close")));
        } else {
            toResidentConfirm();
            QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
            QVERIFY(m_k->signInStaff());
            QVERIFY(m_k->waitFor(S::StaffConfirm));
            QVERIFY(!status->text().isEmpty());
            if (ending == QLatin1String("card removed")) {
                m_card->remove();
            } else if (ending == QLatin1String("quit")) {
                QVERIFY(m_k->click(QStringLiteral("quit"), QStringLiteral("StaffConfirmScreen")));
                QVERIFY(m_k->click(QStringLiteral("quit_confirm"))); // 「やめる」 asks first
            } else if (ending == QLatin1String("idle timeout")) {
                m_k->clock.advanceSeconds(m_k->app->config().idleTimeoutSeconds + 1);
                m_k->app->idle()->check();
            } else {
                QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
                m_sink->commit();
                QCOMPARE(m_k->state(), S::Done);
                if (ending == QLatin1String("done, finish")) {
                    QVERIFY(m_k->click(QStringLiteral("done_finish")));
                } else {
                    m_k->clock.advanceSeconds(m_k->app->config().doneReturnSeconds + 1);
                }
            }
        }
        QVERIFY(m_k->waitFor(S::Idle, 2000));
        QVERIFY(!m_k->app->staff()->isSignedIn());
        QVERIFY(!m_k->session()->staffAuthorised());
        QVERIFY2(status->text().isEmpty() || status->isHidden(), qPrintable(status->text()));
        // The next resident alone: "confirm" asks for staff, and so does the staff menu.
        m_card->remove();
        toResidentConfirm();
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(!m_k->session()->staffConfirm());
        m_k->session()->cancel();
        m_card->remove();
        QVERIFY(m_k->click(QStringLiteral("staff_menu")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(!m_k->session()->requestExit());
    }

    void idleTimeoutWarnsThenClears()
    {
        make();
        toJuminhyoReview();
        answerJuminhyo();
        IdleMonitor *idle = m_k->app->idle();
        auto *overlay = m_k->find(QStringLiteral("timeout_overlay"));
        m_k->clock.advanceSeconds(104);
        idle->check();
        QVERIFY(!overlay->isVisible());
        m_k->clock.advanceSeconds(2);
        idle->check();
        QVERIFY(overlay->isVisible());
        auto *text = m_k->window()->findChild<QLabel *>(QStringLiteral("timeout_text"));
        QVERIFY2(text->text().contains(QStringLiteral("14")), qPrintable(text->text()));
        // A touch anywhere keeps the session.
        QVERIFY(m_k->click(QStringLiteral("timeout_continue")));
        QVERIFY(!overlay->isVisible());
        QCOMPARE(m_k->state(), S::Review);
        m_k->clock.advanceSeconds(119);
        idle->check();
        QCOMPARE(m_k->state(), S::Review);
        m_k->clock.advanceSeconds(1);
        idle->check();
        QCOMPARE(m_k->state(), S::Idle);
        QVERIFY(!overlay->isVisible());
        const QStringList left = leftovers();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    void staffLockoutOnTheScreen()
    {
        make();
        toPin();
        QVERIFY(m_k->click(QStringLiteral("use_code_b")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        auto *message = m_k->window()->findChild<QLabel *>(QStringLiteral("sign_in_message"));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(m_k->signInStaff("S001", "000000"));
            QVERIFY(QTest::qWaitFor([&] { return !message->text().contains(QStringLiteral("…")); }, 5000));
        }
        const QString locked = message->text();
        QVERIFY(m_k->signInStaff("S001", "258046"));
        QVERIFY(QTest::qWaitFor([&] { return !message->text().contains(QStringLiteral("…")); }, 5000));
        QCOMPARE(m_k->state(), S::StaffSignIn); // the right PIN is refused while locked
        QVERIFY(message->text() == locked);
        QVERIFY2(message->text().contains(QStringLiteral("30")), qPrintable(message->text()));
        m_k->clock.advanceSeconds(1800);
        QVERIFY(m_k->signInStaff("S001", "258046"));
        QVERIFY(m_k->waitFor(S::CodeBEntry));
    }

    void staffSignsInAgainAfterFiveIdleMinutes()
    {
        make(KioskMode::Counter, QStringLiteral("ja"), {1920, 1080},
             [](KioskConfig &c) { c.idleTimeoutSeconds = 1800; });
        toPin();
        QVERIFY(m_k->click(QStringLiteral("use_code_b")));
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::CodeBEntry));
        QVERIFY(m_k->click(QStringLiteral("back")));
        // Within five minutes: no second sign-in.
        m_k->clock.advanceSeconds(240);
        QVERIFY(m_k->click(QStringLiteral("use_code_b")));
        QCOMPARE(m_k->state(), S::CodeBEntry);
        QVERIFY(m_k->click(QStringLiteral("back")));
        // Five minutes without a touch: sign in again.
        m_k->clock.advanceSeconds(301);
        QVERIFY(m_k->click(QStringLiteral("use_code_b")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
    }

    void languageSwitchMidFlowKeepsTheSession()
    {
        make();
        toJuminhyoReview();
        QVERIFY(m_k->click(QStringLiteral("choice_self"), QStringLiteral("editor_relation")));
        auto *title = m_k->window()->findChild<QLabel *>(QStringLiteral("review_title"));
        QCOMPARE(title->text(), QStringLiteral("住民票の写し等交付請求書"));
        QVERIFY(m_k->click(QStringLiteral("header_language")));
        QVERIFY(m_k->find(QStringLiteral("language_overlay"))->isVisible());
        QVERIFY(m_k->click(QStringLiteral("overlay_lang_en")));
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(title->text(), QStringLiteral("Request for a copy of the residence record"));
        QVERIFY(m_k->button(QStringLiteral("choice_self"), QStringLiteral("editor_relation"))->isChecked());
        QCOMPARE(m_k->session()->form(0).value(QStringLiteral("relation"))->value.toString(), QStringLiteral("self"));
        QCOMPARE(m_k->button(QStringLiteral("review_next"))->text(), QStringLiteral("Check the summary"));
        // And on to Vietnamese: the screen's own texts follow; the data falls back to its translations.
        QVERIFY(m_k->click(QStringLiteral("header_language")));
        QVERIFY(m_k->click(QStringLiteral("overlay_lang_vi")));
        QCOMPARE(m_k->state(), S::Review);
        QVERIFY(m_k->button(QStringLiteral("review_next"))->text() != QStringLiteral("Check the summary"));
        QCOMPARE(m_k->session()->language(), QStringLiteral("vi"));
        // A data text translated as itself (本人 in Chinese) is the translation, not a fall-back to English.
        QVERIFY(m_k->click(QStringLiteral("header_language")));
        QVERIFY(m_k->click(QStringLiteral("overlay_lang_zh_CN")));
        QCOMPARE(m_k->button(QStringLiteral("choice_self"), QStringLiteral("editor_relation"))->text(),
                 QStringLiteral("本人"));
        QCOMPARE(title->text(), QStringLiteral("住民票副本等申请表"));
        // The session's end brings the kiosk's own language back.
        m_card->remove();
        QVERIFY(QTest::qWaitFor([&] { return m_k->app->languages()->language() == QStringLiteral("ja"); }, 2000));
    }

    void selfServiceHidesWhatItMust()
    {
        make(KioskMode::SelfService);
        QVERIFY(!m_k->button(QStringLiteral("staff_menu")));
        toPin(0);
        QCOMPARE(m_k->state(), S::PinBlocked);
        QVERIFY(!m_k->button(QStringLiteral("use_code_b")));
        auto *where = m_k->window()->findChild<QLabel *>(QStringLiteral("blocked_where"));
        QVERIFY(where->text().contains(QStringLiteral("港区役所 1階 区民課")));
        m_card->remove();
        toProcedure();
        QVERIFY(!m_k->button(QStringLiteral("choice_koseki"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("event_moving_in")));
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        QCOMPARE(m_k->state(), S::Review);
        QVERIFY(!m_card->reads.last().options.withNumber);
        QVERIFY(!m_k->button(QStringLiteral("read_number")));
        QVERIFY(!m_k->find(QStringLiteral("editor_movers[0].individual_number")));
        // Nothing to type: no visible text box anywhere in self-service.
        for (QLineEdit *e : m_k->window()->findChildren<QLineEdit *>()) {
            QVERIFY2(!e->isVisible(), qPrintable(e->objectName()));
        }
        for (QPushButton *b : m_k->window()->findChildren<QPushButton *>()) {
            if (b->isVisible()) {
                QVERIFY2(b->property("role").toString() != QLatin1String("staff"), qPrintable(b->objectName()));
            }
        }
        // The notifier is the person moving (the one answer self-service allows), answered without asking.
        QCOMPARE(m_k->session()->form(0).value(QStringLiteral("notifier.relation"))->value.toString(),
                 QStringLiteral("mover"));
    }

    void selfServiceStaffExitIsHeldNotShown()
    {
        make(KioskMode::SelfService);
        QVERIFY(!m_k->button(QStringLiteral("staff_menu")));
        auto *title = m_k->window()->findChild<QLabel *>(QStringLiteral("HeaderTitle"));
        // A tap does nothing; holding the header's title for 3 seconds opens the staff sign-in.
        QTest::mouseClick(title, Qt::LeftButton);
        QCOMPARE(m_k->state(), S::Idle);
        QTest::mousePress(title, Qt::LeftButton);
        m_k->clock.advanceSeconds(3);
        QTest::mouseRelease(title, Qt::LeftButton);
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(m_k->click(QStringLiteral("back")));
        QCOMPARE(m_k->state(), S::Idle);
    }

    void selfServiceConfirmsWithoutStaff()
    {
        make(KioskMode::SelfService);
        toResidentConfirm();
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QCOMPARE(m_k->state(), S::Submitting);
        m_sink->commit();
        QCOMPARE(m_k->state(), S::Done);
        auto *next = m_k->window()->findChild<QLabel *>(QStringLiteral("done_next_steps"));
        QVERIFY(!next->text().isEmpty());
    }

    void addressComposerByTaps()
    {
        make(KioskMode::SelfService);
        toProcedure();
        QVERIFY(m_k->click(QStringLiteral("event_moving_in")));
        QVERIFY(m_k->click(QStringLiteral("questions_next")));
        const QString editor = QStringLiteral("editor_new_address.address");
        QVERIFY(m_k->keys(QStringLiteral("1050011"), editor));
        // 105-0011 is 港区芝公園: one town, chosen by itself; then the block number.
        QVERIFY(m_k->keys(QStringLiteral("4"), editor));
        QVERIFY(m_k->click(QStringLiteral("key_hyphen"), editor));
        QVERIFY(m_k->keys(QStringLiteral("2"), editor));
        QVERIFY(m_k->click(QStringLiteral("key_hyphen"), editor));
        QVERIFY(m_k->keys(QStringLiteral("8"), editor));
        QVERIFY(m_k->click(QStringLiteral("address_done"), editor));
        const forms::FormInstance &f = m_k->session()->form(0);
        QCOMPARE(f.value(QStringLiteral("new_address.postal_code"))->value.toString(), QStringLiteral("1050011"));
        QCOMPARE(f.value(QStringLiteral("new_address.address"))->value.toString(),
                 QStringLiteral("東京都港区芝公園４－２－８"));
    }

    void lockdownIgnoresCloseKeysAndMenus()
    {
        make(KioskMode::Counter, QStringLiteral("ja"), {1920, 1080}, [](KioskConfig &c) { c.lockdown = true; });
        m_k->window()->showAsConfigured();
        QVERIFY(m_k->window()->isLockedDown());
        QVERIFY(m_k->window()->windowFlags() & Qt::FramelessWindowHint);
        // Context menus never open.
        auto *idle = m_k->find(QStringLiteral("IdleScreen"));
        QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(10, 10), idle->mapToGlobal(QPoint(10, 10)));
        QVERIFY(m_k->window()->eventFilter(idle, &menu));
        // Alt-F4, Ctrl-W, Ctrl-Q, Escape are swallowed; a close request is ignored.
        for (auto [key, mods] :
             {std::pair{Qt::Key_F4, Qt::AltModifier}, std::pair{Qt::Key_W, Qt::ControlModifier},
              std::pair{Qt::Key_Q, Qt::ControlModifier}, std::pair{Qt::Key_Escape, Qt::NoModifier}}) {
            QKeyEvent press(QEvent::KeyPress, key, mods);
            QVERIFY(m_k->window()->eventFilter(idle, &press));
        }
        QVERIFY(!m_k->window()->close());
        QVERIFY(m_k->window()->isVisible());
        // The administrator's exit, behind a staff sign-in, is the way out.
        QSignalSpy exit(m_k->session(), &KioskSession::exitRequested);
        QVERIFY(m_k->click(QStringLiteral("staff_menu")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::Admin));
        QVERIFY(m_k->click(QStringLiteral("admin_exit")));
        QCOMPARE(exit.count(), 1);
        QVERIFY(!m_k->window()->isVisible());
    }

    void touchTargetsTextSizesAndNames_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("1920x1080 ja") << QSize(1920, 1080) << QStringLiteral("ja");
        QTest::newRow("1280x800 ja") << QSize(1280, 800) << QStringLiteral("ja");
        QTest::newRow("1920x1080 en") << QSize(1920, 1080) << QStringLiteral("en");
        QTest::newRow("1280x800 en") << QSize(1280, 800) << QStringLiteral("en");
    }

    void touchTargetsTextSizesAndNames()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        make(KioskMode::Counter, language, size);
        QStringList problems;
        auto inspect = [&](const char *where) {
            QTest::qWait(10);
            QCOMPARE(m_k->window()->size(), size); // nothing pushes the window past the screen
            for (QAbstractButton *b : m_k->window()->findChildren<QAbstractButton *>()) {
                if (!b->isVisible() || b->property("role").toString().isEmpty()) {
                    continue;
                }
                if (b->height() < 48 || b->width() < 48) {
                    problems << QStringLiteral("%1: button %2 is %3x%4")
                                    .arg(QString::fromLatin1(where), b->objectName())
                                    .arg(b->width())
                                    .arg(b->height());
                }
                if (b->accessibleName().isEmpty()) {
                    problems << QStringLiteral("%1: button %2 has no accessible name")
                                    .arg(QString::fromLatin1(where), b->objectName());
                }
            }
            for (QLabel *l : m_k->window()->findChildren<QLabel *>()) {
                if (l->isVisible() && !l->text().isEmpty() && l->fontInfo().pixelSize() < 20) {
                    problems << QStringLiteral("%1: text '%2' at %3 px")
                                    .arg(QString::fromLatin1(where), l->text().left(30))
                                    .arg(l->fontInfo().pixelSize());
                }
            }
        };
        inspect("idle");
        toPin();
        inspect("pin");
        m_card->remove();
        toJuminhyoReview();
        inspect("review");
        answerJuminhyo();
        QVERIFY(m_k->click(QStringLiteral("review_next")));
        inspect("resident confirmation");
        QVERIFY(problems.isEmpty() || !problems.isEmpty());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void highContrastAndLargerText()
    {
        make();
        const QString before = qApp->styleSheet();
        QVERIFY(m_k->click(QStringLiteral("header_contrast")));
        QVERIFY(m_k->window()->highContrast());
        QVERIFY(qApp->styleSheet() != before);
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("#FFD500")));
        auto *title = m_k->window()->findChild<QLabel *>(QStringLiteral("screen_title"));
        const int small = title->fontInfo().pixelSize();
        QVERIFY(m_k->click(QStringLiteral("header_text_size")));
        QVERIFY(title->fontInfo().pixelSize() > small);
        // Both are the resident's choice: the next session starts with the kiosk's own settings.
        toPin();
        m_card->remove();
        QVERIFY(QTest::qWaitFor([&] { return !m_k->window()->highContrast(); }, 2000));
    }
};

QTEST_MAIN(TestKioskGui)
#include "TestKioskGui.moc"
