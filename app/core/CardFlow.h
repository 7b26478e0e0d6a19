#pragma once

#include "cardreader/CardError.h"
#include "cardreader/CardService.h"
#include "cardreader/CardSession.h"
#include "cardreader/Readers.h"
#include "cardreader/record/ResidentRecord.h"
#include "common/Wipe.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace kakanai::kiosk {

class CardPort;

// What the reader side looks like, for the idle screen and the status line.
enum class ReaderState
{
    NoService,      // pcscd does not answer
    NoReader,       // no (configured) reader attached
    Ready,          // reader present, no card
    CardPresent,    // a card is in
    CardUnreadable, // a card is in but does not answer
};

enum class CardProblemKind
{
    None,
    Unreadable,      // mute card: upside down, damaged, not a smart card
    NotMyNumberCard, // the application could not be selected
    IntegrityFailed, // the card's data failed its signature check: not used, staff called
    DifferentCard,   // the card read for the individual number is not the one read first
    InUse,           // another program holds the card
    ReadFailed,      // any other failure: try again
};

// Why the card is being read.
enum class ReadPurpose
{
    Attributes,       // the four attributes, at the start of the session
    IndividualNumber, // counter mode: the number too, for a form that asks for it (over the card kept verified
                      // since the PIN; the PIN again only when that card lost its verified state)
};

// What a finished card operation means for the session (KioskSession maps it to a state of its table).
enum class CardOutcome
{
    PinEntry,       // ask for the PIN: tries known, a wrong PIN with tries left, or malformed input
    LastTryWarning, // one try left: confirm before the keypad
    PinBlocked,     // no tries left
    CodeBEntry,     // ask for 照合番号B again (wrong code, or the card wants the last try confirmed)
    Problem,        // the card cannot be used; problem() says why (DifferentCard: the session's data is void)
    AttributesRead, // record() and integrity() hold what the card gave
    NumberRead,     // the individual number was read; numberRead() carried it
    Lost,           // the card or the reader went away: the session ends
};

// The card part of a session: the reader's state, the credential phase (PIN tries, 照合番号B) and the card's record.
// It sends requests through CardPort, matches results by request id (a result it no longer waits for is ignored)
// and reports each finished operation as one CardOutcome. It knows nothing of screens or of the session's states.
class CardFlow : public QObject
{
    Q_OBJECT
public:
    explicit CardFlow(CardPort *port, QObject *parent = nullptr);
    ~CardFlow() override;

    ReaderState readerState() const { return m_readerState; }
    bool serviceAvailable() const { return m_serviceAvailable; }
    bool waiting() const { return m_pendingRequest != 0; }

    std::optional<int> triesLeft() const { return m_triesLeft; }
    bool lastTryConfirmed() const { return m_lastTryConfirmed; }
    bool wrongPinEntered() const { return m_wrongPin; }
    std::optional<int> codeBTriesLeft() const { return m_codeBTriesLeft; }
    bool codeBNeedsLastTryConfirmation() const { return m_codeBNeedsConfirm; }
    ReadPurpose purpose() const { return m_purpose; }
    CardProblemKind problem() const { return m_problem; }

    const ResidentRecord &record() const { return m_record; }
    card::IntegrityStatus integrity() const { return m_integrity; }
    bool readWithCodeB() const { return m_readWithCodeB; }

    // Asks the card for its PIN tries (before any PIN is sent); the answer comes as an outcome.
    void checkCard(ReadPurpose purpose);
    // Reads the card with the PIN (the purpose decides whether the number is read too). keepVerified: after the
    // attributes, the card stays connected, exclusive and verified (CardService's held card) so that the number can
    // be read later in the visit without the PIN (readNumberVerified); the PIN itself is wiped after its VERIFY.
    void readWithPin(std::shared_ptr<SecretBytes> pin, bool keepVerified = false);
    // The card read with keepVerified is still held: the number can be read without the PIN.
    bool holdsVerifiedCard() const { return m_held; }
    // Reads the number over the held card (no PIN). False (nothing sent) when no card is held. If the card lost
    // its verified state, the flow asks for the PIN again by itself (outcome PinEntry / LastTryWarning / ...).
    bool readNumberVerified();
    // Powers the held card down (the number will not be needed any more in this visit).
    void releaseVerified();
    // Reads the attributes with 照合番号B (which never opens the number).
    void readWithCodeB(std::shared_ptr<SecretBytes> code, bool confirmLastTry);
    void confirmLastTry() { m_lastTryConfirmed = true; }
    void resetCodeB();
    void setPurpose(ReadPurpose purpose) { m_purpose = purpose; }
    void setProblem(CardProblemKind problem) { m_problem = problem; }
    void setReaderState(ReaderState state);

    // End of a session: results in flight are ignored, the credential phase starts over, the record is wiped.
    void reset();
    // Overwrites the card's record (and what is known about how it was read).
    void wipe();

Q_SIGNALS:
    void readerStateChanged(kakanai::kiosk::ReaderState state);
    void serviceLost();
    void cardInserted();
    void cardRemoved();
    void cardUnreadable();
    // Emitted before outcome(NumberRead): the card's record with the number, valid only during the call.
    void numberRead(const kakanai::ResidentRecord &withNumber);
    void outcome(kakanai::kiosk::CardOutcome outcome);

private:
    void onServiceAvailability(bool available);
    void onReadersChanged(const QList<card::ReaderInfo> &readers);
    void onCardInserted(const QString &reader);
    void onCardRemoved(const QString &reader);
    void onCardUnreadable(const QString &reader);
    void onPinStatus(quint64 id, const card::PinStatus &status);
    void onResidentRead(quint64 id, const card::ReadOutcome &outcome);
    void onOperationFailed(quint64 id, card::CardOperation operation, const card::CardError &error);
    void startRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret);
    CardOutcome afterTries(std::optional<int> tries);

    CardPort *m_port;
    ReaderState m_readerState = ReaderState::NoService;
    bool m_serviceAvailable = false;

    quint64 m_pendingRequest = 0;
    bool m_pendingRead = false;     // the pending request is a read (not a PIN status)
    bool m_pendingKeep = false;     // the pending read keeps the card verified when it succeeds
    bool m_pendingVerified = false; // the pending read goes over the held card (no PIN)
    bool m_held = false;            // CardService holds this visit's card, verified by its PIN
    std::optional<int> m_triesLeft;
    bool m_lastTryConfirmed = false;
    bool m_wrongPin = false;
    std::optional<int> m_codeBTriesLeft;
    bool m_codeBNeedsConfirm = false;
    ReadPurpose m_purpose = ReadPurpose::Attributes;
    CardProblemKind m_problem = CardProblemKind::None;

    ResidentRecord m_record;
    card::IntegrityStatus m_integrity = card::IntegrityStatus::NotVerifiable;
    bool m_readWithCodeB = false;
};

} // namespace kakanai::kiosk

Q_DECLARE_METATYPE(kakanai::kiosk::ReaderState)
Q_DECLARE_METATYPE(kakanai::kiosk::CardOutcome)
