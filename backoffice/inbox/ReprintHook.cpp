#include "ReprintHook.h"

namespace kakanai::backoffice {

ReprintHook::~ReprintHook() = default;

Result<QString> NoPrinterReprint::reprint(const RequestDetail &request)
{
    return BackofficeError::make(BackofficeErrorCode::Internal,
                                 QStringLiteral("printing is not available in this build (kakanai_printer not linked); "
                                                "request %1 not printed")
                                     .arg(request.summary.requestId));
}

} // namespace kakanai::backoffice
