// The PDF text layer is the data: what pdftotext reads back is exactly the code points drawn, including the
// characters Qt's own ToUnicode map gets wrong (CJK look-alikes that share a glyph, U+3000, characters outside the
// BMP), and characters no font can draw are reported, never dropped.
#include "tests/printer/PrinterTestSupport.h"

#include "printer/Canvas.h"
#include "printer/FontSet.h"
#include "printer/PdfDocument.h"
#include "printer/PdfTextLayer.h"

#include <QRegularExpression>
#include <QSet>

#include <zlib.h>

using namespace kakanai::printer;
using namespace kakanai::printer::testing;

namespace {

const FontSet &fonts()
{
    static const FontSet set = [] {
        auto f = FontSet::load(PrinterConfig{});
        if (!f) {
            qFatal("fonts: %s", qPrintable(f.error().toLogString()));
        }
        return std::move(f.value());
    }();
    return set;
}

struct Drawn
{
    QByteArray pdf;
    QList<RenderIssue> issues;
};

Drawn draw(const QStringList &lines)
{
    PdfDocument doc(fonts(), QStringLiteral("test"));
    if (!doc.newPage(QSizeF(210, 297))) {
        qFatal("no page");
    }
    qreal y = 20;
    for (const QString &line : lines) {
        doc.canvas().setIssueContext(QStringLiteral("form"), QStringLiteral("field"));
        y += doc.canvas().text(line, QPointF(20, y), 170, TextStyle{}) + 2;
    }
    auto bytes = doc.finish();
    if (!bytes) {
        qFatal("finish: %s", qPrintable(bytes.error().toLogString()));
    }
    return {*bytes, doc.issues()};
}

// The destination strings of every bfchar entry of every ToUnicode CMap in the PDF.
QSet<QString> toUnicodeTargets(const QByteArray &pdf)
{
    QSet<QString> out;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream\n", at)) >= 0) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end") {
            at += 7;
            continue;
        }
        const qsizetype start = at + 7;
        const qsizetype end = pdf.indexOf("\nendstream", start);
        at = end;
        QByteArray inflated(1 << 20, Qt::Uninitialized);
        uLongf size = uLongf(inflated.size());
        if (uncompress(reinterpret_cast<Bytef *>(inflated.data()), &size,
                       reinterpret_cast<const Bytef *>(pdf.constData() + start), uLong(end - start)) != Z_OK) {
            continue;
        }
        inflated.resize(qsizetype(size));
        if (!inflated.contains("beginbfchar")) {
            continue;
        }
        static const QRegularExpression entry(QStringLiteral("<([0-9A-F]{4})> <([0-9A-F]+)>"));
        auto it = entry.globalMatch(QString::fromLatin1(inflated));
        while (it.hasNext()) {
            const QString hex = it.next().captured(2);
            QString text;
            for (qsizetype i = 0; i + 4 <= hex.size(); i += 4) {
                text.append(QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16))));
            }
            out.insert(text);
        }
    }
    return out;
}

} // namespace

class TestPdfTextLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactCodePoints_data();
    void exactCodePoints();
    void glyphSharedByTwoCharacters();
    void rubyReadsAsItsBase_data();
    void rubyReadsAsItsBase();
    void wrappedLinesReadBackInOrder();
    void missingGlyphIsReported();
    void variationSelectorIsKept();
    void fontsAreEmbeddedAsText();
    void fallbackFontDrawsWhatTheFirstLacks();
    void fontNotInstalled_data();
    void fontNotInstalled();
    void refusesWhatItCannotVerify_data();
    void refusesWhatItCannotVerify();

private:
    QTemporaryDir m_dir;
};

void TestPdfTextLayer::exactCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lookAlike"); // what Qt's own ToUnicode map would give instead ("" = nothing)

    QTest::newRow("一 (U+4E00), not the Kangxi radical ⼀ U+2F00") << QStringLiteral("北一条") << QStringLiteral("⼀");
    QTest::newRow("西 (U+897F), not ⻄ U+2EC4") << QStringLiteral("西二丁目") << QStringLiteral("⻄");
    QTest::newRow("目 (U+76EE), not ⽬ U+2F6C") << QStringLiteral("２丁目") << QStringLiteral("⽬");
    QTest::newRow("田 (U+7530), not ⽥ U+2F65") << QStringLiteral("千代田区") << QStringLiteral("⽥");
    QTest::newRow("U+3000 between family and given name")
        << QStringLiteral("髙﨑\u3000𠮷乃") << QStringLiteral("\u2003");
    QTest::newRow("𠮷 U+20BB7 outside the BMP") << QStringLiteral("𠮷野家") << QString();
    QTest::newRow("髙 U+9AD9 and 﨑 U+FA11 stay themselves") << QStringLiteral("髙﨑") << QStringLiteral("高崎");
    QTest::newRow("full-width digits and U+FF0D") << QStringLiteral("１丁目２３－４５６") << QStringLiteral("-");
    QTest::newRow("U+2212 minus and U+30FC prolonged sound") << QStringLiteral("−ー") << QString();
    QTest::newRow("ASCII with spaces") << QStringLiteral("NGUYEN VAN AN 03-1234-5678") << QString();
    QTest::newRow("豈 U+F900 compatibility ideograph") << QStringLiteral("豈") << QStringLiteral("豈");
}

void TestPdfTextLayer::exactCodePoints()
{
    QFETCH(QString, text);
    QFETCH(QString, lookAlike);
    const Drawn d = draw({QStringLiteral("前"), text, QStringLiteral("後")});
    QVERIFY(d.issues.isEmpty());
    const QString path = writeTemp(m_dir, QStringLiteral("exact.pdf"), d.pdf);
    const QString read = pdfText(path);
    QVERIFY2(read == QStringLiteral("前") + text + QStringLiteral("後"),
             qPrintable(codePoints(read) + QStringLiteral(" != ") + codePoints(text)));

    // The ToUnicode maps (what viewers that ignore /ActualText use) carry the exact code points too.
    const QSet<QString> targets = toUnicodeTargets(d.pdf);
    for (const uint cp : text.toUcs4()) {
        if (cp == 0x20 || cp == 0x3000) {
            continue; // spaces are advances, not glyphs (Canvas::shape); /ActualText carries them
        }
        const QString one = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        QVERIFY2(targets.contains(one), qPrintable(codePoints(one) + QStringLiteral(" not in ToUnicode")));
    }
    if (!lookAlike.isEmpty() && lookAlike.size() <= 2 && !text.contains(lookAlike)) {
        QVERIFY2(!targets.contains(lookAlike), qPrintable(codePoints(lookAlike) + QStringLiteral(" in ToUnicode")));
    }
}

void TestPdfTextLayer::rubyReadsAsItsBase_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("read");    // what pdftotext gives back
    QTest::addColumn<QString>("reading"); // a reading that must not be in the text layer ("" = none drawn)

    QTest::newRow("one term") << QStringLiteral("{住民票|じゅうみんひょう}の 写し") << QStringLiteral("住民票の 写し")
                              << QStringLiteral("じゅうみんひょう");
    QTest::newRow("two terms and an argument")
        << QStringLiteral("{転入届|てんにゅうとどけ}と {手数料|てすうりょう} 300円")
        << QStringLiteral("転入届と 手数料 300円") << QStringLiteral("てすうりょう");
    QTest::newRow("wrapped over lines")
        << QStringLiteral(
               "{印鑑登録|いんかんとうろく}の {証明書|しょうめいしょ}を もらう "
               "ときは、{印鑑登録証|いんかんとうろくしょう}と "
               "{暗証番号|あんしょうばんごう}が いります。{住民票|じゅうみんひょう}の {写|うつ}しも {窓口|まどぐち}で "
               "もらえます。{世帯主|せたいぬし}と {本籍|ほんせき}と {筆頭者|ひっとうしゃ}も かけます。")
        << QStringLiteral("印鑑登録の 証明書を もらう ときは、印鑑登録証と 暗証番号が いります。住民票の 写しも 窓口で "
                          "もらえます。世帯主と 本籍と 筆頭者も かけます。")
        << QStringLiteral("いんかんとうろく");
    QTest::newRow("malformed markup printed as it is")
        << QStringLiteral("{住民票|じゅうみんひょう を") << QStringLiteral("{住民票|じゅうみんひょう を") << QString();
}

void TestPdfTextLayer::rubyReadsAsItsBase()
{
    QFETCH(QString, markup);
    QFETCH(QString, read);
    QFETCH(QString, reading);
    const Drawn d = draw({QStringLiteral("前"), markup, QStringLiteral("後")});
    QVERIFY(d.issues.isEmpty());
    const QString text = pdfText(writeTemp(m_dir, QStringLiteral("ruby.pdf"), d.pdf));
    // The text layer holds the base text exactly: 住民票, not 住民票じゅうみんひょう or じゅうみんひょう住民票.
    QVERIFY2(text == QStringLiteral("前") + read + QStringLiteral("後"),
             qPrintable(text + QStringLiteral(" != ") + read));
    if (reading.isEmpty()) {
        return;
    }
    QVERIFY(!text.contains(reading));
    // The readings are drawn (their glyphs are in the PDF's fonts) and take room above the line.
    QVERIFY(toUnicodeTargets(d.pdf).contains(reading.left(1)));
    Canvas measure(nullptr, fonts(), 300, nullptr, nullptr);
    QVERIFY(measure.textHeight(markup, 170, TextStyle{}) > measure.textHeight(read, 170, TextStyle{}));
}

void TestPdfTextLayer::glyphSharedByTwoCharacters()
{
    // Noto CJK draws U+2003 EM SPACE and U+3000 with the same glyph: one CID, two texts. /ActualText keeps both.
    const Drawn d = draw({QStringLiteral("甲\u2003乙"), QStringLiteral("丙\u3000丁")});
    const QString read = pdfText(writeTemp(m_dir, QStringLiteral("shared.pdf"), d.pdf));
    QCOMPARE(read, QStringLiteral("甲\u2003乙丙\u3000丁"));
}

void TestPdfTextLayer::wrappedLinesReadBackInOrder()
{
    const Persona p = persona(QStringLiteral("long-address"));
    PdfDocument doc(fonts(), QStringLiteral("test"));
    QVERIFY(doc.newPage(QSizeF(210, 297)));
    const qreal h = doc.canvas().text(p.address, QPointF(20, 20), 60, TextStyle{});
    QVERIFY2(h > 3 * doc.canvas().lineHeight(TextStyle{}), "the 231-byte address wraps in 60 mm");
    auto bytes = doc.finish();
    QVERIFY(bytes);
    QCOMPARE(pdfText(writeTemp(m_dir, QStringLiteral("wrapped.pdf"), *bytes)), p.address);
}

void TestPdfTextLayer::missingGlyphIsReported()
{
    // U+E000: a vendor 外字 code in the Private Use Area, which no configured font draws.
    const QString text = QStringLiteral("渡\uE000太郎");
    const Drawn d = draw({text});
    QCOMPARE(d.issues.size(), 1);
    QCOMPARE(d.issues.first().kind, RenderIssueKind::MissingGlyph);
    QCOMPARE(d.issues.first().codePoint, char32_t(0xE000));
    QCOMPARE(d.issues.first().field, QStringLiteral("field"));
    // The paper shows 〓 in its place; the text layer still has the exact code point.
    QCOMPARE(pdfText(writeTemp(m_dir, QStringLiteral("missing.pdf"), d.pdf)), text);
    QVERIFY(toUnicodeTargets(d.pdf).contains(QStringLiteral("\uE000")));
}

void TestPdfTextLayer::variationSelectorIsKept()
{
    // 葛 with the ideographic variation selector VS17 (U+E0100): printed with the base glyph, reported, and kept in
    // the text layer.
    const QString text = QStringLiteral("葛\U000E0100城");
    const Drawn d = draw({text});
    QCOMPARE(d.issues.size(), 1);
    QCOMPARE(d.issues.first().kind, RenderIssueKind::VariationNotApplied);
    QCOMPARE(d.issues.first().codePoint, char32_t(0xE0100));
    QCOMPARE(pdfText(writeTemp(m_dir, QStringLiteral("ivs.pdf"), d.pdf)), text);
}

void TestPdfTextLayer::fontsAreEmbeddedAsText()
{
    const Drawn d = draw({QStringLiteral("髙﨑\u3000𠮷乃")});
    const QString path = writeTemp(m_dir, QStringLiteral("fonts.pdf"), d.pdf);
    const ToolRun r = runTool(QStringLiteral("pdffonts"), {path});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    int fontsSeen = 0;
    for (const QByteArray &line : lines.mid(2)) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        ++fontsSeen;
        QVERIFY2(line.contains("NotoSansCJKjp-Regular"), line.constData());
        QVERIFY2(line.contains("CID TrueType"), line.constData()); // real text in an embedded font, not Type 3 paths
        QVERIFY2(line.contains(" yes "), line.constData());        // embedded, with a ToUnicode map
    }
    QCOMPARE(fontsSeen, 1);
}

void TestPdfTextLayer::fallbackFontDrawsWhatTheFirstLacks()
{
    // ა (U+10D0, Georgian) is not in Noto Sans CJK JP; DejaVu Sans (fonts-dejavu-core) has it.
    const QString text = QStringLiteral("ნინო\u3000ბერიძე（ジョージア）");
    const Drawn without = draw({text});
    QVERIFY(!without.issues.isEmpty());
    QCOMPARE(without.issues.first().codePoint, char32_t(0x10DC));

    auto withFallback = FontSet::load(QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Serif CJK JP"),
                                      {QStringLiteral("DejaVu Sans")});
    QVERIFY2(withFallback, withFallback ? "" : qPrintable(withFallback.error().toLogString()));
    PdfDocument doc(*withFallback, QStringLiteral("test"));
    QVERIFY(doc.newPage(QSizeF(210, 297)));
    doc.canvas().text(text, QPointF(20, 20), 170, TextStyle{});
    auto bytes = doc.finish();
    QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().toLogString()));
    QVERIFY(doc.issues().isEmpty());
    const QString path = writeTemp(m_dir, QStringLiteral("fallback.pdf"), *bytes);
    QCOMPARE(pdfText(path), text);
    const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {path});
    QVERIFY2(fonts.out.contains("DejaVuSans") && fonts.out.contains("NotoSansCJKjp-Regular"), fonts.out.constData());
}

void TestPdfTextLayer::fontNotInstalled_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("fallbacks");
    QTest::addColumn<QString>("key");
    QTest::newRow("error: font_family") << QStringLiteral("No Such Mincho") << QStringLiteral("Noto Serif CJK JP")
                                        << QStringList() << QStringLiteral("printer/font_family");
    QTest::newRow("error: title_font_family") << QStringLiteral("Noto Sans CJK JP") << QStringLiteral("No Such Gothic")
                                              << QStringList() << QStringLiteral("printer/title_font_family");
    QTest::newRow("error: fallback_fonts")
        << QStringLiteral("Noto Sans CJK JP") << QStringLiteral("Noto Serif CJK JP")
        << QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("IPAmj Nonexistent")}
        << QStringLiteral("printer/fallback_fonts");
}

void TestPdfTextLayer::fontNotInstalled()
{
    QFETCH(QString, family);
    QFETCH(QString, title);
    QFETCH(QStringList, fallbacks);
    QFETCH(QString, key);
    // fontconfig would quietly substitute another family; the renderer refuses instead.
    auto fonts = FontSet::load(family, title, fallbacks);
    QVERIFY(!fonts);
    QCOMPARE(fonts.error().code, PrintErrorCode::FontUnavailable);
    QCOMPARE(fonts.error().field, key);
    PrinterConfig config;
    config.fontFamily = family;
    config.titleFontFamily = title;
    config.fallbackFontFamilies = fallbacks;
    auto r = PrintRenderer::create(config, catalog());
    QVERIFY(!r);
    QCOMPARE(r.error().code, PrintErrorCode::FontUnavailable);
}

void TestPdfTextLayer::refusesWhatItCannotVerify_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("error: not a PDF") << 0;
    QTest::newRow("error: one run fewer than text objects") << 1;
    QTest::newRow("error: one run more") << 2;
    QTest::newRow("error: a run with another glyph count") << 3;
}

void TestPdfTextLayer::refusesWhatItCannotVerify()
{
    QFETCH(int, damage);
    // A raw PDF of Qt's engine and the runs drawn into it, before the text-layer pass.
    QByteArray raw;
    QBuffer buffer(&raw);
    buffer.open(QIODevice::WriteOnly);
    TextLayerRecorder recorder;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfDocument::Resolution);
        QPainter painter(&writer);
        Canvas canvas(&painter, fonts(), PdfDocument::Resolution, &recorder, nullptr);
        canvas.text(QStringLiteral("北一条"), QPointF(20, 20), 100, TextStyle{});
        canvas.text(QStringLiteral("西二丁目"), QPointF(20, 30), 100, TextStyle{});
    }
    QList<TextRun> runs = recorder.runs();
    QCOMPARE(runs.size(), 2);
    QVERIFY(PdfTextLayer::apply(raw, runs));
    switch (damage) {
    case 0:
        raw = "%PDF-1.4\nnot really\n";
        break;
    case 1:
        runs.removeLast();
        break;
    case 2:
        runs.append(runs.first());
        break;
    default:
        runs.first().glyphText.removeLast();
    }
    auto result = PdfTextLayer::apply(raw, runs);
    QVERIFY(!result);
    QCOMPARE(result.error().code, PrintErrorCode::TextLayerUnverifiable);
}

QTEST_MAIN(TestPdfTextLayer)
#include "TestPdfTextLayer.moc"
