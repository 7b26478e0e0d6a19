#include "printer/PdfDocument.h"

#include "printer/PdfTextLayer.h"

#include <QPageSize>

namespace kakanai::printer {

PdfDocument::PdfDocument(const FontSet &fonts, const QString &title)
    : m_fonts(fonts)
    , m_buffer(&m_bytes)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(Resolution);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Kakanai"));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    m_device = m_writer.get();
}

PdfDocument::PdfDocument(const FontSet &fonts, QPagedPaintDevice *device)
    : m_fonts(fonts)
    , m_device(device)
    , m_dpi(device->logicalDpiX())
{}

PdfDocument::~PdfDocument()
{
    if (m_painter && m_painter->isActive()) {
        m_painter->end();
    }
}

Status PdfDocument::newPage(QSizeF sizeMm)
{
    // The standard sheets by their ids (a printer picks its tray by the PDF's MediaBox: 595 × 842 pt is A4);
    // anything else (the 80 mm roll) exactly as asked.
    QPageSize size(sizeMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    const QPageSize::PageSizeId standard = QPageSize::id(sizeMm, QPageSize::Millimeter, QPageSize::FuzzyMatch);
    if (standard == QPageSize::A4 || standard == QPageSize::A3 || standard == QPageSize::A6 ||
        standard == QPageSize::JisB5) {
        size = QPageSize(standard);
    }
    const QPageLayout layout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    if (!m_painter) {
        m_device->setPageLayout(layout);
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_device)) {
            return PrintError::make(PrintErrorCode::RenderFailed, QStringLiteral("the paint device refused to start"));
        }
        // A printer's page may start at its printable area: draw from the paper's corner.
        m_painter->translate(-m_device->pageLayout().paintRectPixels(int(m_dpi)).topLeft());
        m_canvas = std::make_unique<Canvas>(m_painter.get(), m_fonts, m_dpi, &m_recorder, &m_issues);
    } else {
        m_device->setPageLayout(layout);
        if (!m_device->newPage()) {
            return PrintError::make(PrintErrorCode::RenderFailed,
                                    QStringLiteral("the paint device refused a new page"));
        }
    }
    ++m_pages;
    return Done{};
}

Result<QByteArray> PdfDocument::finish()
{
    if (!m_painter || !m_painter->end()) {
        return PrintError::make(PrintErrorCode::RenderFailed, QStringLiteral("no page drawn or QPainter::end failed"));
    }
    if (!m_writer) {
        return QByteArray();
    }
    m_buffer.close();
    return PdfTextLayer::apply(m_bytes, m_recorder.runs());
}

} // namespace kakanai::printer
