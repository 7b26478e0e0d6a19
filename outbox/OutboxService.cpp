#include "outbox/OutboxService.h"

#include "common/Clock.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/KeyRing.h"
#include "outbox/SyncWorker.h"

namespace kakanai::backoffice {

OutboxWriter::OutboxWriter(QString path, std::shared_ptr<const KeyRing> keys, std::shared_ptr<Clock> clock)
    : m_path(std::move(path))
    , m_keys(std::move(keys))
    , m_clock(std::move(clock))
{}

OutboxWriter::~OutboxWriter() = default;

Result<Outbox *> OutboxWriter::outbox()
{
    if (!m_outbox) {
        auto outbox = Outbox::open(m_path, m_keys, OutboxOptions{m_clock.get(), 5000});
        if (!outbox) {
            return outbox.error();
        }
        m_outbox = std::move(*outbox);
    }
    return m_outbox.get();
}

void OutboxWriter::write(quint64 ticket, std::shared_ptr<const SecretBytes> requestJson)
{
    auto outbox = this->outbox();
    if (!outbox) {
        Q_EMIT failed(ticket, outbox.error());
        return;
    }
    auto receipt = requestJson ? (*outbox)->enqueueJson(requestJson->bytes())
                               : Result<EnqueueReceipt>(BackofficeError::make(BackofficeErrorCode::InvalidRequest,
                                                                              QStringLiteral("no request")));
    requestJson.reset(); // our reference: the last owner wipes the text
    if (receipt) {
        Q_EMIT written(ticket, *receipt);
    } else {
        Q_EMIT failed(ticket, receipt.error());
    }
}

void OutboxWriter::reserveReceipt(quint64 ticket, QDate day)
{
    auto outbox = this->outbox();
    auto sequence = outbox ? (*outbox)->nextReceiptSequence(day) : Result<int>(outbox.error());
    if (sequence) {
        Q_EMIT receiptReserved(ticket, *sequence);
    } else {
        qCWarning(lcOutbox, "no receipt number: %s", qPrintable(sequence.error().toLogString()));
        Q_EMIT reserveFailed(ticket, sequence.error());
    }
}

void OutboxWriter::close()
{
    m_outbox.reset();
}

OutboxService::OutboxService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kakanai::backoffice::OutboxStatus>();
    qRegisterMetaType<kakanai::backoffice::EnqueueReceipt>();
    qRegisterMetaType<kakanai::backoffice::BackofficeError>();
}

Result<std::unique_ptr<OutboxService>> OutboxService::create(const BackofficeConfig &config, Options options,
                                                             QObject *parent)
{
    // The current key and, during a key rotation, the previous ones (KeyRing.h).
    auto ring = KeyRing::load(config.outbox);
    if (!ring) {
        return ring.error();
    }
    auto sharedKey = std::make_shared<const KeyRing>(std::move(*ring));
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

    {
        auto *writer = new OutboxWriter(config.outbox.path, sharedKey, service->m_clock);
        writer->moveToThread(&service->m_writerThread);
        service->m_writer = writer;
        OutboxService *self = service.get();
        connect(writer, &OutboxWriter::written, self, [self](quint64 ticket, const EnqueueReceipt &receipt) {
            self->afterEnqueue();
            Q_EMIT self->enqueued(ticket, receipt);
        });
        connect(writer, &OutboxWriter::failed, self, &OutboxService::enqueueFailed);
        connect(writer, &OutboxWriter::receiptReserved, self, &OutboxService::receiptReserved);
        connect(writer, &OutboxWriter::reserveFailed, self, &OutboxService::reserveFailed);
        service->m_writerThread.setObjectName(QStringLiteral("kakanai-outbox-writer"));
        service->m_writerThread.start();
    }

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
    if (m_writer) {
        // Requests already handed to enqueueAsync are written (or fail) before the writer closes.
        QMetaObject::invokeMethod(m_writer, &OutboxWriter::close, Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
        delete m_writer;
        m_writer = nullptr;
    }
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
    afterEnqueue();
    return receipt;
}

void OutboxService::enqueueAsync(quint64 ticket, std::shared_ptr<const SecretBytes> requestJson)
{
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, ticket, json = std::move(requestJson)]() mutable {
            writer->write(ticket, std::move(json));
        },
        Qt::QueuedConnection);
}

void OutboxService::reserveReceiptAsync(quint64 ticket, QDate day)
{
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, ticket, day] { writer->reserveReceipt(ticket, day); }, Qt::QueuedConnection);
}

void OutboxService::afterEnqueue()
{
    refreshCounts();
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::wake, Qt::QueuedConnection);
    }
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
