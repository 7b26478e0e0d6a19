// Whole card conversations on a scripted transport: which APDUs are sent, in which order, and that failures in
// the middle never yield a partial record.
#include "cardreader/CardSession.h"
#include "cardreader/InputSupportAp.h"
#include "tests/cardreader/CardFixtures.h"
#include "tests/cardreader/ScriptedTransport.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::card;

namespace {

const QByteArray SelectInputSupport = "00a4040c0ad3921000310001010408";
const QByteArray QueryPin = "00200091";
const QByteArray VerifyPin1234 = "002000910431323334";
const QByteArray ReadAttributesBySfi = "00b0820000";
const QByteArray ReadNumberBySfi = "00b0810011";

QByteArray demoAttributes(int filler = 16)
{
    return fixtures::attributesFile(QStringLiteral("山田　花子"), QStringLiteral("東京都千代田区霞が関１丁目２－３"),
                                    "19850401", "2", filler);
}

QByteArray ok(const QByteArray &data)
{
    return data + QByteArray::fromHex("9000");
}

} // namespace

class TestCardReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourAttributesInFourApdus()
    {
        ScriptedTransport card;
        card.expect(SelectInputSupport, "9000");
        card.expect(QueryPin, "63C3");
        card.expect(VerifyPin1234, "9000");
        card.answerRaw(ReadAttributesBySfi, ok(demoAttributes()));
        ReadOptions options;
        auto outcome = readResident(card, options, SecretBytes(QByteArrayLiteral("1234")), nullptr);
        QVERIFY2(card.mismatches().isEmpty(), qPrintable(card.mismatches().join(QLatin1Char('\n'))));
        QVERIFY(outcome);
        QCOMPARE(outcome->record.name, QStringLiteral("山田　花子"));
        QCOMPARE(outcome->record.birthDate, QDate(1985, 4, 1));
        QVERIFY(!outcome->record.individualNumber);
        QCOMPARE(outcome->integrity.status, IntegrityStatus::NotVerifiable);
        QCOMPARE(card.stats().apdus, 4);
        // The individual number file was never touched.
        for (const QByteArray &c : card.sent()) {
            QVERIFY(!c.toHex().startsWith("00b081"));
            QVERIFY(!c.toHex().startsWith("00a4020c020001"));
        }
    }

    void numberOnlyWhenAsked()
    {
        ScriptedTransport card;
        card.expect(SelectInputSupport, "9000");
        card.expect(QueryPin, "63C3");
        card.expect(VerifyPin1234, "9000");
        card.answerRaw(ReadAttributesBySfi, ok(demoAttributes()));
        card.answerRaw(ReadNumberBySfi, ok(fixtures::numberFile("123456789018")));
        ReadOptions options;
        options.withNumber = true;
        auto outcome = readResident(card, options, SecretBytes(QByteArrayLiteral("1234")), nullptr);
        QVERIFY(card.mismatches().isEmpty());
        QVERIFY(outcome);
        QVERIFY(outcome->record.individualNumber);
        QCOMPARE(outcome->record.individualNumber->digits(), QStringLiteral("123456789018"));
    }

    void numberWithCodeBRefusedBeforeSending()
    {
        ScriptedTransport card;
        ReadOptions options;
        options.credential = ReadOptions::Credential::CodeB;
        options.withNumber = true;
        auto outcome = readResident(card, options, SecretBytes(QByteArrayLiteral("60040120352285")), nullptr);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::SecurityStatusNotSatisfied);
        QVERIFY(card.sent().isEmpty());
    }

    void badCheckDigitFailsWholeRead()
    {
        ScriptedTransport card;
        card.expect(SelectInputSupport, "9000");
        card.expect(QueryPin, "63C3");
        card.expect(VerifyPin1234, "9000");
        card.answerRaw(ReadAttributesBySfi, ok(demoAttributes()));
        card.answerRaw(ReadNumberBySfi, ok(fixtures::numberFile("123456789017")));
        ReadOptions options;
        options.withNumber = true;
        auto outcome = readResident(card, options, SecretBytes(QByteArrayLiteral("1234")), nullptr);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::MalformedResponse);
    }

    void notMyNumberCard_data()
    {
        QTest::addColumn<QByteArray>("selectAnswer");
        QTest::addColumn<int>("code");
        QTest::newRow("6A82 file not found") << QByteArray("6A82") << int(CardErrorCode::NotMyNumberCard);
        QTest::newRow("6D00 INS not supported") << QByteArray("6D00") << int(CardErrorCode::NotMyNumberCard);
        QTest::newRow("6E00 CLA not supported") << QByteArray("6E00") << int(CardErrorCode::NotMyNumberCard);
        QTest::newRow("6581 memory failure") << QByteArray("6581") << int(CardErrorCode::UnexpectedStatus);
    }
    void notMyNumberCard()
    {
        QFETCH(QByteArray, selectAnswer);
        QFETCH(int, code);
        ScriptedTransport card;
        card.expect(SelectInputSupport, selectAnswer);
        auto outcome = readResident(card, {}, SecretBytes(QByteArrayLiteral("1234")), nullptr);
        QVERIFY(!outcome);
        QCOMPARE(int(outcome.error().code), code);
        QCOMPARE(card.sent().size(), 1); // no PIN query, no VERIFY on an unknown card
    }

    void selfDiagnosisAfterPowerUpRetriedOnce()
    {
        ScriptedTransport card;
        card.expect(SelectInputSupport, "6F00");
        card.expect(SelectInputSupport, "9000");
        InputSupportAp ap(card);
        QVERIFY(ap.select().ok());
        ScriptedTransport twice;
        twice.expect(SelectInputSupport, "6F00");
        twice.expect(SelectInputSupport, "6F00");
        InputSupportAp ap2(twice);
        QCOMPARE(ap2.select().error().code, CardErrorCode::UnexpectedStatus);
        QCOMPARE(twice.sent().size(), 2);
    }

    void longFileReadInChunks()
    {
        // A long address pushes EF 0002 past 256 bytes: first chunk by SFI, the rest by offset.
        const QString longAddress = QString(100, QChar(0x6771)); // 300 bytes of UTF-8
        const QByteArray file =
            fixtures::attributesFile(QStringLiteral("山田　花子"), longAddress, "19850401", "2", 40);
        const int tlvSize = int(file.size()) - 40;
        QVERIFY(tlvSize > 256);
        ScriptedTransport card;
        card.answerRaw(ReadAttributesBySfi, ok(file.left(256)));
        card.answerRaw(QByteArray("00b00100") + QByteArray::number(tlvSize - 256, 16).rightJustified(2, '0'),
                       ok(file.mid(256, tlvSize - 256)));
        InputSupportAp ap(card);
        auto content = ap.readAttributesFile();
        QVERIFY2(card.mismatches().isEmpty(), qPrintable(card.mismatches().join(QLatin1Char('\n'))));
        QVERIFY(content);
        QCOMPARE(content->size(), tlvSize);
        QCOMPARE(card::parseAttributes(*content)->address, longAddress);
    }

    void readCrossingEndReturnsRemainder()
    {
        // Le = 256 on a 120-byte file: the card returns what there is (9000 or 6282); one APDU is enough.
        for (const QByteArray &sw : {QByteArray::fromHex("9000"), QByteArray::fromHex("6282")}) {
            ScriptedTransport card;
            card.answerRaw(ReadAttributesBySfi, demoAttributes(0) + sw);
            InputSupportAp ap(card);
            QVERIFY(ap.readAttributesFile().ok());
            QCOMPARE(card.sent().size(), 1);
        }
    }

    void fileShorterThanItsHeaderIsMalformed()
    {
        const QByteArray file = demoAttributes(0);
        ScriptedTransport card;
        card.answerRaw(ReadAttributesBySfi, file.left(40) + QByteArray::fromHex("6282"));
        InputSupportAp ap(card);
        auto content = ap.readAttributesFile();
        QVERIFY(!content);
        QCOMPARE(content.error().code, CardErrorCode::MalformedResponse);

        ScriptedTransport eof;
        eof.answerRaw(ReadAttributesBySfi, ok(file.left(40)));
        eof.expect("00b00028", "6B00");
        InputSupportAp ap2(eof);
        QCOMPARE(ap2.readAttributesFile().error().code, CardErrorCode::MalformedResponse);
    }

    void noCurrentEfFallsBackToSelect()
    {
        const QString longAddress = QString(100, QChar(0x6771));
        const QByteArray file = fixtures::attributesFile(QStringLiteral("山田　花子"), longAddress, "19850401", "2", 0);
        ScriptedTransport card;
        card.answerRaw(ReadAttributesBySfi, ok(file.left(256)));
        card.expect("00b00100", "6986");
        card.expect("00a4020c020002", "9000");
        card.answerRaw("00b00100", ok(file.mid(256)));
        InputSupportAp ap(card);
        auto content = ap.readAttributesFile();
        QVERIFY2(card.mismatches().isEmpty(), qPrintable(card.mismatches().join(QLatin1Char('\n'))));
        QVERIFY(content);
        QCOMPARE(*content, file);
    }

    void wrongLeAndGetResponse()
    {
        ScriptedTransport card;
        card.expect("00b0810011", "6C11");
        card.answerRaw("00b0810011", ok(fixtures::numberFile("123456789018")));
        InputSupportAp ap(card);
        QVERIFY(ap.readNumberFile().ok());

        ScriptedTransport chained;
        const QByteArray number = fixtures::numberFile("123456789018");
        chained.answerRaw("00b0810011", number.left(10) + QByteArray::fromHex("6107"));
        chained.answerRaw("00c0000007", ok(number.mid(10)));
        InputSupportAp ap2(chained);
        auto content = ap2.readNumberFile();
        QVERIFY(content);
        QCOMPARE(*content, number);

        ScriptedTransport endless;
        for (int i = 0; i < 70; ++i) {
            endless.expect("", "6101");
        }
        InputSupportAp ap3(endless);
        QCOMPARE(ap3.readNumberFile().error().code, CardErrorCode::MalformedResponse);
    }

    void cardRemovedMidReadGivesNoRecord_data()
    {
        QTest::addColumn<int>("failAt"); // which APDU fails with SCARD_W_REMOVED_CARD
        for (int i = 0; i < 6; ++i) {
            QTest::addRow("pulled at APDU %d", i + 1) << i;
        }
    }
    void cardRemovedMidReadGivesNoRecord()
    {
        QFETCH(int, failAt);
        const QString longAddress = QString(100, QChar(0x6771));
        const QByteArray file = fixtures::attributesFile(QStringLiteral("山田　花子"), longAddress, "19850401", "2", 0);
        const QList<QPair<QByteArray, QByteArray>> steps = {
            {SelectInputSupport, QByteArray::fromHex("9000")},
            {QueryPin, QByteArray::fromHex("63C3")},
            {VerifyPin1234, QByteArray::fromHex("9000")},
            {ReadAttributesBySfi, ok(file.left(256))},
            {"00b00100", ok(file.mid(256))},
            {ReadNumberBySfi, ok(fixtures::numberFile("123456789018"))},
        };
        ScriptedTransport card;
        for (int i = 0; i < steps.size(); ++i) {
            if (i == failAt) {
                card.fail(steps[i].first, CardError::fromCode(CardErrorCode::CardRemoved));
                break;
            }
            card.answerRaw(steps[i].first, steps[i].second);
        }
        ReadOptions options;
        options.withNumber = true;
        auto outcome = readResident(card, options, SecretBytes(QByteArrayLiteral("1234")), nullptr);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::CardRemoved);
        QVERIFY(outcome.error().isConnectionLoss());
    }

    void pinStatusQueriesThreeKeys()
    {
        ScriptedTransport card;
        card.expect(SelectInputSupport, "9000");
        card.expect(QueryPin, "63C2");
        card.expect("00a4040c0ad392f000260100000001", "9000");
        card.expect("00200098", "6984");
        card.expect("0020009b", "63C5");
        auto status = readPinStatus(card);
        QVERIFY(card.mismatches().isEmpty());
        QVERIFY(status);
        QCOMPARE(status->inputSupportPin.value_or(-1), 2);
        QCOMPARE(status->jpkiAuthPin.value_or(-1), 0);
        QCOMPARE(status->jpkiSignPassword.value_or(-1), 5);
        // Only counter queries: no VERIFY carried data.
        for (const QByteArray &c : card.sent()) {
            if (c.startsWith(QByteArray::fromHex("0020"))) {
                QCOMPARE(c.size(), 4);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCardReads)
#include "TestCardReads.moc"
