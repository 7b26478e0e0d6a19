#pragma once

#include "app/core/KioskConfig.h"

#include "common/Wipe.h"
#include "forms/LifeEvents.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace kakanai::kiosk {

// A confirmed request, handed from the kiosk to whatever stores, prints and queues it. The kiosk's session ends
// (and wipes its own copy) once the sink has taken it.
struct Submission
{
    QString requestId; // the Request's UUIDv7, also the idempotency key of delivery
    // 受付番号 ("A-007", forms/ReceiptNumber.h): reserved from the sink (reserveReceipt) before the request was
    // built, and written into it as "receipt_number"; the done screen, the paper and the inbox show this one.
    QString receiptNumber;
    // The Request document (forms::buildRequest), compact UTF-8 JSON. Personal data: held in SecretBytes so that
    // its last owner overwrites it.
    std::shared_ptr<const SecretBytes> requestJson;
    QStringList formIds; // in filling order
    QString lifeEvent;   // empty for single forms
    QString language;    // the resident's language, for the receipt and the guidance slip beside Japanese
    QList<forms::RelatedProcedure> guidance; // related procedures for the guidance slip (案内票)
    KioskMode mode = KioskMode::Counter;
    QDateTime createdAt;
    QString staffId; // the staff member signed in for this request (audit trail); empty in self-service
};

enum class PrintStatus
{
    Printed,    // forms, receipt and guidance slip printed
    NotPrinted, // this set-up has no printer (development sink): staff are told
    Failed,     // the printer failed; the request stays queued and staff are told
};

struct PrintOutcome
{
    PrintStatus status = PrintStatus::NotPrinted;
    QString detail; // technical, for staff (printer name, CUPS state); never personal data
    // Printed, but staff must act: characters the font could not draw came out as 〓 (code points listed) and are
    // to be written by hand. Empty when nothing needs doing.
    QString staffNotice;
};

enum class SinkErrorCode
{
    NotConfigured, // no sink configured (submit/sink = none)
    StorageFailed, // the request could not be stored durably: nothing was queued
    Rejected,      // the sink refused the document (schema, size)
};

struct SinkError
{
    SinkErrorCode code = SinkErrorCode::StorageFailed;
    QString detail; // technical; never personal data
};

// A committed request whose paper was held because its resident had left before printing began.
struct HeldPrint
{
    QString requestId;
    QString receiptNumber;
    QDateTime createdAt;
};

// The one interface of the final step. The print-and-queue work implements it (encrypted outbox, then print);
// until then DevFolderSink (development and demo) and UnconfiguredSink exist.
//
// Contract:
//  - submit() returns at once; the work happens off the GUI thread.
//  - Exactly one of committed(ticket) or failed(ticket, error) follows, queued (never from inside submit()).
//  - committed means the request is durably stored (the outbox row committed with synchronous=FULL, the file
//    synced): only then does the kiosk show the done screen with the receipt number.
//  - After committed, printFinished(ticket, outcome) follows once printing is over. A print failure does not undo
//    the commit: the request stays queued and the kiosk tells staff.
//  - The sink owns the Submission it was given, and wipes its requestJson when done with it.
//  - reserveReceipt() hands out the next receipt sequence number of a local day, kept durably by the sink (the
//    outbox database, the development folder): a number once handed out is never handed out again, also across
//    restarts and crashes; a request that then fails leaves a gap. It returns at once (the commit's fsync happens
//    off the GUI thread); exactly one of receiptReserved(ticket, sequence) or failed(ticket, error) follows.
//  - holdPrint(ticket): the resident's session ended before the commit (card pulled, cancel, timeout). A request
//    that still commits stays committed, but nothing is printed for someone who left: a printing sink keeps it in
//    heldPrints() (printFinished does not follow) until staff release it (releaseHeld) or reprint it from the
//    inbox. Sinks that print nothing ignore it.
class RequestSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RequestSink() override;

    virtual void submit(quint64 ticket, const Submission &submission) = 0;
    virtual void reserveReceipt(quint64 ticket, QDate day) = 0;
    // For the status line and the administrator screen: "dev folder /var/tmp/kakanai", "outbox".
    virtual QString describe() const = 0;
    // True when requests can be accepted at all (false for UnconfiguredSink): the idle screen says so to staff.
    virtual bool isConfigured() const { return true; }
    virtual void holdPrint(quint64 ticket) { Q_UNUSED(ticket) }
    virtual QList<HeldPrint> heldPrints() const { return {}; }
    // Prints a held request now (staff signed in at the kiosk's staff menu); false when none is held under the id.
    virtual bool releaseHeld(const QString &requestId)
    {
        Q_UNUSED(requestId)
        return false;
    }

Q_SIGNALS:
    void receiptReserved(quint64 ticket, int sequence);
    void committed(quint64 ticket);
    void failed(quint64 ticket, const kakanai::kiosk::SinkError &error);
    void heldPrintsChanged();
    void printFinished(quint64 ticket, const kakanai::kiosk::PrintOutcome &outcome);
};

// No sink configured: every submission fails with NotConfigured, honestly, and the kiosk tells staff.
class UnconfiguredSink final : public RequestSink
{
    Q_OBJECT
public:
    using RequestSink::RequestSink;
    void submit(quint64 ticket, const Submission &submission) override;
    void reserveReceipt(quint64 ticket, QDate day) override;
    QString describe() const override { return QStringLiteral("not configured"); }
    bool isConfigured() const override { return false; }
};

} // namespace kakanai::kiosk

Q_DECLARE_METATYPE(kakanai::kiosk::SinkError)
Q_DECLARE_METATYPE(kakanai::kiosk::PrintOutcome)
