#pragma once

#include "common/Clock.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeError.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxStatus.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace kakanai::backoffice {

class KeyRing;
class SyncWorker;

// The service's writer: its own outbox connection on its own thread (enqueueAsync).
class OutboxWriter : public QObject
{
    Q_OBJECT

public:
    OutboxWriter(QString path, std::shared_ptr<const KeyRing> keys, std::shared_ptr<Clock> clock);
    ~OutboxWriter() override;

public Q_SLOTS:
    void write(quint64 ticket, std::shared_ptr<const kakanai::SecretBytes> requestJson);
    void reserveReceipt(quint64 ticket, QDate day);
    void close();

Q_SIGNALS:
    void written(quint64 ticket, const kakanai::backoffice::EnqueueReceipt &receipt);
    void failed(quint64 ticket, const kakanai::backoffice::BackofficeError &error);
    void receiptReserved(quint64 ticket, int sequence);
    void reserveFailed(quint64 ticket, const kakanai::backoffice::BackofficeError &error);

private:
    Result<Outbox *> outbox();

    QString m_path;
    std::shared_ptr<const KeyRing> m_keys;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Outbox> m_outbox;
};

// What the kiosk holds: the outbox on the GUI thread (enqueue commits in a few milliseconds and returns only
// after the commit: the request is then safe, and only then may the screen say so) and the sync worker on its own
// thread. statusChanged() feeds the status line: online/offline, queue length, oldest waiting request, last error.
//
//     auto service = OutboxService::create(config);          // at start-up, in the GUI thread
//     if (!service) { show service.error() to IT staff }
//     auto receipt = (*service)->enqueue(requestJson);        // on the confirmation screen
//     if (!receipt) { the request is NOT queued: say so }     // the paper is still complete on its own
//     connect(service.get(), &OutboxService::statusChanged, statusLine, &StatusLine::show);
class OutboxService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::shared_ptr<Clock> clock;   // SystemClock when empty
        std::function<double()> random; // backoff jitter source (tests)
    };

    // Loads the data key, opens (or creates) the outbox, and starts the sync worker when [intake] is configured.
    static Result<std::unique_ptr<OutboxService>> create(const BackofficeConfig &config, Options options = {},
                                                         QObject *parent = nullptr);
    ~OutboxService() override;

    // Commits the request to the outbox; returns after COMMIT. Then wakes the worker.
    Result<EnqueueReceipt> enqueue(const QJsonObject &request);
    // The same on the service's writer thread, for a caller that must not wait even for the commit's fsync (the
    // kiosk's RequestSink::submit): returns at once; enqueued() or enqueueFailed() follows, queued, never from
    // inside this call. `requestJson` is the compact JSON of the request (its last owner wipes it).
    void enqueueAsync(quint64 ticket, std::shared_ptr<const SecretBytes> requestJson);
    // The next receipt sequence of the local day `day` (Outbox::nextReceiptSequence), committed on the writer
    // thread like enqueueAsync, so that the GUI thread never waits for its fsync: returns at once;
    // receiptReserved() or reserveFailed() follows, queued.
    void reserveReceiptAsync(quint64 ticket, QDate day);
    OutboxStatus status() const { return m_status; }
    // Retry delivery now (a staff button), forgetting the backoff.
    void syncNow();

    // The GUI thread's outbox connection.
    Outbox &outbox() { return *m_outbox; }
    SyncWorker *worker() const { return m_worker; }

Q_SIGNALS:
    void statusChanged(const kakanai::backoffice::OutboxStatus &status);
    void delivered(const QStringList &requestIds);
    void enqueued(quint64 ticket, const kakanai::backoffice::EnqueueReceipt &receipt);
    void enqueueFailed(quint64 ticket, const kakanai::backoffice::BackofficeError &error);
    void receiptReserved(quint64 ticket, int sequence);
    void reserveFailed(quint64 ticket, const kakanai::backoffice::BackofficeError &error);

private:
    OutboxService(QObject *parent);
    void refreshCounts();
    void setStatus(const OutboxStatus &status);
    void afterEnqueue();

    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Outbox> m_outbox;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QThread m_writerThread;
    OutboxWriter *m_writer = nullptr;
    OutboxStatus m_status;
};

} // namespace kakanai::backoffice
