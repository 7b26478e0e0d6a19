// KioskSession, the kiosk's state machine, transition by transition against a scripted card, a recording sink and
// a manual clock: every transition of the table, card removal and the idle timeout from every state, the PIN rules
// (tries first, last try confirmed separately, no retry), the individual number only on request in counter mode
// and never in self-service, stale card results ignored, and the wipe when a session ends.
#include "app/core/IdleMonitor.h"
#include "app/core/KioskSession.h"
#include "forms/Request.h"
#include "tests/app/AppTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using S = kakanai::kiosk::SessionState;

Q_DECLARE_METATYPE(kakanai::kiosk::KioskMode)

class TestKioskSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StaffAuthenticator> m_staff;
    std::unique_ptr<KioskSession> m_session;

    void make(KioskMode mode, const QString &receiptPrefix = QStringLiteral("A"))
    {
        m_session.reset();
        m_staff.reset();
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        m_clock = std::make_unique<ManualClock>();
        if (mode == KioskMode::Counter) {
            m_staff =
                std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, StaffAuthenticator::Policy{});
        }
        KioskSession::Services services;
        services.card = m_card.get();
        services.catalog = &testing::catalog();
        services.navigator = &testing::navigator();
        services.staff = m_staff.get();
        services.sink = m_sink.get();
        services.clock = m_clock.get();
        // The demo resident lives in 千代田区; the kiosk stands in 港区, so that moving in is moving in.
        KioskConfig config = testing::testConfig(mode);
        config.receiptPrefix = receiptPrefix;
        m_session = std::make_unique<KioskSession>(config, services);
    }

    bool signInStaff()
    {
        if (!m_staff) {
            return false;
        }
        // A check still running (for a session that ended) finishes first; then this one, to its answer.
        if (!QTest::qWaitFor([this] { return !m_staff->isChecking(); }, 5000)) {
            return false;
        }
        QSignalSpy done(m_staff.get(), &StaffAuthenticator::signInFinished);
        m_staff->signIn(QStringLiteral("S001"), std::make_shared<SecretBytes>(QByteArrayLiteral("258046")));
        return done.wait(5000) && m_staff->isSignedIn();
    }

    // The staff sign-in step of this session: StaffSignIn, the authenticator's check, then the session moves on.
    bool staffStep()
    {
        return m_session->state() == S::StaffSignIn && signInStaff() && m_session->staffSignInSucceeded();
    }

    void fillJuminhyo()
    {
        QVERIFY(m_session->setValue(QStringLiteral("relation"), QStringLiteral("self"), forms::Provenance::Resident));
        QVERIFY(
            m_session->setValue(QStringLiteral("scope"), QStringLiteral("all_household"), forms::Provenance::Resident));
        QVERIFY(
            m_session->setValue(QStringLiteral("purpose"), QStringLiteral("就職・転職"), forms::Provenance::Resident));
        if (m_session->mode() == KioskMode::Counter) {
            QVERIFY(m_session->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"),
                                        forms::Provenance::Staff));
        }
    }

    // Drives the session from idle to `target` by events only.
    void toState(S target)
    {
        auto pinEntry = [this] {
            m_card->insert();
            m_card->answerTries(3);
        };
        auto procedureChoice = [&] {
            pinEntry();
            m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234")));
            m_card->answerRead(testing::demoResident());
        };
        auto residentConfirm = [&] {
            procedureChoice();
            QVERIFY(m_session->chooseForms({QStringLiteral("juminhyo")}));
            fillJuminhyo();
            QVERIFY(m_session->reviewNext());
        };
        auto submitting = [&] {
            residentConfirm();
            if (m_session->mode() == KioskMode::Counter) {
                QVERIFY(m_session->residentConfirm());
                QVERIFY(staffStep());
                QVERIFY(m_session->staffConfirm());
            } else {
                QVERIFY(m_session->residentConfirm());
            }
        };
        switch (target) {
        case S::Idle:
            break;
        case S::CheckingCard:
            m_card->insert();
            break;
        case S::PinEntry:
            pinEntry();
            break;
        case S::LastTryWarning:
            m_card->insert();
            m_card->answerTries(1);
            break;
        case S::PinBlocked:
            m_card->insert();
            m_card->answerTries(0);
            break;
        case S::StaffSignIn:
            pinEntry();
            QVERIFY(m_session->useCodeB());
            break;
        case S::CodeBEntry:
            pinEntry();
            QVERIFY(m_session->useCodeB());
            QVERIFY(staffStep());
            break;
        case S::Reading:
            pinEntry();
            QVERIFY(m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234"))));
            break;
        case S::CardProblem:
            m_card->insert();
            m_card->fail(card::CardErrorCode::NotMyNumberCard);
            break;
        case S::ProcedureChoice:
            procedureChoice();
            break;
        case S::Questions:
            procedureChoice();
            QVERIFY(m_session->chooseLifeEvent(QStringLiteral("moving_in")));
            break;
        case S::Review:
            procedureChoice();
            QVERIFY(m_session->chooseForms({QStringLiteral("juminhyo")}));
            break;
        case S::ResidentConfirm:
            residentConfirm();
            break;
        case S::StaffConfirm:
            residentConfirm();
            QVERIFY(m_session->residentConfirm());
            QVERIFY(staffStep());
            break;
        case S::Submitting:
            submitting();
            break;
        case S::SubmitFailed:
            submitting();
            m_sink->failLast();
            break;
        case S::Done:
            submitting();
            m_sink->commit();
            break;
        case S::Admin:
            QVERIFY(m_session->openAdmin());
            QVERIFY(staffStep());
            break;
        }
        QCOMPARE(m_session->state(), target);
    }

    void perform(const QString &event)
    {
        const auto pin = [] { return std::make_shared<SecretBytes>(QByteArrayLiteral("1234")); };
        if (event == QLatin1String("card inserted")) {
            m_card->insert();
        } else if (event == QLatin1String("card removed")) {
            m_card->remove();
        } else if (event == QLatin1String("3 tries")) {
            m_card->answerTries(3);
        } else if (event == QLatin1String("1 try")) {
            m_card->answerTries(1);
        } else if (event == QLatin1String("0 tries")) {
            m_card->answerTries(0);
        } else if (event == QLatin1String("not my number card")) {
            m_card->fail(card::CardErrorCode::NotMyNumberCard);
        } else if (event == QLatin1String("unreadable card")) {
            Q_EMIT m_card->cardUnreadable(FakeCardPort::reader());
        } else if (event == QLatin1String("pin")) {
            QVERIFY(m_session->submitPin(pin()));
        } else if (event == QLatin1String("confirm last try")) {
            QVERIFY(m_session->confirmLastTry());
        } else if (event == QLatin1String("code B")) {
            QVERIFY(m_session->useCodeB());
        } else if (event == QLatin1String("staff signs in")) {
            QVERIFY(signInStaff());
            QVERIFY(m_session->staffSignInSucceeded());
        } else if (event == QLatin1String("cancel sign-in")) {
            QVERIFY(m_session->cancelStaffSignIn());
        } else if (event == QLatin1String("code B submitted")) {
            QVERIFY(m_session->submitCodeB(std::make_shared<SecretBytes>(QByteArrayLiteral("60041220342468"))));
        } else if (event == QLatin1String("read")) {
            m_card->answerRead(testing::demoResident(m_card->reads.last().options.withNumber));
        } else if (event == QLatin1String("wrong pin, 2 left")) {
            m_card->fail(card::CardErrorCode::WrongPin, 2);
        } else if (event == QLatin1String("wrong pin, 1 left")) {
            m_card->fail(card::CardErrorCode::WrongPin, 1);
        } else if (event == QLatin1String("pin blocked")) {
            m_card->fail(card::CardErrorCode::PinBlocked);
        } else if (event == QLatin1String("last try unconfirmed")) {
            m_card->fail(card::CardErrorCode::LastTryNeedsConfirmation);
        } else if (event == QLatin1String("integrity failed")) {
            m_card->answerRead(testing::demoResident(), card::IntegrityStatus::Failed);
        } else if (event == QLatin1String("communication error")) {
            m_card->fail(card::CardErrorCode::CommunicationError);
        } else if (event == QLatin1String("unexpected status")) {
            m_card->fail(card::CardErrorCode::UnexpectedStatus);
        } else if (event == QLatin1String("card pulled mid-read")) {
            m_card->fail(card::CardErrorCode::CardRemoved);
        } else if (event == QLatin1String("moving in")) {
            QVERIFY(m_session->chooseLifeEvent(QStringLiteral("moving_in")));
        } else if (event == QLatin1String("juminhyo")) {
            QVERIFY(m_session->chooseForms({QStringLiteral("juminhyo")}));
        } else if (event == QLatin1String("answers")) {
            QVERIFY(m_session->answerQuestions({QStringLiteral("kokuho")}));
        } else if (event == QLatin1String("back")) {
            QVERIFY(m_session->back());
        } else if (event == QLatin1String("next")) {
            fillJuminhyo();
            QVERIFY(m_session->reviewNext());
        } else if (event == QLatin1String("resident confirms")) {
            QVERIFY(m_session->residentConfirm());
        } else if (event == QLatin1String("staff confirm")) {
            QVERIFY(m_session->staffConfirm());
        } else if (event == QLatin1String("send back")) {
            QVERIFY(m_session->staffSendBack(0));
        } else if (event == QLatin1String("committed")) {
            m_sink->commit();
        } else if (event == QLatin1String("sink failed")) {
            m_sink->failLast();
        } else if (event == QLatin1String("retry")) {
            QVERIFY(m_session->retrySubmit());
        } else if (event == QLatin1String("finish")) {
            QVERIFY(m_session->finish());
        } else if (event == QLatin1String("admin")) {
            QVERIFY(m_session->openAdmin());
            QVERIFY(staffStep());
        } else if (event == QLatin1String("admin, no staff yet")) {
            QVERIFY(m_session->openAdmin());
        } else if (event == QLatin1String("close admin")) {
            QVERIFY(m_session->closeAdmin());
        } else if (event == QLatin1String("retry card")) {
            QVERIFY(m_session->retryCard());
        } else if (event == QLatin1String("quit")) {
            m_session->cancel();
        } else if (event == QLatin1String("idle timeout")) {
            m_session->idleTimeout();
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown event ") + event));
        }
    }

private Q_SLOTS:
    void init() { make(KioskMode::Counter); }
    void cleanup()
    {
        m_session.reset();
        m_staff.reset();
        m_sink.reset();
        m_card.reset();
    }

    void transitions_data()
    {
        QTest::addColumn<KioskMode>("mode");
        QTest::addColumn<S>("from");
        QTest::addColumn<QString>("event");
        QTest::addColumn<S>("to");
        const auto C = KioskMode::Counter;
        const auto SS = KioskMode::SelfService;
        auto row = [](const char *name, KioskMode mode, S from, const char *event, S to) {
            QTest::newRow(name) << mode << from << QString::fromLatin1(event) << to;
        };
        row("idle: card placed -> checking tries", C, S::Idle, "card inserted", S::CheckingCard);
        row("idle: unreadable card -> card problem", C, S::Idle, "unreadable card", S::CardProblem);
        row("idle: administrator -> staff sign-in", C, S::Idle, "admin, no staff yet", S::StaffSignIn);
        row("idle: administrator, signed in -> admin", C, S::Idle, "admin", S::Admin);
        row("checking: 3 tries -> PIN", C, S::CheckingCard, "3 tries", S::PinEntry);
        row("checking: 1 try -> last-try warning", C, S::CheckingCard, "1 try", S::LastTryWarning);
        row("checking: 0 tries -> blocked", C, S::CheckingCard, "0 tries", S::PinBlocked);
        row("checking: not a My Number card -> problem", C, S::CheckingCard, "not my number card", S::CardProblem);
        row("PIN: entered -> reading", C, S::PinEntry, "pin", S::Reading);
        row("PIN: code B, no staff -> staff sign-in", C, S::PinEntry, "code B", S::StaffSignIn);
        row("last try: confirmed -> PIN", C, S::LastTryWarning, "confirm last try", S::PinEntry);
        row("last try: code B -> staff sign-in", C, S::LastTryWarning, "code B", S::StaffSignIn);
        row("blocked: code B -> staff sign-in", C, S::PinBlocked, "code B", S::StaffSignIn);
        row("staff sign-in: signed in -> code B", C, S::StaffSignIn, "staff signs in", S::CodeBEntry);
        row("staff sign-in: cancelled -> PIN", C, S::StaffSignIn, "cancel sign-in", S::PinEntry);
        row("code B: submitted -> reading", C, S::CodeBEntry, "code B submitted", S::Reading);
        row("code B: back -> PIN", C, S::CodeBEntry, "back", S::PinEntry);
        row("reading: read -> procedure choice", C, S::Reading, "read", S::ProcedureChoice);
        row("reading: wrong PIN, 2 left -> PIN", C, S::Reading, "wrong pin, 2 left", S::PinEntry);
        row("reading: wrong PIN, 1 left -> last-try warning", C, S::Reading, "wrong pin, 1 left", S::LastTryWarning);
        row("reading: blocked -> blocked", C, S::Reading, "pin blocked", S::PinBlocked);
        row("reading: last try unconfirmed -> warning", C, S::Reading, "last try unconfirmed", S::LastTryWarning);
        row("reading: integrity failed -> problem", C, S::Reading, "integrity failed", S::CardProblem);
        row("reading: unexpected answer -> problem", C, S::Reading, "unexpected status", S::CardProblem);
        row("reading: communication lost -> idle", C, S::Reading, "communication error", S::Idle);
        row("reading: card pulled -> idle", C, S::Reading, "card pulled mid-read", S::Idle);
        row("card problem: retry -> checking", C, S::CardProblem, "retry card", S::CheckingCard);
        row("procedure: life event with questions -> questions", C, S::ProcedureChoice, "moving in", S::Questions);
        row("procedure: single form -> review", C, S::ProcedureChoice, "juminhyo", S::Review);
        // The 転入届 asks for the individual number: it is read over the card the PIN verified first.
        row("questions: answered, a form asks the number -> reading", C, S::Questions, "answers", S::Reading);
        row("questions (self-service): answered -> review", SS, S::Questions, "answers", S::Review);
        row("questions: back -> procedure", C, S::Questions, "back", S::ProcedureChoice);
        row("review: complete -> resident confirmation", C, S::Review, "next", S::ResidentConfirm);
        row("review: back from the first form -> procedure", C, S::Review, "back", S::ProcedureChoice);
        row("resident confirmation: back -> review", C, S::ResidentConfirm, "back", S::Review);
        row("resident confirmation (counter): no staff -> sign-in", C, S::ResidentConfirm, "resident confirms",
            S::StaffSignIn);
        row("resident confirmation (self-service) -> submitting", SS, S::ResidentConfirm, "resident confirms",
            S::Submitting);
        row("staff confirmation: confirmed -> submitting", C, S::StaffConfirm, "staff confirm", S::Submitting);
        row("staff confirmation: sent back -> review", C, S::StaffConfirm, "send back", S::Review);
        row("submitting: committed -> done", C, S::Submitting, "committed", S::Done);
        row("submitting: sink failed -> submit failed", C, S::Submitting, "sink failed", S::SubmitFailed);
        row("submit failed: retry -> submitting", C, S::SubmitFailed, "retry", S::Submitting);
        row("done: finished -> idle", C, S::Done, "finish", S::Idle);
        row("admin: closed -> idle", C, S::Admin, "close admin", S::Idle);
        row("PIN: quit -> idle", C, S::PinEntry, "quit", S::Idle);
    }

    void transitions()
    {
        QFETCH(KioskMode, mode);
        QFETCH(S, from);
        QFETCH(QString, event);
        QFETCH(S, to);
        make(mode);
        toState(from);
        QSignalSpy changed(m_session.get(), &KioskSession::stateChanged);
        QVERIFY(changed.isValid());
        perform(event);
        QCOMPARE(m_session->state(), to);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(1).value<S>(), to);
        // Every transition taken is in the table.
        for (const auto &args : changed) {
            QVERIFY(KioskSession::isAllowed(args.at(0).value<S>(), args.at(1).value<S>()));
        }
    }

    void tableHasNoDeadEnds()
    {
        const QList<S> all = {S::Idle,
                              S::CheckingCard,
                              S::PinEntry,
                              S::LastTryWarning,
                              S::PinBlocked,
                              S::StaffSignIn,
                              S::CodeBEntry,
                              S::Reading,
                              S::CardProblem,
                              S::ProcedureChoice,
                              S::Questions,
                              S::Review,
                              S::ResidentConfirm,
                              S::StaffConfirm,
                              S::Submitting,
                              S::SubmitFailed,
                              S::Done,
                              S::Admin};
        for (S from : all) {
            QVERIFY2(!KioskSession::isAllowed(from, from), qPrintable(sessionStateName(from)));
            if (from != S::Idle) {
                QVERIFY2(KioskSession::isAllowed(from, S::Idle), qPrintable(sessionStateName(from)));
            }
        }
        QVERIFY(!KioskSession::isAllowed(S::Idle, S::ProcedureChoice));   // never without a card read
        QVERIFY(!KioskSession::isAllowed(S::PinBlocked, S::Reading));     // a blocked PIN is never sent
        QVERIFY(!KioskSession::isAllowed(S::LastTryWarning, S::Reading)); // the last try needs its confirmation
        QVERIFY(!KioskSession::isAllowed(S::Review, S::Submitting));      // the resident confirms first
    }

    void everyStateEndsOnCardRemovalAndTimeout_data()
    {
        QTest::addColumn<KioskMode>("mode");
        QTest::addColumn<S>("from");
        QTest::addColumn<QString>("event");
        const QList<S> states = {S::CheckingCard,    S::PinEntry,   S::LastTryWarning, S::PinBlocked,
                                 S::StaffSignIn,     S::CodeBEntry, S::Reading,        S::CardProblem,
                                 S::ProcedureChoice, S::Questions,  S::Review,         S::ResidentConfirm,
                                 S::StaffConfirm,    S::Submitting, S::SubmitFailed,   S::Done};
        for (const char *event : {"card removed", "idle timeout", "quit"}) {
            for (S s : states) {
                if (s == S::Submitting && QByteArray(event) == "idle timeout") {
                    continue; // the sink is committing: the timeout waits for it
                }
                QTest::addRow("%s in %s", event, qPrintable(sessionStateName(s)))
                    << KioskMode::Counter << s << QString::fromLatin1(event);
            }
        }
    }

    void everyStateEndsOnCardRemovalAndTimeout()
    {
        QFETCH(KioskMode, mode);
        QFETCH(S, from);
        QFETCH(QString, event);
        make(mode);
        toState(from);
        QSignalSpy wipe(m_session.get(), &KioskSession::aboutToWipe);
        QVERIFY(wipe.isValid());
        perform(event);
        QCOMPARE(m_session->state(), S::Idle);
        QVERIFY(wipe.count() >= 1);
        QVERIFY(m_session->record().isEmpty());
        QCOMPARE(m_session->formCount(), 0);
        QVERIFY(m_session->lifeEventId().isEmpty());
        QVERIFY(!m_session->triesLeft());
    }

    void timeoutWaitsWhileTheSinkCommits()
    {
        toState(S::Submitting);
        m_session->idleTimeout();
        QCOMPARE(m_session->state(), S::Submitting);
        m_sink->commit();
        QCOMPARE(m_session->state(), S::Done);
    }

    void triesAreAskedBeforeAnyPin()
    {
        m_card->insert();
        QCOMPARE(m_card->pinStatusRequests.size(), 1);
        QVERIFY(m_card->reads.isEmpty());
        QVERIFY(!m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234"))));
        QVERIFY(m_card->reads.isEmpty());
    }

    void lastTryNeedsSeparateConfirmation()
    {
        toState(S::LastTryWarning);
        auto pin = std::make_shared<SecretBytes>(QByteArrayLiteral("1234"));
        QVERIFY(!m_session->submitPin(pin));
        QVERIFY(pin->isEmpty()); // refused input is wiped too
        QVERIFY(m_card->reads.isEmpty());
        QVERIFY(m_session->confirmLastTry());
        QVERIFY(m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234"))));
        QCOMPARE(m_card->reads.size(), 1);
        QVERIFY(m_card->reads.first().options.confirmLastTry);
    }

    void wrongPinIsNeverRetried()
    {
        toState(S::Reading);
        m_card->fail(card::CardErrorCode::WrongPin, 2);
        QCOMPARE(m_session->state(), S::PinEntry);
        QCOMPARE(m_session->triesLeft().value_or(-1), 2);
        QVERIFY(m_session->wrongPinEntered());
        QCOMPARE(m_card->reads.size(), 1); // nothing sent again by itself
        m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234")));
        QVERIFY(!m_card->reads.last().options.confirmLastTry);
    }

    void staleResultsAreIgnored()
    {
        toState(S::Reading);
        const quint64 old = m_card->reads.last().id;
        m_card->remove();
        QCOMPARE(m_session->state(), S::Idle);
        m_card->insert();
        QCOMPARE(m_session->state(), S::CheckingCard);
        // The read of the previous session arrives late: nothing changes, no data is kept.
        card::ReadOutcome late;
        late.record = testing::demoResident();
        Q_EMIT m_card->residentRead(old, late);
        QCOMPARE(m_session->state(), S::CheckingCard);
        QVERIFY(m_session->record().isEmpty());
    }

    void selfServiceNeverReadsTheNumberNorOffersStaffPaths()
    {
        make(KioskMode::SelfService);
        toState(S::PinEntry);
        QVERIFY(!m_session->codeBAvailable());
        QVERIFY(!m_session->useCodeB());
        QVERIFY(m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234"))));
        QVERIFY(!m_card->reads.last().options.withNumber);
        m_card->answerRead(testing::demoResident());
        QVERIFY(m_session->chooseLifeEvent(QStringLiteral("moving_in")));
        QVERIFY(m_session->answerQuestions({}));
        QCOMPARE(m_session->state(), S::Review); // nothing read for the 転入届 here
        QVERIFY(!m_card->reads.last().options.keepVerified);
        QCOMPARE(m_card->reads.size(), 1);
        QVERIFY(!m_session->canReadIndividualNumber());
        QVERIFY(!m_session->readIndividualNumber());
        QVERIFY(!m_session->openAdmin() || m_session->state() == S::Idle);
    }

    // One PIN per visit: the PIN read keeps the card verified (counter mode); a 住民票 reads nothing more; the 転入届
    // chosen afterwards (order of choices free) has the number read over that card with no secret and no tries
    // query; the held card is released when the session ends.
    void counterReadsTheNumberOnlyWhenAFormAsks()
    {
        toState(S::PinEntry);
        QVERIFY(m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234"))));
        QVERIFY(!m_card->reads.last().options.withNumber); // the attributes only, before any procedure is known
        QVERIFY(m_card->reads.last().options.keepVerified);
        m_card->answerRead(testing::demoResident());
        QVERIFY(m_session->chooseForms({QStringLiteral("juminhyo")}));
        QCOMPARE(m_session->state(), S::Review);
        QCOMPARE(m_card->reads.size(), 1); // the 住民票 request does not ask for the number: nothing read
        QVERIFY(!m_session->canReadIndividualNumber());
        m_session->back();
        QVERIFY(m_session->chooseLifeEvent(QStringLiteral("moving_in")));
        QVERIFY(m_session->answerQuestions({}));
        QCOMPARE(m_session->state(), S::Reading); // the 転入届 does: read at once
        QCOMPARE(m_card->reads.size(), 2);
        QCOMPARE(m_card->reads.last().options.credential, card::ReadOptions::Credential::Verified);
        QVERIFY(m_card->reads.last().options.withNumber);
        QVERIFY(m_card->reads.last().secret.isEmpty());
        QCOMPARE(m_card->pinStatusRequests.size(), 1); // the tries were asked once, at the start
        const QString path = QStringLiteral("movers[0].individual_number");
        m_card->answerRead(testing::demoResident(true));
        QCOMPARE(m_session->state(), S::Review);
        QVERIFY(m_session->individualNumberRead());
        QVERIFY(!m_session->canReadIndividualNumber());
        QVERIFY(m_session->form(0).individualNumber(path));
        QCOMPARE(m_session->form(0).value(path)->provenance, forms::Provenance::Card);
        QVERIFY(!m_session->form(0).value(path)->value.toString().contains(QStringLiteral("12345678"))); // masked
        // Back to the choice and 転入 again: the number was wiped with the forms and is read again, still no PIN.
        QVERIFY(m_session->back());
        QVERIFY(m_session->back());
        QCOMPARE(m_session->state(), S::ProcedureChoice);
        QVERIFY(m_session->chooseLifeEvent(QStringLiteral("moving_in")));
        QVERIFY(m_session->answerQuestions({}));
        QCOMPARE(m_session->state(), S::Reading);
        QCOMPARE(m_card->reads.last().options.credential, card::ReadOptions::Credential::Verified);
        m_card->answerRead(testing::demoResident(true));
        QVERIFY(m_session->form(0).individualNumber(path));
        QCOMPARE(m_card->releases, 0);
        m_session->cancel();
        QCOMPARE(m_card->releases, 1); // the visit's end powers the held card down
    }

    void numberReadFromAnotherCardEndsTheSession()
    {
        toState(S::Questions);
        QVERIFY(m_session->answerQuestions({}));
        QCOMPARE(m_session->state(), S::Reading);
        ResidentRecord other = testing::demoResident(true);
        other.name = QStringLiteral("別人　太郎");
        m_card->answerRead(other);
        QCOMPARE(m_session->state(), S::CardProblem);
        QCOMPARE(m_session->cardProblem(), CardProblemKind::DifferentCard);
        QCOMPARE(m_session->formCount(), 0);
        QVERIFY(!m_session->retryCard());
    }

    // The held card lost its verified state: the PIN is asked for the number after all (the tries first); back
    // from there returns to the review, whose staff button reads the number with the PIN later.
    void backFromNumberPinReturnsToReview()
    {
        toState(S::Questions);
        QVERIFY(m_session->answerQuestions({}));
        QCOMPARE(m_session->state(), S::Reading);
        m_card->fail(card::CardErrorCode::SecurityStatusNotSatisfied);
        QCOMPARE(m_card->pinStatusRequests.size(), 2);
        m_card->answerTries(0);
        QCOMPARE(m_session->state(), S::PinBlocked);
        QVERIFY(!m_session->useCodeB()); // 照合番号B cannot open the number
        QVERIFY(m_session->back());
        QCOMPARE(m_session->state(), S::Review);
        QCOMPARE(m_session->formCount(), 1);
        QVERIFY(m_session->canReadIndividualNumber());
        QVERIFY(m_session->readIndividualNumber()); // no card held any more: the tries, then the PIN
        QCOMPARE(m_session->state(), S::CheckingCard);
        m_card->answerTries(3);
        QCOMPARE(m_session->state(), S::PinEntry);
        QVERIFY(m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234"))));
        QVERIFY(m_card->reads.last().options.withNumber);
        QCOMPARE(m_card->reads.last().options.credential, card::ReadOptions::Credential::Pin);
        m_card->answerRead(testing::demoResident(true));
        QCOMPARE(m_session->state(), S::Review);
        QVERIFY(m_session->individualNumberRead());
    }

    void codeBWrongAndLastTry()
    {
        toState(S::CodeBEntry);
        QVERIFY(m_session->submitCodeB(std::make_shared<SecretBytes>(QByteArrayLiteral("60041220342468"))));
        QCOMPARE(m_card->reads.last().options.credential, card::ReadOptions::Credential::CodeB);
        QVERIFY(!m_card->reads.last().options.withNumber);
        m_card->fail(card::CardErrorCode::WrongPin, 4);
        QCOMPARE(m_session->state(), S::CodeBEntry);
        QCOMPARE(m_session->codeBTriesLeft().value_or(-1), 4);
        QVERIFY(m_session->submitCodeB(std::make_shared<SecretBytes>(QByteArrayLiteral("60041220342468"))));
        m_card->fail(card::CardErrorCode::LastTryNeedsConfirmation);
        QCOMPARE(m_session->state(), S::CodeBEntry);
        QVERIFY(m_session->codeBNeedsLastTryConfirmation());
        QVERIFY(m_session->submitCodeB(std::make_shared<SecretBytes>(QByteArrayLiteral("60041220342468")), true));
        QVERIFY(m_card->reads.last().options.confirmLastTry);
        m_card->answerRead(testing::demoResident());
        QCOMPARE(m_session->state(), S::ProcedureChoice);
        QVERIFY(m_session->readWithCodeB());
    }

    void reviewRefusesToGoOnWithErrors()
    {
        toState(S::Review);
        QVERIFY(m_session->hasErrors(0));
        QVERIFY(!m_session->reviewNext());
        QCOMPARE(m_session->state(), S::Review);
    }

    void submissionCarriesTheRequestAndEndsWithAReceipt()
    {
        toState(S::Questions);
        QVERIFY(m_session->answerQuestions({QStringLiteral("kokuho"), QStringLiteral("has_children")}));
        m_card->answerRead(testing::demoResident(true)); // the 転入届's number, over the card kept verified
        QCOMPARE(m_session->state(), S::Review);
        QVERIFY(!m_session->guidance().isEmpty());
        m_session->setLanguage(QStringLiteral("vi"));
        QVERIFY(m_session->setValue(QStringLiteral("path"), QStringLiteral("special"), forms::Provenance::Resident));
        QVERIFY(
            m_session->setValue(QStringLiteral("moved_on"), QStringLiteral("2025-03-28"), forms::Provenance::Resident));
        QVERIFY(m_session->setValue(QStringLiteral("planned_move_out_on"), QStringLiteral("2025-03-25"),
                                    forms::Provenance::Resident));
        QVERIFY(m_session->setValue(QStringLiteral("new_address.postal_code"), QStringLiteral("1050011"),
                                    forms::Provenance::Resident));
        QVERIFY(m_session->setValue(QStringLiteral("new_address.address"),
                                    QStringLiteral("東京都港区芝公園４丁目２－８"), forms::Provenance::Resident));
        QVERIFY(m_session->setValue(QStringLiteral("movers[0].relation"), QStringLiteral("head"),
                                    forms::Provenance::Resident));
        QVERIFY(m_session->setValue(QStringLiteral("notifier.relation"), QStringLiteral("mover"),
                                    forms::Provenance::Resident));
        QVERIFY(m_session->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"),
                                    forms::Provenance::Staff));
        const auto issues = m_session->issues(0);
        for (const auto &i : issues) {
            if (i.severity == forms::Severity::Error) {
                qWarning() << i.field << i.code;
            }
        }
        QVERIFY(m_session->reviewNext());
        QVERIFY(m_session->residentConfirm());
        QVERIFY(staffStep());
        QCOMPARE(m_session->state(), S::StaffConfirm);
        QCOMPARE(m_card->releases, 0);
        QVERIFY(m_session->staffConfirm());
        QCOMPARE(m_card->releases, 1); // handed over: the card's verified state ends
        QCOMPARE(m_sink->submissions.size(), 1);
        const Submission &s = m_sink->submissions.first();
        QCOMPARE(s.formIds, QStringList{QStringLiteral("tennyu")});
        QCOMPARE(s.lifeEvent, QStringLiteral("moving_in"));
        QCOMPARE(s.language, QStringLiteral("vi"));
        QVERIFY(!s.guidance.isEmpty());
        const QJsonObject request = QJsonDocument::fromJson(m_sink->json.first()).object();
        QCOMPARE(request.value(QStringLiteral("request_id")).toString(), s.requestId);
        QCOMPARE(request.value(QStringLiteral("kiosk_id")).toString(), QStringLiteral("test-kiosk"));
        // The receipt number was reserved for the kiosk's local day before the request was built, and is in it.
        QCOMPARE(s.receiptNumber, QStringLiteral("A-001"));
        QCOMPARE(m_sink->reservedDays, QList<QDate>{m_clock->now().date()});
        QCOMPARE(request.value(QStringLiteral("receipt_number")).toString(), s.receiptNumber);
        // The answers travel in the request (each question asked: yes or no), and what the slip decides from them
        // alone is exactly the done screen's guidance.
        const QJsonObject answers = request.value(QStringLiteral("navigator_answers")).toObject();
        QCOMPARE(answers.value(QStringLiteral("kokuho")), QJsonValue(true));
        QCOMPARE(answers.value(QStringLiteral("has_children")), QJsonValue(true));
        QCOMPARE(answers.value(QStringLiteral("has_pet_dog")), QJsonValue(false));
        QCOMPARE(answers.size(), testing::navigator().event(QStringLiteral("moving_in"))->questions.size());
        const auto header = forms::readRequestHeader(request);
        QVERIFY(header);
        const auto decisions = testing::navigator().decide(QStringLiteral("moving_in"), header->navigatorAnswers);
        QVERIFY(decisions);
        QStringList slipIds;
        for (const forms::ProcedureDecision &d : *decisions) {
            QVERIFY(!d.undecided);
            slipIds.append(d.procedure.id);
        }
        QStringList screenIds;
        for (const forms::RelatedProcedure &p : m_session->guidance()) {
            screenIds.append(p.id);
        }
        QCOMPARE(slipIds, screenIds);
        QVERIFY(screenIds.contains(QStringLiteral("jidou_teate")));
        QVERIFY(!screenIds.contains(QStringLiteral("dog_registration")));
        // Nothing is shown as done before the sink has committed.
        QCOMPARE(m_session->state(), S::Submitting);
        QSignalSpy wipe(m_session.get(), &KioskSession::aboutToWipe);
        m_sink->commit();
        QCOMPARE(m_session->state(), S::Done);
        QCOMPARE(wipe.count(), 1);
        QVERIFY(m_session->record().isEmpty());
        QCOMPARE(m_session->formCount(), 0);
        QCOMPARE(m_session->receiptNumber(), s.receiptNumber);
        QVERIFY(m_session->printOutcome());
    }

    void retryKeepsTheRequestId()
    {
        toState(S::SubmitFailed);
        const QString first = m_sink->submissions.first().requestId;
        const QString receipt = m_sink->submissions.first().receiptNumber;
        QVERIFY(m_session->submitError());
        QVERIFY(m_session->retrySubmit());
        QCOMPARE(m_sink->submissions.size(), 2);
        QCOMPARE(m_sink->submissions.last().requestId, first);
        // The same receipt number, and no second one reserved: the retry is the same request.
        QCOMPARE(m_sink->submissions.last().receiptNumber, receipt);
        QCOMPARE(m_sink->reservedDays.size(), 1);
        QCOMPARE(m_sink->json.last(), m_sink->json.first());
    }

    void reservationFailureSubmitsNothing()
    {
        m_sink->failReservation = true;
        toState(S::StaffConfirm);
        QVERIFY(m_session->staffConfirm());
        QCOMPARE(m_session->state(), S::SubmitFailed);
        QVERIFY(m_sink->submissions.isEmpty());
        QVERIFY(m_session->receiptNumber().isEmpty());
        // Staff retry once the counter works again: a number is reserved then, and the request handed over.
        m_sink->failReservation = false;
        QVERIFY(m_session->retrySubmit());
        QCOMPARE(m_sink->submissions.size(), 1);
        QCOMPARE(m_sink->submissions.first().receiptNumber, QStringLiteral("A-001"));
        QCOMPARE(m_session->receiptNumber(), QStringLiteral("A-001"));
    }

    void receiptPrefixFromConfiguration()
    {
        make(KioskMode::Counter, QStringLiteral("KT"));
        m_sink->nextSequence = 1234;
        toState(S::StaffConfirm);
        QVERIFY(m_session->staffConfirm());
        QCOMPARE(m_sink->submissions.first().receiptNumber, QStringLiteral("KT-1234"));
    }

    // Staff authority belongs to one session: however the session ends, the next one starts with nobody signed in,
    // and a staff step in it asks for a sign-in again.
    void staffSignInEndsWithTheSession_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<QString>("ending");
        QTest::newRow("code B, card removed") << S::CodeBEntry << QStringLiteral("card removed");
        QTest::newRow("code B, quit") << S::CodeBEntry << QStringLiteral("quit");
        QTest::newRow("code B, idle timeout") << S::CodeBEntry << QStringLiteral("idle timeout");
        QTest::newRow("staff confirm, card removed") << S::StaffConfirm << QStringLiteral("card removed");
        QTest::newRow("staff confirm, quit") << S::StaffConfirm << QStringLiteral("quit");
        QTest::newRow("staff confirm, idle timeout") << S::StaffConfirm << QStringLiteral("idle timeout");
        QTest::newRow("submit failed, quit") << S::SubmitFailed << QStringLiteral("quit");
        QTest::newRow("done, finish") << S::Done << QStringLiteral("finish");
        QTest::newRow("done, card removed") << S::Done << QStringLiteral("card removed");
        QTest::newRow("staff menu closed") << S::Admin << QStringLiteral("close admin");
    }
    void staffSignInEndsWithTheSession()
    {
        QFETCH(S, from);
        QFETCH(QString, ending);
        toState(from);
        if (from != S::Done) {
            QVERIFY(m_session->staffAuthorised()); // the positive control: signed in for this session
            QCOMPARE(m_session->staffId(), QStringLiteral("S001"));
        }
        perform(ending);
        QCOMPARE(m_session->state(), S::Idle);
        QVERIFY(!m_staff->isSignedIn());
        QVERIFY(!m_session->staffAuthorised());
        QVERIFY(m_session->staffDisplayName().isEmpty());
        // The next resident: 照合番号B needs a sign-in again.
        m_card->remove();
        m_card->insert();
        m_card->answerTries(3);
        QVERIFY(m_session->useCodeB());
        QCOMPARE(m_session->state(), S::StaffSignIn);
    }

    // A sign-in made outside this session's StaffSignIn step (left over, or made for another purpose) opens no staff
    // step: a resident alone reaches neither the staff confirmation, nor 照合番号B, nor corrections, nor the exit.
    void residentAloneReachesNoStaffStep()
    {
        QVERIFY(signInStaff()); // signed in at the authenticator, not for this session
        toState(S::ResidentConfirm);
        QVERIFY(m_session->residentConfirm());
        QCOMPARE(m_session->state(), S::StaffSignIn);
        QVERIFY(!m_session->staffConfirm());
        QVERIFY(m_session->back());
        QCOMPARE(m_session->state(), S::ResidentConfirm);
        QVERIFY(m_session->back());
        QCOMPARE(m_session->state(), S::Review);
        // A correction of a value the card gave is refused, and asks for staff.
        const QString name = QStringLiteral("counter_person.name");
        QVERIFY(m_session->isCorrection(name, forms::Provenance::Staff));
        QVERIFY(!m_session->isCorrection(name, forms::Provenance::Resident));
        QVERIFY(!m_session->setValue(name, QStringLiteral("別人　太郎"), forms::Provenance::Staff));
        QCOMPARE(m_session->form(0).value(name)->value.toJson().toString(), testing::demoResident().name);
        QSignalSpy actions(m_session.get(), &KioskSession::staffAction);
        QVERIFY(actions.isValid());
        QVERIFY(m_session->requestCorrection());
        QCOMPARE(m_session->state(), S::StaffSignIn);
        QCOMPARE(m_session->staffSignInTarget(), S::Review);
        QVERIFY(staffStep());
        QCOMPARE(m_session->state(), S::Review);
        QVERIFY(m_session->setValue(name, QStringLiteral("山田　花子（訂正）"), forms::Provenance::Staff));
        QCOMPARE(actions.last().at(0).value<StaffAction>(), StaffAction::Corrected);
        QCOMPARE(actions.last().at(1).toString(), QStringLiteral("S001"));
        QCOMPARE(actions.last().at(3).toString(), name); // the field, never the value
        m_session->cancel();

        // 照合番号B and the exit.
        QVERIFY(signInStaff());
        toState(S::PinEntry);
        QVERIFY(m_session->useCodeB());
        QCOMPARE(m_session->state(), S::StaffSignIn);
        QVERIFY(!m_session->submitCodeB(std::make_shared<SecretBytes>(QByteArrayLiteral("60041220342468"))));
        m_session->cancel();
        QVERIFY(signInStaff());
        QVERIFY(m_session->openAdmin());
        QCOMPARE(m_session->state(), S::StaffSignIn);
        QVERIFY(!m_session->requestExit());
        QVERIFY(!m_session->releaseHeldPrint(QStringLiteral("x")));
    }

    // The request names the staff member who signed in for it and confirmed it; self-service names nobody.
    void requestRecordsTheStaffMember()
    {
        toState(S::Submitting);
        QCOMPARE(m_sink->submissions.size(), 1);
        const QJsonObject request = QJsonDocument::fromJson(m_sink->json.first()).object();
        QCOMPARE(request.value(QStringLiteral("staff_id")).toString(), QStringLiteral("S001"));
        const auto header = forms::readRequestHeader(request);
        QVERIFY(header);
        QCOMPARE(header->staffId, QStringLiteral("S001"));

        make(KioskMode::SelfService);
        toState(S::Submitting);
        QVERIFY(!QJsonDocument::fromJson(m_sink->json.first()).object().contains(QStringLiteral("staff_id")));
    }

    // Nothing printed for someone who left: a session that ends while the request is handed over asks the sink to
    // hold its paper, and a print result for it no longer reaches the screens. The control: a committed session asks
    // for nothing.
    void sessionEndingBeforeTheCommitHoldsThePrint_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("card removed") << QStringLiteral("card removed");
        QTest::newRow("quit") << QStringLiteral("quit");
    }
    void sessionEndingBeforeTheCommitHoldsThePrint()
    {
        QFETCH(QString, ending);
        toState(S::Submitting);
        QSignalSpy printed(m_session.get(), &KioskSession::printFinished);
        QVERIFY(printed.isValid());
        const quint64 ticket = m_sink->tickets.last();
        perform(ending);
        QCOMPARE(m_session->state(), S::Idle);
        QCOMPARE(m_sink->held, QList<quint64>{ticket});
        m_sink->commit(); // the sink still commits (and a printing sink would hold the paper)
        QCOMPARE(printed.count(), 0);
        QVERIFY(!m_session->printOutcome());

        make(KioskMode::Counter);
        toState(S::Done);
        perform(ending);
        QVERIFY(m_sink->held.isEmpty());
    }

    void idleMonitorWarnsThenEnds()
    {
        toState(S::Review);
        IdleMonitor monitor(*m_clock, 120, 15);
        monitor.setTicking(false);
        connect(&monitor, &IdleMonitor::timedOut, m_session.get(), &KioskSession::idleTimeout);
        QSignalSpy warning(&monitor, &IdleMonitor::warning);
        QSignalSpy cleared(&monitor, &IdleMonitor::warningCleared);
        monitor.setActive(true);
        m_clock->advanceSeconds(104);
        monitor.check();
        QCOMPARE(warning.count(), 0);
        m_clock->advanceSeconds(2);
        monitor.check();
        QCOMPARE(warning.count(), 1);
        QCOMPARE(warning.first().first().toInt(), 14);
        monitor.activity(); // a touch: the warning goes, the session stays
        QCOMPARE(cleared.count(), 1);
        m_clock->advanceSeconds(119);
        monitor.check();
        QCOMPARE(m_session->state(), S::Review);
        m_clock->advanceSeconds(1);
        monitor.check();
        QCOMPARE(m_session->state(), S::Idle);
    }

    void listItemsAddAndRemove()
    {
        toState(S::Review);
        m_session->setValue(QStringLiteral("scope"), QStringLiteral("some"), forms::Provenance::Resident);
        QCOMPARE(m_session->addListItem(QStringLiteral("persons")), 0);
        QVERIFY(m_session->setValue(QStringLiteral("persons[0].name"), QStringLiteral("山田　花子"),
                                    forms::Provenance::Staff));
        QCOMPARE(m_session->addListItem(QStringLiteral("persons")), 1);
        QVERIFY(m_session->setValue(QStringLiteral("persons[1].name"), QStringLiteral("山田　一郎"),
                                    forms::Provenance::Staff));
        QCOMPARE(m_session->form(0).itemCount(QStringLiteral("persons")), 2);
        QVERIFY(m_session->removeListItem(QStringLiteral("persons"), 0));
        QCOMPARE(m_session->form(0).itemCount(QStringLiteral("persons")), 1);
        QCOMPARE(m_session->form(0).value(QStringLiteral("persons[0].name"))->value.toString(),
                 QStringLiteral("山田　一郎"));
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "TestKioskSession.moc"
