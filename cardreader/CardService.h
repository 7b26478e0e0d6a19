#pragma once

#include "cardreader/CardConfig.h"
#include "cardreader/CardError.h"
#include "cardreader/CardSession.h"
#include "cardreader/Ossl.h"
#include "cardreader/Readers.h"

#include "common/Wipe.h"

#include "common/Clock.h"

#include <QObject>

#include <functional>
#include <memory>

namespace kakanai::card {

class ReaderMonitor;

enum class CardOperation
{
    PinStatus,
    ReadResident,
    JpkiCheck,
};

// The card library's only API for the UI. Lives on a worker thread of its own (the composition root moves it
// there); every request* method may be called from any thread and queues the work onto that thread, and every
// result comes back as a queued signal. The GUI thread never touches the card.
//
// Each request returns an id that its result signal carries, so a screen can ignore results of a session it has
// already left (card pulled, timeout).
//
// Recovery: the reader monitor survives pcscd restarts and auto-exit on its own; each operation opens a fresh
// PC/SC context and connection (no stale handles after a restart), and a card pulled mid-read ends the
// operation with CardRemoved and no partial record.
//
// A held card: a PIN read with ReadOptions::keepVerified does not power the card down but keeps its connection
// (exclusive, inside its PC/SC transaction, the PIN key verified; the PIN itself is wiped after the VERIFY as
// always), so that requestReadVerified reads the individual number later in the visit without asking the resident
// for the PIN again. No other process can use the verified card meanwhile (exclusive, ref §2.3). The card is powered
// down (SCARD_UNPOWER_CARD) by releaseVerified (the kiosk calls it when the request is handed over and when the visit
// ends), by a failed read, by any other request, by its removal from the reader and by stop(): a verified state never
// outlives the visit it was made for.
class CardService : public QObject
{
    Q_OBJECT
public:
    // `clock` dates the JPKI certificate check (the kiosk's one clock); the system clock when null.
    explicit CardService(CardConfig config, std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);
    ~CardService() override;

    // Starts and stops the reader monitor (queued onto the service's thread).
    void start();
    void stop();

    quint64 requestPinStatus();
    quint64 requestRead(ReadOptions options, std::shared_ptr<SecretBytes> secret);
    quint64 requestJpkiCheck(std::shared_ptr<SecretBytes> authPin, bool confirmLastTry);
    // Reads over the card held by the last read with keepVerified (options.credential is taken as Verified: no
    // secret is sent); the card stays held. Result as requestRead's; SecurityStatusNotSatisfied when no card is
    // held or the card lost its verified state (the caller asks for the PIN again). A failed read powers it down.
    quint64 requestReadVerified(ReadOptions options);
    // Powers down a held card; nothing when none is held.
    void releaseVerified();

    // The reader snapshot last reported (thread-safe copy).
    ReaderSnapshot lastSnapshot() const;

Q_SIGNALS:
    void serviceAvailabilityChanged(bool available);
    void readersChanged(const QList<kakanai::card::ReaderInfo> &readers);
    void cardInserted(const QString &reader);
    void cardRemoved(const QString &reader);
    // A card is in the reader but does not answer (upside down, damaged, not a smart card).
    void cardUnreadable(const QString &reader);

    void busyChanged(bool busy);
    void pinStatusReady(quint64 requestId, const kakanai::card::PinStatus &status);
    void residentRead(quint64 requestId, const kakanai::card::ReadOutcome &outcome);
    void jpkiChecked(quint64 requestId, const kakanai::card::JpkiCheck &check);
    void operationFailed(quint64 requestId, kakanai::card::CardOperation operation,
                         const kakanai::card::CardError &error);

private:
    void onSnapshot(const ReaderSnapshot &snapshot);
    void runPinStatus(quint64 id);
    void runRead(quint64 id, const ReadOptions &options, const std::shared_ptr<SecretBytes> &secret);
    void runJpkiCheck(quint64 id, const std::shared_ptr<SecretBytes> &authPin, bool confirmLastTry);
    void runReadVerified(quint64 id, ReadOptions options);
    // Powers a held card down, before any other operation opens the card (our own exclusive connection would
    // refuse it, and no verified state may carry over into another operation).
    void releaseHeld(const char *why);
    // Opens a session, runs work, powers the card down unless work returns true (the card is then held: m_held).
    // The secret (if any) is cleared on every path.
    void runOperation(quint64 id, CardOperation operation, const std::function<bool(CardSession &)> &work,
                      const std::shared_ptr<SecretBytes> &secret = {});
    quint64 nextId();

    CardConfig m_config;
    std::shared_ptr<const Clock> m_clock;
    ossl::PKey m_issuerKey;
    std::unique_ptr<ReaderMonitor> m_monitor;
    std::unique_ptr<CardSession> m_held; // a card kept verified after a read with keepVerified (worker thread only)
    mutable std::mutex m_snapshotMutex;
    ReaderSnapshot m_snapshot;
    bool m_haveSnapshot = false;
    std::atomic<quint64> m_nextId{1};
};

} // namespace kakanai::card

Q_DECLARE_METATYPE(kakanai::card::CardOperation)
