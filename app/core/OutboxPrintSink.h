#pragma once

#include "app/core/FormData.h"
#include "app/core/KioskConfig.h"
#include "app/core/QueueStatus.h"
#include "app/core/RequestSink.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"
#include "outbox/OutboxStatus.h"
#include "printer/PrinterConfig.h"

#include <QSet>
#include <QThread>

#include <map>
#include <memory>

namespace kakanai::backoffice {
class OutboxService;
struct EnqueueReceipt;
struct BackofficeError;
} // namespace kakanai::backoffice

namespace kakanai::printer {
class PrintRenderer;
class PrintService;
} // namespace kakanai::printer

namespace kakanai::kiosk {

class AuditSink;

// Renders and prints a committed request's paper on its own thread: CUPS calls block (up to seconds) and the
// renderer keeps per-thread font caches. Forms first, then the receipt, then (for a life event) the guidance slip.
class PrintWorker : public QObject
{
    Q_OBJECT
public:
    // `forms` is the kiosk's one copy of the form data (the screens read the same): read-only on both threads.
    PrintWorker(printer::PrinterConfig config, std::shared_ptr<const FormData> forms);
    ~PrintWorker() override;

    // Runs on the worker's thread. The Submission's requestJson is released (and so wiped by its last owner) when
    // the call returns.
    void print(quint64 ticket, const Submission &submission);

Q_SIGNALS:
    void finished(quint64 ticket, const kakanai::kiosk::PrintOutcome &outcome);

private:
    PrintOutcome printAll(const Submission &submission);

    printer::PrinterConfig m_config;
    std::shared_ptr<const FormData> m_forms;
    const forms::FormCatalog &m_catalog;
    const forms::LifeEventNavigator &m_navigator;
    std::unique_ptr<printer::PrintRenderer> m_renderer; // created on first use, on the worker's thread
    std::unique_ptr<printer::PrintService> m_service;
};

// The production sink (submit/sink = outbox): the request is committed to the encrypted outbox first (the outbox's
// writer thread, synchronous=FULL) and only then reported committed; then its forms, receipt and guidance slip are
// printed on the print thread. A print failure leaves the request queued (the back office can reprint it) and the
// kiosk tells staff. Delivery to the intake database is the outbox's sync worker's business.
class OutboxPrintSink final : public RequestSink
{
    Q_OBJECT
public:
    // The composition root (KioskApp) reads [outbox], [intake] and [printer], loads the form data and opens the
    // outbox with the kiosk's clock; the sink starts its print thread.
    OutboxPrintSink(std::unique_ptr<backoffice::OutboxService> outbox, printer::PrinterConfig printerConfig,
                    std::shared_ptr<const FormData> forms, QObject *parent = nullptr);
    // Whether the printer can render with this configuration (fonts installed): what the first print would find
    // out. Problems appended with their [printer] key.
    static bool checkPrinter(const printer::PrinterConfig &config, const forms::FormCatalog &catalog,
                             QList<ConfigProblem> *problems);
    ~OutboxPrintSink() override;

    void submit(quint64 ticket, const Submission &submission) override;
    // From the outbox's per-day counter, committed on the outbox's writer thread.
    void reserveReceipt(quint64 ticket, QDate day) override;
    QString describe() const override;
    void holdPrint(quint64 ticket) override;
    QList<HeldPrint> heldPrints() const override;
    bool releaseHeld(const QString &requestId) override;

    // The audit trail's sink: every print outcome is recorded (action print, detail printed / failed /
    // not_printed). Null: not recorded.
    void setAuditSink(AuditSink *audit) { m_audit = audit; }

    // For the status line: the outbox's link state, queue length and oldest waiting request.
    QueueStatusProvider *queueStatus() const { return m_queueStatus.get(); }
    backoffice::OutboxService &outbox() const { return *m_outbox; }

private:
    void onEnqueued(quint64 ticket);
    void onEnqueueFailed(quint64 ticket, const backoffice::BackofficeError &error);
    void onReserveFailed(quint64 ticket, const backoffice::BackofficeError &error);
    void onPrinted(quint64 ticket, const PrintOutcome &outcome);

    std::unique_ptr<backoffice::OutboxService> m_outbox;
    std::unique_ptr<QueueStatusProvider> m_queueStatus;
    QString m_printerDescription;
    QThread m_printThread;
    PrintWorker *m_worker = nullptr;
    std::map<quint64, Submission> m_pending; // submitted, until printed (or refused)
    QSet<quint64> m_holding;                 // the session left before the commit: print nothing on commit
    // Committed while held, in commit order, until staff release them; the request JSON stays in memory only (a
    // restart drops it: the inbox reprints).
    std::map<quint64, Submission> m_held;
    QSet<quint64> m_reserving; // receipt numbers asked for, not answered yet
    AuditSink *m_audit = nullptr;
};

// The status line's view of the outbox: online while the intake answers, offline when it does not (or has not
// been reached yet), not configured without [intake]; queued counts waiting and set-aside (rejected) requests.
QueueStatus toQueueStatus(const backoffice::OutboxStatus &status);

// QueueStatusProvider fed by OutboxService::statusChanged.
class OutboxQueueStatus final : public QueueStatusProvider
{
    Q_OBJECT
public:
    explicit OutboxQueueStatus(const backoffice::OutboxService &outbox, QObject *parent = nullptr);
    QueueStatus current() const override { return m_current; }

private:
    void update(const backoffice::OutboxStatus &status);
    QueueStatus m_current;
};

} // namespace kakanai::kiosk
