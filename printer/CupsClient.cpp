#include "printer/CupsClient.h"

#include "printer/PrinterLogging.h"

#include <cups/cups.h>

#include <memory>

namespace kakanai::printer {

namespace {

struct HttpClose
{
    void operator()(http_t *http) const { httpClose(http); }
};
struct IppDelete
{
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
using Http = std::unique_ptr<http_t, HttpClose>;
using Ipp = std::unique_ptr<ipp_t, IppDelete>;

QString lastError()
{
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(ippErrorString(cupsLastError())),
                                         QString::fromUtf8(cupsLastErrorString()));
}

PrintError cupsError(PrintErrorCode code, const QString &printer, const QString &detail)
{
    PrintError e = PrintError::make(code, detail);
    e.printer = printer;
    return e;
}

bool isLocalCupsServer(const QByteArray &host)
{
    return host.startsWith('/') || host == "localhost" || host == "127.0.0.1" || host == "::1";
}

Result<Http> connect(const QString &server, int timeoutMs)
{
    QByteArray host = server.isEmpty() ? QByteArray(cupsServer()) : server.toUtf8();
    int port = ippPort();
    // "host:port" or "[v6]:port"; a socket path ("/run/cups/cups.sock") has no port.
    const qsizetype colon = host.lastIndexOf(':');
    const bool bracketed = host.startsWith('[');
    if (!host.startsWith('/') && colon > 0 && (bracketed ? host.at(colon - 1) == ']' : host.count(':') == 1)) {
        port = host.mid(colon + 1).toInt();
        host = host.left(colon);
        if (bracketed) {
            host = host.mid(1, host.size() - 2);
        }
    }
    // A resident's forms cross the network only encrypted: a CUPS server that is not this machine (a socket path or
    // the loopback names) is spoken to over TLS from the first byte, and a server without TLS is an error.
    const http_encryption_t encryption = isLocalCupsServer(host) ? cupsEncryption() : HTTP_ENCRYPTION_ALWAYS;
    http_t *http = httpConnect2(host.constData(), port, nullptr, AF_UNSPEC, encryption, 1, timeoutMs, nullptr);
    if (!http) {
        return PrintError::make(PrintErrorCode::CupsUnavailable,
                                QStringLiteral("cannot reach CUPS at %1: %2")
                                    .arg(QString::fromUtf8(host), QString::fromUtf8(cupsLastErrorString())));
    }
    httpSetTimeout(http, timeoutMs / 1000.0, nullptr, nullptr);
    return Http(http);
}

QByteArray printerUri(const QString &printer)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", 0, "/printers/%s",
                     printer.toUtf8().constData());
    return QByteArray(uri);
}

bool transportFailure(ipp_status_t status)
{
    return status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || status == IPP_STATUS_ERROR_INTERNAL ||
           status == IPP_STATUS_ERROR_DEVICE;
}

} // namespace

QString jobStateName(JobStatus::State state)
{
    switch (state) {
    case JobStatus::State::Pending:
        return QStringLiteral("pending");
    case JobStatus::State::Held:
        return QStringLiteral("held");
    case JobStatus::State::Processing:
        return QStringLiteral("processing");
    case JobStatus::State::Stopped:
        return QStringLiteral("stopped");
    case JobStatus::State::Canceled:
        return QStringLiteral("canceled");
    case JobStatus::State::Aborted:
        return QStringLiteral("aborted");
    case JobStatus::State::Completed:
        return QStringLiteral("completed");
    }
    return QString();
}

CupsClient::CupsClient(QString server, int timeoutMs)
    : m_server(std::move(server))
    , m_timeoutMs(timeoutMs)
{}

Result<PrinterStatus> CupsClient::printerStatus(const QString &printer) const
{
    auto http = connect(m_server, m_timeoutMs);
    if (!http) {
        PrintError e = http.error();
        e.printer = printer;
        return e;
    }
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri(printer).constData());
    static const char *const attributes[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
                                             "printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, attributes);
    Ipp response(cupsDoRequest(http->get(), request, "/"));
    const ipp_status_t status = cupsLastError();
    if (status == IPP_STATUS_ERROR_NOT_FOUND) {
        return cupsError(PrintErrorCode::PrinterNotFound, printer, lastError());
    }
    if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        return cupsError(PrintErrorCode::CupsUnavailable, printer, lastError());
    }
    PrinterStatus out;
    out.name = printer;
    switch (ippGetInteger(ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM), 0)) {
    case IPP_PSTATE_PROCESSING:
        out.state = PrinterStatus::State::Processing;
        break;
    case IPP_PSTATE_STOPPED:
        out.state = PrinterStatus::State::Stopped;
        break;
    default:
        out.state = PrinterStatus::State::Idle;
    }
    out.accepting = ippGetBoolean(ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN), 0);
    if (ipp_attribute_t *reasons = ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(reasons); ++i) {
            const QString reason = QString::fromUtf8(ippGetString(reasons, i, nullptr));
            if (reason != QLatin1String("none")) {
                out.reasons.append(reason);
            }
        }
    }
    if (ipp_attribute_t *message = ippFindAttribute(response.get(), "printer-state-message", IPP_TAG_TEXT)) {
        out.message = QString::fromUtf8(ippGetString(message, 0, nullptr));
    }
    return out;
}

std::optional<PrintError> CupsClient::blockingProblem(const PrinterStatus &status)
{
    auto has = [&](const char *reason) {
        // A reason keyword may carry a severity suffix (-report, -warning, -error); a report is information only.
        const QString base = QLatin1String(reason);
        return std::any_of(status.reasons.begin(), status.reasons.end(), [&](const QString &r) {
            return r == base || r == base + QStringLiteral("-error") || r == base + QStringLiteral("-warning");
        });
    };
    auto make = [&](PrintErrorCode code) {
        PrintError e = PrintError::make(code, status.message);
        e.printer = status.name;
        e.reasons = status.reasons;
        return e;
    };
    if (has("media-empty") || has("media-needed")) {
        return make(PrintErrorCode::OutOfPaper);
    }
    if (has("offline") || std::any_of(status.reasons.begin(), status.reasons.end(),
                                      [](const QString &r) { return r == QLatin1String("offline-report"); })) {
        return make(PrintErrorCode::PrinterOffline);
    }
    if (status.state == PrinterStatus::State::Stopped) {
        return make(PrintErrorCode::PrinterStopped);
    }
    if (!status.accepting) {
        return make(PrintErrorCode::PrinterNotAccepting);
    }
    return std::nullopt;
}

Result<QStringList> CupsClient::printers() const
{
    auto http = connect(m_server, m_timeoutMs);
    if (!http) {
        return http.error();
    }
    ipp_t *request = ippNewRequest(IPP_OP_CUPS_GET_PRINTERS);
    static const char *const attributes[] = {"printer-name"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 1, nullptr, attributes);
    Ipp response(cupsDoRequest(http->get(), request, "/"));
    const ipp_status_t status = cupsLastError();
    QStringList names;
    if (status == IPP_STATUS_ERROR_NOT_FOUND) {
        return names; // no queue at all
    }
    if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        return PrintError::make(PrintErrorCode::CupsUnavailable, lastError());
    }
    for (ipp_attribute_t *a = ippFirstAttribute(response.get()); a; a = ippNextAttribute(response.get())) {
        if (ippGetName(a) && qstrcmp(ippGetName(a), "printer-name") == 0) {
            names.append(QString::fromUtf8(ippGetString(a, 0, nullptr)));
        }
    }
    return names;
}

Result<int> CupsClient::submit(const QString &printer, const QByteArray &pdf, const QString &title) const
{
    auto status = printerStatus(printer);
    if (!status) {
        return status.error();
    }
    if (auto problem = blockingProblem(*status)) {
        qCWarning(lcCups).noquote() << "not printing:" << problem->toLogString();
        return *problem;
    }
    auto http = connect(m_server, m_timeoutMs);
    if (!http) {
        PrintError e = http.error();
        e.printer = printer;
        return e;
    }
    const QByteArray name = printer.toUtf8();
    // No banner pages (job-sheets none,none): a queue's default banner would print the job's title and user on
    // a sheet of its own into the tray, and a city's queue may have one configured for other desks.
    cups_option_t *options = nullptr;
    int optionCount = cupsAddOption("job-sheets", "none,none", 0, &options);
    const int job = cupsCreateJob(http->get(), name.constData(), title.toUtf8().constData(), optionCount, options);
    cupsFreeOptions(optionCount, options);
    if (job <= 0) {
        const ipp_status_t s = cupsLastError();
        return cupsError(s == IPP_STATUS_ERROR_NOT_FOUND ? PrintErrorCode::PrinterNotFound
                         : transportFailure(s)           ? PrintErrorCode::CupsUnavailable
                                                         : PrintErrorCode::JobRejected,
                         printer, lastError());
    }
    if (cupsStartDocument(http->get(), name.constData(), job, "document.pdf", CUPS_FORMAT_PDF, 1) !=
        HTTP_STATUS_CONTINUE) {
        return cupsError(PrintErrorCode::CupsUnavailable, printer, lastError());
    }
    constexpr qsizetype Chunk = 65536;
    for (qsizetype at = 0; at < pdf.size(); at += Chunk) {
        const qsizetype n = std::min(Chunk, pdf.size() - at);
        if (cupsWriteRequestData(http->get(), pdf.constData() + at, size_t(n)) != HTTP_STATUS_CONTINUE) {
            return cupsError(PrintErrorCode::CupsUnavailable, printer, lastError());
        }
    }
    const ipp_status_t finished = cupsFinishDocument(http->get(), name.constData());
    if (finished > IPP_STATUS_OK_EVENTS_COMPLETE) {
        return cupsError(transportFailure(finished) ? PrintErrorCode::CupsUnavailable : PrintErrorCode::JobRejected,
                         printer, lastError());
    }
    qCInfo(lcCups).noquote() << "job" << job << "on" << printer << "submitted," << pdf.size() << "bytes";
    return job;
}

Result<JobStatus> CupsClient::jobStatus(int jobId) const
{
    auto http = connect(m_server, m_timeoutMs);
    if (!http) {
        return http.error();
    }
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", 0, "/jobs/%d", jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    static const char *const attributes[] = {"job-state", "job-state-reasons", "job-sheets"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, attributes);
    Ipp response(cupsDoRequest(http->get(), request, "/"));
    const ipp_status_t status = cupsLastError();
    if (status == IPP_STATUS_ERROR_NOT_FOUND) {
        return PrintError::make(PrintErrorCode::JobLost, QStringLiteral("job %1: %2").arg(jobId).arg(lastError()));
    }
    if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        return PrintError::make(PrintErrorCode::CupsUnavailable, lastError());
    }
    JobStatus out;
    out.jobId = jobId;
    switch (ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0)) {
    case IPP_JSTATE_HELD:
        out.state = JobStatus::State::Held;
        break;
    case IPP_JSTATE_PROCESSING:
        out.state = JobStatus::State::Processing;
        break;
    case IPP_JSTATE_STOPPED:
        out.state = JobStatus::State::Stopped;
        break;
    case IPP_JSTATE_CANCELED:
        out.state = JobStatus::State::Canceled;
        break;
    case IPP_JSTATE_ABORTED:
        out.state = JobStatus::State::Aborted;
        break;
    case IPP_JSTATE_COMPLETED:
        out.state = JobStatus::State::Completed;
        break;
    default:
        out.state = JobStatus::State::Pending;
    }
    if (ipp_attribute_t *reasons = ippFindAttribute(response.get(), "job-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(reasons); ++i) {
            out.reasons.append(QString::fromUtf8(ippGetString(reasons, i, nullptr)));
        }
    }
    if (ipp_attribute_t *sheets = ippFindAttribute(response.get(), "job-sheets", IPP_TAG_ZERO)) {
        for (int i = 0; i < ippGetCount(sheets); ++i) {
            out.sheets.append(QString::fromUtf8(ippGetString(sheets, i, nullptr)));
        }
    }
    return out;
}

} // namespace kakanai::printer
