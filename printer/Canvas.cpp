#include "printer/Canvas.h"

#include "printer/QrCode.h"

#include "forms/RubyText.h"

#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>

namespace kakanai::printer {

namespace {

constexpr char32_t Geta = 0x3013; // 〓, printed where no font has the character

bool isVariationSelector(char32_t cp)
{
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

// Characters without a glyph of their own: variation selectors, joiners, the BOM and other format characters. They
// stay in the text layer (attached to the previous glyph) but take no space.
bool isIgnorable(char32_t cp)
{
    return isVariationSelector(cp) || QChar::category(cp) == QChar::Other_Format;
}

bool isCjk(char32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

// 行頭禁則: characters a line must not start with.
bool noLineStart(char32_t cp)
{
    static const QString set =
        QStringLiteral("、。，．・：；？！）］｝」』】〕〉》ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮ"
                       "ヵヶ々〻‐゠–〜～),.:;!?]}%");
    return cp <= 0xFFFF && set.contains(QChar(char16_t(cp)));
}

// 行末禁則: characters a line must not end with.
bool noLineEnd(char32_t cp)
{
    static const QString set = QStringLiteral("（［｛「『【〔〈《([{〒");
    return cp <= 0xFFFF && set.contains(QChar(char16_t(cp)));
}

qreal spaceAdvance(const QRawFont &raw)
{
    const QList<quint32> space = raw.glyphIndexesForString(QStringLiteral(" "));
    const QList<QPointF> advance = raw.advancesForGlyphIndexes(space, QRawFont::UseDesignMetrics);
    return advance.isEmpty() ? raw.pixelSize() / 4 : advance.first().x();
}

bool breakAllowed(char32_t previous, char32_t current)
{
    if (previous == 0 || noLineStart(current) || noLineEnd(previous)) {
        return false;
    }
    if (previous == U' ' || previous == 0x3000) {
        return true;
    }
    return isCjk(previous) || isCjk(current);
}

} // namespace

Canvas::Canvas(QPainter *painter, const FontSet &fonts, qreal dpi, TextLayerRecorder *recorder,
               QList<RenderIssue> *issues)
    : m_painter(painter)
    , m_fonts(fonts)
    , m_dpi(dpi)
    , m_recorder(recorder)
    , m_issues(issues)
{}

void Canvas::setIssueContext(const QString &formId, const QString &field)
{
    m_formId = formId;
    m_field = field;
}

Canvas::Shaped Canvas::shape(const QString &text, const TextStyle &style, bool report) const
{
    Shaped shaped;
    if (!forms::ruby::hasRuby(text)) {
        shaped.glyphs = shapePlain(text, {}, style, report);
        return shaped;
    }
    // The base text with, per character, the ruby term it belongs to.
    QString base;
    QList<int> rubyOf;
    for (const forms::ruby::RubyRun &run : forms::ruby::parseRuby(text)) {
        const int term = run.reading.isEmpty() ? -1 : int(shaped.readings.size());
        if (term >= 0) {
            shaped.readings.append(run.reading);
        }
        base += run.base;
        rubyOf.append(QList<int>(run.base.size(), term));
    }
    shaped.glyphs = shapePlain(base, rubyOf, style, report);
    return shaped;
}

TextStyle Canvas::rubyStyle(const TextStyle &style)
{
    TextStyle ruby = style;
    ruby.role = FontRole::Regular;
    ruby.pointSize = style.pointSize / 2;
    return ruby;
}

qreal Canvas::rubyHeight(const Shaped &shaped, const TextStyle &style)
{
    return shaped.readings.isEmpty() ? 0 : style.pointSize * 25.4 / 72.0 * 0.55;
}

QList<Canvas::Glyph> Canvas::shapePlain(const QString &text, const QList<int> &rubyOf, const TextStyle &style,
                                        bool report) const
{
    QList<Glyph> out;
    QString pending;
    bool forceNext = false;
    char32_t previous = 0;
    const qreal size = pixelSize(style);
    auto addIssue = [&](RenderIssueKind kind, char32_t cp) {
        if (!report || !m_issues) {
            return;
        }
        const RenderIssue issue{kind, m_formId, m_field, cp};
        if (!m_issues->contains(issue)) {
            m_issues->append(issue);
        }
    };

    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = text.at(i).unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            len = 2;
        }
        QString source = text.mid(i, len);
        const int term = rubyOf.value(i, -1);
        // Inside one ruby term no line may break: the reading spans the whole base.
        const bool insideTerm = term >= 0 && i > 0 && rubyOf.value(i - 1, -1) == term;
        i += len;
        if (cp == U'\n') {
            forceNext = true;
            previous = 0;
            continue;
        }
        if (cp == U'\t') {
            cp = U' ';
            source = QStringLiteral(" ");
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || QChar::isSurrogate(cp)) {
            continue; // control characters and broken surrogates carry nothing printable
        }
        if (isIgnorable(cp)) {
            if (isVariationSelector(cp)) {
                addIssue(RenderIssueKind::VariationNotApplied, cp);
            }
            if (!out.isEmpty()) {
                out.last().source += source;
            } else {
                pending += source;
            }
            continue;
        }
        if (cp == U' ' || cp == 0x3000) {
            // Spaces are advances, not glyphs: a space drawn as a glyph of its own could end up as a text object
            // of nothing but whitespace (between two fonts), which text extraction drops (poppler breaks words at
            // any single whitespace character, /ActualText or not). The space's text travels with the glyphs around
            // it in the run's /ActualText.
            const FontSet::Pick base{FontRole::Regular, 0};
            const QRawFont raw = m_fonts.font(out.isEmpty() ? base : out.last().pick, size);
            Glyph g;
            g.pick = out.isEmpty() ? base : out.last().pick;
            g.space = true;
            g.advanceMm = cp == 0x3000 ? style.pointSize * 25.4 / 72.0 : spaceAdvance(raw) * 25.4 / m_dpi;
            g.source = pending + source;
            g.toUnicode = source;
            g.breakBefore = !insideTerm && breakAllowed(previous, cp);
            g.ruby = term;
            g.forcedBreak = forceNext;
            pending.clear();
            forceNext = false;
            previous = cp;
            out.append(g);
            continue;
        }
        auto pick = m_fonts.pick(style.role, cp);
        QString drawn = source;
        if (!pick) {
            addIssue(RenderIssueKind::MissingGlyph, cp);
            pick = m_fonts.pick(FontRole::Regular, Geta);
            drawn = QString(QChar(char16_t(Geta)));
            if (!pick) {
                pick = FontSet::Pick{};
            }
        }
        const QRawFont raw = m_fonts.font(*pick, size);
        const QList<quint32> indexes = raw.glyphIndexesForString(drawn);
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(indexes, QRawFont::UseDesignMetrics);
        Glyph g;
        g.pick = *pick;
        g.index = indexes.value(0);
        g.advanceMm = advances.isEmpty() ? 0 : advances.first().x() * 25.4 / m_dpi;
        g.source = pending + source;
        g.toUnicode = source;
        g.breakBefore =
            !insideTerm && (style.breakAtSpacesOnly ? (previous == U' ' || previous == 0x3000) && !noLineStart(cp)
                                                    : breakAllowed(previous, cp));
        g.ruby = term;
        g.forcedBreak = forceNext;
        pending.clear();
        forceNext = false;
        previous = cp;
        out.append(g);
    }
    if (!pending.isEmpty() && !out.isEmpty()) {
        out.last().source += pending;
    }
    return out;
}

QList<Canvas::Line> Canvas::wrap(const QList<Glyph> &glyphs, qreal widthMm) const
{
    QList<Line> lines;
    Line current;
    auto width = [](const QList<Glyph> &gs) {
        qreal w = 0;
        for (const Glyph &g : gs) {
            w += g.advanceMm;
        }
        return w;
    };
    auto push = [&] {
        current.widthMm = width(current.glyphs);
        lines.append(current);
        current = Line{};
    };
    constexpr qreal Tolerance = 0.01;
    for (const Glyph &g : glyphs) {
        if (g.forcedBreak && !current.glyphs.isEmpty()) {
            push();
        }
        if (widthMm > 0 && !current.glyphs.isEmpty() && !g.space &&
            width(current.glyphs) + g.advanceMm > widthMm + Tolerance) {
            if (g.breakBefore) {
                push();
            } else {
                qsizetype k = current.glyphs.size() - 1;
                while (k > 0 && !current.glyphs.at(k).breakBefore) {
                    --k;
                }
                if (k > 0) {
                    const QList<Glyph> carried = current.glyphs.mid(k);
                    current.glyphs.resize(k);
                    push();
                    current.glyphs = carried;
                } else {
                    push(); // one word longer than the line: broken where it overflows
                }
            }
        }
        current.glyphs.append(g);
    }
    if (!current.glyphs.isEmpty() || lines.isEmpty()) {
        push();
    }
    return lines;
}

qreal Canvas::textHeight(const QString &text, qreal widthMm, const TextStyle &style) const
{
    const Shaped shaped = shape(text, style, false);
    return wrap(shaped.glyphs, widthMm).size() * (lineHeight(style) + rubyHeight(shaped, style));
}

qreal Canvas::textWidth(const QString &text, const TextStyle &style) const
{
    qreal widest = 0;
    for (const Line &l : wrap(shape(text, style, false).glyphs, 0)) {
        widest = std::max(widest, l.widthMm);
    }
    return widest;
}

qreal Canvas::text(const QString &text, QPointF topLeftMm, qreal widthMm, const TextStyle &style, Qt::Alignment align)
{
    const Shaped shaped = shape(text, style, !measuring());
    const QList<Line> lines = wrap(shaped.glyphs, widthMm);
    const qreal rubyLine = rubyHeight(shaped, style);
    const qreal lh = lineHeight(style) + rubyLine;
    if (measuring()) {
        return lines.size() * lh;
    }
    const qreal em = style.pointSize * 25.4 / 72.0;
    m_painter->save();
    m_painter->setPen(QPen(style.color));
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const Line &line = lines.at(li);
        qreal x = topLeftMm.x();
        if (widthMm > 0 && (align & Qt::AlignRight)) {
            x += widthMm - line.widthMm;
        } else if (widthMm > 0 && (align & Qt::AlignHCenter)) {
            x += (widthMm - line.widthMm) / 2;
        }
        // Ideographic em box centred in the line box; the baseline sits 0.88 em below the em box's top.
        const qreal baseline = topLeftMm.y() + li * lh + rubyLine + (lh - rubyLine - em) / 2 + 0.88 * em;
        drawGlyphs(line.glyphs, x, baseline, style, nullptr);
        if (rubyLine > 0) {
            drawReadings(shaped, line, x, baseline - 0.88 * em, style);
        }
    }
    m_painter->restore();
    return lines.size() * lh;
}

void Canvas::drawGlyphs(const QList<Glyph> &line, qreal xMm, qreal baselineMm, const TextStyle &style,
                        const QString *actualText)
{
    const qreal size = pixelSize(style);
    qreal x = xMm;
    const qreal baseline = baselineMm;
    // One glyph run per stretch of one font; spaces join whichever run they sit in (leading spaces the
    // first one), so that no run is only whitespace.
    QList<std::pair<FontSet::Pick, QList<Glyph>>> segments;
    for (const Glyph &g : line) {
        if (!segments.isEmpty() && (g.space || segments.last().first == g.pick)) {
            segments.last().second.append(g);
        } else if (!segments.isEmpty() && !g.space &&
                   std::all_of(segments.last().second.begin(), segments.last().second.end(),
                               [](const Glyph &other) { return other.space; })) {
            segments.last().first = g.pick;
            segments.last().second.append(g);
        } else {
            segments.append({g.pick, {g}});
        }
    }
    for (const auto &[pick, glyphsOfRun] : segments) {
        QList<quint32> indexes;
        QList<QPointF> positions;
        TextRun run;
        qreal advance = 0;
        for (const Glyph &g : glyphsOfRun) {
            if (!g.space) {
                indexes.append(g.index);
                positions.append(QPointF(px(advance), 0));
                run.glyphText.append(g.toUnicode);
            }
            if (!actualText) {
                run.actualText += g.source;
            }
            advance += g.advanceMm;
        }
        if (actualText) {
            run.actualText = *actualText;
        }
        if (!indexes.isEmpty()) {
            QGlyphRun glyphs;
            glyphs.setRawFont(m_fonts.font(pick, size));
            glyphs.setGlyphIndexes(indexes);
            glyphs.setPositions(positions);
            m_painter->drawGlyphRun(QPointF(px(x), px(baseline)), glyphs);
            if (m_recorder) {
                m_recorder->add(run);
            }
        }
        x += advance;
    }
}

void Canvas::drawReadings(const Shaped &shaped, const Line &line, qreal xMm, qreal emTopMm, const TextStyle &style)
{
    const TextStyle small = rubyStyle(style);
    const qreal smallEm = small.pointSize * 25.4 / 72.0;
    qreal x = xMm;
    for (qsizetype i = 0; i < line.glyphs.size();) {
        const int term = line.glyphs.at(i).ruby;
        if (term < 0) {
            x += line.glyphs.at(i).advanceMm;
            ++i;
            continue;
        }
        const qreal left = x;
        while (i < line.glyphs.size() && line.glyphs.at(i).ruby == term) {
            x += line.glyphs.at(i).advanceMm;
            ++i;
        }
        const QList<Glyph> reading = shapePlain(shaped.readings.value(term), {}, small, true);
        qreal width = 0;
        for (const Glyph &g : reading) {
            width += g.advanceMm;
        }
        // Centred over the base; the readings carry no text of their own in the PDF (copying gives 住民票, not
        // 住民票じゅうみんひょう).
        static const QString none;
        drawGlyphs(reading, (left + x - width) / 2, emTopMm - 0.12 * smallEm, small, &none);
    }
}

void Canvas::rect(const QRectF &mm, qreal penWidthMm, const QColor &pen)
{
    if (measuring()) {
        return;
    }
    m_painter->save();
    m_painter->setPen(QPen(pen, px(penWidthMm), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(px(mm));
    m_painter->restore();
}

void Canvas::fill(const QRectF &mm, const QColor &color)
{
    if (measuring()) {
        return;
    }
    m_painter->fillRect(px(mm), color);
}

void Canvas::line(QPointF fromMm, QPointF toMm, qreal penWidthMm, const QColor &pen, Qt::PenStyle style)
{
    if (measuring()) {
        return;
    }
    m_painter->save();
    m_painter->setPen(QPen(pen, px(penWidthMm), style, Qt::FlatCap));
    m_painter->drawLine(px(fromMm), px(toMm));
    m_painter->restore();
}

void Canvas::cardMark(QPointF topRightMm, qreal sizeMm, bool counted)
{
    if (measuring()) {
        return;
    }
    m_cardMarks += counted ? 1 : 0;
    QPainterPath path;
    path.moveTo(px(topRightMm - QPointF(sizeMm, 0)));
    path.lineTo(px(topRightMm));
    path.lineTo(px(topRightMm + QPointF(0, sizeMm)));
    path.closeSubpath();
    m_painter->fillPath(path, QColor(0x55, 0x55, 0x55));
}

void Canvas::qr(const QrCode &code, const QRectF &mm)
{
    if (measuring() || code.size() == 0) {
        return;
    }
    const qreal module = std::min(mm.width(), mm.height()) / code.size();
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.dark(x, y)) {
                ++x;
            }
            path.addRect(px(QRectF(mm.x() + start * module, mm.y() + y * module, (x - start) * module, module)));
        }
    }
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing, false);
    m_painter->fillPath(path, Qt::black);
    m_painter->restore();
}

} // namespace kakanai::printer
