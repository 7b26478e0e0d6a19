// The PIN guard's decisions, and the guarded VERIFY sequence as it goes over the wire: tries queried first,
// nothing sent with one try left unless confirmed, never a second VERIFY.
#include "cardreader/InputSupportAp.h"
#include "cardreader/PinGuard.h"
#include "tests/cardreader/ScriptedTransport.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::card;
using Kind = pinguard::TriesState::Kind;

class TestPinGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpretQuery_data()
    {
        QTest::addColumn<int>("sw");
        QTest::addColumn<bool>("understood");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tries");
        QTest::newRow("63C3") << 0x63C3 << true << int(Kind::Remaining) << 3;
        QTest::newRow("63C1") << 0x63C1 << true << int(Kind::Remaining) << 1;
        QTest::newRow("63C5 sign password") << 0x63C5 << true << int(Kind::Remaining) << 5;
        QTest::newRow("63C0 blocked") << 0x63C0 << true << int(Kind::Blocked) << 0;
        QTest::newRow("6984 blocked") << 0x6984 << true << int(Kind::Blocked) << 0;
        QTest::newRow("6983 blocked") << 0x6983 << true << int(Kind::Blocked) << 0;
        QTest::newRow("6300 no limit") << 0x6300 << true << int(Kind::NoLimit) << 0;
        QTest::newRow("9000 already verified") << 0x9000 << true << int(Kind::AlreadyVerified) << 0;
        QTest::newRow("6A82 no such key") << 0x6A82 << false << 0 << 0;
        QTest::newRow("6982") << 0x6982 << false << 0 << 0;
    }
    void interpretQuery()
    {
        QFETCH(int, sw);
        QFETCH(bool, understood);
        const auto state = pinguard::interpretQuery(StatusWord(static_cast<std::uint16_t>(sw)));
        QCOMPARE(state.has_value(), understood);
        if (understood) {
            QFETCH(int, kind);
            QFETCH(int, tries);
            QCOMPARE(int(state->kind), kind);
            QCOMPARE(state->triesLeft, tries);
        }
    }

    void decide_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tries");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<int>("decision");
        using D = pinguard::Decision;
        QTest::newRow("3 left") << int(Kind::Remaining) << 3 << false << int(D::Send);
        QTest::newRow("2 left") << int(Kind::Remaining) << 2 << false << int(D::Send);
        QTest::newRow("1 left unconfirmed") << int(Kind::Remaining) << 1 << false << int(D::RefuseLastTryUnconfirmed);
        QTest::newRow("1 left confirmed") << int(Kind::Remaining) << 1 << true << int(D::Send);
        QTest::newRow("0 left even confirmed") << int(Kind::Remaining) << 0 << true << int(D::RefuseBlocked);
        QTest::newRow("blocked even confirmed") << int(Kind::Blocked) << 0 << true << int(D::RefuseBlocked);
        QTest::newRow("no limit") << int(Kind::NoLimit) << 0 << false << int(D::Send);
        QTest::newRow("already verified") << int(Kind::AlreadyVerified) << 0 << false << int(D::Send);
    }
    void decide()
    {
        QFETCH(int, kind);
        QFETCH(int, tries);
        QFETCH(bool, confirmed);
        QFETCH(int, decision);
        QCOMPARE(int(pinguard::decide({Kind(kind), tries}, confirmed)), decision);
    }

    void interpretVerify_data()
    {
        QTest::addColumn<int>("sw");
        QTest::addColumn<int>("code"); // -1: success
        QTest::addColumn<int>("tries");
        QTest::newRow("9000 ok") << 0x9000 << -1 << -1;
        QTest::newRow("63C2 wrong, 2 left") << 0x63C2 << int(CardErrorCode::WrongPin) << 2;
        QTest::newRow("63C1 wrong, 1 left") << 0x63C1 << int(CardErrorCode::WrongPin) << 1;
        QTest::newRow("63C0 wrong, now blocked") << 0x63C0 << int(CardErrorCode::PinBlocked) << -1;
        QTest::newRow("6984 blocked") << 0x6984 << int(CardErrorCode::PinBlocked) << -1;
        QTest::newRow("6700 wrong length") << 0x6700 << int(CardErrorCode::UnexpectedStatus) << -1;
    }
    void interpretVerify()
    {
        QFETCH(int, sw);
        QFETCH(int, code);
        QFETCH(int, tries);
        const auto error = pinguard::interpretVerify(StatusWord(static_cast<std::uint16_t>(sw)));
        QCOMPARE(error.has_value(), code != -1);
        if (error) {
            QCOMPARE(int(error->code), code);
            QCOMPARE(error->triesLeft.value_or(-1), tries);
            QCOMPARE(error->statusWord->value(), std::uint16_t(sw));
        }
    }

    void formats_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("pin");
        QTest::addColumn<bool>("password");
        QTest::addColumn<bool>("codeB");
        QTest::newRow("4 digits") << QByteArray("1234") << true << false << false;
        QTest::newRow("3 digits") << QByteArray("123") << false << false << false;
        QTest::newRow("5 digits") << QByteArray("12345") << false << false << false;
        QTest::newRow("letters") << QByteArray("12a4") << false << false << false;
        QTest::newRow("full-width digits") << QByteArray("１２３４") << false << false << false;
        QTest::newRow("password ABC123") << QByteArray("ABC123") << false << true << false;
        QTest::newRow("password lower case") << QByteArray("abc123") << false << false << false;
        QTest::newRow("password 17 chars") << QByteArray("ABCDEFGH123456789") << false << false << false;
        QTest::newRow("code B 14 digits") << QByteArray("60040120352285") << false << true << true;
        QTest::newRow("code B 13 digits") << QByteArray("6004012035228") << false << true << false;
    }
    void formats()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, pin);
        QFETCH(bool, password);
        QFETCH(bool, codeB);
        QCOMPARE(pinguard::isValidFourDigitPin(value), pin);
        QCOMPARE(pinguard::isValidSignPassword(value), password);
        QCOMPARE(pinguard::isValidCodeB(value), codeB);
    }

    // The guarded sequence on the wire.
    void verifySequence_data()
    {
        QTest::addColumn<QByteArray>("queryAnswer");
        QTest::addColumn<bool>("confirmLastTry");
        QTest::addColumn<QByteArray>("verifyAnswer"); // empty: VERIFY must not be sent
        QTest::addColumn<int>("code");                // -1: success
        QTest::addColumn<int>("tries");
        QTest::newRow("3 left, right PIN") << QByteArray("63C3") << false << QByteArray("9000") << -1 << -1;
        QTest::newRow("3 left, wrong PIN")
            << QByteArray("63C3") << false << QByteArray("63C2") << int(CardErrorCode::WrongPin) << 2;
        QTest::newRow("2 left, wrong PIN leaves 1")
            << QByteArray("63C2") << false << QByteArray("63C1") << int(CardErrorCode::WrongPin) << 1;
        QTest::newRow("1 left, not confirmed: nothing sent")
            << QByteArray("63C1") << false << QByteArray() << int(CardErrorCode::LastTryNeedsConfirmation) << 1;
        QTest::newRow("1 left, confirmed, wrong: blocked")
            << QByteArray("63C1") << true << QByteArray("63C0") << int(CardErrorCode::PinBlocked) << -1;
        QTest::newRow("1 left, confirmed, right") << QByteArray("63C1") << true << QByteArray("9000") << -1 << -1;
        QTest::newRow("blocked 63C0: nothing sent")
            << QByteArray("63C0") << true << QByteArray() << int(CardErrorCode::PinBlocked) << 0;
        QTest::newRow("blocked 6984: nothing sent")
            << QByteArray("6984") << false << QByteArray() << int(CardErrorCode::PinBlocked) << 0;
        QTest::newRow("query not understood: nothing sent")
            << QByteArray("6A82") << false << QByteArray() << int(CardErrorCode::UnexpectedStatus) << -1;
    }
    void verifySequence()
    {
        QFETCH(QByteArray, queryAnswer);
        QFETCH(bool, confirmLastTry);
        QFETCH(QByteArray, verifyAnswer);
        QFETCH(int, code);
        QFETCH(int, tries);

        ScriptedTransport card;
        card.expect("00200091", queryAnswer); // counter query: VERIFY without data, key 0011 by SFI
        if (!verifyAnswer.isEmpty()) {
            card.expect("002000910431323334", verifyAnswer);
        }
        InputSupportAp ap(card);
        const Status result = ap.verifyPin(SecretBytes(QByteArrayLiteral("1234")), confirmLastTry);
        QVERIFY2(card.mismatches().isEmpty(), qPrintable(card.mismatches().join(QLatin1Char('\n'))));
        QCOMPARE(card.remaining(), 0);
        QCOMPARE(card.sent().size(), verifyAnswer.isEmpty() ? 1 : 2);
        QCOMPARE(result.ok(), code == -1);
        if (!result) {
            QCOMPARE(int(result.error().code), code);
            QCOMPARE(result.error().triesLeft.value_or(-1), tries);
        }
    }

    void badFormatSendsNothing()
    {
        ScriptedTransport card;
        InputSupportAp ap(card);
        const Status result = ap.verifyPin(SecretBytes(QByteArrayLiteral("12345")), true);
        QVERIFY(!result);
        QCOMPARE(result.error().code, CardErrorCode::InvalidPinFormat);
        QVERIFY(card.sent().isEmpty());
        const Status codeB = ap.verifyCodeB(SecretBytes(QByteArrayLiteral("1234")), true);
        QCOMPARE(codeB.error().code, CardErrorCode::InvalidPinFormat);
        QVERIFY(card.sent().isEmpty());
    }

    void codeBUsesKey0015()
    {
        ScriptedTransport card;
        card.expect("00200095", "63C5");
        card.expect("002000950e" + QByteArray("60040120352285").toHex(), "9000");
        InputSupportAp ap(card);
        QVERIFY(ap.verifyCodeB(SecretBytes(QByteArrayLiteral("60040120352285")), false).ok());
        QVERIFY(card.mismatches().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPinGuard)
#include "TestPinGuard.moc"
