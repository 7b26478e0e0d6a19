#pragma once

#include "printer/CupsClient.h"
#include "printer/PrinterConfig.h"
#include "printer/RenderedDocument.h"

namespace kakanai::printer {

// Where a rendered document went.
struct PrintOutcome
{
    QString printer; // the CUPS queue, when printed
    int jobId = 0;   // its CUPS job id (poll CupsClient::jobStatus for completion)
    QString file;    // the PDF file, when written to pdf_directory
};

// Delivers rendered documents as configured: forms and slips to [printer] name, receipts to receipt_name (or name);
// to pdf_directory as "<request id>-<kind>.pdf" when no queue is configured. The service holds no document and no
// request: a failure leaves the caller's request untouched (in the outbox) and a retry renders and prints again.
// Blocks on CUPS (see CupsClient): call it off the GUI thread.
class PrintService
{
public:
    explicit PrintService(PrinterConfig config);

    // Errors: NoPrinterConfigured, OutputUnwritable and every error of CupsClient::submit.
    Result<PrintOutcome> print(const RenderedDocument &document) const;
    // To a named queue, whatever the configuration says (kakanai-print --printer, reprints at another desk).
    Result<PrintOutcome> printTo(const QString &queue, const RenderedDocument &document) const;

    const CupsClient &cups() const { return m_cups; }
    QString queueFor(const RenderedDocument &document) const;

private:
    PrinterConfig m_config;
    CupsClient m_cups;
};

} // namespace kakanai::printer
