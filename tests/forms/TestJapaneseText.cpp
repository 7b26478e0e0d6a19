// Width, hyphen and numeral folding: comparison keys only; characters outside JIS pass through unchanged.
#include "forms/JapaneseText.h"

#include <QTest>

using namespace kakanai::forms;

class TestJapaneseText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldWidth_data();
    void foldWidth();
    void foldWidthKeepsSourceIndices();
    void kanjiNumeral_data();
    void kanjiNumeral();
    void asciiDigits_data();
    void asciiDigits();
    void comparisonKey_data();
    void comparisonKey();
};

void TestJapaneseText::foldWidth_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width digits and hyphen") << QStringLiteral("１２３－４５") << QStringLiteral("123-45");
    QTest::newRow("full-width latin") << QStringLiteral("ＡＢＣｘｙｚ") << QStringLiteral("ABCxyz");
    QTest::newRow("ideographic space") << QStringLiteral("山田　太郎") << QStringLiteral("山田 太郎");
    QTest::newRow("half-width katakana") << QStringLiteral("ｻｯﾎﾟﾛｼ") << QStringLiteral("サッポロシ");
    QTest::newRow("voiced marks compose")
        << QStringLiteral("ｶﾞｷﾞｸﾞｹﾞｺﾞﾀﾞﾃﾞﾄﾞﾊﾞﾊﾟｳﾞ") << QStringLiteral("ガギグゲゴダデドバパヴ");
    QTest::newRow("voiced mark on a kana that takes none") << QStringLiteral("ｱﾞ") << QStringLiteral("ア゛");
    QTest::newRow("prolonged sound mark") << QStringLiteral("ｾﾝﾀｰ") << QStringLiteral("センター");
    QTest::newRow("kanji unchanged") << QStringLiteral("東京都千代田区") << QStringLiteral("東京都千代田区");
    QTest::newRow("outside JIS X 0208 unchanged") << QStringLiteral("髙橋　𠮷子﨑") << QStringLiteral("髙橋 𠮷子﨑");
    QTest::newRow("empty") << QString() << QString();
}

void TestJapaneseText::foldWidth()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::toNarrow(input), expected);
}

void TestJapaneseText::foldWidthKeepsSourceIndices()
{
    const QString input = QStringLiteral("ｶﾞ１𠮷");
    const text::FoldedText folded = text::foldWidth(input);
    QCOMPARE(folded.text, QStringLiteral("ガ1𠮷"));
    // ガ came from two characters, 1 from one, 𠮷 is a surrogate pair kept as two code units.
    QCOMPARE(folded.source, (QList<qsizetype>{0, 2, 3, 4, 5}));
}

void TestJapaneseText::kanjiNumeral_data()
{
    QTest::addColumn<QString>("numeral");
    QTest::addColumn<int>("value"); // -1: not a numeral
    QTest::newRow("one") << QStringLiteral("一") << 1;
    QTest::newRow("ten") << QStringLiteral("十") << 10;
    QTest::newRow("twenty-three") << QStringLiteral("二十三") << 23;
    QTest::newRow("hundred and five") << QStringLiteral("百五") << 105;
    QTest::newRow("thousand nine hundred eighty-nine") << QStringLiteral("千九百八十九") << 1989;
    QTest::newRow("positional with zero") << QStringLiteral("二〇二四") << 2024;
    QTest::newRow("old forms") << QStringLiteral("弐拾壱") << 21;
    QTest::newRow("error: empty") << QString() << -1;
    QTest::newRow("error: not a numeral") << QStringLiteral("町") << -1;
    QTest::newRow("error: digits before a unit") << QStringLiteral("二三十") << -1;
    QTest::newRow("error: units out of order") << QStringLiteral("十百") << -1;
}

void TestJapaneseText::kanjiNumeral()
{
    QFETCH(QString, numeral);
    QFETCH(int, value);
    const auto v = text::kanjiNumeralValue(numeral);
    QCOMPARE(v.value_or(-1), value);
}

void TestJapaneseText::asciiDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // null: refused
    QTest::newRow("ascii") << QStringLiteral("0123") << QStringLiteral("0123");
    QTest::newRow("full-width") << QStringLiteral("０１２３") << QStringLiteral("0123");
    QTest::newRow("error: hyphen") << QStringLiteral("01-23") << QString();
    QTest::newRow("error: kanji") << QStringLiteral("一二") << QString();
}

void TestJapaneseText::asciiDigits()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto digits = text::asciiDigits(input);
    QCOMPARE(digits.has_value(), !expected.isNull());
    if (digits) {
        QCOMPARE(*digits, expected);
    }
}

void TestJapaneseText::comparisonKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const QString base = QStringLiteral("東京都千代田区丸の内4-5-6");
    QTest::newRow("card spelling") << base << QStringLiteral("東京都千代田区丸の内４－５－６") << true;
    QTest::newRow("chome banchi go") << base << QStringLiteral("東京都千代田区丸の内四丁目５番６号") << true;
    QTest::newRow("chome then hyphens") << base << QStringLiteral("東京都千代田区丸の内4丁目5-6") << true;
    QTest::newRow("banchi no") << base << QStringLiteral("東京都千代田区丸の内4丁目5番地の6") << true;
    QTest::newRow("hyphen U+2010") << base << QStringLiteral("東京都千代田区丸の内4‐5‐6") << true;
    QTest::newRow("minus U+2212") << base << QStringLiteral("東京都千代田区丸の内4−5−6") << true;
    QTest::newRow("choonpu between digits") << base << QStringLiteral("東京都千代田区丸の内４ー５ー６") << true;
    QTest::newRow("half-width choonpu between digits") << base << QStringLiteral("東京都千代田区丸の内4ｰ5ｰ6") << true;
    QTest::newRow("spaces ignored") << base << QStringLiteral("東京都 千代田区　丸の内 4-5-6") << true;
    QTest::newRow("twenty-three chome") << QStringLiteral("札幌市中央区北23-1")
                                        << QStringLiteral("札幌市中央区北二十三丁目1番") << true;
    QTest::newRow("ichibancho keeps its kanji")
        << QStringLiteral("仙台市青葉区一番町1-2") << QStringLiteral("仙台市青葉区一番町一丁目2番") << true;
    QTest::newRow("different go") << base << QStringLiteral("東京都千代田区丸の内4-5-7") << false;
    QTest::newRow("different town") << base << QStringLiteral("東京都千代田区大手町4-5-6") << false;
    QTest::newRow("katakana choonpu kept") << QStringLiteral("センター1") << QStringLiteral("セン-タ-1") << false;
    QTest::newRow("outside JIS compared as is") << QStringLiteral("𠮷野町1-2") << QStringLiteral("吉野町1-2") << false;
}

void TestJapaneseText::comparisonKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(text::addressComparisonKey(a) == text::addressComparisonKey(b), same);
}

QTEST_GUILESS_MAIN(TestJapaneseText)
#include "TestJapaneseText.moc"
