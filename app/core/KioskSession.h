#pragma once

#include "app/core/CardFlow.h"
#include "app/core/FormsFlow.h"
#include "app/core/KioskConfig.h"
#include "app/core/RequestSink.h"
#include "app/core/SubmitFlow.h"

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

class AuditSink;
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

// What staff did inside a session, for an audit trail to record (the session keeps no record itself).
enum class StaffAction
{
    SignedIn,          // a staff sign-in for this session (or the staff menu)
    Confirmed,         // the staff confirmation of the request
    SentBack,          // the request sent back to the review
    Corrected,         // a value read from the card corrected (detail: the field's path, never a value)
    CodeBRead,         // the card read with 照合番号B
    KioskClosed,       // the administrator exit
    HeldPrintReleased, // a held print released from the staff menu (request id given)
};
QString staffActionName(StaffAction action);

// The kiosk's one session: an explicit state machine over three parts that together alone hold the resident's data
// and wipe it by overwriting when the session ends:
// - CardFlow: the reader, the credential phase (PIN tries, 照合番号B) and the card's record; card I/O goes through
//   CardPort (CardService on its worker thread), and results of a request no longer waited for are ignored by id;
// - FormsFlow: the procedure or life event chosen, the navigator's answers, the forms being filled and reviewed;
// - SubmitFlow: the request's id and receipt number, the hand-over to the RequestSink and the sink's answers.
// The session owns them, holds the state and the transition table (isAllowed), and turns the parts' outcomes into
// transitions. Every event is a method that returns false (and changes nothing) when the current state does not
// accept it; every state change emits stateChanged.
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
        // The audit trail: every staffAction is recorded there (ids and codes only). Null: none (development sink,
        // unit tests).
        AuditSink *audit = nullptr;
    };

    KioskSession(const KioskConfig &config, Services services, QObject *parent = nullptr);
    ~KioskSession() override;

    // True when the state machine allows from → to (the table the unit test walks).
    static bool isAllowed(SessionState from, SessionState to);

    SessionState state() const { return m_state; }
    KioskMode mode() const { return m_config.mode; }
    const KioskConfig &config() const { return m_config; }
    ReaderState readerState() const { return m_card.readerState(); }
    bool cardPresent() const { return m_card.readerState() == ReaderState::CardPresent; }

    // Credential phase.
    std::optional<int> triesLeft() const { return m_card.triesLeft(); }
    bool lastTryConfirmed() const { return m_card.lastTryConfirmed(); }
    bool wrongPinEntered() const { return m_card.wrongPinEntered(); } // the last PIN was wrong (tries already updated)
    // 照合番号B: tries left after a wrong code, and whether the card refused the last try unconfirmed.
    std::optional<int> codeBTriesLeft() const { return m_card.codeBTriesLeft(); }
    bool codeBNeedsLastTryConfirmation() const { return m_card.codeBNeedsLastTryConfirmation(); }
    ReadPurpose readPurpose() const { return m_card.purpose(); }
    CardProblemKind cardProblem() const { return m_card.problem(); }
    // Whether 照合番号B may be offered (counter mode, reading the attributes).
    bool codeBAvailable() const;
    SessionState staffSignInTarget() const { return m_afterSignIn; }

    // Staff authority belongs to one resident's session (or one visit to the staff menu): a sign-in counts only when
    // it was made through this session's StaffSignIn step, and it ends when the session ends for any reason (done,
    // cancel, card removed, timeout, PC/SC lost) and when the staff menu closes. Every staff step checks it.
    bool staffAuthorised() const;
    QString staffId() const;          // the staff member signed in for this session; empty when none
    QString staffDisplayName() const; // for the status line and the staff menu; empty when none
    // A touch inside the session keeps this session's staff sign-in alive (never past the session).
    void staffActivity();
    // Whether setting `path` with `provenance` corrects a value read from the card (counter mode: staff only).
    bool isCorrection(const QString &path, forms::Provenance provenance) const;
    // Review → StaffSignIn → Review, so that staff may correct card values; true when already signed in.
    bool requestCorrection();

    // Requests committed after their resident left, whose paper waits for staff (the sink's list).
    QList<HeldPrint> heldPrints() const;
    // Prints a held request (the staff menu, staff signed in); false otherwise.
    bool releaseHeldPrint(const QString &requestId);

    // Data of the session (empty outside of it).
    const ResidentRecord &record() const { return m_card.record(); }
    card::IntegrityStatus integrity() const { return m_card.integrity(); }
    bool readWithCodeB() const { return m_card.readWithCodeB(); }
    QString lifeEventId() const { return m_forms.lifeEventId(); }
    QStringList formIds() const { return m_forms.formIds(); }
    const QSet<QString> &yesAnswers() const { return m_forms.yesAnswers(); }
    int formCount() const { return m_forms.formCount(); }
    int formIndex() const { return m_forms.formIndex(); }
    forms::FormInstance &form(int index) { return m_forms.form(index); }
    const forms::FormInstance &form(int index) const { return m_forms.form(index); }
    forms::FormContext formContext() const { return m_forms.formContext(); }
    // Errors and warnings of a form as the rules of its definition see it now.
    QList<forms::ValidationIssue> issues(int index) const { return m_forms.issues(index); }
    bool hasErrors(int index) const { return m_forms.hasErrors(index); }
    // Counter mode, reviewing a form that asks for the individual number that was not read yet.
    bool canReadIndividualNumber() const;
    bool individualNumberRead() const { return m_forms.individualNumberRead(); }

    // Sets a value of the current form (Review) and re-runs its derivations.
    bool setValue(const QString &path, const QJsonValue &value, forms::Provenance provenance);
    bool removeValue(const QString &path);
    // Adds an empty item to a list field of the current form, returns its index (-1 when refused).
    int addListItem(const QString &listPath);
    bool removeListItem(const QString &listPath, int index);

    // Results of the final step.
    QString receiptNumber() const { return m_submit.receiptNumber(); }
    // The id of the request this session produces: named when staff are first asked for or at submission; empty
    // before that and in the staff menu.
    QString requestId() const { return m_submit.requestId(); }
    std::optional<PrintOutcome> printOutcome() const { return m_submit.printOutcome(); }
    std::optional<SinkError> submitError() const { return m_submit.submitError(); }
    // The related procedures that apply, as LifeEventNavigator::decide says for the answers (the slip decides the
    // same from the Request's navigator_answers).
    QList<forms::RelatedProcedure> guidance() const { return m_forms.guidance(); }
    // The day the life event happened, from which the guidance's deadlines are counted (FormsFlow::happenedOn).
    QDate guidanceHappenedOn() const { return m_forms.happenedOn(); }
    const forms::NavigatorAnswers &navigatorAnswers() const { return m_forms.navigatorAnswers(); }

    // The resident's language (for the receipt and the guidance slip); the screens follow LanguageManager.
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
    // Review: the move the card's address says is right when the chosen one contradicts it (転入 chosen, the card's
    // address already in the municipality → moving_within; the reverse → moving_in), empty otherwise; and the
    // one-tap switch to it, keeping the answers and entries that fit (FormsFlow::switchLifeEvent). The review
    // starts again on the new forms, or the new event's questions come first when it asks some not asked yet.
    QString suggestedLifeEvent() const;
    bool switchLifeEvent(const QString &eventId);
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
    // A staff step was taken (the hook for an audit trail): who, for which request, and a detail that is never
    // personal data (a correction's field path, a sign-in's factors "pin" or "pin+totp"). Inside a resident's session
    // the request is named when staff are first asked for (SubmitFlow::name), so every step carries its id; the staff
    // menu's steps (closing the kiosk) carry none, a held print's release carries the released request's.
    void staffAction(kakanai::kiosk::StaffAction action, const QString &staffId, const QString &requestId,
                     const QString &detail);
    void heldPrintsChanged();
    void preEntryAccepted(const QString &procedureId); // a pre-entry code was read (kept or used)
    void preEntryForgotten();                          // a kept code expired on the idle screen

private:
    void onServiceLost();
    void onCardInserted();
    void onCardRemoved();
    void onCardUnreadable();
    void onCardOutcome(CardOutcome outcome);
    void onNumberRead(const ResidentRecord &withNumber);
    void onCommitted();
    void onSubmitFailed(const SinkError &error);

    // staffAction → the audit trail (Services::audit): the action's code, who, the request, and for a correction
    // which field of which form ("juminhyo/name:card->staff"), never a value.
    void recordStaffAction(StaffAction action, const QString &staffId, const QString &requestId, const QString &detail);
    void setState(SessionState to);
    void checkCard(ReadPurpose purpose);
    void startForms();
    void startPreEntry(); // ProcedureChoice with a pre-entry: its procedure, pre-filled
    // The forms are built: Review, or first Reading when one of them asks for the individual number.
    void showForms();
    // Reads the number over the card kept verified since the PIN when a chosen form asks for it (counter mode):
    // true when the read was sent (the session is Reading).
    bool readNumberForForms();
    void submit();
    RequestContent requestContent() const;
    void endSession(); // wipe + Idle
    void wipeData();
    bool requireStaff(SessionState target);
    void signOutStaff();

    KioskConfig m_config;
    Services m_services;
    SessionState m_state = SessionState::Idle;
    SessionState m_afterSignIn = SessionState::Idle;
    SessionState m_beforeSignIn = SessionState::Idle;
    QString m_language = QStringLiteral("ja");
    bool m_staffSignedIn = false; // a staff member signed in through this session's StaffSignIn step
    QString m_confirmedBy;        // the staff member who confirmed the request (recorded in it)

    std::optional<preentry::PreEntry> m_preEntry; // read on the idle screen, used once the card has been read
    ClockTimer *m_preEntryTimer = nullptr;
    QStringList m_preEntryDropped;

    CardFlow m_card;
    FormsFlow m_forms;
    SubmitFlow m_submit;
};

} // namespace kakanai::kiosk

Q_DECLARE_METATYPE(kakanai::kiosk::SessionState)
Q_DECLARE_METATYPE(kakanai::kiosk::StaffAction)
