#include "inbox/IntakeRepository.h"

#include "outbox/BackofficeLogging.h"
#include "outbox/Pg.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace kakanai::backoffice {

namespace {

// The summary columns, in the order readSummary() expects. Times as Unix milliseconds: exact, and no text
// format of the server's to parse.
const QString SummaryColumns =
    QStringLiteral("request_id::text, kiosk_id, procedure_kind, procedure_id, array_to_json(form_ids)::text,"
                   " (extract(epoch FROM created_at) * 1000)::bigint, (extract(epoch FROM received_at) * 1000)::bigint,"
                   " status, coalesce(status_reason, ''), (extract(epoch FROM status_changed_at) * 1000)::bigint,"
                   " coalesce(receipt_number, ''), coalesce(receipt_date::text, '')");
constexpr int SummaryColumnCount = 12;

QDateTime fromMs(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column)) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(r.text(row, column).toLongLong(), Qt::UTC);
}

RequestSummary readSummary(const PgResult &r, int row)
{
    RequestSummary s;
    s.requestId = r.text(row, 0);
    s.kioskId = r.text(row, 1);
    s.procedureKind = r.text(row, 2);
    s.procedureId = r.text(row, 3);
    const QJsonArray forms = QJsonDocument::fromJson(r.bytes(row, 4)).array();
    for (const QJsonValue &f : forms) {
        s.formIds.append(f.toString());
    }
    s.createdAt = fromMs(r, row, 5);
    s.receivedAt = fromMs(r, row, 6);
    s.status = statusFromName(r.text(row, 7)).value_or(RequestStatus::Received);
    s.statusReason = r.text(row, 8);
    s.statusChangedAt = fromMs(r, row, 9);
    s.receiptNumber = r.text(row, 10);
    s.receiptDate = QDate::fromString(r.text(row, 11), Qt::ISODate);
    return s;
}

bool isUuid(const QString &id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(id).hasMatch();
}

BackofficeError notFound(const QString &id)
{
    return BackofficeError::make(BackofficeErrorCode::NotFound, QStringLiteral("no request %1").arg(id));
}

} // namespace

IntakeRepository::IntakeRepository(PgConnection &connection)
    : m_db(connection)
{}

QString IntakeRepository::likePattern(const QString &text)
{
    QString escaped;
    for (const QChar c : text.trimmed()) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    escaped.replace(spaces, QStringLiteral("%"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<QList<RequestSummary>> IntakeRepository::list(const RequestFilter &filter)
{
    const QString text = filter.text.trimmed();
    // A receipt number is matched exactly: "A-007" is a part of "KA-007" and of many a document's text.
    const QString receipt = receiptNumberQuery(text).value_or(QString());
    const QString sql = QStringLiteral("SELECT ") + SummaryColumns +
                        QStringLiteral(" FROM intake.requests"
                                       " WHERE ($5 <> '' AND receipt_number = $5"
                                       "        OR $5 = '' AND ($1 = '' OR request_id::text LIKE lower($1) || '%'"
                                       "        OR kiosk_id ILIKE $2 OR procedure_id ILIKE $2"
                                       "        OR array_to_string(form_ids, ' ') ILIKE $2 OR document::text ILIKE $2))"
                                       "   AND ($3 = '' OR status = $3)"
                                       "   AND ($6 = '' OR receipt_date = nullif($6, '')::date)"
                                       " ORDER BY received_at DESC, request_id DESC LIMIT $4");
    auto r = m_db.exec(sql, {text.toUtf8(), likePattern(text).toUtf8(),
                             filter.status ? statusName(*filter.status).toUtf8() : QByteArray(""),
                             QByteArray::number(qBound(1, filter.limit, 100000)),
                             receipt.isEmpty() ? QByteArray("") : receipt.toUtf8(),
                             filter.day.isValid() ? filter.day.toString(Qt::ISODate).toUtf8() : QByteArray("")});
    if (!r) {
        return r.error();
    }
    QList<RequestSummary> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        out.append(readSummary(*r, i));
    }
    return out;
}

Result<RequestDetail> IntakeRepository::detail(const QString &requestId)
{
    if (!isUuid(requestId)) {
        return notFound(requestId);
    }
    auto r = m_db.exec(QStringLiteral("SELECT ") + SummaryColumns +
                           QStringLiteral(", submitted_by, document::text, status_history::text"
                                          " FROM intake.requests WHERE request_id = $1::uuid"),
                       {requestId.toUtf8()});
    if (!r) {
        return r.error();
    }
    if (r->rows() == 0) {
        return notFound(requestId);
    }
    RequestDetail d;
    d.summary = readSummary(*r, 0);
    d.submittedBy = r->text(0, SummaryColumnCount);
    d.document = QJsonDocument::fromJson(r->bytes(0, SummaryColumnCount + 1)).object();
    d.statusHistory = QJsonDocument::fromJson(r->bytes(0, SummaryColumnCount + 2)).array();
    return d;
}

Result<RequestSummary> IntakeRepository::setStatus(const QString &requestId, RequestStatus status,
                                                   const QString &reason)
{
    if (!isUuid(requestId)) {
        return notFound(requestId);
    }
    if (status == RequestStatus::Returned && reason.trimmed().isEmpty()) {
        return BackofficeError::make(BackofficeErrorCode::InvalidTransition,
                                     QStringLiteral("a returned request needs a reason"));
    }
    auto r = m_db.exec(QStringLiteral("UPDATE intake.requests SET status = $2, status_reason = nullif($3, '')"
                                      " WHERE request_id = $1::uuid RETURNING ") +
                           SummaryColumns,
                       {requestId.toUtf8(), statusName(status).toUtf8(), reason.trimmed().toUtf8()});
    if (!r) {
        BackofficeError e = r.error();
        if (e.detail.contains(QLatin1String("constraint=requests_status_transition")) ||
            e.detail.contains(QLatin1String("constraint=requests_returned_has_reason"))) {
            e.code = BackofficeErrorCode::InvalidTransition;
        }
        return e;
    }
    if (r->rows() == 0) {
        return notFound(requestId);
    }
    qCInfo(lcInbox, "request %s is now %s", qPrintable(requestId), qPrintable(statusName(status)));
    return readSummary(*r, 0);
}

Result<int> IntakeRepository::forEachSince(const QDateTime &since,
                                           const std::function<Result<Done>(const RequestDetail &)> &sink)
{
    if (auto begun = m_db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !begun) {
        return begun.error();
    }
    auto walk = [&]() -> Result<int> {
        auto declared =
            m_db.exec(QStringLiteral("DECLARE kakanai_export NO SCROLL CURSOR FOR SELECT ") + SummaryColumns +
                          QStringLiteral(", submitted_by, document::text, status_history::text"
                                         " FROM intake.requests WHERE received_at >= $1::timestamptz"
                                         " ORDER BY received_at, request_id"),
                      {since.toString(Qt::ISODateWithMs).toUtf8()});
        if (!declared) {
            return declared.error();
        }
        int count = 0;
        for (;;) {
            auto page = m_db.exec(QStringLiteral("FETCH 500 FROM kakanai_export"));
            if (!page) {
                return page.error();
            }
            if (page->rows() == 0) {
                break;
            }
            for (int i = 0; i < page->rows(); ++i) {
                RequestDetail d;
                d.summary = readSummary(*page, i);
                d.submittedBy = page->text(i, SummaryColumnCount);
                d.document = QJsonDocument::fromJson(page->bytes(i, SummaryColumnCount + 1)).object();
                d.statusHistory = QJsonDocument::fromJson(page->bytes(i, SummaryColumnCount + 2)).array();
                if (auto ok = sink(d); !ok) {
                    return ok.error();
                }
                ++count;
            }
        }
        return count;
    };
    auto count = walk();
    (void)m_db.exec(count ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return count;
}

} // namespace kakanai::backoffice
