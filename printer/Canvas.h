#pragma once

#include "printer/FontSet.h"
#include "printer/RenderedDocument.h"
#include "printer/TextLayer.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace kakanai::printer {

class QrCode;

struct TextStyle
{
    FontRole role = FontRole::Regular;
    qreal pointSize = 10.0;
    QColor color = Qt::black;
    qreal lineSpacing = 1.4; // line height as a multiple of the font size
    // Break lines only after spaces (U+0020, U+3000), as between the options of a choice; a piece longer than the
    // line still breaks where it overflows.
    bool breakAtSpacesOnly = false;
};

// Drawing on one page in millimetres. Text is drawn glyph by glyph from the FontSet's raw fonts with
// QPainter::drawGlyphRun (so the PDF gets real text in embedded fonts, never outlines) and every run is recorded
// for the text layer. A character no font can draw is printed as 〓 (げた記号, the customary placeholder) and
// reported with the field it belongs to.
//
// With a null painter the canvas only measures: the same calls return the same heights without drawing or
// recording, which is how pages are paginated and how a roll receipt learns its length.
class Canvas
{
public:
    Canvas(QPainter *painter, const FontSet &fonts, qreal dpi, TextLayerRecorder *recorder, QList<RenderIssue> *issues);

    bool measuring() const { return m_painter == nullptr; }

    // Where the text drawn next comes from, for RenderIssue (form id, field path).
    void setIssueContext(const QString &formId, const QString &field);

    // Draws text wrapped to `widthMm` (line breaks at spaces and between Japanese characters, with the usual
    // 禁則 rules); returns the height used in mm. `maxWidthMm` <= 0 means one line, never wrapped.
    // Ruby markup (forms/RubyText.h, 「{住民票|じゅうみんひょう}」) is drawn as the base with its reading above in
    // half size; a term is never broken across lines, every line of such a text is taller by the reading's
    // height, and the text layer holds the base text only (the readings are drawn with an empty /ActualText).
    qreal text(const QString &text, QPointF topLeftMm, qreal widthMm, const TextStyle &style,
               Qt::Alignment align = Qt::AlignLeft);
    // The height `text` would take, and the width of its widest line.
    qreal textHeight(const QString &text, qreal widthMm, const TextStyle &style) const;
    qreal textWidth(const QString &text, const TextStyle &style) const;
    qreal lineHeight(const TextStyle &style) const { return style.pointSize * 25.4 / 72.0 * style.lineSpacing; }

    void rect(const QRectF &mm, qreal penWidthMm = 0.25, const QColor &pen = Qt::black);
    void fill(const QRectF &mm, const QColor &color);
    void line(QPointF fromMm, QPointF toMm, qreal penWidthMm = 0.25, const QColor &pen = Qt::black,
              Qt::PenStyle style = Qt::SolidLine);
    // The discreet mark of a value read from the card: a small filled right triangle in a cell's top-right corner.
    // `counted`: a value's mark (false for the legend's).
    void cardMark(QPointF topRightMm, qreal sizeMm, bool counted = true);
    int cardMarks() const { return m_cardMarks; }
    // The QR code as filled rectangles (one path, no seams), the symbol scaled to fit `mm` (square).
    void qr(const QrCode &code, const QRectF &mm);

private:
    struct Glyph
    {
        FontSet::Pick pick;
        quint32 index = 0;
        qreal advanceMm = 0;
        QString source;           // exact code points this glyph stands for (plus attached ignorables)
        QString toUnicode;        // the code point that selects the glyph
        bool breakBefore = false; // a line may start with this glyph
        bool forcedBreak = false; // "\n" before this glyph
        bool space = false;       // U+0020 or U+3000: an advance without a glyph (see Canvas::shape)
        int ruby = -1;            // index of the ruby term this glyph is the base of (Shaped::readings)
    };
    struct Shaped
    {
        QList<Glyph> glyphs;
        QStringList readings; // per ruby term
    };
    struct Line
    {
        QList<Glyph> glyphs;
        qreal widthMm = 0;
        QString trailing; // ignorables at the very end, kept for the text layer
    };

    Shaped shape(const QString &text, const TextStyle &style, bool report) const;
    QList<Glyph> shapePlain(const QString &text, const QList<int> &rubyOf, const TextStyle &style, bool report) const;
    // The extra height above each line of a text with ruby (0 without).
    static qreal rubyHeight(const Shaped &shaped, const TextStyle &style);
    static TextStyle rubyStyle(const TextStyle &style);
    // Draws the readings of the ruby terms on `line` (which starts at `xMm`) above the em box top `emTopMm`.
    void drawReadings(const Shaped &shaped, const Line &line, qreal xMm, qreal emTopMm, const TextStyle &style);
    // One glyph run per stretch of one font, recorded for the text layer with `actualText` (null: the glyphs' own).
    void drawGlyphs(const QList<Glyph> &line, qreal xMm, qreal baselineMm, const TextStyle &style,
                    const QString *actualText);
    QList<Line> wrap(const QList<Glyph> &glyphs, qreal widthMm) const;
    qreal pixelSize(const TextStyle &style) const { return style.pointSize / 72.0 * m_dpi; }
    qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    QPointF px(QPointF mm) const { return QPointF(px(mm.x()), px(mm.y())); }
    QRectF px(const QRectF &mm) const { return QRectF(px(mm.topLeft()), px(mm.bottomRight())); }

    QPainter *m_painter;
    const FontSet &m_fonts;
    qreal m_dpi;
    TextLayerRecorder *m_recorder;
    QList<RenderIssue> *m_issues;
    QString m_formId;
    QString m_field;
    int m_cardMarks = 0;
};

} // namespace kakanai::printer
