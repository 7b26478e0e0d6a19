// APDU, status word and BER-TLV codecs.
#include "cardreader/Apdu.h"
#include "cardreader/StatusWord.h"
#include "cardreader/Tlv.h"

#include <QTest>

using namespace kakanai::card;

Q_DECLARE_METATYPE(kakanai::card::CommandApdu)

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeCommand_data()
    {
        QTest::addColumn<CommandApdu>("command");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("select input support AP") << apdu::selectApplication(QByteArray::fromHex("D3921000310001010408"))
                                                 << QByteArray("00a4040c0ad3921000310001010408");
        QTest::newRow("select key EF 0011") << apdu::selectFile(0x0011) << QByteArray("00a4020c020011");
        QTest::newRow("read binary Le 256 encodes 00") << apdu::readBinary(0, 256) << QByteArray("00b0000000");
        QTest::newRow("read binary 15-bit offset") << apdu::readBinary(0x1234, 0x11) << QByteArray("00b0123411");
        QTest::newRow("read binary offset bit 8 of P1 stays clear")
            << apdu::readBinary(0xFFFF, 1) << QByteArray("00b07fff01");
        QTest::newRow("read binary by SFI 02") << apdu::readBinaryShortEf(0x02, 0, 256) << QByteArray("00b0820000");
        QTest::newRow("tries query key 0011 by SFI") << apdu::verifyStatusQuery(0x91) << QByteArray("00200091");
        QTest::newRow("verify 4 ASCII digits")
            << apdu::verify(0x91, QByteArrayLiteral("1234")) << QByteArray("002000910431323334");
        QTest::newRow("extended Le") << CommandApdu{0x00, 0xB0, 0x00, 0x00, {}, 1571} << QByteArray("00b00000000623");
        QTest::newRow("extended Le 65536")
            << CommandApdu{0x00, 0xB0, 0x00, 0x00, {}, 65536} << QByteArray("00b00000000000");
        QTest::newRow("extended Lc") << CommandApdu{0x80, 0x2A, 0x00, 0x80, QByteArray(300, 'A'), std::nullopt}
                                     << QByteArray("802a008000012c" + QByteArray(300, 'A').toHex());
        QTest::newRow("sign with Le 256") << apdu::computeSignature(0x00, 0x80, QByteArray::fromHex("3031"))
                                          << QByteArray("802a0080023031"
                                                        "00");
    }
    void encodeCommand()
    {
        QFETCH(CommandApdu, command);
        QFETCH(QByteArray, expectedHex);
        QCOMPARE(command.encode().toHex(), expectedHex);
        // And back: the parser reads what the encoder wrote.
        const auto parsed = CommandApdu::parse(command.encode());
        QVERIFY(parsed);
        QCOMPARE(parsed->cla, command.cla);
        QCOMPARE(parsed->ins, command.ins);
        QCOMPARE(parsed->p1, command.p1);
        QCOMPARE(parsed->p2, command.p2);
        QCOMPARE(parsed->data, command.data);
        QCOMPARE(parsed->le, command.le);
    }

    void parseMalformedCommand_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("three bytes") << QByteArray("00a404");
        QTest::newRow("short Lc longer than data") << QByteArray("00a4040c0ad392");
        QTest::newRow("short Lc with two extra bytes") << QByteArray("00200080023132aabb");
        QTest::newRow("extended Lc zero") << QByteArray("00200080000000aa");
        QTest::newRow("extended Lc disagreeing") << QByteArray("00200080000005313233");
        QTest::newRow("two bytes after header, first zero") << QByteArray("00b000000001");
    }
    void parseMalformedCommand()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(!CommandApdu::parse(QByteArray::fromHex(hex)));
    }

    void logStringHidesData()
    {
        const CommandApdu verify = apdu::verify(0x91, QByteArrayLiteral("1234"));
        const QString log = verify.toLogString();
        QCOMPARE(log, QStringLiteral("00 20 00 91 Lc=4"));
        QVERIFY(!log.contains(QStringLiteral("31")));
    }

    void parseResponse()
    {
        QVERIFY(!ResponseApdu::parse(QByteArray::fromHex("90")));
        const auto r = ResponseApdu::parse(QByteArray::fromHex("01029000"));
        QVERIFY(r);
        QCOMPARE(r->data, QByteArray::fromHex("0102"));
        QVERIFY(r->sw.isSuccess());
        QCOMPARE(r->encode(), QByteArray::fromHex("01029000"));
    }

    void statusWords_data()
    {
        QTest::addColumn<int>("sw");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tries"); // -1: none
        QTest::addColumn<bool>("blocked");
        QTest::newRow("9000 success") << 0x9000 << int(StatusWord::Kind::Success) << -1 << false;
        QTest::newRow("63C3 three left") << 0x63C3 << int(StatusWord::Kind::PinTriesLeft) << 3 << false;
        QTest::newRow("63C1 one left") << 0x63C1 << int(StatusWord::Kind::PinTriesLeft) << 1 << false;
        QTest::newRow("63C0 exhausted") << 0x63C0 << int(StatusWord::Kind::PinBlockedCounter) << 0 << true;
        QTest::newRow("6984 blocked") << 0x6984 << int(StatusWord::Kind::ReferenceDataBlocked) << -1 << true;
        QTest::newRow("6983 blocked (ISO)") << 0x6983 << int(StatusWord::Kind::AuthMethodBlocked) << -1 << true;
        QTest::newRow("6300 no limit") << 0x6300 << int(StatusWord::Kind::NoRetryLimit) << -1 << false;
        QTest::newRow("6982 not verified")
            << 0x6982 << int(StatusWord::Kind::SecurityStatusNotSatisfied) << -1 << false;
        QTest::newRow("6A82 not found") << 0x6A82 << int(StatusWord::Kind::FileNotFound) << -1 << false;
        QTest::newRow("6B00 beyond EOF") << 0x6B00 << int(StatusWord::Kind::WrongP1P2Offset) << -1 << false;
        QTest::newRow("6C10 wrong Le") << 0x6C10 << int(StatusWord::Kind::WrongLe) << -1 << false;
        QTest::newRow("6120 more data") << 0x6120 << int(StatusWord::Kind::BytesAvailable) << -1 << false;
        QTest::newRow("6F00 self diagnosis") << 0x6F00 << int(StatusWord::Kind::SelfDiagnosisFailure) << -1 << false;
        QTest::newRow("6282 end of file") << 0x6282 << int(StatusWord::Kind::WarningEndOfFile) << -1 << false;
        QTest::newRow("1234 other") << 0x1234 << int(StatusWord::Kind::Other) << -1 << false;
    }
    void statusWords()
    {
        QFETCH(int, sw);
        QFETCH(int, kind);
        QFETCH(int, tries);
        QFETCH(bool, blocked);
        const StatusWord s(static_cast<std::uint16_t>(sw));
        QCOMPARE(int(s.kind()), kind);
        QCOMPARE(s.triesLeft().value_or(-1), tries);
        QCOMPARE(s.meansBlocked(), blocked);
        QCOMPARE(s.toString(), QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper());
    }

    void tlvHeaders_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<uint>("tag");
        QTest::addColumn<int>("headerSize");
        QTest::addColumn<int>("length");
        QTest::newRow("short form FF20 62") << QByteArray("ff2062") << true << 0xFF20u << 3 << 0x62;
        QTest::newRow("long form 81") << QByteArray("ff208190") << true << 0xFF20u << 4 << 0x90;
        QTest::newRow("long form 82") << QByteArray("ff3082014b") << true << 0xFF30u << 5 << 0x14B;
        QTest::newRow("long form 83") << QByteArray("3083010000") << true << 0x30u << 5 << 0x10000;
        QTest::newRow("one-byte tag 30 82") << QByteArray("3082061f") << true << 0x30u << 4 << 0x61F;
        QTest::newRow("DF21 private primitive") << QByteArray("df2108") << true << 0xDF21u << 3 << 8;
        QTest::newRow("7F21 application constructed") << QByteArray("7f21820233") << true << 0x7F21u << 5 << 0x233;
        QTest::newRow("FF10 (EF 0001)") << QByteArray("ff100c") << true << 0xFF10u << 3 << 12;
        QTest::newRow("three-byte tag") << QByteArray("5f811005") << true << 0x5F8110u << 4 << 5;
        QTest::newRow("four-byte tag refused") << QByteArray("5f81818105") << false << 0u << 0 << 0;
        QTest::newRow("indefinite length refused") << QByteArray("3080") << false << 0u << 0 << 0;
        QTest::newRow("84 length refused") << QByteArray("308400000001") << false << 0u << 0 << 0;
        QTest::newRow("tag without length") << QByteArray("df21") << false << 0u << 0 << 0;
        QTest::newRow("82 length cut") << QByteArray("ff3082") << false << 0u << 0 << 0;
        QTest::newRow("lone 00 refused") << QByteArray("00") << false << 0u << 0 << 0;
        QTest::newRow("empty") << QByteArray("") << false << 0u << 0 << 0;
        QTest::newRow("multi-byte tag cut") << QByteArray("ff") << false << 0u << 0 << 0;
    }
    void tlvHeaders()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, ok);
        const QByteArray bytes = QByteArray::fromHex(hex);
        const auto h = tlv::parseHeader(bytes);
        QCOMPARE(bool(h), ok);
        if (ok) {
            QFETCH(uint, tag);
            QFETCH(int, headerSize);
            QFETCH(int, length);
            QCOMPARE(uint(h->tag), tag);
            QCOMPARE(int(h->headerSize), headerSize);
            QCOMPARE(int(h->length), length);
        }
    }

    void tlvElementBounds()
    {
        // Header fine but the value runs past the end: no element.
        QVERIFY(!tlv::parseElement(QByteArray::fromHex("df220541")));
        QVERIFY(tlv::parseElement(QByteArray::fromHex("df22024142")));
        // parseAll refuses trailing garbage.
        QVERIFY(!tlv::parseAll(QByteArray::fromHex("df220141ff")));
        const auto all = tlv::parseAll(QByteArray::fromHex("df220141df230142"));
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).offset, qsizetype(4));
        QCOMPARE(all->at(1).value.toByteArray(), QByteArrayLiteral("B"));
        QCOMPARE(tlv::find(QByteArray::fromHex("df220141df230142"), 0xDF23)->value.toByteArray(),
                 QByteArrayLiteral("B"));
        QVERIFY(!tlv::find(QByteArray::fromHex("df220141"), 0xDF24));
    }

    void tlvConstructedBit()
    {
        QVERIFY(tlv::parseHeader(QByteArray::fromHex("ff1000"))->isConstructed());
        QVERIFY(!tlv::parseHeader(QByteArray::fromHex("df2100"))->isConstructed());
        QVERIFY(tlv::parseHeader(QByteArray::fromHex("3000"))->isConstructed());
        QVERIFY(tlv::parseHeader(QByteArray::fromHex("7f2100"))->isConstructed());
    }

    void tlvEncodeRoundTrip_data()
    {
        QTest::addColumn<uint>("tag");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("expectedHeaderHex");
        QTest::newRow("0 bytes") << 0xDF22u << 0 << QByteArray("df2200");
        QTest::newRow("127 bytes short form") << 0xDF23u << 127 << QByteArray("df237f");
        QTest::newRow("128 bytes needs 81") << 0xDF23u << 128 << QByteArray("df238180");
        QTest::newRow("255 bytes 81") << 0xFF20u << 255 << QByteArray("ff2081ff");
        QTest::newRow("256 bytes needs 82") << 0xFF20u << 256 << QByteArray("ff20820100");
        QTest::newRow("one-byte tag") << 0x91u << 256 << QByteArray("91820100");
        QTest::newRow("65536 bytes needs 83") << 0x30u << 65536 << QByteArray("3083010000");
    }
    void tlvEncodeRoundTrip()
    {
        QFETCH(uint, tag);
        QFETCH(int, length);
        QFETCH(QByteArray, expectedHeaderHex);
        const QByteArray value(length, '\x5A');
        const QByteArray encoded = tlv::encode(tag, value);
        QCOMPARE(encoded.left(expectedHeaderHex.size() / 2).toHex(), expectedHeaderHex);
        const auto e = tlv::parseElement(encoded);
        QVERIFY(e);
        QCOMPARE(uint(e->tag()), tag);
        QCOMPARE(e->value.toByteArray(), value);
        QCOMPARE(e->end(), encoded.size());
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "TestCodecs.moc"
