#include "printer/PrinterError.h"

namespace kakanai::printer {

QString printErrorCodeName(PrintErrorCode code)
{
    switch (code) {
    case PrintErrorCode::InvalidConfiguration:
        return QStringLiteral("invalid_configuration");
    case PrintErrorCode::FontUnavailable:
        return QStringLiteral("font_unavailable");
    case PrintErrorCode::InvalidRequest:
        return QStringLiteral("invalid_request");
    case PrintErrorCode::UnknownForm:
        return QStringLiteral("unknown_form");
    case PrintErrorCode::NoGuidance:
        return QStringLiteral("no_guidance");
    case PrintErrorCode::RenderFailed:
        return QStringLiteral("render_failed");
    case PrintErrorCode::TextLayerUnverifiable:
        return QStringLiteral("text_layer_unverifiable");
    case PrintErrorCode::OutputUnwritable:
        return QStringLiteral("output_unwritable");
    case PrintErrorCode::NoPrinterConfigured:
        return QStringLiteral("no_printer_configured");
    case PrintErrorCode::CupsUnavailable:
        return QStringLiteral("cups_unavailable");
    case PrintErrorCode::PrinterNotFound:
        return QStringLiteral("printer_not_found");
    case PrintErrorCode::PrinterStopped:
        return QStringLiteral("printer_stopped");
    case PrintErrorCode::OutOfPaper:
        return QStringLiteral("out_of_paper");
    case PrintErrorCode::PrinterOffline:
        return QStringLiteral("printer_offline");
    case PrintErrorCode::PrinterNotAccepting:
        return QStringLiteral("printer_not_accepting");
    case PrintErrorCode::JobRejected:
        return QStringLiteral("job_rejected");
    case PrintErrorCode::JobLost:
        return QStringLiteral("job_lost");
    }
    return QStringLiteral("unknown");
}

QString PrintError::codeName() const
{
    return printErrorCodeName(code);
}

QString PrintError::toLogString() const
{
    QString out = codeName();
    if (!printer.isEmpty()) {
        out += QStringLiteral(" printer=") + printer;
    }
    if (!field.isEmpty()) {
        out += QStringLiteral(" field=") + field;
    }
    if (!reasons.isEmpty()) {
        out += QStringLiteral(" reasons=") + reasons.join(QLatin1Char(','));
    }
    if (!detail.isEmpty()) {
        out += QStringLiteral(": ") + detail;
    }
    return out;
}

bool PrintError::isPrinterProblem() const
{
    switch (code) {
    case PrintErrorCode::NoPrinterConfigured:
    case PrintErrorCode::CupsUnavailable:
    case PrintErrorCode::PrinterNotFound:
    case PrintErrorCode::PrinterStopped:
    case PrintErrorCode::OutOfPaper:
    case PrintErrorCode::PrinterOffline:
    case PrintErrorCode::PrinterNotAccepting:
    case PrintErrorCode::JobRejected:
    case PrintErrorCode::JobLost:
    case PrintErrorCode::OutputUnwritable:
        return true;
    default:
        return false;
    }
}

} // namespace kakanai::printer
