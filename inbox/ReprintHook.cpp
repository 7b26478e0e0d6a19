#include "inbox/ReprintHook.h"

namespace kakanai::backoffice {

ReprintHook::~ReprintHook() = default;

Result<QString> NoPrinterReprint::reprint(const RequestDetail &request)
{
    return BackofficeError::make(
        BackofficeErrorCode::Config,
        QStringLiteral("printing is not configured (no [printer] group); request %1 not printed")
            .arg(request.summary.requestId),
        QStringLiteral("printer"));
}

} // namespace kakanai::backoffice
