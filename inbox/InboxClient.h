#pragma once

#include "common/Clock.h"
#include "inbox/IntakeTypes.h"
#include "outbox/Backoff.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeError.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QSocketNotifier;

namespace kakanai::backoffice {

class IntakeRepository;
class PgConnection;

// The back-office app's connection to the intake database, meant to live on its own thread (the GUI never waits
// for the network): requests in through slots, answers out through signals, all queued. It LISTENs on
// kakanai_requests (a new request) and kakanai_request_status (another staff member changed one) and reports
// both through notified(); when the connection drops it reconnects with a capped backoff on the injected clock.
class InboxClient : public QObject
{
    Q_OBJECT

public:
    InboxClient(ConnectionSettings settings, std::shared_ptr<Clock> clock, Backoff::Policy retry = {});
    ~InboxClient() override;

    // Opening a request, changing its status and reprinting it are written to the intake's audit trail as this
    // workstation's entries (IntakeAudit), with the connection's role as the staff id. Set before start(); empty: no
    // entries (tests of the list alone). An action whose entry cannot be written is reported failed.
    void setWorkstationId(const QString &workstationId) { m_workstationId = workstationId; }

public Q_SLOTS:
    void start();
    void stop();
    void refresh(const kakanai::backoffice::RequestFilter &filter);
    void open(const QString &requestId);
    void setStatus(const QString &requestId, kakanai::backoffice::RequestStatus status, const QString &reason);
    // A reprint (再印刷) the window made: its outcome, "printed" or "failed" (the attempt is recorded either way).
    void recordReprint(const QString &requestId, bool printed);

Q_SIGNALS:
    void connectionChanged(bool online, const QString &detail);
    void listed(const QList<kakanai::backoffice::RequestSummary> &rows);
    void opened(const kakanai::backoffice::RequestDetail &detail);
    void statusSet(const kakanai::backoffice::RequestSummary &row);
    // operation: "list", "open", "status", "reprint" (its audit entry could not be written)
    void failed(const QString &operation, const kakanai::backoffice::BackofficeError &error);
    void notified(const QStringList &newRequests, const QStringList &changedRequests);

private:
    bool ensureConnected();
    void connectNow();
    void lost(const BackofficeError &error);
    void onReadable();
    void drainNotifications();

    ConnectionSettings m_settings;
    std::shared_ptr<Clock> m_clock;
    Backoff m_backoff;
    ClockTimer *m_retryTimer = nullptr;
    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<IntakeRepository> m_repository;
    QSocketNotifier *m_notifier = nullptr;
    QString m_workstationId;
    int m_failures = 0;
    bool m_online = false;
    bool m_stopped = false;
};

} // namespace kakanai::backoffice
