#pragma once

#include "inbox/IntakeTypes.h"
#include "outbox/BackofficeError.h"

namespace kakanai::backoffice {

// "Print it again" (再印刷) from the inbox. The back office prints what the kiosk printed: the forms of the request,
// laid out by the printer library (PrinterReprint). The composition root (InboxMain.cpp) gives the window a factory;
// the window calls it on its reprint thread, since printing blocks (CUPS) and renders with per-thread fonts.
class ReprintHook
{
public:
    virtual ~ReprintHook();
    // A short technical note for the status line on success ("PDF written to …", "queue, job 12").
    virtual Result<QString> reprint(const RequestDetail &request) = 0;
};

// Without a [printer] group: says so.
class NoPrinterReprint final : public ReprintHook
{
public:
    Result<QString> reprint(const RequestDetail &request) override;
};

} // namespace kakanai::backoffice
