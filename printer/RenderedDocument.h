#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

namespace kakanai::printer {

enum class RenderIssueKind
{
    MissingGlyph,        // no configured font can draw the character: 〓 is printed in its place
    VariationNotApplied, // an ideographic variation selector (IVS) the renderer cannot apply: the base glyph is printed
};

// A character the paper does not show as it is in the data. The PDF's text layer still holds the exact code
// points; staff see the list and write the character by hand (or choose another font). `field` is the form field
// path ("movers[0].name"), never the value.
struct RenderIssue
{
    RenderIssueKind kind = RenderIssueKind::MissingGlyph;
    QString formId;
    QString field;
    char32_t codePoint = 0;

    friend bool operator==(const RenderIssue &, const RenderIssue &) = default;
};

QString renderIssueKindName(RenderIssueKind kind);

enum class DocumentKind
{
    Forms,        // the A4 forms of a request (one or several, each from its own page)
    Receipt,      // 受付票: roll80 or A6
    GuidanceSlip, // 案内票: the related procedures of a life event
};

QString documentKindName(DocumentKind kind);

// One rendered PDF: vector text with embedded fonts, its text layer verified against what was drawn. It is a copy of
// what the request says at the time of rendering; the printer keeps nothing, so the request (in the outbox) is the
// one place a reprint starts from.
struct RenderedDocument
{
    DocumentKind kind = DocumentKind::Forms;
    QString requestId;
    QString title; // document title for the PDF and the CUPS job, never personal data
    QByteArray pdf;
    int pageCount = 0;
    QSizeF firstPageSizeMm;
    int cardMarks = 0; // values printed with the card mark (read from the My Number card, unchanged)
    QList<RenderIssue> issues;

    bool hasMissingGlyphs() const;
    // The distinct code points reported as missing, in order of first appearance.
    QList<char32_t> missingCodePoints() const;
};

} // namespace kakanai::printer
