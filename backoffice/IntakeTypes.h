#pragma once

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

struct RequestFilter
{
    QString text; // matched against request id, kiosk, procedure, form ids and the document's text
    std::optional<RequestStatus> status;
    int limit = 500;
};

} // namespace kakanai::backoffice

Q_DECLARE_METATYPE(kakanai::backoffice::RequestStatus)
Q_DECLARE_METATYPE(kakanai::backoffice::RequestSummary)
Q_DECLARE_METATYPE(kakanai::backoffice::RequestDetail)
Q_DECLARE_METATYPE(kakanai::backoffice::RequestFilter)
