#pragma once

#include "printer/PdfDocument.h"
#include "printer/PrintedRequest.h"
#include "printer/RenderContext.h"

namespace kakanai::printer {

// Lays out one form of a request on its own pages (A4 portrait unless the definition says otherwise): a header with
// the title, the addressee, the time and receipt number and the QR code; the definition's sections as ruled tables
// with Japanese labels (and the second language under them); list fields (movers, persons) one block per person;
// the signature boxes the definition asks for; and a footer with the card legend, the request id and page numbers.
// Values read from the card carry a small triangle in their cell's corner.
class FormRenderer
{
public:
    FormRenderer(const RenderContext &context, const PrintedRequest &request, const forms::StoredForm &form);

    // Adds the form's pages to the document.
    Status render(PdfDocument &document);

private:
    struct Block;
    QList<Block> blocks() const;
    qreal drawHeader(Canvas &canvas, int page, int pages) const;
    void drawFooter(Canvas &canvas, int page, int pages) const;
    Status drawQrBlock(Canvas &canvas, bool firstPage) const;

    const RenderContext &m_context;
    const PrintedRequest &m_request;
    const forms::StoredForm &m_form;
    const forms::FormInstance &m_values;
    QSizeF m_page;
    qreal m_left = 15;
    qreal m_top = 12;
    qreal m_width = 180;
    qreal m_bottom = 277; // lowest y of content; the footer sits below
};

} // namespace kakanai::printer
