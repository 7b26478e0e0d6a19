#include "outbox/SyncWorker.h"

#include "common/Clock.h"
#include "outbox/AuditLog.h"
#include "outbox/AuditSync.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/DataKey.h"
#include "outbox/KeyRing.h"
#include "outbox/Outbox.h"
#include "outbox/SyncEngine.h"

namespace kakanai::backoffice {

SyncWorker::SyncWorker(QString outboxPath, std::shared_ptr<const DataKey> key, ConnectionSettings intake,
                       SyncConfig sync, std::shared_ptr<Clock> clock, std::function<double()> random)
    : SyncWorker(std::move(outboxPath), std::make_shared<const KeyRing>(KeyRing::fromKeys(std::move(key))),
                 std::move(intake), sync, std::move(clock), std::move(random))
{}

SyncWorker::SyncWorker(QString outboxPath, std::shared_ptr<const KeyRing> key, ConnectionSettings intake,
                       SyncConfig sync, std::shared_ptr<Clock> clock, std::function<double()> random)
    : m_outboxPath(std::move(outboxPath))
    , m_key(std::move(key))
    , m_intake(std::move(intake))
    , m_sync(sync)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
    , m_backoff(Backoff::Policy{sync.backoffMinMs, sync.backoffMaxMs, 0.2}, std::move(random))
{
    qRegisterMetaType<kakanai::backoffice::OutboxStatus>();
    m_status.link = m_intake.isConfigured() ? OutboxStatus::Link::Unknown : OutboxStatus::Link::NotConfigured;
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    m_stopped = false;
    if (!m_timer) {
        // Created here, in the worker's thread, so that its timeouts are delivered here.
        m_timer = m_clock->createTimer(this);
        connect(m_timer, &ClockTimer::timeout, this, &SyncWorker::attempt);
    }
    schedule(0);
}

void SyncWorker::wake()
{
    if (!m_stopped && m_timer && m_failures == 0) {
        schedule(0);
    }
}

void SyncWorker::syncNow()
{
    if (!m_stopped && m_timer) {
        m_failures = 0;
        schedule(0);
    }
}

void SyncWorker::stop()
{
    m_stopped = true;
    if (m_timer) {
        m_timer->stop();
    }
    m_auditSync.reset();
    m_audit.reset();
    m_engine.reset();
    m_outbox.reset();
}

void SyncWorker::schedule(qint64 delayMs)
{
    m_status.nextAttemptAt = delayMs > 0 ? m_clock->nowUtc().addMSecs(delayMs) : QDateTime();
    m_timer->start(delayMs);
}

void SyncWorker::fail(const BackofficeError &error)
{
    ++m_failures;
    const qint64 delay = m_backoff.delayMs(m_failures);
    m_status.lastError = error;
    if (error.isConnectionProblem()) {
        m_status.link = OutboxStatus::Link::Offline;
    } else if (error.code != BackofficeErrorCode::OutboxIo && error.code != BackofficeErrorCode::OutboxOpen) {
        m_status.link = OutboxStatus::Link::Online; // the intake answered, with an error
    }
    qCWarning(lcSync, "attempt %d failed (%s); next in %lld ms", m_attempts.loadRelaxed(),
              qPrintable(error.toLogString()), static_cast<long long>(delay));
    schedule(delay);
}

void SyncWorker::attempt()
{
    if (m_stopped) {
        return;
    }
    const int n = m_attempts.fetchAndAddRelaxed(1) + 1;
    m_status.lastAttemptAt = m_clock->nowUtc();
    if (!m_outbox) {
        auto outbox = Outbox::open(m_outboxPath, m_key, OutboxOptions{m_clock.get(), 5000});
        if (!outbox) {
            fail(outbox.error());
            publish();
            Q_EMIT attempted(n, false);
            return;
        }
        m_outbox = std::move(*outbox);
        m_engine = std::make_unique<SyncEngine>(*m_outbox, m_intake, m_sync.batchSize, m_clock.get());
        m_engine->setMaxFailedAttempts(m_sync.maxFailedAttempts);
        m_audit = std::make_unique<AuditLog>(*m_outbox, QString(), m_clock.get());
        m_auditSync = std::make_unique<AuditSync>(*m_audit, m_intake);
    }
    if (!m_intake.isConfigured()) {
        m_status.link = OutboxStatus::Link::NotConfigured;
        publish();
        Q_EMIT attempted(n, true);
        return;
    }
    auto report = m_engine->deliverBatch();
    if (!report) {
        fail(report.error());
        publish();
        Q_EMIT attempted(n, false);
        return;
    }
    m_failures = 0;
    m_status.lastError.reset();
    if (report->sent == 0) {
        // Nothing to send: check the link anyway (a closed connection is noticed without traffic and replaced), so
        // the status line says offline before a resident's request has to wait, not after.
        if (auto connected = m_engine->ensureConnected(true); !connected) {
            fail(connected.error());
            publish();
            Q_EMIT attempted(n, false);
            return;
        }
    }
    // Then the audit trail, in order; entries wait (and the link counts as failing) until they are delivered.
    if (auto audit = m_auditSync->deliverPending(); !audit) {
        fail(audit.error());
        publish();
        Q_EMIT attempted(n, false);
        return;
    }
    m_status.link = OutboxStatus::Link::Online;
    m_status.lastDeliveryAt = m_status.lastAttemptAt;
    if (!report->delivered.isEmpty()) {
        Q_EMIT delivered(report->delivered);
    }
    // More to do: go on at once (through the event loop, so stop() and wake() get their turn); otherwise idle.
    schedule(report->sent >= m_sync.batchSize ? 0 : m_sync.pollIntervalMs);
    publish();
    Q_EMIT attempted(n, true);
}

void SyncWorker::publish()
{
    if (m_outbox) {
        if (auto counts = m_outbox->counts()) {
            m_status.waiting = counts->waiting;
            m_status.rejected = counts->rejected;
            m_status.oldestWaitingSince = counts->oldestWaitingSince;
        }
    }
    Q_EMIT statusChanged(m_status);
}

} // namespace kakanai::backoffice
