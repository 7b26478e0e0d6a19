#pragma once

#include "common/Clock.h"
#include "outbox/Backoff.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/OutboxStatus.h"

#include <QAtomicInt>
#include <QObject>
#include <QStringList>

#include <memory>

namespace kakanai::backoffice {

class AuditLog;
class AuditSync;
class DataKey;
class KeyRing;
class Outbox;
class SyncEngine;

// The sync worker: lives on its own thread (OutboxService moves it there), owns its own outbox connection and its
// own intake connection, and delivers batch after batch while there is work. After a failure it waits a capped
// exponential backoff measured by the injected Clock (tests advance a manual clock instead of sleeping); when the
// queue is empty it waits for wake() (a request was queued) or polls every poll interval (requests queued by
// another process). It never touches the GUI: it reports through queued signals only.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString outboxPath, std::shared_ptr<const KeyRing> keys, ConnectionSettings intake, SyncConfig sync,
               std::shared_ptr<Clock> clock, std::function<double()> random = {});
    // With one key (an outbox that never rotated, tests).
    SyncWorker(QString outboxPath, std::shared_ptr<const DataKey> key, ConnectionSettings intake, SyncConfig sync,
               std::shared_ptr<Clock> clock, std::function<double()> random = {});
    ~SyncWorker() override;

    // Attempts made so far (any thread).
    int attempts() const { return m_attempts.loadRelaxed(); }

public Q_SLOTS:
    // Opens the outbox connection in the worker's thread and makes the first attempt.
    void start();
    // A request was queued: deliver it now, unless waiting out a backoff.
    void wake();
    // Staff asked to retry: forget the backoff and try now.
    void syncNow();
    // Closes both connections (before the thread ends).
    void stop();

Q_SIGNALS:
    void statusChanged(const kakanai::backoffice::OutboxStatus &status);
    void attempted(int attempt, bool ok);
    void delivered(const QStringList &requestIds);

private:
    void attempt();
    void schedule(qint64 delayMs);
    void fail(const BackofficeError &error);
    void publish();

    QString m_outboxPath;
    std::shared_ptr<const KeyRing> m_key;
    ConnectionSettings m_intake;
    SyncConfig m_sync;
    std::shared_ptr<Clock> m_clock;
    Backoff m_backoff;
    ClockTimer *m_timer = nullptr;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncEngine> m_engine;
    // The audit trail's delivery, after the requests (AuditSync.h); destroyed before m_outbox.
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditSync> m_auditSync;
    int m_failures = 0;
    bool m_stopped = false;
    QAtomicInt m_attempts = 0;
    OutboxStatus m_status;
};

} // namespace kakanai::backoffice
