// The kiosk's input method without an engine's quirks: romaji as staff type it, the touch keyboard's ゛ ゜ 小 marks,
// katakana output, and the conversion steps (変換 / next candidate / 文節 focus / 確定 / back) over a fake engine
// that answers fixed segments. The real engine (Anthy) is tested in test_app_anthyconverter.
#include "app/core/KanaComposer.h"

#include <QSignalSpy>
#include <QTest>

using namespace kakanai::kiosk;

namespace {

// Answers a fixed split for one reading; anything else converts to nothing.
class FakeConverter final : public KanaConverter
{
public:
    QList<ConversionSegment> convert(const QString &reading) override
    {
        ++conversions;
        lastReading = reading;
        if (reading == u"やまだたろう") {
            return {
                {QStringLiteral("やまだ"), {QStringLiteral("山田"), QStringLiteral("山だ")}},
                {QStringLiteral("たろう"), {QStringLiteral("太郎"), QStringLiteral("太朗"), QStringLiteral("たろう")}}};
        }
        return {};
    }
    QList<ConversionSegment> resizeSegment(int index, int delta) override
    {
        resized = {index, delta};
        return {{QStringLiteral("やま"), {QStringLiteral("山")}},
                {QStringLiteral("だたろう"), {QStringLiteral("だ太郎")}}};
    }
    void reset() override { ++resets; }

    int conversions = 0;
    int resets = 0;
    QString lastReading;
    std::pair<int, int> resized{-1, 0};
};

} // namespace

class TestKanaComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void romaji_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reading"); // after commit
        QTest::newRow("vowels") << "aiueo"
                                << "あいうえお";
        QTest::newRow("hepburn") << "shinjuku"
                                 << "しんじゅく";
        QTest::newRow("kunrei") << "sinzyuku"
                                << "しんじゅく";
        QTest::newRow("doubled consonant") << "hokkaidou"
                                           << "ほっかいどう";
        QTest::newRow("tch") << "matcha"
                             << "まっちゃ";
        QTest::newRow("n before consonant") << "kanda"
                                            << "かんだ";
        QTest::newRow("nn") << "konnnichiha"
                            << "こんにちは";
        QTest::newRow("n apostrophe") << "kin'en"
                                      << "きんえん";
        QTest::newRow("final n") << "yamamotokenn"
                                 << "やまもとけん";
        QTest::newRow("final lone n") << "ken"
                                      << "けん";
        QTest::newRow("palatal") << "kyouto"
                                 << "きょうと";
        QTest::newRow("small kana") << "xtuxya"
                                    << "っゃ";
        QTest::newRow("long vowel mark") << "ra-men"
                                         << "らーめん";
        QTest::newRow("upper case") << "TOKYO"
                                    << "ときょ";
        QTest::newRow("error row: not romaji kept as typed") << "qa"
                                                             << "qあ";
    }
    void romaji()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reading);
        KanaComposer composer(nullptr);
        QSignalSpy committed(&composer, &KanaComposer::committed);
        for (QChar c : typed) {
            QVERIFY(composer.typeRomaji(c));
        }
        composer.commit();
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed.at(0).at(0).toString(), reading);
        QVERIFY(!composer.isComposing());
    }

    void notRomaji_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("digit") << "1";
        QTest::newRow("space") << " ";
        QTest::newRow("kanji") << "山";
        QTest::newRow("slash") << "/";
    }
    void notRomaji()
    {
        QFETCH(QString, key);
        KanaComposer composer(nullptr);
        QVERIFY(!composer.typeRomaji(key.at(0)));
        QVERIFY(!composer.isComposing());
        QVERIFY(composer.typeRomaji(u'a')); // control: a letter is taken
    }

    void marks_data()
    {
        QTest::addColumn<QString>("kana");
        QTest::addColumn<int>("mark");
        QTest::addColumn<QString>("expected"); // empty: refused
        const int D = int(KanaComposer::Mark::Dakuten);
        const int H = int(KanaComposer::Mark::Handakuten);
        const int S = int(KanaComposer::Mark::Small);
        QTest::newRow("か゛") << "か" << D << "が";
        QTest::newRow("が゛ back") << "が" << D << "か";
        QTest::newRow("う゛") << "う" << D << "ゔ";
        QTest::newRow("は゜") << "は" << H << "ぱ";
        QTest::newRow("ば゜") << "ば" << H << "ぱ";
        QTest::newRow("つ small") << "つ" << S << "っ";
        QTest::newRow("ゃ large") << "ゃ" << S << "や";
        QTest::newRow("katakana in, hiragana kept") << "カ" << D << "が";
        QTest::newRow("error row: あ゛") << "あ" << D << "";
        QTest::newRow("error row: か゜") << "か" << H << "";
        QTest::newRow("error row: ん small") << "ん" << S << "";
        QTest::newRow("error row: nothing typed") << "" << D << "";
    }
    void marks()
    {
        QFETCH(QString, kana);
        QFETCH(int, mark);
        QFETCH(QString, expected);
        KanaComposer composer(nullptr);
        if (!kana.isEmpty()) {
            composer.typeKana(kana);
        }
        QCOMPARE(composer.applyMark(KanaComposer::Mark(mark)), !expected.isEmpty());
        QCOMPARE(composer.preedit(), expected.isEmpty() ? KanaComposer::toHiragana(kana) : expected);
    }

    void katakanaOutput()
    {
        FakeConverter engine;
        KanaComposer composer(&engine);
        composer.setOutput(KanaComposer::Output::Katakana);
        QSignalSpy committed(&composer, &KanaComposer::committed);
        composer.typeKana(QStringLiteral("やまだ"));
        for (QChar c : QStringLiteral("tarou")) {
            composer.typeRomaji(c);
        }
        QCOMPARE(composer.preedit(), QStringLiteral("ヤマダタロウ"));
        QVERIFY(!composer.canConvert());
        QVERIFY(!composer.convert()); // フリガナ is never converted
        QCOMPARE(engine.conversions, 0);
        composer.commit();
        QCOMPARE(committed.at(0).at(0).toString(), QStringLiteral("ヤマダタロウ"));
    }

    void conversion()
    {
        FakeConverter engine;
        KanaComposer composer(&engine);
        QSignalSpy committed(&composer, &KanaComposer::committed);
        composer.typeKana(QStringLiteral("やまだ"));
        composer.typeKana(QStringLiteral("タロウ")); // katakana keys read as hiragana
        QVERIFY(composer.convert());
        QCOMPARE(engine.lastReading, QStringLiteral("やまだたろう"));
        QVERIFY(composer.isConverting());
        QCOMPARE(composer.preedit(), QStringLiteral("山田太郎"));
        QCOMPARE(composer.focusStart(), 0);
        QCOMPARE(composer.focusLength(), 2);

        composer.focusSegment(1);
        QCOMPARE(composer.focusStart(), 2);
        QVERIFY(composer.convert()); // next candidate of the focused 文節
        QCOMPARE(composer.preedit(), QStringLiteral("山田太朗"));
        composer.selectCandidate(2);
        QCOMPARE(composer.preedit(), QStringLiteral("山田たろう"));
        composer.selectCandidate(9); // out of range: ignored
        QCOMPARE(composer.chosenCandidate(1), 2);

        composer.resizeFocused(-1);
        QCOMPARE(engine.resized, std::make_pair(1, -1));
        QCOMPARE(composer.preedit(), QStringLiteral("山だ太郎"));

        QVERIFY(composer.backspace()); // back to the reading
        QVERIFY(!composer.isConverting());
        QCOMPARE(composer.preedit(), QStringLiteral("やまだたろう"));
        QVERIFY(composer.convert());
        composer.commit();
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed.at(0).at(0).toString(), QStringLiteral("山田太郎"));
        QVERIFY(!composer.isComposing());
        QVERIFY(engine.resets >= 1);
    }

    void typingDuringConversionCommitsIt()
    {
        FakeConverter engine;
        KanaComposer composer(&engine);
        QSignalSpy committed(&composer, &KanaComposer::committed);
        composer.typeKana(QStringLiteral("やまだたろう"));
        QVERIFY(composer.convert());
        composer.typeKana(QStringLiteral("さま"));
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed.at(0).at(0).toString(), QStringLiteral("山田太郎"));
        QCOMPARE(composer.preedit(), QStringLiteral("さま"));
    }

    void unknownReadingStaysKana()
    {
        FakeConverter engine;
        KanaComposer composer(&engine);
        composer.typeKana(QStringLiteral("ぬ"));
        QVERIFY(!composer.convert());
        QVERIFY(!composer.isConverting());
        QCOMPARE(composer.preedit(), QStringLiteral("ぬ"));
    }

    void noEngine()
    {
        KanaComposer composer(nullptr);
        composer.typeKana(QStringLiteral("やまだ"));
        QVERIFY(!composer.canConvert());
        QVERIFY(!composer.convert());
        QCOMPARE(composer.preedit(), QStringLiteral("やまだ"));
    }

    void backspaceAndClear()
    {
        FakeConverter engine;
        KanaComposer composer(&engine);
        QSignalSpy committed(&composer, &KanaComposer::committed);
        QVERIFY(!composer.backspace()); // nothing composed: the field deletes its own character
        composer.typeKana(QStringLiteral("やま"));
        composer.typeRomaji(u'k');
        QCOMPARE(composer.preedit(), QStringLiteral("やまk"));
        QVERIFY(composer.backspace());
        QCOMPARE(composer.preedit(), QStringLiteral("やま"));
        QVERIFY(composer.backspace());
        QCOMPARE(composer.preedit(), QStringLiteral("や"));
        composer.clear();
        QVERIFY(!composer.isComposing());
        QVERIFY(engine.resets >= 1);
        composer.commit();
        QCOMPARE(committed.size(), 0); // cleared text is never committed
    }

    void kanaScripts()
    {
        QCOMPARE(KanaComposer::toKatakana(QStringLiteral("やまだ ゔ ー山")), QStringLiteral("ヤマダ ヴ ー山"));
        QCOMPARE(KanaComposer::toHiragana(QStringLiteral("ヤマダ ヴ ー山")), QStringLiteral("やまだ ゔ ー山"));
    }
};

QTEST_GUILESS_MAIN(TestKanaComposer)
#include "TestKanaComposer.moc"
