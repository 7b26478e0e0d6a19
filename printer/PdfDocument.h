#pragma once

#include "printer/Canvas.h"
#include "printer/FontSet.h"
#include "printer/PrinterError.h"
#include "printer/RenderedDocument.h"
#include "printer/TextLayer.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSizeF>

#include <memory>

namespace kakanai::printer {

// One document being drawn, pages in millimetres. Normally a PDF: QPdfWriter into memory (nothing personal touches
// the disk), and on finish() the text layer fixed and checked (PdfTextLayer). Or any paged device the caller owns
// (a QPrinter for a preview dialog), drawn the same way but without the text-layer pass.
class PdfDocument
{
public:
    static constexpr int Resolution = 1200; // device units per inch of the PDF: 1 mm = 47.24 units

    PdfDocument(const FontSet &fonts, const QString &title);
    PdfDocument(const FontSet &fonts, QPagedPaintDevice *device);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    // Starts the first page or a new one, of the given size (portrait width × height in mm).
    Status newPage(QSizeF sizeMm);
    Canvas &canvas() { return *m_canvas; }
    qreal dpi() const { return m_dpi; }
    int pageCount() const { return m_pages; }
    int cardMarks() const { return m_canvas ? m_canvas->cardMarks() : 0; }
    QList<RenderIssue> &issues() { return m_issues; }

    // Ends the document and returns its bytes (empty for a caller's device). Errors: RenderFailed,
    // TextLayerUnverifiable.
    Result<QByteArray> finish();

private:
    const FontSet &m_fonts;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPagedPaintDevice *m_device = nullptr;
    qreal m_dpi = Resolution;
    std::unique_ptr<QPainter> m_painter;
    std::unique_ptr<Canvas> m_canvas;
    TextLayerRecorder m_recorder;
    QList<RenderIssue> m_issues;
    int m_pages = 0;
};

} // namespace kakanai::printer
