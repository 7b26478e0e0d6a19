#pragma once

#include "cardreader/CardError.h"
#include "cardreader/CardService.h"
#include "cardreader/CardSession.h"
#include "cardreader/Readers.h"

#include "common/Wipe.h"

#include <QList>
#include <QObject>

#include <memory>

namespace kakanai::kiosk {

// The card as the kiosk sees it: CardService's requests and signals behind an interface, so that the session's
// state machine is unit-tested against a scripted card and runs against CardService on its worker thread in the
// kiosk and in the GUI tests.
class CardPort : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CardPort() override;

    virtual quint64 requestPinStatus() = 0;
    virtual quint64 requestRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret) = 0;
    // The card kept verified by a read with keepVerified: one more read without the PIN, then the card is powered
    // down (CardService::requestReadVerified); and the power-down without reading (CardService::releaseVerified).
    virtual quint64 requestReadVerified(card::ReadOptions options) = 0;
    virtual void releaseVerified() = 0;

Q_SIGNALS:
    void serviceAvailabilityChanged(bool available);
    void readersChanged(const QList<kakanai::card::ReaderInfo> &readers);
    void cardInserted(const QString &reader);
    void cardRemoved(const QString &reader);
    void cardUnreadable(const QString &reader);
    void pinStatusReady(quint64 requestId, const kakanai::card::PinStatus &status);
    void residentRead(quint64 requestId, const kakanai::card::ReadOutcome &outcome);
    void operationFailed(quint64 requestId, kakanai::card::CardOperation operation,
                         const kakanai::card::CardError &error);
};

// CardService (living on its own thread) behind CardPort. Signals cross threads as queued connections; requests
// are queued onto the service's thread by CardService itself. Only events of the configured reader (a prefix of
// the PC/SC name; empty: any reader) pass.
class CardServicePort final : public CardPort
{
    Q_OBJECT
public:
    CardServicePort(card::CardService *service, QString readerPrefix, QObject *parent = nullptr);

    quint64 requestPinStatus() override;
    quint64 requestRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret) override;
    quint64 requestReadVerified(card::ReadOptions options) override;
    void releaseVerified() override;

private:
    bool ours(const QString &reader) const;

    card::CardService *m_service;
    QString m_readerPrefix;
};

} // namespace kakanai::kiosk
