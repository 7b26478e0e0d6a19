#pragma once

#include "printer/PrinterError.h"
#include "printer/TextLayer.h"

#include <QByteArray>
#include <QList>

namespace kakanai::printer {

// Makes the text layer of a PDF written by Qt's PDF engine (QPdfWriter) give back exactly the code points drawn.
//
// Why: Qt 6.4 builds each font's ToUnicode map by walking the BMP and giving every glyph the lowest code point that
// maps to it. With Noto CJK that turns 一 into ⼀ (U+2F00, a Kangxi radical sharing the glyph), 西 into ⻄, 目 into
// ⽬, U+3000 into U+2003 and a space into TAB, and glyphs of characters outside the BMP (𠮷 U+20BB7) get no entry
// at all. And poppler's text extraction treats any single whitespace character, U+3000 included, as a word break.
//
// What: every text object (BT…ET, one per Canvas glyph run) is wrapped in a marked-content span
// `/Span <</ActualText (exact UTF-16 text)>> BDC … EMC`, and every font's ToUnicode map is rebuilt from the runs
// (CID → the code point(s) the glyph was drawn for, surrogate pairs included). The runs are matched to the PDF's text
// objects in drawing order; any mismatch (another number of text objects or glyphs, an unexpected operator) is an
// error, so a document whose text layer cannot be trusted is never printed.
class PdfTextLayer
{
public:
    // Errors: TextLayerUnverifiable (detail says what did not match).
    static Result<QByteArray> apply(const QByteArray &pdf, const QList<TextRun> &runs);
};

} // namespace kakanai::printer
