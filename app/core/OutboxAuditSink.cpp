#include "app/core/OutboxAuditSink.h"

#include "app/core/KioskLogging.h"

#include "outbox/AuditLog.h"
#include "outbox/KeyRing.h"
#include "outbox/Outbox.h"

namespace kakanai::kiosk {

AuditWriter::AuditWriter(QString outboxPath, std::shared_ptr<const backoffice::KeyRing> key, QString kioskId,
                         std::shared_ptr<Clock> clock)
    : m_path(std::move(outboxPath))
    , m_key(std::move(key))
    , m_kioskId(std::move(kioskId))
    , m_clock(std::move(clock))
{}

AuditWriter::~AuditWriter() = default;

void AuditWriter::append(backoffice::AuditAction action, const QString &staffId, const QString &requestId,
                         const QStringList &detail)
{
    if (!m_log) {
        auto outbox = backoffice::Outbox::open(m_path, m_key, backoffice::OutboxOptions{m_clock.get(), 5000});
        if (!outbox) {
            qCWarning(lcKiosk) << "audit: outbox not opened:" << outbox.error().toLogString();
            Q_EMIT failed(outbox.error());
            return;
        }
        m_outbox = std::move(*outbox);
        m_log = std::make_unique<backoffice::AuditLog>(*m_outbox, m_kioskId, m_clock.get());
    }
    auto entry = m_log->append(staffId, action, requestId, detail);
    if (!entry) {
        qCWarning(lcKiosk) << "audit: entry not written:" << entry.error().toLogString();
        Q_EMIT failed(entry.error());
        return;
    }
    Q_EMIT appended(*entry);
}

void AuditWriter::close()
{
    m_log.reset();
    m_outbox.reset();
}

OutboxAuditSink::OutboxAuditSink(QString outboxPath, std::shared_ptr<const backoffice::KeyRing> key, QString kioskId,
                                 std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_writer(new AuditWriter(std::move(outboxPath), std::move(key), std::move(kioskId), std::move(clock)))
{
    qRegisterMetaType<backoffice::AuditEntry>();
    qRegisterMetaType<backoffice::BackofficeError>();
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &AuditWriter::appended, this, &OutboxAuditSink::appended, Qt::QueuedConnection);
    connect(m_writer, &AuditWriter::failed, this, &OutboxAuditSink::failed, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("kakanai-audit"));
    m_thread.start();
}

OutboxAuditSink::~OutboxAuditSink()
{
    // Queued after every record() before it: what was recorded is written before the connection closes.
    QMetaObject::invokeMethod(m_writer, &AuditWriter::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_writer;
}

void OutboxAuditSink::record(backoffice::AuditAction action, const QString &staffId, const QString &requestId,
                             const QStringList &detail)
{
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, action, staffId, requestId, detail] { writer->append(action, staffId, requestId, detail); },
        Qt::QueuedConnection);
}

} // namespace kakanai::kiosk
