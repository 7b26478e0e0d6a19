#pragma once

#include "printer/PrinterError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kakanai::printer {

struct PrinterStatus
{
    enum class State
    {
        Idle,
        Processing,
        Stopped,
    };
    QString name;
    State state = State::Idle;
    bool accepting = true;
    QStringList reasons; // printer-state-reasons ("none" left out)
    QString message;     // printer-state-message, as the printer or CUPS wrote it
};

struct JobStatus
{
    enum class State
    {
        Pending,
        Held,
        Processing,
        Stopped,
        Canceled,
        Aborted,
        Completed,
    };
    int jobId = 0;
    State state = State::Pending;
    QStringList reasons; // job-state-reasons ("printer-stopped", "job-completed-successfully", …)
    QStringList sheets;  // job-sheets: the banner pages before and after the job ("none", "none" for ours)

    bool finished() const { return state == State::Canceled || state == State::Aborted || state == State::Completed; }
};

QString jobStateName(JobStatus::State state);

// A client of the CUPS scheduler over IPP (libcups). Every call opens its own connection and blocks for at most
// the timeout: call it off the GUI thread. Nothing here keeps a document: submit() streams the PDF to CUPS and
// forgets it.
//
// Why not QPrinter's CUPS engine: it prints through cupsPrintFile() and ignores its result, and a printer name it does
// not know keeps the previous printer (Qt 6.4 qcupsprintengine.cpp), so a failure would never reach staff and a
// typo could print a resident's form on another desk's printer. Here every IPP status becomes a PrintError.
class CupsClient
{
public:
    // `server`: host[:port] or a socket path; empty = libcups' default (CUPS_SERVER, client.conf, /run/cups).
    // Any server but a socket path, localhost, 127.0.0.1 or ::1 is reached over TLS only (HTTP_ENCRYPTION_ALWAYS).
    // Jobs are submitted without banner pages (job-sheets none,none).
    explicit CupsClient(QString server = {}, int timeoutMs = 10000);

    // The queue's state. Errors: CupsUnavailable, PrinterNotFound.
    Result<PrinterStatus> printerStatus(const QString &printer) const;
    // The queue names CUPS knows. Errors: CupsUnavailable.
    Result<QStringList> printers() const;
    // Checks the queue (stopped, out of paper, offline, not accepting are errors, so that a resident's form never
    // waits unattended in a queue), then submits the PDF as one job. Errors: CupsUnavailable, PrinterNotFound,
    // PrinterStopped, OutOfPaper, PrinterOffline, PrinterNotAccepting, JobRejected.
    Result<int> submit(const QString &printer, const QByteArray &pdf, const QString &title) const;
    // A job's state. Errors: CupsUnavailable, JobLost.
    Result<JobStatus> jobStatus(int jobId) const;

    // The error a queue's status stands for, if any (exposed for the tests' table of CUPS reasons).
    static std::optional<PrintError> blockingProblem(const PrinterStatus &status);

private:
    QString m_server;
    int m_timeoutMs;
};

} // namespace kakanai::printer
