#include "inbox/InboxClient.h"

#include "common/Clock.h"
#include "inbox/IntakeAudit.h"
#include "inbox/IntakeRepository.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/Pg.h"

#include <QSocketNotifier>

namespace kakanai::backoffice {

InboxClient::InboxClient(ConnectionSettings settings, std::shared_ptr<Clock> clock, Backoff::Policy retry)
    : m_settings(std::move(settings))
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
    , m_backoff(retry)
{
    qRegisterMetaType<kakanai::backoffice::RequestStatus>();
    qRegisterMetaType<kakanai::backoffice::RequestSummary>();
    qRegisterMetaType<QList<kakanai::backoffice::RequestSummary>>();
    qRegisterMetaType<kakanai::backoffice::RequestDetail>();
    qRegisterMetaType<kakanai::backoffice::RequestFilter>();
    qRegisterMetaType<kakanai::backoffice::BackofficeError>();
    if (m_settings.applicationName.isEmpty()) {
        m_settings.applicationName = QStringLiteral("kakanai-inbox");
    }
}

InboxClient::~InboxClient()
{
    stop();
}

void InboxClient::start()
{
    m_stopped = false;
    if (!m_retryTimer) {
        m_retryTimer = m_clock->createTimer(this);
        connect(m_retryTimer, &ClockTimer::timeout, this, &InboxClient::connectNow);
    }
    connectNow();
}

void InboxClient::stop()
{
    m_stopped = true;
    if (m_retryTimer) {
        m_retryTimer->stop();
    }
    delete m_notifier;
    m_notifier = nullptr;
    m_repository.reset();
    m_db.reset();
}

void InboxClient::connectNow()
{
    if (m_stopped) {
        return;
    }
    ensureConnected();
}

bool InboxClient::ensureConnected()
{
    if (m_db && m_db->isHealthy()) {
        return true;
    }
    delete m_notifier;
    m_notifier = nullptr;
    m_repository.reset();
    m_db.reset();
    auto db = PgConnection::connect(m_settings);
    if (!db) {
        lost(db.error());
        return false;
    }
    m_db = std::move(*db);
    for (const char *channel : {"LISTEN kakanai_requests", "LISTEN kakanai_request_status"}) {
        if (auto ok = m_db->exec(QLatin1String(channel)); !ok) {
            m_db.reset();
            lost(ok.error());
            return false;
        }
    }
    m_repository = std::make_unique<IntakeRepository>(*m_db);
    m_notifier = new QSocketNotifier(m_db->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InboxClient::onReadable);
    m_failures = 0;
    m_retryTimer->stop();
    if (!m_online) {
        m_online = true;
        qCInfo(lcInbox, "connected to the intake database %s:%d", qPrintable(m_settings.host), m_settings.port);
        Q_EMIT connectionChanged(true, QString());
    }
    return true;
}

void InboxClient::lost(const BackofficeError &error)
{
    ++m_failures;
    const qint64 delay = m_backoff.delayMs(m_failures);
    qCWarning(lcInbox, "intake connection: %s; retrying in %lld ms", qPrintable(error.toLogString()),
              static_cast<long long>(delay));
    if (m_online || m_failures == 1) {
        m_online = false;
        Q_EMIT connectionChanged(false, error.toLogString());
    }
    if (!m_stopped && m_retryTimer && !m_retryTimer->isActive()) {
        m_retryTimer->start(delay);
    }
}

void InboxClient::onReadable()
{
    if (!m_db) {
        return;
    }
    if (!m_db->consumeInput()) {
        delete m_notifier;
        m_notifier = nullptr;
        m_repository.reset();
        m_db.reset();
        lost(BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, QStringLiteral("connection lost")));
        return;
    }
    drainNotifications();
}

void InboxClient::drainNotifications()
{
    if (!m_db) {
        return;
    }
    QStringList created;
    QStringList changed;
    for (const PgNotification &n : m_db->takeNotifications()) {
        if (n.channel == QLatin1String("kakanai_requests")) {
            created.append(n.payload);
        } else if (n.channel == QLatin1String("kakanai_request_status")) {
            changed.append(n.payload);
        }
    }
    if (!created.isEmpty() || !changed.isEmpty()) {
        Q_EMIT notified(created, changed);
    }
}

void InboxClient::refresh(const RequestFilter &filter)
{
    if (!ensureConnected()) {
        Q_EMIT failed(QStringLiteral("list"),
                      BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, QStringLiteral("not connected")));
        return;
    }
    auto rows = m_repository->list(filter);
    if (!rows) {
        if (!m_db->isHealthy()) {
            lost(rows.error());
        }
        Q_EMIT failed(QStringLiteral("list"), rows.error());
        return;
    }
    Q_EMIT listed(*rows);
    // Notifications that arrived while the query ran were queued by libpq, not left on the socket.
    drainNotifications();
}

void InboxClient::open(const QString &requestId)
{
    if (!ensureConnected()) {
        Q_EMIT failed(QStringLiteral("open"),
                      BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, QStringLiteral("not connected")));
        return;
    }
    auto detail = m_repository->detail(requestId);
    if (detail && !m_workstationId.isEmpty()) {
        // Recorded before it is shown: nobody sees a request without an entry saying so.
        auto entry = IntakeAudit(*m_db, m_workstationId, m_settings.user, m_clock.get())
                         .append(AuditAction::RequestOpened, detail->summary.requestId);
        if (!entry) {
            detail = entry.error();
        }
    }
    if (!detail) {
        if (!m_db->isHealthy()) {
            lost(detail.error());
        }
        Q_EMIT failed(QStringLiteral("open"), detail.error());
        return;
    }
    Q_EMIT opened(*detail);
    drainNotifications();
}

void InboxClient::setStatus(const QString &requestId, RequestStatus status, const QString &reason)
{
    if (!ensureConnected()) {
        Q_EMIT failed(QStringLiteral("status"),
                      BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, QStringLiteral("not connected")));
        return;
    }
    // The change and its audit entry in one transaction: both or neither.
    const bool audited = !m_workstationId.isEmpty();
    if (audited) {
        if (auto begun = m_db->exec(QStringLiteral("BEGIN")); !begun) {
            lost(begun.error());
            Q_EMIT failed(QStringLiteral("status"), begun.error());
            return;
        }
    }
    auto row = m_repository->setStatus(requestId, status, reason);
    if (row && audited) {
        QStringList detail{statusName(status)};
        if (!reason.isEmpty()) {
            detail.append(QStringLiteral("reason")); // that a reason was given; its text stays in the request
        }
        auto entry = IntakeAudit(*m_db, m_workstationId, m_settings.user, m_clock.get())
                         .appendInTransaction(AuditAction::StatusChanged, row->requestId, detail);
        if (!entry) {
            row = entry.error();
        } else if (auto committed = m_db->exec(QStringLiteral("COMMIT")); !committed) {
            row = committed.error();
        }
    }
    if (!row && audited && m_db->isHealthy()) {
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    }
    if (!row) {
        if (!m_db->isHealthy()) {
            lost(row.error());
        }
        Q_EMIT failed(QStringLiteral("status"), row.error());
        return;
    }
    Q_EMIT statusSet(*row);
    drainNotifications();
}

void InboxClient::recordReprint(const QString &requestId, bool printed)
{
    if (m_workstationId.isEmpty()) {
        return;
    }
    // The paper is out (or the attempt failed) before the entry is written: printing runs on the window's own
    // thread and needs no database. An entry that cannot be written is reported like any failed action.
    if (!ensureConnected()) {
        Q_EMIT failed(QStringLiteral("reprint"),
                      BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, QStringLiteral("not connected")));
        return;
    }
    auto entry =
        IntakeAudit(*m_db, m_workstationId, m_settings.user, m_clock.get())
            .append(AuditAction::Reprint, requestId, {printed ? QStringLiteral("printed") : QStringLiteral("failed")});
    if (!entry) {
        if (!m_db->isHealthy()) {
            lost(entry.error());
        }
        Q_EMIT failed(QStringLiteral("reprint"), entry.error());
        return;
    }
    drainNotifications();
}

} // namespace kakanai::backoffice
