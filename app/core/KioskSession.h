#pragma once

#include "app/core/KioskConfig.h"
#include "app/core/RequestSink.h"

#include "cardreader/CardError.h"
#include "cardreader/CardService.h"
#include "cardreader/CardSession.h"
#include "cardreader/Readers.h"
#include "cardreader/record/ResidentRecord.h"
#include "common/Clock.h"
#include "forms/FormCatalog.h"
#include "forms/FormInstance.h"
#include "forms/LifeEvents.h"
#include "preentry/PreEntry.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace kakanai::kiosk {

class CardPort;
class StaffAuthenticator;

// The states of a counter session. Each screen of KioskWindow shows one of them.
enum class SessionState
{
    Idle,            // no session: "place your card", language choice, reader state
    CheckingCard,    // a card was placed: asking it how many PIN tries remain (before any PIN is sent)
    PinEntry,        // the on-screen keypad; tries left shown before the first digit
    LastTryWarning,  // one try left: a separate confirmation before the keypad
    PinBlocked,      // no tries left: where to reset it (staff may read by 照合番号B in counter mode)
    StaffSignIn,     // a staff-only step needs a staff sign-in (照合番号B, staff confirmation, administration)
    CodeBEntry,      // staff key in 照合番号B from the card face (counter mode only)
    Reading,         // the card is being read (PIN or 照合番号B)
    CardProblem,     // the card could not be used (not a My Number card, unreadable, integrity failed ...)
    ProcedureChoice, // life events first, then single forms
    Questions,       // the life event's yes/no questions (related procedures for the guidance slip)
    Review,          // one form at a time, generated from its definition
    ResidentConfirm, // a large plain summary for the resident
    StaffConfirm,    // counter mode: staff see every field with its provenance, confirm or send back
    Submitting,      // handed to the RequestSink; waiting for its durable commit
    SubmitFailed,    // the sink could not store the request: nothing was queued, staff help
    Done,            // receipt number and what happens next; back to idle by itself
    Admin,           // administrator screen (exit) behind a staff sign-in
};
QString sessionStateName(SessionState state);

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
    IndividualNumber, // counter mode: the number too, for a form that asks for it (PIN needed again)
};

// The kiosk's one session: an explicit state machine that alone holds the resident's data (the card record, the
// forms being filled, the answers) and wipes it by overwriting when the session ends. Every event is a method that
// returns false (and changes nothing) when the current state does not accept it; every state change emits
// stateChanged. Card I/O goes through CardPort (CardService on its worker thread); results of a request the session
// no longer waits for (card pulled, timed out) are ignored by request id.
class KioskSession : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        CardPort *card = nullptr;
        const forms::FormCatalog *catalog = nullptr;
        const forms::LifeEventNavigator *navigator = nullptr;
        StaffAuthenticator *staff = nullptr; // null in self-service mode
        RequestSink *sink = nullptr;
        const Clock *clock = nullptr;
    };

    KioskSession(const KioskConfig &config, Services services, QObject *parent = nullptr);
    ~KioskSession() override;

    // True when the state machine allows from → to (the table the unit test walks).
    static bool isAllowed(SessionState from, SessionState to);

    SessionState state() const { return m_state; }
    KioskMode mode() const { return m_config.mode; }
    const KioskConfig &config() const { return m_config; }
    ReaderState readerState() const { return m_readerState; }
    bool cardPresent() const { return m_readerState == ReaderState::CardPresent; }

    // Credential phase.
    std::optional<int> triesLeft() const { return m_triesLeft; }
    bool lastTryConfirmed() const { return m_lastTryConfirmed; }
    bool wrongPinEntered() const { return m_wrongPin; } // the last PIN was wrong (tries already updated)
    // 照合番号B: tries left after a wrong code, and whether the card refused the last try unconfirmed.
    std::optional<int> codeBTriesLeft() const { return m_codeBTriesLeft; }
    bool codeBNeedsLastTryConfirmation() const { return m_codeBNeedsConfirm; }
    ReadPurpose readPurpose() const { return m_purpose; }
    CardProblemKind cardProblem() const { return m_problem; }
    // Whether 照合番号B may be offered (counter mode, reading the attributes).
    bool codeBAvailable() const;
    SessionState staffSignInTarget() const { return m_afterSignIn; }

    // Data of the session (empty outside of it).
    const ResidentRecord &record() const { return m_record; }
    card::IntegrityStatus integrity() const { return m_integrity; }
    bool readWithCodeB() const { return m_readWithCodeB; }
    QString lifeEventId() const { return m_lifeEvent; }
    QStringList formIds() const { return m_formIds; }
    const QSet<QString> &yesAnswers() const { return m_yes; }
    int formCount() const { return int(m_forms.size()); }
    int formIndex() const { return m_formIndex; }
    forms::FormInstance &form(int index) { return m_forms.at(size_t(index)); }
    const forms::FormInstance &form(int index) const { return m_forms.at(size_t(index)); }
    forms::FormContext formContext() const;
    // Errors and warnings of a form as the rules of its definition see it now.
    QList<forms::ValidationIssue> issues(int index) const;
    bool hasErrors(int index) const;
    // Counter mode, reviewing a form that asks for the individual number that was not read yet.
    bool canReadIndividualNumber() const;
    bool individualNumberRead() const { return m_numberRead; }

    // Sets a value of the current form (Review) and re-runs its derivations.
    bool setValue(const QString &path, const QJsonValue &value, forms::Provenance provenance);
    bool removeValue(const QString &path);
    // Adds an empty item to a list field of the current form, returns its index (-1 when refused).
    int addListItem(const QString &listPath);
    bool removeListItem(const QString &listPath, int index);

    // Results of the final step.
    QString receiptNumber() const { return m_receiptNumber; }
    QString requestId() const { return m_requestId; }
    std::optional<PrintOutcome> printOutcome() const { return m_printOutcome; }
    std::optional<SinkError> submitError() const { return m_submitError; }
    // The related procedures that apply, as LifeEventNavigator::decide says for the answers (the slip decides the
    // same from the Request's navigator_answers).
    QList<forms::RelatedProcedure> guidance() const { return m_guidance; }
    const forms::NavigatorAnswers &navigatorAnswers() const { return m_answers; }

    // Pre-entry (事前入力, preentry/): the text of a pre-entry QR code from the USB scanner or the camera. On the idle
    // screen the code is kept until the card has been read; on the procedure screen it is used at once. Either way
    // it selects its procedure (the life event's questions count as answered at home) and pre-fills the resident's
    // answers with provenance pre_entry; the card and PIN are still needed, and the resident confirms as usual. A
    // code for an older definition keeps the answers that still fit (preEntryDropped() lists the others). False,
    // and nothing kept, in any other state or when the code is unusable: then `error` (when given) says why.
    bool applyPreEntry(QByteArrayView text, preentry::PreEntryError *error = nullptr);
    // A code kept on the idle screen is forgotten when no card follows within this time (the resident walked away:
    // the next one must not get it).
    static constexpr qint64 PendingPreEntryMs = 120 * 1000;
    bool hasPendingPreEntry() const { return m_preEntry.has_value(); }
    // "form/path" of the pre-entry's answers that no longer fit the current definitions (asked again).
    QStringList preEntryDropped() const { return m_preEntryDropped; }

    // The resident's language (for the receipt and the guidance slip); the screens follow LanguageManager.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    // Events. Each returns false when the current state does not accept it.
    bool start(); // Idle with a card already in (after a cancel): check it again
    bool submitPin(std::shared_ptr<SecretBytes> pin);
    bool confirmLastTry(); // LastTryWarning → PinEntry, the next PIN may use the last try
    bool useCodeB();       // → CodeBEntry (through StaffSignIn when no staff is signed in)
    bool submitCodeB(std::shared_ptr<SecretBytes> code, bool confirmLastTry = false);
    bool staffSignInSucceeded(); // StaffSignIn → the step that asked for it
    bool cancelStaffSignIn();    // StaffSignIn → where it came from
    bool chooseLifeEvent(const QString &eventId);
    bool chooseForms(const QStringList &formIds);
    bool answerQuestions(const QSet<QString> &yes);
    bool reviewNext(); // the current form has no errors: next form, or the resident's confirmation
    bool back();       // one step back where the state has one
    bool readIndividualNumber();
    bool residentConfirm();
    bool staffConfirm();
    bool staffSendBack(int formIndex = 0);
    bool retrySubmit();
    bool retryCard(); // CardProblem with the card still in: check it again
    bool finish();    // Done → Idle
    bool openAdmin(); // Idle → Admin (through StaffSignIn)
    bool closeAdmin();
    bool requestExit(); // Admin: emits exitRequested
    void cancel();      // any state → Idle, wiping everything
    void idleTimeout(); // same, for the idle timer

Q_SIGNALS:
    void stateChanged(kakanai::kiosk::SessionState from, kakanai::kiosk::SessionState to);
    // Emitted before the resident's data is overwritten: screens drop every text they show first, so that the
    // session is the last owner of each buffer and overwrites it.
    void aboutToWipe();
    void readerStateChanged(kakanai::kiosk::ReaderState state);
    void formChanged(int index);      // a value of the form changed (derivations re-run)
    void formIndexChanged(int index); // Review moved to another form
    void printFinished(const kakanai::kiosk::PrintOutcome &outcome);
    void exitRequested();
    void preEntryAccepted(const QString &procedureId); // a pre-entry code was read (kept or used)
    void preEntryForgotten();                          // a kept code expired on the idle screen

private:
    void onServiceAvailability(bool available);
    void onReadersChanged(const QList<card::ReaderInfo> &readers);
    void onCardInserted(const QString &reader);
    void onCardRemoved(const QString &reader);
    void onCardUnreadable(const QString &reader);
    void onPinStatus(quint64 id, const card::PinStatus &status);
    void onResidentRead(quint64 id, const card::ReadOutcome &outcome);
    void onOperationFailed(quint64 id, card::CardOperation operation, const card::CardError &error);
    void onReceiptReserved(quint64 ticket, int sequence);
    void onCommitted(quint64 ticket);
    void onSubmitFailed(quint64 ticket, const SinkError &error);
    void onPrintFinished(quint64 ticket, const PrintOutcome &outcome);

    void setState(SessionState to);
    void setReaderState(ReaderState state);
    void checkCard(ReadPurpose purpose);
    void afterTries(std::optional<int> tries);
    void startRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret);
    void startForms();
    void startPreEntry(); // ProcedureChoice with a pre-entry: its procedure, pre-filled
    // The procedures LifeEventNavigator::decide says apply for the answers (the done screen's guidance).
    QList<forms::RelatedProcedure> applyingProcedures(const QString &eventId,
                                                      const forms::NavigatorAnswers &answers) const;
    void mergeIndividualNumber(const ResidentRecord &withNumber);
    void submit();
    void handOver(quint64 ticket); // builds the request with its id and receipt number, hands it to the sink
    void endSession();             // wipe + Idle
    void wipeData();
    bool requireStaff(SessionState target);

    KioskConfig m_config;
    Services m_services;
    SessionState m_state = SessionState::Idle;
    ReaderState m_readerState = ReaderState::NoService;
    bool m_serviceAvailable = false;

    // Card phase
    quint64 m_pendingRequest = 0;
    std::optional<int> m_triesLeft;
    bool m_lastTryConfirmed = false;
    bool m_wrongPin = false;
    std::optional<int> m_codeBTriesLeft;
    bool m_codeBNeedsConfirm = false;
    ReadPurpose m_purpose = ReadPurpose::Attributes;
    CardProblemKind m_problem = CardProblemKind::None;
    SessionState m_afterSignIn = SessionState::Idle;
    SessionState m_beforeSignIn = SessionState::Idle;

    // The resident's data
    ResidentRecord m_record;
    card::IntegrityStatus m_integrity = card::IntegrityStatus::NotVerifiable;
    bool m_readWithCodeB = false;
    bool m_numberRead = false;
    QString m_lifeEvent;
    QStringList m_formIds;
    QSet<QString> m_yes;
    forms::NavigatorAnswers m_answers;            // each question asked: yes or no; carried in the Request for the slip
    std::optional<preentry::PreEntry> m_preEntry; // read on the idle screen, used once the card has been read
    ClockTimer *m_preEntryTimer = nullptr;
    QStringList m_preEntryDropped;
    std::vector<forms::FormInstance> m_forms;
    int m_formIndex = 0;
    QList<forms::RelatedProcedure> m_guidance;
    QString m_language = QStringLiteral("ja");

    // Final step
    quint64 m_ticket = 0;
    QString m_requestId;     // kept across a retry: the idempotency key
    QString m_receiptNumber; // kept across a retry once reserved
    QDateTime m_createdAt;
    std::optional<PrintOutcome> m_printOutcome;
    std::optional<SinkError> m_submitError;
};

} // namespace kakanai::kiosk

Q_DECLARE_METATYPE(kakanai::kiosk::SessionState)
Q_DECLARE_METATYPE(kakanai::kiosk::ReaderState)
