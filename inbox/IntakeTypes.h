#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai::backoffice {

// The back office's workflow of a request (the intake table's status column):
//   received (受信) → accepted (受付済) → registered (基幹登録済)
//   received / accepted → returned (返戻, with a reason) → accepted
enum class RequestStatus
{
    Received,
    Accepted,
    Registered,
    Returned,
};

QString statusName(RequestStatus status); // "received", …: the database's and the export's value
std::optional<RequestStatus> statusFromName(const QString &name);
// Whether the workflow allows `to` after `from` (the database enforces the same).
bool statusTransitionAllowed(RequestStatus from, RequestStatus to);

// One row of the inbox list: the extracted columns, no document.
struct RequestSummary
{
    QString requestId;
    QString receiptNumber; // 受付番号 ("A-007"); empty for requests from before receipt numbers
    QDate receiptDate;     // the kiosk's local day of the request, the day its receipt number counts in
    QString kioskId;
    QString procedureKind;
    QString procedureId;
    QStringList formIds;
    QDateTime createdAt;
    QDateTime receivedAt;
    RequestStatus status = RequestStatus::Received;
    QString statusReason;
    QDateTime statusChangedAt;
};

// A request opened in the inbox: the summary, the document as delivered (values with their provenance), and who
// changed its status when.
struct RequestDetail
{
    RequestSummary summary;
    QString submittedBy; // the kiosk's database role
    QJsonObject document;
    QJsonArray statusHistory; // [{status, reason, at, by}]
};

// Search text that reads as a receipt number ("A-007", "a-7", "Ａ－００７", "KT1234") in the form the kiosk prints
// it; nullopt for any other text.
std::optional<QString> receiptNumberQuery(const QString &text);

struct RequestFilter
{
    // A receipt number (receiptNumberQuery) finds the requests of that number, and only those; other text is
    // matched against request id, kiosk, procedure, form ids and the document's text.
    QString text;
    QDate day; // the kiosk's local day of the request (receiptDate); invalid: any day
    std::optional<RequestStatus> status;
    int limit = 500;
};

} // namespace kakanai::backoffice

Q_DECLARE_METATYPE(kakanai::backoffice::RequestStatus)
Q_DECLARE_METATYPE(kakanai::backoffice::RequestSummary)
Q_DECLARE_METATYPE(kakanai::backoffice::RequestDetail)
Q_DECLARE_METATYPE(kakanai::backoffice::RequestFilter)
