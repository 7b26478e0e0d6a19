#pragma once

#include "common/Expected.h"

#include "common/Error.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kakanai::printer {

Q_NAMESPACE

// Every way rendering or printing can fail. The library never builds sentences for staff: the UI maps the code (or
// messageCode()) to translated text; `printer`, `field`, `reasons` and `detail` give IT staff the technical context.
// None of them ever holds personal data (no names, addresses, numbers): ids, keys, CUPS keywords and status texts.
enum class PrintErrorCode
{
    InvalidConfiguration,  // a [printer] key with a value that cannot work; field names the key
    FontUnavailable,       // the configured font family is not installed (field names the key)
    InvalidRequest,        // the request JSON is broken or breaks the schema; field holds the JSON pointer
    UnknownForm,           // a form of the request is not in the catalog; field holds the form id
    NoGuidance,            // a guidance slip was asked for a request that belongs to no life event
    RenderFailed,          // the PDF writer refused to paint (device error)
    TextLayerUnverifiable, // the PDF the engine wrote does not match what was drawn; nothing is printed
    OutputUnwritable,      // a PDF file cannot be written
    NoPrinterConfigured,   // printing asked for, but neither a printer nor a PDF folder is configured
    CupsUnavailable,       // the CUPS scheduler cannot be reached (not running, socket missing, timeout)
    PrinterNotFound,       // CUPS has no queue of that name
    PrinterStopped,        // the queue is stopped or paused (reasons tell why: paused, media-jam-error, …)
    OutOfPaper,            // CUPS reports media-empty or media-needed for the printer
    PrinterOffline,        // CUPS reports the device offline (offline-report)
    PrinterNotAccepting,   // the queue rejects new jobs
    JobRejected,           // CUPS refused the job; detail holds the IPP status
    JobLost,               // a job id CUPS no longer knows (purged history) when its status is asked
};
Q_ENUM_NS(PrintErrorCode)

struct PrintError : kakanai::Error<PrintErrorCode, PrintErrorCode::RenderFailed>
{
    QString printer;     // the CUPS queue concerned, when there is one
    QString field;       // configuration key, JSON pointer or form id
    QStringList reasons; // CUPS printer-state-reasons / job-state-reasons keywords

    static PrintError make(PrintErrorCode code, QString detail = {}, QString field = {})
    {
        PrintError e;
        e.code = code;
        e.detail = std::move(detail);
        e.field = std::move(field);
        return e;
    }

    // "printer.error.out_of_paper"
    QString messageCode() const { return QStringLiteral("printer.error.") + codeName(); }
    // "out_of_paper printer=counter-a4 reasons=media-empty-error: …" for the journal.
    QString toLogString() const;
    // True for failures of the printer or of CUPS, which staff can fix and retry (the request is still queued);
    // false for rendering and configuration errors, which need IT.
    bool isPrinterProblem() const;
};

template<typename T>
using Result = kakanai::Expected<T, PrintError>;
using Done = kakanai::Done;
using Status = Result<Done>;

} // namespace kakanai::printer

Q_DECLARE_METATYPE(kakanai::printer::PrintError)
