// Parsing what the card's 券面事項入力補助AP holds: the individual number with its check digit, the four
// attributes, and the ResidentRecord value they become.
#include "cardreader/InputSupportAp.h"
#include "tests/cardreader/CardFixtures.h"

#include "cardreader/record/ResidentRecord.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::card;

class TestCardData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<int>("expected"); // -1: not computable
        // Vectors computed by hand in ref/mynumbercard.md §9.
        QTest::newRow("12345678901 -> 8") << QByteArray("12345678901") << 8;
        QTest::newRow("10000000000 -> 5") << QByteArray("10000000000") << 5;
        QTest::newRow("20000000000 -> 0 (remainder 1)") << QByteArray("20000000000") << 0;
        QTest::newRow("all zero -> 0 (remainder 0)") << QByteArray("00000000000") << 0;
        QTest::newRow("ten digits") << QByteArray("1234567890") << -1;
        QTest::newRow("twelve digits") << QByteArray("123456789012") << -1;
        QTest::newRow("letter") << QByteArray("1234567890A") << -1;
        QTest::newRow("full-width digit bytes") << QByteArray("１２３４５６７８９０１") << -1;
    }
    void checkDigit()
    {
        QFETCH(QByteArray, base);
        QFETCH(int, expected);
        const auto digit = IndividualNumber::checkDigitFor(std::string_view(base.constData(), base.size()));
        QCOMPARE(digit.value_or(-1), expected);
    }

    void validNumbers_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid 123456789018") << QByteArray("123456789018") << true;
        QTest::newRow("valid 100000000005") << QByteArray("100000000005") << true;
        QTest::newRow("valid 200000000000") << QByteArray("200000000000") << true;
        QTest::newRow("wrong check digit") << QByteArray("123456789017") << false;
        QTest::newRow("single digit error caught") << QByteArray("123456788018") << false;
        QTest::newRow("eleven digits") << QByteArray("12345678901") << false;
        QTest::newRow("thirteen digits") << QByteArray("1234567890180") << false;
    }
    void validNumbers()
    {
        QFETCH(QByteArray, digits);
        QFETCH(bool, valid);
        QCOMPARE(IndividualNumber::isValid(std::string_view(digits.constData(), digits.size())), valid);
        QCOMPARE(IndividualNumber::fromDigits(std::string_view(digits.constData(), digits.size())).has_value(), valid);
    }

    void numberMaskingAndWipe()
    {
        auto number = IndividualNumber::fromDigits("123456789018");
        QVERIFY(number);
        QCOMPARE(number->digits(), QStringLiteral("123456789018"));
        QCOMPARE(number->masked(), QStringLiteral("•••• •••• 9018"));
        QVERIFY(!number->masked().contains(QStringLiteral("12345678")));
        IndividualNumber copy = *number;
        number->wipe();
        QVERIFY(!number->isSet());
        QCOMPARE(number->digits(), QString());
        QCOMPARE(copy.digits(), QStringLiteral("123456789018"));
    }

    void parseNumberFile_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("ok");
        QTest::newRow("17-byte physical file") << fixtures::numberFile("123456789018") << true;
        QTest::newRow("without filler") << tlv::encode(0xFF10, QByteArrayLiteral("123456789018")) << true;
        QTest::newRow("bad check digit") << fixtures::numberFile("123456789017") << false;
        QTest::newRow("non-digit") << fixtures::numberFile("12345678901X") << false;
        QTest::newRow("11 digits") << tlv::encode(0xFF10, QByteArrayLiteral("12345678901")) << false;
        QTest::newRow("wrong tag") << tlv::encode(0xFF20, QByteArrayLiteral("123456789018")) << false;
        QTest::newRow("cut short") << fixtures::numberFile("123456789018").left(10) << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void parseNumberFile()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, ok);
        const auto number = parseIndividualNumber(file);
        QCOMPARE(number.ok(), ok);
        if (ok) {
            QCOMPARE(number->digits(), QStringLiteral("123456789018"));
        } else {
            QCOMPARE(number.error().code, CardErrorCode::MalformedResponse);
        }
    }

    void parseAttributes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("sex");

        const QString name = QStringLiteral("山田　花子");
        const QString address = QStringLiteral("東京都千代田区霞が関１丁目２－３");
        QTest::newRow("typical card") << fixtures::attributesFile(name, address, "19850401", "2") << true << name
                                      << address << QDate(1985, 4, 1) << int('2');
        const QString longAddress = QStringLiteral("北海道札幌市中央区北一条西２丁目１－１　札幌中央ガーデンタワーズ"
                                                   "北棟第三十二階三二〇五号室気付株式会社架空商事総務部");
        QVERIFY(longAddress.toUtf8().size() > 127);
        QTest::newRow("long address (81/82 length)") << fixtures::attributesFile(name, longAddress, "19850401", "1")
                                                     << true << name << longAddress << QDate(1985, 4, 1) << int('1');
        const QString outside = QStringLiteral("𠮷田　髙﨑");
        QTest::newRow("name outside JIS level 1/2 kept as code points")
            << fixtures::attributesFile(outside, address, "20000229", "1") << true << outside << address
            << QDate(2000, 2, 29) << int('1');
        QTest::newRow("foreign name without U+3000")
            << fixtures::attributesFile(QStringLiteral("SMITH JOHN"), address, "19700101", "9") << true
            << QStringLiteral("SMITH JOHN") << address << QDate(1970, 1, 1) << int('9');
        QTest::newRow("no filler after the object") << fixtures::attributesFile(name, address, "19850401", "2", 0)
                                                    << true << name << address << QDate(1985, 4, 1) << int('2');

        QTest::newRow("offset table disagrees") << fixtures::attributesFile(name, address, "19850401", "2", 16, false)
                                                << false << QString() << QString() << QDate() << 0;
        QTest::newRow("birth date does not exist") << fixtures::attributesFile(name, address, "19850231", "2") << false
                                                   << QString() << QString() << QDate() << 0;
        QTest::newRow("birth date in 和暦 digits") << fixtures::attributesFile(name, address, "600401", "2") << false
                                                   << QString() << QString() << QDate() << 0;
        QTest::newRow("unknown sex code") << fixtures::attributesFile(name, address, "19850401", "3") << false
                                          << QString() << QString() << QDate() << 0;
        QTest::newRow("empty name") << fixtures::attributesFile(QString(), address, "19850401", "2") << false
                                    << QString() << QString() << QDate() << 0;
        QByteArray badUtf8 = fixtures::attributesFile(QStringLiteral("AB"), address, "19850401", "2", 0);
        badUtf8[badUtf8.indexOf("AB")] = '\xC3'; // a lead byte followed by 'B'
        QTest::newRow("name not UTF-8") << badUtf8 << false << QString() << QString() << QDate() << 0;
        const QByteArray full = fixtures::attributesFile(name, address, "19850401", "2", 0);
        QTest::newRow("cut in the middle")
            << full.left(full.size() / 2) << false << QString() << QString() << QDate() << 0;
        QTest::newRow("wrong outer tag") << QByteArray(full).replace(0, 2, QByteArray::fromHex("FF10")) << false
                                         << QString() << QString() << QDate() << 0;
        QTest::newRow("all filler") << QByteArray(256, '\xFF') << false << QString() << QString() << QDate() << 0;
    }
    void parseAttributes()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, ok);
        const auto record = card::parseAttributes(file);
        QCOMPARE(record.ok(), ok);
        if (!ok) {
            QCOMPARE(record.error().code, CardErrorCode::MalformedResponse);
            return;
        }
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QDate, birth);
        QFETCH(int, sex);
        QCOMPARE(record->name, name);
        QCOMPARE(record->address, address);
        QCOMPARE(record->birthDate, birth);
        QCOMPARE(int(static_cast<char>(record->sex)), sex);
        QVERIFY(!record->individualNumber);
    }

    void longAddressUsesLongLength()
    {
        const QString longAddress = QString(60, QChar(0x6771)); // 60 x 東 = 180 bytes
        const QByteArray file = fixtures::attributesFile(QStringLiteral("山田　花子"), longAddress, "19850401", "2");
        QCOMPARE(quint8(file[2]), quint8(0x81));
        QVERIFY(card::parseAttributes(file).ok());
    }

    void digestSourceSkipsHeaderAndOffsets()
    {
        const QByteArray file =
            fixtures::attributesFile(QStringLiteral("山田　花子"), QStringLiteral("住所"), "19850401", "2");
        const auto source = attributesDigestSource(file);
        QVERIFY(source);
        QCOMPARE(quint8((*source)[0]), quint8(0xDF));
        QCOMPARE(quint8((*source)[1]), quint8(0x22));
        // Ends with the DF25 object, not the filler.
        QCOMPARE(source->last(4).toByteArray(), QByteArray::fromHex("DF2501") + "2");
    }

    void residentRecordNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::newRow("U+3000 separated")
            << QStringLiteral("山田　花子") << QStringLiteral("山田") << QStringLiteral("花子");
        QTest::newRow("non-BMP family name")
            << QStringLiteral("𠮷田　太郎") << QStringLiteral("𠮷田") << QStringLiteral("太郎");
        QTest::newRow("ASCII space is not the separator")
            << QStringLiteral("SMITH JOHN") << QStringLiteral("SMITH JOHN") << QString();
        QTest::newRow("two separators: first one splits")
            << QStringLiteral("A　B　C") << QStringLiteral("A") << QStringLiteral("B　C");
    }
    void residentRecordNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, family);
        QFETCH(QString, given);
        ResidentRecord r;
        r.name = name;
        QCOMPARE(r.familyName(), family);
        QCOMPARE(r.givenName(), given);
    }

    void residentRecordWipe()
    {
        ResidentRecord r;
        r.name = QStringLiteral("山田　花子");
        r.address = QStringLiteral("東京都");
        r.birthDate = QDate(1985, 4, 1);
        r.sex = Sex::Female;
        r.individualNumber = IndividualNumber::fromDigits("123456789018");
        r.wipe();
        QVERIFY(r.isEmpty());
        QVERIFY(!r.individualNumber);
        QCOMPARE(r.sex, Sex::NotKnown);
    }

    void overwriteSoleOwner()
    {
        QString text = QStringLiteral("山田　花子").repeated(2);
        QVERIFY(text.isDetached());
        QVERIFY(overwrite(text));
        QCOMPARE(text, QString(10, QChar(0)));

        QByteArray bytes("1234");
        bytes.detach();
        QVERIFY(overwrite(bytes));
        QCOMPARE(bytes, QByteArray(4, '\0'));
    }

    void overwriteLeavesSharedBufferToLastOwner()
    {
        QString text = QStringLiteral("山田　花子").repeated(2);
        QString other = text; // shares the buffer
        QVERIFY(!overwrite(text));
        QCOMPARE(other, QStringLiteral("山田　花子").repeated(2));
        wipe(text);
        QVERIFY(text.isEmpty());
        // Now other is the only owner and its wipe overwrites the buffer itself.
        QVERIFY(other.isDetached());
        QVERIFY(overwrite(other));
        QCOMPARE(other, QString(10, QChar(0)));
    }

    void secretBytesAreMoveOnlyAndCleared()
    {
        SecretBytes a(QByteArrayLiteral("1234"));
        SecretBytes b(std::move(a));
        QVERIFY(a.isEmpty());
        QCOMPARE(b.bytes(), QByteArrayLiteral("1234"));
        b.clear();
        QVERIFY(b.isEmpty());
        static_assert(!std::is_copy_constructible_v<SecretBytes>);
    }
};

QTEST_GUILESS_MAIN(TestCardData)
#include "TestCardData.moc"
