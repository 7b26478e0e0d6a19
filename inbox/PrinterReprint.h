#pragma once

#include "inbox/ReprintHook.h"

#include <memory>

class QSettings;

namespace kakanai::backoffice {

// 再印刷 through the printer library: the request's forms rendered from the document as delivered (the same layout,
// QR code and text layer the kiosk printed) and sent as the [printer] group of the INI says: to its CUPS queue, or
// to pdf_directory as "<request id>-forms.pdf". Renders in the thread that calls reprint() (the printer library's
// renderer is per thread): InboxWindow creates it on its reprint thread through a factory.
class PrinterReprint final : public ReprintHook
{
public:
    // Reads [printer] (and forms/directory) from the INI file; an error names the key (invalid_configuration,
    // font_unavailable) and is returned by every reprint() instead.
    static std::unique_ptr<ReprintHook> create(const QString &iniPath);
    ~PrinterReprint() override;

    Result<QString> reprint(const RequestDetail &request) override;

private:
    struct Private;
    explicit PrinterReprint(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace kakanai::backoffice
