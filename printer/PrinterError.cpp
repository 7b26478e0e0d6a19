#include "printer/PrinterError.h"

namespace kakanai::printer {

QString PrintError::toLogString() const
{
    return kakanai::errorLogLine(
        codeName(), {{"printer", printer}, {"field", field}, {"reasons", reasons.join(QLatin1Char(','))}}, detail);
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
