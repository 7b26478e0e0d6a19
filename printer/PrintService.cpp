#include "printer/PrintService.h"

#include "printer/PrintRenderer.h"
#include "printer/PrinterLogging.h"

#include <QDir>

namespace kakanai::printer {

PrintService::PrintService(PrinterConfig config)
    : m_config(std::move(config))
    , m_cups(m_config.cupsServer)
{}

QString PrintService::queueFor(const RenderedDocument &document) const
{
    return document.kind == DocumentKind::Receipt ? m_config.receiptQueue() : m_config.printerName;
}

Result<PrintOutcome> PrintService::print(const RenderedDocument &document) const
{
    const QString queue = queueFor(document);
    if (!queue.isEmpty()) {
        return printTo(queue, document);
    }
    if (m_config.pdfDirectory.isEmpty()) {
        return PrintError::make(PrintErrorCode::NoPrinterConfigured,
                                QStringLiteral("neither printer/name nor printer/pdf_directory is set"));
    }
    PrintOutcome out;
    out.file = QDir(m_config.pdfDirectory)
                   .filePath(QStringLiteral("%1-%2.pdf").arg(document.requestId, documentKindName(document.kind)));
    if (auto s = writePdf(document, out.file); !s) {
        return s.error();
    }
    qCInfo(lcPrinter).noquote() << documentKindName(document.kind) << "of request" << document.requestId
                                << "written to pdf_directory";
    return out;
}

Result<PrintOutcome> PrintService::printTo(const QString &queue, const RenderedDocument &document) const
{
    if (!isValidQueueName(queue)) {
        PrintError e = PrintError::make(PrintErrorCode::PrinterNotFound, QStringLiteral("not a CUPS queue name"));
        e.printer = queue;
        return e;
    }
    auto job = m_cups.submit(queue, document.pdf, document.title);
    if (!job) {
        return job.error();
    }
    PrintOutcome out;
    out.printer = queue;
    out.jobId = *job;
    return out;
}

} // namespace kakanai::printer
