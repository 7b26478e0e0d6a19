#pragma once

#include "inbox/IntakeTypes.h"
#include "outbox/BackofficeError.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace kakanai::backoffice {

class PgConnection;

// The staff's view of the intake table (role kakanai_staff): list and search, open one request, change its status,
// and read everything received since a time for the export. Synchronous; InboxClient runs it on a thread.
class IntakeRepository
{
public:
    explicit IntakeRepository(PgConnection &connection);

    // Newest first.
    Result<QList<RequestSummary>> list(const RequestFilter &filter);
    Result<RequestDetail> detail(const QString &requestId);
    // NotFound, InvalidTransition (the workflow forbids it, or a return without a reason).
    Result<RequestSummary> setStatus(const QString &requestId, RequestStatus status, const QString &reason = {});
    // Every request received at or after `since`, oldest first, from one consistent snapshot, read in pages.
    // Returns how many were passed to `sink`; an error of the sink stops the walk.
    Result<int> forEachSince(const QDateTime &since, const std::function<Result<Done>(const RequestDetail &)> &sink);

    // For LIKE: escapes the pattern characters and lets any run of spaces (ASCII or U+3000) match any text, so that
    // "山田 太郎" finds "山田　太郎".
    static QString likePattern(const QString &text);

private:
    PgConnection &m_db;
};

} // namespace kakanai::backoffice
