#include "app/core/CardPort.h"

namespace kakanai::kiosk {

CardPort::~CardPort() = default;

CardServicePort::CardServicePort(card::CardService *service, QString readerPrefix, QObject *parent)
    : CardPort(parent)
    , m_service(service)
    , m_readerPrefix(std::move(readerPrefix))
{
    using card::CardService;
    connect(service, &CardService::serviceAvailabilityChanged, this, &CardPort::serviceAvailabilityChanged);
    connect(service, &CardService::readersChanged, this, [this](const QList<card::ReaderInfo> &readers) {
        QList<card::ReaderInfo> mine;
        for (const auto &r : readers) {
            if (ours(r.name)) {
                mine.append(r);
            }
        }
        Q_EMIT readersChanged(mine);
    });
    connect(service, &CardService::cardInserted, this, [this](const QString &reader) {
        if (ours(reader)) {
            Q_EMIT cardInserted(reader);
        }
    });
    connect(service, &CardService::cardRemoved, this, [this](const QString &reader) {
        if (ours(reader)) {
            Q_EMIT cardRemoved(reader);
        }
    });
    connect(service, &CardService::cardUnreadable, this, [this](const QString &reader) {
        if (ours(reader)) {
            Q_EMIT cardUnreadable(reader);
        }
    });
    connect(service, &CardService::pinStatusReady, this, &CardPort::pinStatusReady);
    connect(service, &CardService::residentRead, this, &CardPort::residentRead);
    connect(service, &CardService::operationFailed, this, &CardPort::operationFailed);
}

bool CardServicePort::ours(const QString &reader) const
{
    return m_readerPrefix.isEmpty() || reader.startsWith(m_readerPrefix);
}

quint64 CardServicePort::requestPinStatus()
{
    return m_service->requestPinStatus();
}

quint64 CardServicePort::requestRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret)
{
    return m_service->requestRead(options, std::move(secret));
}

quint64 CardServicePort::requestReadVerified(card::ReadOptions options)
{
    return m_service->requestReadVerified(options);
}

void CardServicePort::releaseVerified()
{
    m_service->releaseVerified();
}

} // namespace kakanai::kiosk
