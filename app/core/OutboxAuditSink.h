#pragma once

#include "app/core/AuditSink.h"

#include "common/Clock.h"
#include "outbox/AuditEntry.h"
#include "outbox/BackofficeError.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace kakanai::backoffice {
class AuditLog;
class KeyRing;
class Outbox;
} // namespace kakanai::backoffice

namespace kakanai::kiosk {

// The audit writer's thread side: its own connection to the outbox file (opened on first use, in its thread).
class AuditWriter : public QObject
{
    Q_OBJECT
public:
    AuditWriter(QString outboxPath, std::shared_ptr<const backoffice::KeyRing> key, QString kioskId,
                std::shared_ptr<Clock> clock);
    ~AuditWriter() override;

    void append(backoffice::AuditAction action, const QString &staffId, const QString &requestId,
                const QStringList &detail);
    void close();

Q_SIGNALS:
    void appended(const kakanai::backoffice::AuditEntry &entry);
    void failed(const kakanai::backoffice::BackofficeError &error);

private:
    QString m_path;
    std::shared_ptr<const backoffice::KeyRing> m_key;
    QString m_kioskId;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<backoffice::Outbox> m_outbox;
    std::unique_ptr<backoffice::AuditLog> m_log;
};

// The production AuditSink (submit/sink = outbox): entries appended to the encrypted outbox's audit table
// (backoffice::AuditLog, synchronous=FULL) on a thread of their own, in the order record() was called; the
// outbox's sync worker delivers them to the intake after the requests. A failure to write is logged (with its
// code, never data) and reported through failed(); the kiosk goes on.
class OutboxAuditSink final : public QObject, public AuditSink
{
    Q_OBJECT
public:
    OutboxAuditSink(QString outboxPath, std::shared_ptr<const backoffice::KeyRing> key, QString kioskId,
                    std::shared_ptr<Clock> clock, QObject *parent = nullptr);
    // Writes what was recorded before, then stops the thread.
    ~OutboxAuditSink() override;

    void record(backoffice::AuditAction action, const QString &staffId, const QString &requestId = {},
                const QStringList &detail = {}) override;

Q_SIGNALS:
    void appended(const kakanai::backoffice::AuditEntry &entry);
    void failed(const kakanai::backoffice::BackofficeError &error);

private:
    QThread m_thread;
    AuditWriter *m_writer;
};

} // namespace kakanai::kiosk
