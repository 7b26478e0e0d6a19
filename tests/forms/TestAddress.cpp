// Address splitting with the postal directory, and comparison that folds spellings without changing the text.
#include "forms/Address.h"
#include "forms/PostalDirectory.h"
#include "tests/forms/FormsTestSupport.h"

#include <QTest>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void split_data();
    void split();
    void splitWithoutDirectory_data();
    void splitWithoutDirectory();
    void sameAddress_data();
    void sameAddress();

private:
    std::unique_ptr<PostalDirectory> m_directory;
};

void TestAddress::initTestCase()
{
    auto dir = PostalDirectory::open(postalDatabasePath());
    QVERIFY(dir.ok());
    m_directory = std::move(*dir);
}

void TestAddress::cleanupTestCase()
{
    m_directory.reset();
}

void TestAddress::split_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("parts"); // prefecture, municipality, code, town, block, katagaki
    QTest::newRow("card spelling with katagaki")
        << QStringLiteral("東京都千代田区丸の内１丁目１番１号　丸の内ハイツ３０１号室")
        << QStringList{QStringLiteral("東京都"),         QStringLiteral("千代田区"),
                       QStringLiteral("13101"),          QStringLiteral("丸の内"),
                       QStringLiteral("１丁目１番１号"), QStringLiteral("丸の内ハイツ３０１号室")};
    QTest::newRow("hyphenated block") << QStringLiteral("大阪府大阪市北区梅田１－２－３　梅田タワー１２０５")
                                      << QStringList{
                                             QStringLiteral("大阪府"),     QStringLiteral("大阪市北区"),
                                             QStringLiteral("27127"),      QStringLiteral("梅田"),
                                             QStringLiteral("１－２－３"), QStringLiteral("梅田タワー１２０５")};
    QTest::newRow("kanji chome") << QStringLiteral("東京都千代田区神田神保町二丁目５番地")
                                 << QStringList{QStringLiteral("東京都"),       QStringLiteral("千代田区"),
                                                QStringLiteral("13101"),        QStringLiteral("神田神保町"),
                                                QStringLiteral("二丁目５番地"), QString()};
    QTest::newRow("katagaki without a space")
        << QStringLiteral("東京都千代田区丸の内二丁目３番４号丸の内レジデンス５０１号室")
        << QStringList{QStringLiteral("東京都"),         QStringLiteral("千代田区"),
                       QStringLiteral("13101"),          QStringLiteral("丸の内"),
                       QStringLiteral("二丁目３番４号"), QStringLiteral("丸の内レジデンス５０１号室")};
    QTest::newRow("designated city ward")
        << QStringLiteral("北海道札幌市中央区大通西５丁目")
        << QStringList{QStringLiteral("北海道"), QStringLiteral("札幌市中央区"), QStringLiteral("01101"),
                       QStringLiteral("大通西"), QStringLiteral("５丁目"),       QString()};
    QTest::newRow("county town") << QStringLiteral("沖縄県八重山郡与那国町与那国１２３")
                                 << QStringList{QStringLiteral("沖縄県"), QStringLiteral("八重山郡与那国町"),
                                                QStringLiteral("47382"),  QStringLiteral("与那国"),
                                                QStringLiteral("１２３"), QString()};
    QTest::newRow("county omitted") << QStringLiteral("沖縄県与那国町与那国１２３")
                                    << QStringList{QStringLiteral("沖縄県"), QStringLiteral("与那国町"),
                                                   QStringLiteral("47382"),  QStringLiteral("与那国"),
                                                   QStringLiteral("１２３"), QString()};
    QTest::newRow("town name with kanji numeral")
        << QStringLiteral("宮城県仙台市青葉区一番町一丁目２－３")
        << QStringList{QStringLiteral("宮城県"), QStringLiteral("仙台市青葉区"), QStringLiteral("04101"),
                       QStringLiteral("一番町"), QStringLiteral("一丁目２－３"), QString()};
    QTest::newRow("outside JIS in katagaki passes through")
        << QStringLiteral("東京都千代田区丸の内１－１　𠮷野ビル")
        << QStringList{QStringLiteral("東京都"), QStringLiteral("千代田区"), QStringLiteral("13101"),
                       QStringLiteral("丸の内"), QStringLiteral("１－１"),   QStringLiteral("𠮷野ビル")};
    QTest::newRow("no prefecture written")
        << QStringLiteral("千代田区丸の内１－１") << QStringList{QString(),
                                                                 QStringLiteral("千代田区"),
                                                                 QStringLiteral("13101"),
                                                                 QStringLiteral("丸の内"),
                                                                 QStringLiteral("１－１"),
                                                                 QString()};
}

void TestAddress::split()
{
    QFETCH(QString, address);
    QFETCH(QStringList, parts);
    const AddressSplitter splitter(m_directory.get());
    const AddressParts p = splitter.split(address);
    QCOMPARE(p.prefecture, parts.at(0));
    QCOMPARE(p.municipality, parts.at(1));
    QCOMPARE(p.municipalityCode, parts.at(2));
    QCOMPARE(p.town, parts.at(3));
    QCOMPARE(p.block, parts.at(4));
    QCOMPARE(p.katagaki, parts.at(5));
    QVERIFY(p.municipalityFromDirectory);
    // Nothing is lost or changed: the parts give the original back, less the spaces between them.
    QString joined = p.prefecture + p.municipality + p.town + p.block + p.katagaki;
    QString original = address;
    original.remove(QChar(0x3000));
    QCOMPARE(joined, original);
}

void TestAddress::splitWithoutDirectory_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("city") << QStringLiteral("神奈川県横浜市中区山下町１２３－４")
                          << QStringList{QStringLiteral("神奈川県"), QStringLiteral("横浜市中区"),
                                         QStringLiteral("山下町"), QStringLiteral("１２３－４"), QString()};
    QTest::newRow("special ward") << QStringLiteral("東京都千代田区丸の内１－１　ビル")
                                  << QStringList{QStringLiteral("東京都"), QStringLiteral("千代田区"),
                                                 QStringLiteral("丸の内"), QStringLiteral("１－１"),
                                                 QStringLiteral("ビル")};
    QTest::newRow("no number") << QStringLiteral("北海道余市郡余市町黒川町")
                               << QStringList{QStringLiteral("北海道"), QStringLiteral("余市郡余市町"),
                                              QStringLiteral("黒川町"), QString(), QString()};
}

void TestAddress::splitWithoutDirectory()
{
    QFETCH(QString, address);
    QFETCH(QStringList, parts);
    const AddressParts p = AddressSplitter().split(address);
    QCOMPARE(p.prefecture, parts.at(0));
    QCOMPARE(p.municipality, parts.at(1));
    QCOMPARE(p.town, parts.at(2));
    QCOMPARE(p.block, parts.at(3));
    QCOMPARE(p.katagaki, parts.at(4));
    QVERIFY(!p.municipalityFromDirectory);
    QVERIFY(p.municipalityCode.isEmpty());
}

void TestAddress::sameAddress_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("card and typed spellings")
        << QStringLiteral("東京都千代田区丸の内１丁目１番１号") << QStringLiteral("東京都千代田区丸の内1-1-1") << true;
    QTest::newRow("kanji chome") << QStringLiteral("東京都千代田区丸の内一丁目１番１号")
                                 << QStringLiteral("東京都千代田区丸の内１－１－１") << true;
    QTest::newRow("katagaki spacing") << QStringLiteral("梅田１－２－３　梅田タワー１２０５")
                                      << QStringLiteral("梅田1-2-3梅田タワー1205") << true;
    QTest::newRow("different room") << QStringLiteral("梅田１－２－３　梅田タワー１２０５")
                                    << QStringLiteral("梅田１－２－３　梅田タワー１２０６") << false;
}

void TestAddress::sameAddress()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(kakanai::forms::sameAddress(a, b), same);
    QCOMPARE(kakanai::forms::sameAddress(b, a), same);
}

QTEST_GUILESS_MAIN(TestAddress)
#include "TestAddress.moc"
