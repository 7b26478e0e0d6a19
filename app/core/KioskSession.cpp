#include "app/core/KioskSession.h"

#include "app/core/AuditSink.h"
#include "app/core/CardPort.h"
#include "app/core/KioskLogging.h"
#include "app/core/StaffAccounts.h"
#include "common/Clock.h"
#include "preentry/PreEntryCodec.h"

namespace kakanai::kiosk {

QString sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle:
        return QStringLiteral("idle");
    case SessionState::CheckingCard:
        return QStringLiteral("checking_card");
    case SessionState::PinEntry:
        return QStringLiteral("pin_entry");
    case SessionState::LastTryWarning:
        return QStringLiteral("last_try_warning");
    case SessionState::PinBlocked:
        return QStringLiteral("pin_blocked");
    case SessionState::StaffSignIn:
        return QStringLiteral("staff_sign_in");
    case SessionState::CodeBEntry:
        return QStringLiteral("code_b_entry");
    case SessionState::Reading:
        return QStringLiteral("reading");
    case SessionState::CardProblem:
        return QStringLiteral("card_problem");
    case SessionState::ProcedureChoice:
        return QStringLiteral("procedure_choice");
    case SessionState::Questions:
        return QStringLiteral("questions");
    case SessionState::Review:
        return QStringLiteral("review");
    case SessionState::ResidentConfirm:
        return QStringLiteral("resident_confirm");
    case SessionState::StaffConfirm:
        return QStringLiteral("staff_confirm");
    case SessionState::Submitting:
        return QStringLiteral("submitting");
    case SessionState::SubmitFailed:
        return QStringLiteral("submit_failed");
    case SessionState::Done:
        return QStringLiteral("done");
    case SessionState::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("unknown");
}

QString staffActionName(StaffAction action)
{
    switch (action) {
    case StaffAction::SignedIn:
        return QStringLiteral("signed_in");
    case StaffAction::Confirmed:
        return QStringLiteral("confirmed");
    case StaffAction::SentBack:
        return QStringLiteral("sent_back");
    case StaffAction::Corrected:
        return QStringLiteral("corrected");
    case StaffAction::CodeBRead:
        return QStringLiteral("code_b_read");
    case StaffAction::KioskClosed:
        return QStringLiteral("kiosk_closed");
    case StaffAction::HeldPrintReleased:
        return QStringLiteral("held_print_released");
    }
    return QStringLiteral("unknown");
}

bool KioskSession::isAllowed(SessionState from, SessionState to)
{
    using S = SessionState;
    if (from == to) {
        return false;
    }
    // Every session can end: card removed, idle timeout, "quit".
    if (to == S::Idle) {
        return from != S::Idle;
    }
    switch (from) {
    case S::Idle:
        return to == S::CheckingCard || to == S::CardProblem || to == S::StaffSignIn || to == S::Admin;
    case S::CheckingCard:
        return to == S::PinEntry || to == S::LastTryWarning || to == S::PinBlocked || to == S::CardProblem;
    case S::PinEntry:
        return to == S::Reading || to == S::StaffSignIn || to == S::CodeBEntry || to == S::Review;
    case S::LastTryWarning:
        return to == S::PinEntry || to == S::StaffSignIn || to == S::CodeBEntry || to == S::Review;
    case S::PinBlocked:
        return to == S::StaffSignIn || to == S::CodeBEntry || to == S::Review;
    case S::StaffSignIn:
        return to == S::CodeBEntry || to == S::StaffConfirm || to == S::Admin || to == S::PinEntry ||
               to == S::LastTryWarning || to == S::PinBlocked || to == S::ResidentConfirm || to == S::Review;
    case S::CodeBEntry:
        return to == S::Reading || to == S::PinEntry || to == S::LastTryWarning || to == S::PinBlocked;
    case S::Reading:
        return to == S::ProcedureChoice || to == S::Review || to == S::PinEntry || to == S::LastTryWarning ||
               to == S::PinBlocked || to == S::CodeBEntry || to == S::CardProblem;
    case S::CardProblem:
        return to == S::CheckingCard;
    // → Reading: the chosen forms ask for the individual number, read over the card kept verified since the PIN.
    case S::ProcedureChoice:
        return to == S::Questions || to == S::Review || to == S::Reading;
    case S::Questions:
        return to == S::Review || to == S::ProcedureChoice || to == S::Reading;
    case S::Review:
        return to == S::ResidentConfirm || to == S::ProcedureChoice || to == S::Questions || to == S::CheckingCard ||
               to == S::StaffSignIn || to == S::Reading;
    case S::ResidentConfirm:
        return to == S::Review || to == S::StaffSignIn || to == S::StaffConfirm || to == S::Submitting;
    case S::StaffConfirm:
        return to == S::Submitting || to == S::Review;
    case S::Submitting:
        return to == S::Done || to == S::SubmitFailed;
    case S::SubmitFailed:
        return to == S::Submitting;
    case S::Done:
    case S::Admin:
        return false;
    }
    return false;
}

KioskSession::KioskSession(const KioskConfig &config, Services services, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_services(services)
    , m_language(config.language)
    , m_card(services.card)
    , m_forms(config, FormsFlow::Services{services.catalog, services.navigator, services.clock})
    , m_submit(config, services.sink, services.clock, [this] { return requestContent(); })
{
    qRegisterMetaType<SessionState>();
    qRegisterMetaType<StaffAction>();
    qRegisterMetaType<ReaderState>();
    connect(&m_card, &CardFlow::readerStateChanged, this, &KioskSession::readerStateChanged);
    connect(&m_card, &CardFlow::serviceLost, this, &KioskSession::onServiceLost);
    connect(&m_card, &CardFlow::cardInserted, this, &KioskSession::onCardInserted);
    connect(&m_card, &CardFlow::cardRemoved, this, &KioskSession::onCardRemoved);
    connect(&m_card, &CardFlow::cardUnreadable, this, &KioskSession::onCardUnreadable);
    connect(&m_card, &CardFlow::outcome, this, &KioskSession::onCardOutcome);
    connect(&m_card, &CardFlow::numberRead, this, &KioskSession::onNumberRead);
    connect(&m_forms, &FormsFlow::formChanged, this, &KioskSession::formChanged);
    connect(&m_forms, &FormsFlow::formIndexChanged, this, &KioskSession::formIndexChanged);
    connect(&m_submit, &SubmitFlow::committed, this, &KioskSession::onCommitted);
    connect(&m_submit, &SubmitFlow::failed, this, &KioskSession::onSubmitFailed);
    connect(&m_submit, &SubmitFlow::printFinished, this, &KioskSession::printFinished);
    connect(services.sink, &RequestSink::heldPrintsChanged, this, &KioskSession::heldPrintsChanged);
    if (services.audit) {
        connect(this, &KioskSession::staffAction, this, &KioskSession::recordStaffAction);
    }
}

KioskSession::~KioskSession()
{
    wipeData();
}

void KioskSession::recordStaffAction(StaffAction action, const QString &staffId, const QString &requestId,
                                     const QString &detail)
{
    using backoffice::AuditAction;
    QStringList codes;
    AuditAction recorded = AuditAction::StaffSignIn;
    switch (action) {
    case StaffAction::SignedIn:
        recorded = AuditAction::StaffSignIn;
        codes.append(detail); // the factors checked: "pin" or "pin+totp"
        break;
    case StaffAction::Confirmed:
        recorded = AuditAction::Confirmation;
        break;
    case StaffAction::SentBack:
        recorded = AuditAction::SentBack;
        break;
    case StaffAction::Corrected:
        // Emitted from setValue, on the form being reviewed.
        recorded = AuditAction::Correction;
        codes.append(correctionDetail(m_forms.form(m_forms.formIndex()).definition().id, detail));
        break;
    case StaffAction::CodeBRead:
        recorded = AuditAction::CodeBRead;
        break;
    case StaffAction::KioskClosed:
        recorded = AuditAction::KioskClosed;
        break;
    case StaffAction::HeldPrintReleased:
        recorded = AuditAction::HeldPrintReleased;
        break;
    }
    m_services.audit->record(recorded, staffId, requestId, codes);
}

void KioskSession::setState(SessionState to)
{
    const SessionState from = m_state;
    Q_ASSERT_X(isAllowed(from, to), "KioskSession::setState", "transition not in the table");
    if (!isAllowed(from, to)) {
        qCWarning(lcKioskSession) << "refused transition" << sessionStateName(from) << "->" << sessionStateName(to);
        return;
    }
    m_state = to;
    qCInfo(lcKioskSession) << sessionStateName(from) << "->" << sessionStateName(to);
    Q_EMIT stateChanged(from, to);
}

// ---- card events --------------------------------------------------------------------------------------------

void KioskSession::onServiceLost()
{
    if (m_state != SessionState::Idle && m_state != SessionState::Admin && m_state != SessionState::Submitting &&
        m_state != SessionState::Done) {
        qCInfo(lcKioskSession) << "PC/SC service lost: session ends";
        endSession();
    }
}

void KioskSession::onCardInserted()
{
    if (m_state == SessionState::Idle || m_state == SessionState::CardProblem) {
        if (m_state == SessionState::CardProblem) {
            endSession();
        }
        checkCard(ReadPurpose::Attributes);
    }
}

void KioskSession::onCardRemoved()
{
    if (m_state == SessionState::Idle || m_state == SessionState::Admin) {
        return;
    }
    // Card pulled in any state: the session ends at once. A submission already handed to the sink
    // goes on there; only the screen returns to idle.
    qCInfo(lcKioskSession) << "card removed in" << sessionStateName(m_state);
    endSession();
}

void KioskSession::onCardUnreadable()
{
    if (m_state == SessionState::Idle) {
        m_card.setProblem(CardProblemKind::Unreadable);
        setState(SessionState::CardProblem);
    }
}

void KioskSession::checkCard(ReadPurpose purpose)
{
    m_card.checkCard(purpose);
    setState(SessionState::CheckingCard);
}

void KioskSession::onCardOutcome(CardOutcome outcome)
{
    switch (outcome) {
    case CardOutcome::PinEntry:
        setState(SessionState::PinEntry);
        return;
    case CardOutcome::LastTryWarning:
        setState(SessionState::LastTryWarning);
        return;
    case CardOutcome::PinBlocked:
        setState(SessionState::PinBlocked);
        return;
    case CardOutcome::CodeBEntry:
        setState(SessionState::CodeBEntry);
        return;
    case CardOutcome::Problem:
        if (m_card.problem() == CardProblemKind::DifferentCard) {
            wipeData(); // the forms were filled from another card's record
        }
        setState(SessionState::CardProblem);
        return;
    case CardOutcome::AttributesRead:
        setState(SessionState::ProcedureChoice);
        if (m_preEntry) {
            startPreEntry();
        }
        return;
    case CardOutcome::NumberRead:
        setState(SessionState::Review);
        Q_EMIT formChanged(m_forms.formIndex());
        return;
    case CardOutcome::Lost:
        qCInfo(lcKioskSession) << "card lost in" << sessionStateName(m_state);
        endSession();
        return;
    }
}

void KioskSession::onNumberRead(const ResidentRecord &withNumber)
{
    m_forms.mergeIndividualNumber(withNumber);
}

bool KioskSession::start()
{
    if (m_state != SessionState::Idle || m_card.readerState() != ReaderState::CardPresent) {
        return false;
    }
    checkCard(ReadPurpose::Attributes);
    return true;
}

bool KioskSession::submitPin(std::shared_ptr<SecretBytes> pin)
{
    if (m_state != SessionState::PinEntry || !pin) {
        if (pin) {
            pin->clear();
        }
        return false;
    }
    // Counter mode keeps the card verified for the visit, so that a form chosen later that asks for the individual
    // number reads it without a second PIN; self-service never reads the number and powers the card down at once.
    m_card.readWithPin(std::move(pin), m_config.mode == KioskMode::Counter);
    setState(SessionState::Reading);
    return true;
}

bool KioskSession::confirmLastTry()
{
    if (m_state != SessionState::LastTryWarning) {
        return false;
    }
    m_card.confirmLastTry();
    setState(SessionState::PinEntry);
    return true;
}

bool KioskSession::codeBAvailable() const
{
    return m_config.mode == KioskMode::Counter && m_card.purpose() == ReadPurpose::Attributes && m_services.staff;
}

bool KioskSession::staffAuthorised() const
{
    return m_staffSignedIn && m_services.staff && m_services.staff->isSignedIn();
}

QString KioskSession::staffId() const
{
    return staffAuthorised() ? m_services.staff->staffId() : QString();
}

QString KioskSession::staffDisplayName() const
{
    return staffAuthorised() ? m_services.staff->displayName() : QString();
}

void KioskSession::staffActivity()
{
    if (m_staffSignedIn && m_services.staff && m_state != SessionState::Idle) {
        m_services.staff->touch();
    }
}

void KioskSession::signOutStaff()
{
    m_staffSignedIn = false;
    m_confirmedBy.clear();
    if (m_services.staff) {
        // Also a check still running: its success signs nobody in for the next session.
        m_services.staff->signOut();
    }
}

bool KioskSession::requireStaff(SessionState target)
{
    if (!m_services.staff) {
        return false;
    }
    if (target != SessionState::Admin) {
        // Staff act for the request this session produces: it is named now, so that the sign-in (and a refused
        // one) and everything after it is audited under the request's id. The staff menu has no request.
        m_submit.name();
    }
    if (staffAuthorised()) {
        setState(target);
        return true;
    }
    m_afterSignIn = target;
    m_beforeSignIn = m_state;
    setState(SessionState::StaffSignIn);
    return true;
}

bool KioskSession::useCodeB()
{
    const bool from = m_state == SessionState::PinEntry || m_state == SessionState::LastTryWarning ||
                      m_state == SessionState::PinBlocked;
    if (!from || !codeBAvailable()) {
        return false;
    }
    m_card.resetCodeB();
    m_beforeSignIn = m_state;
    return requireStaff(SessionState::CodeBEntry);
}

bool KioskSession::submitCodeB(std::shared_ptr<SecretBytes> code, bool confirmLastTry)
{
    if (m_state != SessionState::CodeBEntry || !code || !staffAuthorised()) {
        if (code) {
            code->clear();
        }
        return false;
    }
    Q_EMIT staffAction(StaffAction::CodeBRead, staffId(), m_submit.name(), {});
    m_card.readWithCodeB(std::move(code), confirmLastTry);
    setState(SessionState::Reading);
    return true;
}

bool KioskSession::staffSignInSucceeded()
{
    if (m_state != SessionState::StaffSignIn || !m_services.staff || !m_services.staff->isSignedIn()) {
        return false;
    }
    m_staffSignedIn = true;
    Q_EMIT staffAction(StaffAction::SignedIn, m_services.staff->staffId(), m_submit.requestId(),
                       m_services.staff->factorsName());
    setState(m_afterSignIn);
    return true;
}

bool KioskSession::cancelStaffSignIn()
{
    if (m_state != SessionState::StaffSignIn) {
        return false;
    }
    if (m_beforeSignIn == SessionState::Idle) {
        endSession();
    } else {
        setState(m_beforeSignIn);
    }
    return true;
}

bool KioskSession::retryCard()
{
    const CardProblemKind problem = m_card.problem();
    if (m_state != SessionState::CardProblem || m_card.readerState() != ReaderState::CardPresent ||
        problem == CardProblemKind::IntegrityFailed || problem == CardProblemKind::DifferentCard) {
        return false;
    }
    checkCard(ReadPurpose::Attributes);
    return true;
}

// ---- procedures and forms -----------------------------------------------------------------------------------

bool KioskSession::chooseLifeEvent(const QString &eventId)
{
    if (m_state != SessionState::ProcedureChoice || !m_services.navigator) {
        return false;
    }
    switch (m_forms.chooseLifeEvent(eventId)) {
    case FormsFlow::EventChoice::Refused:
        return false;
    case FormsFlow::EventChoice::Questions:
        setState(SessionState::Questions);
        return true;
    case FormsFlow::EventChoice::Forms:
        startForms();
        return true;
    }
    return false;
}

bool KioskSession::chooseForms(const QStringList &formIds)
{
    if (m_state != SessionState::ProcedureChoice || !m_forms.chooseForms(formIds)) {
        return false;
    }
    startForms();
    return true;
}

bool KioskSession::answerQuestions(const QSet<QString> &yes)
{
    if (m_state != SessionState::Questions) {
        return false;
    }
    m_forms.answerQuestions(yes);
    startForms();
    return true;
}

QString KioskSession::suggestedLifeEvent() const
{
    return m_state == SessionState::Review ? m_forms.suggestedLifeEvent() : QString();
}

bool KioskSession::switchLifeEvent(const QString &eventId)
{
    if (m_state != SessionState::Review) {
        return false;
    }
    const QString from = m_forms.lifeEventId();
    switch (m_forms.switchLifeEvent(eventId, m_card.record())) {
    case FormsFlow::EventChoice::Refused:
        return false;
    case FormsFlow::EventChoice::Questions:
        qCInfo(lcKioskSession) << "procedure switched" << from << "->" << eventId << "(questions first)";
        setState(SessionState::Questions);
        return true;
    case FormsFlow::EventChoice::Forms:
        qCInfo(lcKioskSession) << "procedure switched" << from << "->" << eventId;
        if (!readNumberForForms()) {
            Q_EMIT formIndexChanged(0);
        }
        return true;
    }
    return false;
}

bool KioskSession::applyPreEntry(QByteArrayView text, preentry::PreEntryError *error)
{
    if ((m_state != SessionState::Idle && m_state != SessionState::ProcedureChoice) || !m_services.navigator) {
        return false;
    }
    auto entry = preentry::PreEntryCodec::decode(text, *m_services.catalog, m_services.clock->now().date(),
                                                 m_services.navigator);
    if (!entry) {
        // The kind and the codec's technical detail only: never a value of the payload.
        qCInfo(lcKioskSession) << "pre-entry code refused:" << entry.error().toLogString();
        if (error) {
            *error = entry.error();
        }
        return false;
    }
    const QString procedure = entry->procedureId();
    qCInfo(lcKioskSession) << "pre-entry code read for" << procedure;
    m_preEntry = std::move(entry.value());
    if (m_state == SessionState::ProcedureChoice) {
        startPreEntry();
    } else {
        if (!m_preEntryTimer) {
            m_preEntryTimer = m_services.clock->createTimer(this);
            connect(m_preEntryTimer, &ClockTimer::timeout, this, [this] {
                if (m_state == SessionState::Idle && m_preEntry) {
                    m_preEntry.reset();
                    qCInfo(lcKioskSession) << "kept pre-entry code forgotten: no card followed";
                    Q_EMIT preEntryForgotten();
                }
            });
        }
        m_preEntryTimer->start(PendingPreEntryMs);
    }
    Q_EMIT preEntryAccepted(procedure);
    return true;
}

void KioskSession::startPreEntry()
{
    const preentry::PreEntry entry = std::move(*m_preEntry);
    m_preEntry.reset();
    m_preEntryDropped = m_forms.startPreEntry(entry, m_card.record());
    showForms();
}

void KioskSession::startForms()
{
    m_forms.startForms(m_card.record());
    showForms();
}

void KioskSession::showForms()
{
    if (readNumberForForms()) {
        return; // Review follows the read (CardOutcome::NumberRead)
    }
    setState(SessionState::Review);
    Q_EMIT formIndexChanged(0);
}

bool KioskSession::readNumberForForms()
{
    // Only when a chosen form asks for it, in counter mode, over the card the PIN verified (never with 照合番号B).
    if (m_config.mode != KioskMode::Counter || m_card.readWithCodeB() || !m_forms.needsIndividualNumber() ||
        !m_card.readNumberVerified()) {
        return false;
    }
    setState(SessionState::Reading);
    return true;
}

bool KioskSession::isCorrection(const QString &path, forms::Provenance provenance) const
{
    if (provenance != forms::Provenance::Staff || m_forms.formIndex() >= m_forms.formCount()) {
        return false;
    }
    const forms::FieldValue *current = m_forms.form(m_forms.formIndex()).value(path);
    return current && (current->provenance == forms::Provenance::Card || current->cardValue);
}

bool KioskSession::requestCorrection()
{
    if (m_state != SessionState::Review || m_config.mode != KioskMode::Counter || !m_services.staff) {
        return false;
    }
    m_submit.name(); // as in requireStaff: the sign-in is audited under the request's id
    if (staffAuthorised()) {
        return true;
    }
    m_afterSignIn = SessionState::Review;
    m_beforeSignIn = SessionState::Review;
    setState(SessionState::StaffSignIn);
    return true;
}

bool KioskSession::setValue(const QString &path, const QJsonValue &value, forms::Provenance provenance)
{
    if (m_state != SessionState::Review) {
        return false;
    }
    const bool correction = isCorrection(path, provenance);
    if (correction && !staffAuthorised()) {
        // A value read from the card is corrected by staff signed in for this session only.
        return false;
    }
    if (!m_forms.setValue(path, value, provenance)) {
        return false;
    }
    if (correction) {
        Q_EMIT staffAction(StaffAction::Corrected, staffId(), m_submit.name(), path);
    }
    return true;
}

bool KioskSession::removeValue(const QString &path)
{
    return m_state == SessionState::Review && m_forms.removeValue(path);
}

int KioskSession::addListItem(const QString &listPath)
{
    return m_state == SessionState::Review ? m_forms.addListItem(listPath) : -1;
}

bool KioskSession::removeListItem(const QString &listPath, int index)
{
    return m_state == SessionState::Review && m_forms.removeListItem(listPath, index);
}

bool KioskSession::canReadIndividualNumber() const
{
    return m_state == SessionState::Review && m_config.mode == KioskMode::Counter && !m_card.readWithCodeB() &&
           m_forms.currentAsksIndividualNumber();
}

bool KioskSession::readIndividualNumber()
{
    if (!canReadIndividualNumber()) {
        return false;
    }
    if (m_card.readNumberVerified()) {
        setState(SessionState::Reading); // the card is still verified: no PIN
        return true;
    }
    checkCard(ReadPurpose::IndividualNumber); // the card was powered down: the PIN once more
    return true;
}

bool KioskSession::reviewNext()
{
    if (m_state != SessionState::Review || m_forms.hasErrors(m_forms.formIndex())) {
        return false;
    }
    if (m_forms.nextForm()) {
        return true;
    }
    setState(SessionState::ResidentConfirm);
    return true;
}

bool KioskSession::back()
{
    switch (m_state) {
    case SessionState::Questions:
        m_forms.clearChoice();
        setState(SessionState::ProcedureChoice);
        return true;
    case SessionState::Review:
        if (m_forms.previousForm()) {
            return true;
        }
        setState(m_forms.dropForms() ? SessionState::Questions : SessionState::ProcedureChoice);
        return true;
    case SessionState::ResidentConfirm:
        setState(SessionState::Review);
        Q_EMIT formIndexChanged(m_forms.formIndex());
        return true;
    case SessionState::PinEntry:
    case SessionState::LastTryWarning:
    case SessionState::PinBlocked:
        if (m_card.purpose() == ReadPurpose::IndividualNumber) {
            m_card.setPurpose(ReadPurpose::Attributes);
            setState(SessionState::Review);
            Q_EMIT formIndexChanged(m_forms.formIndex());
            return true;
        }
        return false;
    case SessionState::CodeBEntry:
        setState(m_beforeSignIn == SessionState::LastTryWarning || m_beforeSignIn == SessionState::PinBlocked
                     ? m_beforeSignIn
                     : SessionState::PinEntry);
        return true;
    case SessionState::StaffSignIn:
        return cancelStaffSignIn();
    default:
        return false;
    }
}

bool KioskSession::residentConfirm()
{
    if (m_state != SessionState::ResidentConfirm || m_forms.anyErrors()) {
        return false;
    }
    if (m_config.mode == KioskMode::Counter && m_services.staff) {
        m_beforeSignIn = SessionState::ResidentConfirm;
        return requireStaff(SessionState::StaffConfirm);
    }
    submit();
    return true;
}

bool KioskSession::staffConfirm()
{
    if (m_state != SessionState::StaffConfirm || !staffAuthorised()) {
        return false;
    }
    m_confirmedBy = staffId();
    submit();
    Q_EMIT staffAction(StaffAction::Confirmed, m_confirmedBy, m_submit.requestId(), {});
    return true;
}

bool KioskSession::staffSendBack(int formIndex)
{
    if (m_state != SessionState::StaffConfirm || formIndex < 0 || formIndex >= formCount() || !staffAuthorised()) {
        return false;
    }
    Q_EMIT staffAction(StaffAction::SentBack, staffId(), m_submit.name(), {});
    m_forms.setFormIndex(formIndex);
    setState(SessionState::Review);
    Q_EMIT formIndexChanged(formIndex);
    return true;
}

// ---- the final step -----------------------------------------------------------------------------------------

void KioskSession::submit()
{
    // The forms are final: nothing more is read from the card in this visit, so its verified state ends here.
    m_card.releaseVerified();
    m_submit.prepare();
    setState(SessionState::Submitting);
    m_submit.send();
}

RequestContent KioskSession::requestContent() const
{
    RequestContent c;
    c.forms = &m_forms.forms();
    c.context = m_forms.formContext();
    c.formIds = m_forms.formIds();
    c.lifeEvent = m_forms.lifeEventId();
    c.answers = m_forms.navigatorAnswers();
    c.guidance = m_forms.guidance();
    c.integrity = m_card.integrity();
    c.language = m_language;
    c.staffId = m_confirmedBy;
    return c;
}

void KioskSession::onCommitted()
{
    if (m_state != SessionState::Submitting) {
        return;
    }
    // The request is safe in the sink: the resident's data has no further use here, and neither has the staff
    // member's sign-in (the done screen needs no staff step).
    Q_EMIT aboutToWipe();
    wipeData();
    signOutStaff();
    setState(SessionState::Done);
}

void KioskSession::onSubmitFailed(const SinkError &)
{
    if (m_state != SessionState::Submitting) {
        return;
    }
    setState(SessionState::SubmitFailed);
}

bool KioskSession::retrySubmit()
{
    if (m_state != SessionState::SubmitFailed || formCount() == 0) {
        return false;
    }
    submit();
    return true;
}

bool KioskSession::finish()
{
    if (m_state != SessionState::Done) {
        return false;
    }
    endSession();
    return true;
}

bool KioskSession::openAdmin()
{
    if (m_state != SessionState::Idle || !m_services.staff) {
        return false;
    }
    m_beforeSignIn = SessionState::Idle;
    return requireStaff(SessionState::Admin);
}

bool KioskSession::closeAdmin()
{
    if (m_state != SessionState::Admin) {
        return false;
    }
    signOutStaff();
    setState(SessionState::Idle);
    return true;
}

bool KioskSession::requestExit()
{
    if (m_state != SessionState::Admin || !staffAuthorised()) {
        return false;
    }
    qCInfo(lcKiosk) << "administrator exit";
    Q_EMIT staffAction(StaffAction::KioskClosed, staffId(), {}, {});
    Q_EMIT exitRequested();
    return true;
}

QList<HeldPrint> KioskSession::heldPrints() const
{
    return m_services.sink->heldPrints();
}

bool KioskSession::releaseHeldPrint(const QString &requestId)
{
    if (m_state != SessionState::Admin || !staffAuthorised()) {
        return false;
    }
    const QString staff = staffId();
    if (!m_services.sink->releaseHeld(requestId)) {
        return false;
    }
    Q_EMIT staffAction(StaffAction::HeldPrintReleased, staff, requestId, {});
    return true;
}

void KioskSession::cancel()
{
    if (m_state != SessionState::Idle) {
        endSession();
    }
}

void KioskSession::idleTimeout()
{
    if (m_state == SessionState::Idle || m_state == SessionState::Submitting) {
        return;
    }
    qCInfo(lcKioskSession) << "idle timeout in" << sessionStateName(m_state);
    endSession();
}

void KioskSession::endSession()
{
    Q_EMIT aboutToWipe();
    m_card.reset();
    m_forms.reset();
    // A pre-entry code kept for this resident is forgotten with the session (the next one must not get it).
    m_preEntry.reset();
    m_preEntryDropped.clear();
    // A request handed to the sink but not committed yet: if it commits, its paper is held for staff.
    m_submit.abandon();
    m_language = m_config.language;
    // Staff authority belongs to this session: whoever signed in for it is signed out, whatever ended it.
    signOutStaff();
    if (m_state != SessionState::Idle) {
        setState(SessionState::Idle);
    }
}

void KioskSession::wipeData()
{
    m_card.wipe();
    m_forms.wipe();
    m_preEntry.reset();
    m_preEntryDropped.clear();
}

} // namespace kakanai::kiosk
