#include "OutboxService.h"

#include "BackofficeLogging.h"
#include "Clock.h"
#include "DataKey.h"
#include "SyncWorker.h"

namespace kakanai::backoffice {

OutboxService::OutboxService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kakanai::backoffice::OutboxStatus>();
}

Result<std::unique_ptr<OutboxService>> OutboxService::create(const BackofficeConfig &config, Options options,
                                                             QObject *parent)
{
    auto key = DataKey::load(config.outbox.keyFile);
    if (!key) {
        return key.error();
    }
    auto sharedKey = std::make_shared<const DataKey>(std::move(*key));
    std::unique_ptr<OutboxService> service(new OutboxService(parent));
    service->m_clock = options.clock ? options.clock : std::make_shared<SystemClock>();
    auto outbox = Outbox::open(config.outbox.path, sharedKey, OutboxOptions{service->m_clock.get(), 5000});
    if (!outbox) {
        return outbox.error();
    }
    service->m_outbox = std::move(*outbox);
    service->m_status.link =
        config.intake.isConfigured() ? OutboxStatus::Link::Unknown : OutboxStatus::Link::NotConfigured;
    service->refreshCounts();

    if (config.intake.isConfigured()) {
        ConnectionSettings intake = config.intake;
        intake.applicationName = QStringLiteral("kakanai-kiosk");
        auto *worker = new SyncWorker(config.outbox.path, sharedKey, intake, config.sync, service->m_clock,
                                      std::move(options.random));
        worker->moveToThread(&service->m_thread);
        service->m_worker = worker;
        OutboxService *self = service.get();
        connect(worker, &SyncWorker::statusChanged, self, [self](const OutboxStatus &s) {
            OutboxStatus merged = s;
            // The queue counts of the GUI thread's connection are at least as fresh as the worker's.
            if (auto counts = self->m_outbox->counts()) {
                merged.waiting = counts->waiting;
                merged.rejected = counts->rejected;
                merged.oldestWaitingSince = counts->oldestWaitingSince;
            }
            self->setStatus(merged);
        });
        connect(worker, &SyncWorker::delivered, self, &OutboxService::delivered);
        connect(&service->m_thread, &QThread::started, worker, &SyncWorker::start);
        service->m_thread.setObjectName(QStringLiteral("kakanai-sync"));
        service->m_thread.start();
    }
    return service;
}

OutboxService::~OutboxService()
{
    if (m_worker) {
        // stop() closes the worker's connections in its own thread; then the thread ends and the worker with it.
        QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_worker;
        m_worker = nullptr;
    }
}

Result<EnqueueReceipt> OutboxService::enqueue(const QJsonObject &request)
{
    auto receipt = m_outbox->enqueue(request);
    if (!receipt) {
        return receipt.error();
    }
    refreshCounts();
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::wake, Qt::QueuedConnection);
    }
    return receipt;
}

void OutboxService::syncNow()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
    }
}

void OutboxService::refreshCounts()
{
    OutboxStatus s = m_status;
    if (auto counts = m_outbox->counts()) {
        s.waiting = counts->waiting;
        s.rejected = counts->rejected;
        s.oldestWaitingSince = counts->oldestWaitingSince;
    } else {
        s.lastError = counts.error();
    }
    setStatus(s);
}

void OutboxService::setStatus(const OutboxStatus &status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

} // namespace kakanai::backoffice
