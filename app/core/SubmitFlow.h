#pragma once

#include "app/core/KioskConfig.h"
#include "app/core/RequestSink.h"

#include "cardreader/Integrity.h"
#include "common/Clock.h"
#include "forms/FormInstance.h"
#include "forms/LifeEvents.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kakanai::kiosk {

// What a request is built from, gathered by KioskSession from its card and forms parts when the receipt number is
// known (valid only during the call).
struct RequestContent
{
    const std::vector<forms::FormInstance> *forms = nullptr;
    forms::FormContext context;
    QStringList formIds;
    QString lifeEvent;
    forms::NavigatorAnswers answers;
    QList<forms::RelatedProcedure> guidance;
    card::IntegrityStatus integrity = card::IntegrityStatus::NotVerifiable;
    QString language;
    QString staffId; // the staff member who confirmed it (counter mode), recorded as staff_id; empty otherwise
};

// The final step of a session: names the request (UUIDv7, kept across a retry as the idempotency key; named earlier
// when staff act for it, see name()) and fixes its time,
// reserves its receipt number from the RequestSink's durable counter, builds the Request with both through
// forms::buildRequest and hands it to the sink; then follows the sink's answers for the current ticket only
// (a result for an attempt the session left is logged and dropped).
class SubmitFlow : public QObject
{
    Q_OBJECT
public:
    using ContentProvider = std::function<RequestContent()>;

    SubmitFlow(const KioskConfig &config, RequestSink *sink, const Clock *clock, ContentProvider content,
               QObject *parent = nullptr);

    QString receiptNumber() const { return m_receiptNumber; }
    QString requestId() const { return m_requestId; }
    QDateTime createdAt() const { return m_createdAt; }
    std::optional<PrintOutcome> printOutcome() const { return m_printOutcome; }
    std::optional<SinkError> submitError() const { return m_submitError; }
    quint64 ticket() const { return m_ticket; }
    bool awaiting() const { return m_awaiting; }

    // Names the request now if it has no name yet (a UUIDv7 of the Clock's now) and returns its id: the session
    // names it when staff first act for it, so that every audit entry of the session carries the id of the
    // request it produces. A session that ends without submitting leaves the id in the audit trail only.
    QString name();
    // A new attempt: a new ticket; the first attempt fixes the request's time (and names it, if nothing did).
    // Call send() once the session shows it.
    void prepare();
    // Reserves the receipt number (first attempt) or hands the request over at once (a retry that has one).
    void send();
    // The end of a session: the request's name, number and results are forgotten; the sink's later answers for the
    // last attempt change nothing here. An attempt still waiting for its commit is held at the sink (holdPrint):
    // if it commits, nothing is printed for a resident who left.
    void abandon();

Q_SIGNALS:
    void committed();
    void failed(const kakanai::kiosk::SinkError &error);
    void printFinished(const kakanai::kiosk::PrintOutcome &outcome);

private:
    void onReceiptReserved(quint64 ticket, int sequence);
    void onCommitted(quint64 ticket);
    void onFailed(quint64 ticket, const SinkError &error);
    void onPrintFinished(quint64 ticket, const PrintOutcome &outcome);
    void handOver(quint64 ticket); // builds the request with its id and receipt number, hands it to the sink

    KioskConfig m_config;
    RequestSink *m_sink;
    const Clock *m_clock;
    ContentProvider m_content;
    quint64 m_ticket = 0;
    bool m_awaiting = false;  // the current ticket waits for its commit (or failure)
    bool m_abandoned = false; // the session of the current ticket ended
    QString m_requestId;      // kept across a retry: the idempotency key
    QString m_receiptNumber;  // kept across a retry once reserved
    QDateTime m_createdAt;
    std::optional<PrintOutcome> m_printOutcome;
    std::optional<SinkError> m_submitError;
};

} // namespace kakanai::kiosk
