#include "app/core/SubmitFlow.h"

#include "app/core/KioskLogging.h"

#include "forms/ReceiptNumber.h"
#include "forms/Request.h"

#include <QJsonDocument>

namespace kakanai::kiosk {

SubmitFlow::SubmitFlow(const KioskConfig &config, RequestSink *sink, const Clock *clock, ContentProvider content,
                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_sink(sink)
    , m_clock(clock)
    , m_content(std::move(content))
{
    qRegisterMetaType<SinkError>();
    qRegisterMetaType<PrintOutcome>();
    connect(m_sink, &RequestSink::receiptReserved, this, &SubmitFlow::onReceiptReserved);
    connect(m_sink, &RequestSink::committed, this, &SubmitFlow::onCommitted);
    connect(m_sink, &RequestSink::failed, this, &SubmitFlow::onFailed);
    connect(m_sink, &RequestSink::printFinished, this, &SubmitFlow::onPrintFinished);
}

void SubmitFlow::prepare()
{
    m_submitError.reset();
    m_printOutcome.reset();
    ++m_ticket;
    m_awaiting = true;
    m_abandoned = false;
    if (m_createdAt.isNull()) {
        // The first attempt fixes the request's time (its receipt number's day) and names it if staff have not;
        // a retry after a failed commit sends the same id (the idempotency key of delivery) and the same receipt
        // number.
        m_createdAt = m_clock->now();
        if (m_requestId.isEmpty()) {
            m_requestId = forms::uuidV7(m_createdAt.toMSecsSinceEpoch());
        }
    }
}

QString SubmitFlow::name()
{
    if (m_requestId.isEmpty()) {
        m_requestId = forms::uuidV7(m_clock->now().toMSecsSinceEpoch());
    }
    return m_requestId;
}

void SubmitFlow::send()
{
    if (m_receiptNumber.isEmpty()) {
        // The number comes from the sink's durable counter of the kiosk's local day; the request is built with it.
        m_sink->reserveReceipt(m_ticket, m_createdAt.date());
        return;
    }
    handOver(m_ticket);
}

void SubmitFlow::onReceiptReserved(quint64 ticket, int sequence)
{
    if (ticket != m_ticket || !m_awaiting || !m_receiptNumber.isEmpty()) {
        return;
    }
    m_receiptNumber = forms::formatReceiptNumber(m_config.receiptPrefix, sequence);
    if (m_receiptNumber.isEmpty()) {
        onFailed(ticket, SinkError{SinkErrorCode::StorageFailed,
                                   QStringLiteral("receipt sequence %1 out of range").arg(sequence)});
        return;
    }
    handOver(ticket);
}

void SubmitFlow::handOver(quint64 ticket)
{
    const RequestContent content = m_content();
    QList<forms::RequestForm> parts;
    for (const forms::FormInstance &f : *content.forms) {
        forms::RequestForm part;
        part.instance = &f;
        for (const forms::ValidationIssue &issue : f.validate(content.context)) {
            if (issue.severity == forms::Severity::Warning) {
                part.warnings.append(issue);
            }
        }
        parts.append(part);
    }
    forms::RequestOptions options;
    options.requestId = m_requestId;
    options.receiptNumber = m_receiptNumber;
    options.kioskId = m_config.kioskId;
    options.createdAt = m_createdAt;
    options.lifeEvent = content.lifeEvent;
    options.cardIntegrity = card::IntegrityResult{content.integrity, false, {}}.statusName();
    options.navigatorAnswers = content.answers;
    options.staffId = content.staffId;

    Submission s;
    s.requestId = m_requestId;
    s.receiptNumber = m_receiptNumber;
    s.requestJson = std::make_shared<const SecretBytes>(
        QJsonDocument(forms::buildRequest(parts, content.context, options)).toJson(QJsonDocument::Compact));
    s.formIds = content.formIds;
    s.lifeEvent = content.lifeEvent;
    s.language = content.language;
    s.guidance = content.guidance;
    s.mode = m_config.mode;
    s.createdAt = m_createdAt;
    s.staffId = content.staffId;
    qCInfo(lcKioskSubmit) << "request" << m_requestId << "receipt" << m_receiptNumber << "handed to the sink,"
                          << content.forms->size() << "form(s)";
    m_sink->submit(ticket, s);
}

void SubmitFlow::onCommitted(quint64 ticket)
{
    if (ticket != m_ticket) {
        qCInfo(lcKioskSubmit) << "request committed after its session ended (ticket" << ticket << ")";
        return;
    }
    if (!m_awaiting) {
        return;
    }
    m_awaiting = false;
    qCInfo(lcKioskSubmit) << "request" << m_requestId << "committed";
    Q_EMIT committed();
}

void SubmitFlow::onFailed(quint64 ticket, const SinkError &error)
{
    if (ticket != m_ticket || !m_awaiting) {
        return;
    }
    m_awaiting = false;
    qCWarning(lcKioskSubmit) << "request" << m_requestId << "not stored:" << error.detail;
    m_submitError = error;
    Q_EMIT failed(error);
}

void SubmitFlow::onPrintFinished(quint64 ticket, const PrintOutcome &outcome)
{
    if (ticket != m_ticket || m_abandoned) {
        qCInfo(lcKioskSubmit) << "print finished after its session ended:" << int(outcome.status);
        return;
    }
    m_printOutcome = outcome;
    Q_EMIT printFinished(outcome);
}

void SubmitFlow::abandon()
{
    if (m_awaiting) {
        qCInfo(lcKioskSubmit) << "session ended before request" << m_requestId << "was committed: print held";
        m_sink->holdPrint(m_ticket);
    }
    m_abandoned = m_ticket > 0;
    m_awaiting = false;
    m_receiptNumber.clear();
    m_requestId.clear();
    m_createdAt = QDateTime();
    m_printOutcome.reset();
    m_submitError.reset();
}

} // namespace kakanai::kiosk
