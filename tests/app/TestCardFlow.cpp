// CardFlow alone, against a scripted card: each card answer becomes one CardOutcome (PIN tries, wrong PIN,
// 照合番号B, card problems, the individual number read later), results no longer waited for are ignored, and the
// record is wiped on reset. KioskSession's own test walks the states these outcomes lead to.
#include "app/core/CardFlow.h"
#include "tests/app/AppTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;

Q_DECLARE_METATYPE(kakanai::card::CardErrorCode)
Q_DECLARE_METATYPE(kakanai::kiosk::CardProblemKind)

class TestCardFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_port;
    std::unique_ptr<CardFlow> m_flow;

    static std::shared_ptr<SecretBytes> secret(const char *digits)
    {
        return std::make_shared<SecretBytes>(QByteArray(digits));
    }

private Q_SLOTS:
    void init()
    {
        m_flow.reset();
        m_port = std::make_unique<FakeCardPort>();
        m_flow = std::make_unique<CardFlow>(m_port.get());
    }

    void readerState()
    {
        QSignalSpy inserted(m_flow.get(), &CardFlow::cardInserted);
        QSignalSpy removed(m_flow.get(), &CardFlow::cardRemoved);
        QVERIFY(inserted.isValid() && removed.isValid());
        QCOMPARE(m_flow->readerState(), ReaderState::NoService);
        m_port->insert();
        QCOMPARE(m_flow->readerState(), ReaderState::CardPresent);
        QCOMPARE(inserted.count(), 1);
        m_port->remove();
        QCOMPARE(m_flow->readerState(), ReaderState::Ready);
        QCOMPARE(removed.count(), 1);
        QSignalSpy lost(m_flow.get(), &CardFlow::serviceLost);
        Q_EMIT m_port->serviceAvailabilityChanged(false);
        QCOMPARE(m_flow->readerState(), ReaderState::NoService);
        QCOMPARE(lost.count(), 1);
    }

    void tries_data()
    {
        QTest::addColumn<int>("tries");
        QTest::addColumn<CardOutcome>("expected");
        QTest::newRow("three tries: keypad") << 3 << CardOutcome::PinEntry;
        QTest::newRow("one try: warning first") << 1 << CardOutcome::LastTryWarning;
        QTest::newRow("none: blocked") << 0 << CardOutcome::PinBlocked;
    }
    void tries()
    {
        QFETCH(int, tries);
        QFETCH(CardOutcome, expected);
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QVERIFY(outcome.isValid());
        m_flow->checkCard(ReadPurpose::Attributes);
        QVERIFY(m_flow->waiting());
        m_port->answerTries(tries);
        QCOMPARE(outcome.count(), 1);
        QCOMPARE(outcome.at(0).at(0).value<CardOutcome>(), expected);
        QCOMPARE(m_flow->triesLeft(), std::optional<int>(tries));
        QVERIFY(!m_flow->waiting());
    }

    void failures_data()
    {
        QTest::addColumn<bool>("codeB");
        QTest::addColumn<card::CardErrorCode>("code");
        QTest::addColumn<int>("triesLeft");
        QTest::addColumn<CardOutcome>("expected");
        QTest::addColumn<CardProblemKind>("problem");
        using E = card::CardErrorCode;
        using O = CardOutcome;
        using P = CardProblemKind;
        QTest::newRow("wrong PIN, two left") << false << E::WrongPin << 2 << O::PinEntry << P::None;
        QTest::newRow("wrong PIN, one left") << false << E::WrongPin << 1 << O::LastTryWarning << P::None;
        QTest::newRow("wrong PIN, none left") << false << E::WrongPin << 0 << O::PinBlocked << P::None;
        QTest::newRow("PIN blocked") << false << E::PinBlocked << -1 << O::PinBlocked << P::None;
        QTest::newRow("last try unconfirmed")
            << false << E::LastTryNeedsConfirmation << -1 << O::LastTryWarning << P::None;
        QTest::newRow("malformed PIN") << false << E::InvalidPinFormat << -1 << O::PinEntry << P::None;
        QTest::newRow("wrong code B") << true << E::WrongPin << 4 << O::CodeBEntry << P::None;
        QTest::newRow("code B last try") << true << E::LastTryNeedsConfirmation << -1 << O::CodeBEntry << P::None;
        QTest::newRow("code B blocked") << true << E::PinBlocked << -1 << O::Problem << P::ReadFailed;
        QTest::newRow("error: not a My Number card")
            << false << E::NotMyNumberCard << -1 << O::Problem << P::NotMyNumberCard;
        QTest::newRow("error: card in use") << false << E::SharingViolation << -1 << O::Problem << P::InUse;
        QTest::newRow("error: card gone") << false << E::NoCard << -1 << O::Lost << P::None;
    }
    void failures()
    {
        QFETCH(bool, codeB);
        QFETCH(card::CardErrorCode, code);
        QFETCH(int, triesLeft);
        QFETCH(CardOutcome, expected);
        QFETCH(CardProblemKind, problem);
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QVERIFY(outcome.isValid());
        if (codeB) {
            m_flow->readWithCodeB(secret("AB1234567890"), false);
        } else {
            m_flow->readWithPin(secret("1234"));
        }
        QCOMPARE(m_port->reads.size(), 1);
        QCOMPARE(m_port->reads.last().options.credential,
                 codeB ? card::ReadOptions::Credential::CodeB : card::ReadOptions::Credential::Pin);
        m_port->fail(code, triesLeft < 0 ? std::nullopt : std::optional<int>(triesLeft));
        QCOMPARE(outcome.count(), 1);
        QCOMPARE(outcome.at(0).at(0).value<CardOutcome>(), expected);
        QCOMPARE(m_flow->problem(), problem);
        if (codeB && code == card::CardErrorCode::WrongPin) {
            QCOMPARE(m_flow->codeBTriesLeft(), std::optional<int>(triesLeft));
        }
        if (!codeB && code == card::CardErrorCode::WrongPin) {
            QVERIFY(m_flow->wrongPinEntered());
        }
    }

    void attributesAndNumber()
    {
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QSignalSpy number(m_flow.get(), &CardFlow::numberRead);
        QVERIFY(outcome.isValid() && number.isValid());
        m_flow->readWithPin(secret("1234"));
        QVERIFY(!m_port->reads.last().options.withNumber);
        m_port->answerRead(testing::demoResident());
        QCOMPARE(outcome.last().at(0).value<CardOutcome>(), CardOutcome::AttributesRead);
        QCOMPARE(m_flow->record().name, testing::demoResident().name);
        QCOMPARE(m_flow->integrity(), card::IntegrityStatus::Verified);

        // The number later: the PIN again, withNumber set, and the record carried once by numberRead.
        m_flow->checkCard(ReadPurpose::IndividualNumber);
        m_port->answerTries(3);
        m_flow->readWithPin(secret("1234"));
        QVERIFY(m_port->reads.last().options.withNumber);
        m_port->answerRead(testing::demoResident(true));
        QCOMPARE(number.count(), 1);
        QCOMPARE(outcome.last().at(0).value<CardOutcome>(), CardOutcome::NumberRead);
        QCOMPARE(m_flow->purpose(), ReadPurpose::Attributes);
        QVERIFY(!m_flow->record().individualNumber); // the session's record never keeps the number
    }

    // One PIN per visit: a PIN read with keepVerified leaves the card held (verified); the number is then read over
    // it without a secret, as often as the visit needs, and the card is released when the flow is told or reset.
    // The control: without keepVerified nothing is held and readNumberVerified sends nothing.
    void numberOverTheVerifiedCard_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("kept verified: number without the PIN") << true;
        QTest::newRow("control: not kept, nothing to read over") << false;
    }
    void numberOverTheVerifiedCard()
    {
        QFETCH(bool, keep);
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QSignalSpy number(m_flow.get(), &CardFlow::numberRead);
        QVERIFY(outcome.isValid() && number.isValid());
        m_flow->readWithPin(secret("1234"), keep);
        QCOMPARE(m_port->reads.last().options.keepVerified, keep);
        QVERIFY(!m_port->reads.last().options.withNumber);
        m_port->answerRead(testing::demoResident());
        QCOMPARE(outcome.last().at(0).value<CardOutcome>(), CardOutcome::AttributesRead);
        QCOMPARE(m_flow->holdsVerifiedCard(), keep);
        const qsizetype reads = m_port->reads.size();
        QCOMPARE(m_flow->readNumberVerified(), keep);
        if (!keep) {
            QCOMPARE(m_port->reads.size(), reads); // nothing sent
            return;
        }
        QCOMPARE(m_port->reads.size(), reads + 1);
        QCOMPARE(m_port->reads.last().options.credential, card::ReadOptions::Credential::Verified);
        QVERIFY(m_port->reads.last().options.withNumber);
        QVERIFY(m_port->reads.last().secret.isEmpty()); // no PIN travels
        QCOMPARE(m_port->pinStatusRequests.size(), 0);
        m_port->answerRead(testing::demoResident(true));
        QCOMPARE(number.count(), 1);
        QCOMPARE(outcome.last().at(0).value<CardOutcome>(), CardOutcome::NumberRead);
        QVERIFY(!m_flow->record().individualNumber);
        QVERIFY(m_flow->holdsVerifiedCard()); // another procedure of the visit may need it again
        QVERIFY(m_flow->readNumberVerified());
        m_port->answerRead(testing::demoResident(true));
        QCOMPARE(number.count(), 2);
        QCOMPARE(m_port->releases, 0);
        m_flow->reset();
        QCOMPARE(m_port->releases, 1);
        QVERIFY(!m_flow->holdsVerifiedCard());
        QVERIFY(!m_flow->readNumberVerified());
    }

    // The held card is no longer verified (powered down under us): the flow asks the card for its tries and then
    // for the PIN, for the number; any other failure over the held card releases it.
    void verifiedCardLostAsksForThePin_data()
    {
        QTest::addColumn<card::CardErrorCode>("error");
        QTest::addColumn<CardOutcome>("expected");
        QTest::addColumn<bool>("asksTries");
        QTest::newRow("no longer verified: PIN again")
            << card::CardErrorCode::SecurityStatusNotSatisfied << CardOutcome::PinEntry << true;
        QTest::newRow("error: unexpected answer: problem")
            << card::CardErrorCode::UnexpectedStatus << CardOutcome::Problem << false;
        QTest::newRow("error: card pulled: lost") << card::CardErrorCode::CardRemoved << CardOutcome::Lost << false;
    }
    void verifiedCardLostAsksForThePin()
    {
        QFETCH(card::CardErrorCode, error);
        QFETCH(CardOutcome, expected);
        QFETCH(bool, asksTries);
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QVERIFY(outcome.isValid());
        m_flow->readWithPin(secret("1234"), true);
        m_port->answerRead(testing::demoResident());
        QVERIFY(m_flow->readNumberVerified());
        const qsizetype before = outcome.size();
        m_port->fail(error);
        QCOMPARE(m_port->pinStatusRequests.size(), asksTries ? 1 : 0);
        if (asksTries) {
            QCOMPARE(outcome.size(), before); // waiting for the tries
            m_port->answerTries(3);
            QCOMPARE(m_flow->purpose(), ReadPurpose::IndividualNumber);
        }
        QCOMPARE(outcome.last().at(0).value<CardOutcome>(), expected);
        QVERIFY(!m_flow->holdsVerifiedCard());
    }

    void differentCardWipes()
    {
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QVERIFY(outcome.isValid());
        m_flow->readWithPin(secret("1234"));
        m_port->answerRead(testing::demoResident());
        QVERIFY(!m_flow->record().name.isEmpty());
        m_flow->checkCard(ReadPurpose::IndividualNumber);
        m_port->answerTries(3);
        m_flow->readWithPin(secret("1234"));
        ResidentRecord other = testing::demoResident(true);
        other.name = QStringLiteral("別人　太郎");
        m_port->answerRead(other);
        QCOMPARE(outcome.last().at(0).value<CardOutcome>(), CardOutcome::Problem);
        QCOMPARE(m_flow->problem(), CardProblemKind::DifferentCard);
        QVERIFY(m_flow->record().name.isEmpty());
    }

    void integrityFailed()
    {
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QVERIFY(outcome.isValid());
        m_flow->readWithPin(secret("1234"));
        m_port->answerRead(testing::demoResident(), card::IntegrityStatus::Failed);
        QCOMPARE(outcome.last().at(0).value<CardOutcome>(), CardOutcome::Problem);
        QCOMPARE(m_flow->problem(), CardProblemKind::IntegrityFailed);
        QVERIFY(m_flow->record().name.isEmpty());
    }

    // A result for a request the flow stopped waiting for (reset: card pulled, timeout) is ignored; the control
    // shows the same answer is taken while waited for.
    void staleResultsIgnored()
    {
        QSignalSpy outcome(m_flow.get(), &CardFlow::outcome);
        QVERIFY(outcome.isValid());
        m_flow->readWithPin(secret("1234"));
        m_flow->reset();
        QVERIFY(!m_flow->waiting());
        m_port->answerRead(testing::demoResident());
        QCOMPARE(outcome.count(), 0);
        QVERIFY(m_flow->record().name.isEmpty());

        m_flow->readWithPin(secret("1234"));
        m_port->answerRead(testing::demoResident());
        QCOMPARE(outcome.count(), 1);
        QVERIFY(!m_flow->record().name.isEmpty());
        m_flow->reset();
        QVERIFY(m_flow->record().name.isEmpty());
        QCOMPARE(m_flow->integrity(), card::IntegrityStatus::NotVerifiable);
    }
};

QTEST_GUILESS_MAIN(TestCardFlow)
#include "TestCardFlow.moc"
