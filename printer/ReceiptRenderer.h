#pragma once

#include "printer/PdfDocument.h"
#include "printer/PrintedRequest.h"
#include "printer/RenderContext.h"

namespace kakanai::printer {

// The receipt (受付票): municipality, receipt number, QR code, date in 和暦 and Gregorian, the procedures asked for and
// what to do next, with the fee of each form and the total to pay (from the Request). No name, address or birth date is printed on it: a lost receipt tells a finder nothing.
// Roll80: 80 mm wide, as long as its content (one page). A6: 105 × 148 mm.
class ReceiptRenderer
{
public:
    // The number printed is the request's receipt_number; a request without one gets a receipt without a number.
    ReceiptRenderer(const RenderContext &context, const PrintedRequest &request, ReceiptFormat format);

    Status render(PdfDocument &document);

private:
    qreal draw(Canvas &canvas, bool measuring);
    // "手数料 ¥300 × 2通 = ¥600"
    QString feeLine(const forms::FormFee &fee) const;

    const RenderContext &m_context;
    const PrintedRequest &m_request;
    ReceiptFormat m_format;
    qreal m_pageWidth = 80;
    qreal m_margin = 5;
    qreal m_scale = 1.0; // type size factor (A6 shrinks to fit)
};

} // namespace kakanai::printer
