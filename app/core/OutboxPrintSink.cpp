#include "app/core/OutboxPrintSink.h"

#include "app/core/AuditSink.h"
#include "app/core/FormData.h"
#include "app/core/KioskLogging.h"

#include "outbox/BackofficeError.h"
#include "outbox/OutboxService.h"
#include "printer/PrintRenderer.h"
#include "printer/PrintService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai::kiosk {

namespace {

QString printErrorForStaff(const printer::PrintError &e)
{
    // Code and queue only: never the request's content.
    QString s = e.codeName();
    if (!e.printer.isEmpty()) {
        s += QStringLiteral(", ") + e.printer;
    }
    if (!e.reasons.isEmpty()) {
        s += QStringLiteral(" (") + e.reasons.join(QLatin1Char(' ')) + QLatin1Char(')');
    }
    return s;
}

PrintOutcome outcomeOf(PrintStatus status, QString detail)
{
    PrintOutcome o;
    o.status = status;
    o.detail = std::move(detail);
    return o;
}

} // namespace

// ---- print worker -------------------------------------------------------------------------------------------

PrintWorker::PrintWorker(printer::PrinterConfig config, std::shared_ptr<const FormData> forms)
    : m_config(std::move(config))
    , m_forms(std::move(forms))
    , m_catalog(m_forms->catalog)
    , m_navigator(m_forms->navigator)
{}

PrintWorker::~PrintWorker() = default;

void PrintWorker::print(quint64 ticket, const Submission &submission)
{
    const PrintOutcome outcome = printAll(submission);
    Q_EMIT finished(ticket, outcome);
}

PrintOutcome PrintWorker::printAll(const Submission &submission)
{
    if (m_config.printerName.isEmpty() && m_config.pdfDirectory.isEmpty()) {
        return outcomeOf(PrintStatus::NotPrinted, QStringLiteral("no printer configured ([printer] name)"));
    }
    if (!m_renderer) {
        auto renderer = printer::PrintRenderer::create(m_config, m_catalog);
        if (!renderer) {
            qCWarning(lcKioskSubmit) << "printer cannot render:" << renderer.error().toLogString();
            return outcomeOf(PrintStatus::Failed, printErrorForStaff(renderer.error()));
        }
        m_renderer = std::make_unique<printer::PrintRenderer>(std::move(*renderer));
        m_service = std::make_unique<printer::PrintService>(m_config);
    }
    const QJsonObject request = QJsonDocument::fromJson(submission.requestJson->bytes()).object();
    const QString second = submission.language == QLatin1String("ja") ? QString() : submission.language;

    QList<printer::Result<printer::RenderedDocument>> documents;
    documents.append(m_renderer->renderForms(request, printer::RenderOptions{second}));
    printer::ReceiptOptions receipt;
    receipt.secondLanguage = second;
    documents.append(m_renderer->renderReceipt(request, receipt));
    if (!submission.lifeEvent.isEmpty()) {
        auto content = printer::PrintRenderer::slipContent(request, m_navigator);
        if (content) {
            documents.append(m_renderer->renderGuidanceSlip(request, *content, printer::RenderOptions{second}));
        } else {
            documents.append(content.error());
        }
    }

    QStringList glyphs;
    for (const auto &document : documents) {
        if (!document) {
            qCWarning(lcKioskSubmit) << "rendering failed:" << document.error().toLogString();
            return outcomeOf(PrintStatus::Failed, printErrorForStaff(document.error()));
        }
        auto printed = m_service->print(*document);
        if (!printed) {
            qCWarning(lcKioskSubmit) << "printing failed:" << printed.error().toLogString();
            return outcomeOf(PrintStatus::Failed, printErrorForStaff(printed.error()));
        }
        for (const char32_t cp : document->missingCodePoints()) {
            glyphs.append(QStringLiteral("U+%1").arg(quint32(cp), 4, 16, QLatin1Char('0')).toUpper());
        }
    }
    if (!glyphs.isEmpty()) {
        // Printed, but some characters came out as 〓: staff write them by hand (the data itself is exact).
        glyphs.removeDuplicates();
        PrintOutcome outcome = outcomeOf(PrintStatus::Printed, m_config.printerName);
        outcome.staffNotice = QStringLiteral("〓 = ") + glyphs.join(QLatin1Char(' '));
        return outcome;
    }
    return outcomeOf(PrintStatus::Printed, m_config.printerName.isEmpty()
                                               ? QStringLiteral("PDF in ") + m_config.pdfDirectory
                                               : m_config.printerName);
}

// ---- sink ---------------------------------------------------------------------------------------------------

bool OutboxPrintSink::checkPrinter(const printer::PrinterConfig &config, const forms::FormCatalog &catalog,
                                   QList<ConfigProblem> *problems)
{
    if (config.printerName.isEmpty() && config.pdfDirectory.isEmpty()) {
        return true; // nothing to print to: each print says so (PrintStatus::NotPrinted)
    }
    if (auto renderer = printer::PrintRenderer::create(config, catalog); !renderer) {
        const QString field = renderer.error().field;
        problems->append({field.startsWith(QLatin1String("printer/")) ? field : QStringLiteral("printer/") + field,
                          renderer.error().toLogString()});
        return false;
    }
    return true;
}

OutboxPrintSink::OutboxPrintSink(std::unique_ptr<backoffice::OutboxService> outbox,
                                 printer::PrinterConfig printerConfig, std::shared_ptr<const FormData> forms,
                                 QObject *parent)
    : RequestSink(parent)
    , m_outbox(std::move(outbox))
    , m_queueStatus(std::make_unique<OutboxQueueStatus>(*m_outbox))
{
    qRegisterMetaType<PrintOutcome>();
    m_printerDescription = !printerConfig.printerName.isEmpty() ? QStringLiteral("printer ") + printerConfig.printerName
                           : !printerConfig.pdfDirectory.isEmpty()
                               ? QStringLiteral("PDF folder ") + printerConfig.pdfDirectory
                               : QStringLiteral("no printer");
    m_worker = new PrintWorker(std::move(printerConfig), std::move(forms));
    m_worker->moveToThread(&m_printThread);
    connect(&m_printThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrintWorker::finished, this, &OutboxPrintSink::onPrinted, Qt::QueuedConnection);
    m_printThread.setObjectName(QStringLiteral("kakanai-print"));
    m_printThread.start();

    connect(m_outbox.get(), &backoffice::OutboxService::enqueued, this,
            [this](quint64 ticket, const backoffice::EnqueueReceipt &) { onEnqueued(ticket); });
    connect(m_outbox.get(), &backoffice::OutboxService::enqueueFailed, this, &OutboxPrintSink::onEnqueueFailed);
    connect(m_outbox.get(), &backoffice::OutboxService::receiptReserved, this, [this](quint64 ticket, int sequence) {
        if (m_reserving.remove(ticket)) {
            Q_EMIT receiptReserved(ticket, sequence);
        }
    });
    connect(m_outbox.get(), &backoffice::OutboxService::reserveFailed, this, &OutboxPrintSink::onReserveFailed);
}

OutboxPrintSink::~OutboxPrintSink()
{
    // A print in progress finishes (a CUPS call cannot be interrupted safely); nothing new starts.
    m_printThread.quit();
    m_printThread.wait();
}

QString OutboxPrintSink::describe() const
{
    return QStringLiteral("outbox, ") + m_printerDescription;
}

void OutboxPrintSink::submit(quint64 ticket, const Submission &submission)
{
    m_pending[ticket] = submission;
    // Returns at once; enqueued() or enqueueFailed() follows, queued (the RequestSink contract).
    m_outbox->enqueueAsync(ticket, submission.requestJson);
}

void OutboxPrintSink::reserveReceipt(quint64 ticket, QDate day)
{
    m_reserving.insert(ticket);
    m_outbox->reserveReceiptAsync(ticket, day);
}

void OutboxPrintSink::onReserveFailed(quint64 ticket, const backoffice::BackofficeError &error)
{
    if (!m_reserving.remove(ticket)) {
        return;
    }
    // Nothing was queued: the kiosk says so and staff may retry.
    Q_EMIT failed(ticket, SinkError{SinkErrorCode::StorageFailed, error.codeName()});
}

void OutboxPrintSink::onEnqueued(quint64 ticket)
{
    const auto it = m_pending.find(ticket);
    if (it == m_pending.end()) {
        return; // not ours
    }
    // Committed with synchronous=FULL: only now may the kiosk say the request was received.
    Q_EMIT committed(ticket);
    if (m_holding.remove(ticket)) {
        // The resident left before the commit: the request stays committed, its paper waits for staff.
        qCInfo(lcKioskSubmit) << "request" << it->second.requestId << "committed after its session ended: print held";
        m_held.emplace(ticket, it->second);
        m_pending.erase(it);
        Q_EMIT heldPrintsChanged();
        return;
    }
    const Submission submission = it->second;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, submission] { worker->print(ticket, submission); }, Qt::QueuedConnection);
}

void OutboxPrintSink::holdPrint(quint64 ticket)
{
    // Only what is not committed yet: the commit decides (on this thread) whether printing starts.
    if (m_pending.count(ticket) || m_reserving.contains(ticket)) {
        m_holding.insert(ticket);
    }
}

QList<HeldPrint> OutboxPrintSink::heldPrints() const
{
    QList<HeldPrint> out;
    for (const auto &[ticket, s] : m_held) {
        out.append({s.requestId, s.receiptNumber, s.createdAt});
    }
    return out;
}

bool OutboxPrintSink::releaseHeld(const QString &requestId)
{
    for (auto it = m_held.begin(); it != m_held.end(); ++it) {
        if (it->second.requestId != requestId) {
            continue;
        }
        const quint64 ticket = it->first;
        const Submission submission = it->second;
        m_pending[ticket] = submission; // until printed, as any other
        m_held.erase(it);
        qCInfo(lcKioskSubmit) << "held print of request" << requestId << "released by staff";
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, ticket, submission] { worker->print(ticket, submission); },
            Qt::QueuedConnection);
        Q_EMIT heldPrintsChanged();
        return true;
    }
    return false;
}

void OutboxPrintSink::onEnqueueFailed(quint64 ticket, const backoffice::BackofficeError &error)
{
    m_holding.remove(ticket);
    const auto it = m_pending.find(ticket);
    if (it == m_pending.end()) {
        return;
    }
    m_pending.erase(it); // the request JSON is released: its last owner wipes it
    const bool rejected = error.code == backoffice::BackofficeErrorCode::InvalidRequest ||
                          error.code == backoffice::BackofficeErrorCode::RequestConflict;
    qCWarning(lcKioskSubmit) << "outbox refused the request:" << error.toLogString();
    Q_EMIT failed(ticket,
                  SinkError{rejected ? SinkErrorCode::Rejected : SinkErrorCode::StorageFailed, error.codeName()});
}

void OutboxPrintSink::onPrinted(quint64 ticket, const PrintOutcome &outcome)
{
    const auto it = m_pending.find(ticket);
    if (m_audit && it != m_pending.end()) {
        const char *status = outcome.status == PrintStatus::Printed      ? "printed"
                             : outcome.status == PrintStatus::NotPrinted ? "not_printed"
                                                                         : "failed";
        m_audit->record(backoffice::AuditAction::Print, it->second.staffId, it->second.requestId,
                        {QLatin1String(status)});
    }
    m_pending.erase(ticket);
    Q_EMIT printFinished(ticket, outcome);
}

// ---- queue status -------------------------------------------------------------------------------------------

QueueStatus toQueueStatus(const backoffice::OutboxStatus &status)
{
    QueueStatus q;
    switch (status.link) {
    case backoffice::OutboxStatus::Link::NotConfigured:
        q.link = QueueStatus::Link::NotConfigured;
        break;
    case backoffice::OutboxStatus::Link::Online:
        q.link = QueueStatus::Link::Online;
        break;
    case backoffice::OutboxStatus::Link::Unknown:
    case backoffice::OutboxStatus::Link::Offline:
        q.link = QueueStatus::Link::Offline;
        break;
    }
    q.queued = status.waiting + status.rejected;
    q.setAside = status.rejected;
    q.oldestQueuedAt = status.oldestWaitingSince;
    return q;
}

OutboxQueueStatus::OutboxQueueStatus(const backoffice::OutboxService &outbox, QObject *parent)
    : QueueStatusProvider(parent)
    , m_current(toQueueStatus(outbox.status()))
{
    connect(&outbox, &backoffice::OutboxService::statusChanged, this, &OutboxQueueStatus::update);
}

void OutboxQueueStatus::update(const backoffice::OutboxStatus &status)
{
    const QueueStatus next = toQueueStatus(status);
    if (next == m_current) {
        return;
    }
    m_current = next;
    Q_EMIT changed(m_current);
}

} // namespace kakanai::kiosk
