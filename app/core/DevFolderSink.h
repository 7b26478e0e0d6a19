#pragma once

#include "app/core/RequestSink.h"

#include <memory>
#include <mutex>

namespace kakanai::kiosk {

// Development and demo only (submit/sink = dev_folder): writes each Request document, UNENCRYPTED, to
// <folder>/<request id>.json (mode 0600, written to a temporary file, synced, renamed, folder synced) and reports
// committed only after that. Prints nothing, and says so (PrintStatus::NotPrinted). Never for production: the
// kiosk shows "development mode" in its status line while it is in use, and logs a warning at start-up.
// Receipt numbers count per local day in <folder>/receipt-counters.json (written durably before a number is used;
// one kiosk process per folder).
class DevFolderSink final : public RequestSink
{
    Q_OBJECT
public:
    explicit DevFolderSink(QString folder, QObject *parent = nullptr);
    void submit(quint64 ticket, const Submission &submission) override;
    void reserveReceipt(quint64 ticket, QDate day) override;
    QString describe() const override;
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    std::shared_ptr<std::mutex> m_counterMutex = std::make_shared<std::mutex>(); // one reservation at a time
};

} // namespace kakanai::kiosk
