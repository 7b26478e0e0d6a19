#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kakanai::printer {

// What one QPainter::drawGlyphRun drew, for the PDF text layer: `glyphText[i]` is the code point(s) that select
// glyph i (for the font's ToUnicode map), `actualText` the exact text of the run including characters without a
// glyph of their own (variation selectors, joiners) and characters printed as 〓 (for /ActualText).
struct TextRun
{
    QStringList glyphText;
    QString actualText;
};

// The runs of one document in drawing order; PdfTextLayer matches them to the text objects of the PDF.
class TextLayerRecorder
{
public:
    void add(TextRun run) { m_runs.append(std::move(run)); }
    const QList<TextRun> &runs() const { return m_runs; }
    void clear() { m_runs.clear(); }

private:
    QList<TextRun> m_runs;
};

} // namespace kakanai::printer
