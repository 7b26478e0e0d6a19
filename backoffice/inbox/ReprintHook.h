#pragma once

#include "BackofficeError.h"
#include "IntakeTypes.h"

namespace kakanai::backoffice {

// "Print it again" (再印刷) from the inbox. The back office prints what the kiosk printed: the forms of the request,
// laid out by the printer library (kakanai_printer). Until that library is linked here, the inbox gets
// NoPrinterReprint, which says so; the composition root (InboxMain.cpp) picks the implementation.
class ReprintHook
{
public:
    virtual ~ReprintHook();
    // A short technical note for the status line on success ("PDF written to …").
    virtual Result<QString> reprint(const RequestDetail &request) = 0;
};

class NoPrinterReprint final : public ReprintHook
{
public:
    Result<QString> reprint(const RequestDetail &request) override;
};

} // namespace kakanai::backoffice
