#include "app/core/KioskSession.h"

#include "app/core/CardPort.h"
#include "app/core/KioskLogging.h"
#include "app/core/StaffAccounts.h"
#include "common/Clock.h"

#include "forms/ReceiptNumber.h"
#include "forms/Request.h"
#include "preentry/PreEntryCodec.h"

#include <QJsonDocument>

namespace kakanai::kiosk {

using card::CardErrorCode;
using forms::FormInstance;

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
               to == S::LastTryWarning || to == S::PinBlocked || to == S::ResidentConfirm;
    case S::CodeBEntry:
        return to == S::Reading || to == S::PinEntry || to == S::LastTryWarning || to == S::PinBlocked;
    case S::Reading:
        return to == S::ProcedureChoice || to == S::Review || to == S::PinEntry || to == S::LastTryWarning ||
               to == S::PinBlocked || to == S::CodeBEntry || to == S::CardProblem;
    case S::CardProblem:
        return to == S::CheckingCard;
    case S::ProcedureChoice:
        return to == S::Questions || to == S::Review;
    case S::Questions:
        return to == S::Review || to == S::ProcedureChoice;
    case S::Review:
        return to == S::ResidentConfirm || to == S::ProcedureChoice || to == S::Questions || to == S::CheckingCard;
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
{
    qRegisterMetaType<SessionState>();
    qRegisterMetaType<ReaderState>();
    qRegisterMetaType<SinkError>();
    qRegisterMetaType<PrintOutcome>();
    m_language = config.language;
    CardPort *card = m_services.card;
    connect(card, &CardPort::serviceAvailabilityChanged, this, &KioskSession::onServiceAvailability);
    connect(card, &CardPort::readersChanged, this, &KioskSession::onReadersChanged);
    connect(card, &CardPort::cardInserted, this, &KioskSession::onCardInserted);
    connect(card, &CardPort::cardRemoved, this, &KioskSession::onCardRemoved);
    connect(card, &CardPort::cardUnreadable, this, &KioskSession::onCardUnreadable);
    connect(card, &CardPort::pinStatusReady, this, &KioskSession::onPinStatus);
    connect(card, &CardPort::residentRead, this, &KioskSession::onResidentRead);
    connect(card, &CardPort::operationFailed, this, &KioskSession::onOperationFailed);
    connect(m_services.sink, &RequestSink::receiptReserved, this, &KioskSession::onReceiptReserved);
    connect(m_services.sink, &RequestSink::committed, this, &KioskSession::onCommitted);
    connect(m_services.sink, &RequestSink::failed, this, &KioskSession::onSubmitFailed);
    connect(m_services.sink, &RequestSink::printFinished, this, &KioskSession::onPrintFinished);
}

KioskSession::~KioskSession()
{
    wipeData();
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

void KioskSession::setReaderState(ReaderState state)
{
    if (m_readerState != state) {
        m_readerState = state;
        Q_EMIT readerStateChanged(state);
    }
}

// ---- card events --------------------------------------------------------------------------------------------

void KioskSession::onServiceAvailability(bool available)
{
    m_serviceAvailable = available;
    if (!available) {
        setReaderState(ReaderState::NoService);
        if (m_state != SessionState::Idle && m_state != SessionState::Admin && m_state != SessionState::Submitting &&
            m_state != SessionState::Done) {
            qCInfo(lcKioskSession) << "PC/SC service lost: session ends";
            endSession();
        }
    }
}

void KioskSession::onReadersChanged(const QList<card::ReaderInfo> &readers)
{
    if (!m_serviceAvailable) {
        setReaderState(ReaderState::NoService);
        return;
    }
    ReaderState state = ReaderState::NoReader;
    for (const auto &r : readers) {
        ReaderState s = ReaderState::Ready;
        if (r.cardPresent) {
            s = r.mute ? ReaderState::CardUnreadable : ReaderState::CardPresent;
        }
        // The most informative reader wins: a card in one reader matters more than an empty one.
        if (state == ReaderState::NoReader || int(s) > int(state)) {
            state = s;
        }
    }
    setReaderState(state);
}

void KioskSession::onCardInserted(const QString &)
{
    setReaderState(ReaderState::CardPresent);
    if (m_state == SessionState::Idle || m_state == SessionState::CardProblem) {
        if (m_state == SessionState::CardProblem) {
            endSession();
        }
        checkCard(ReadPurpose::Attributes);
    }
}

void KioskSession::onCardRemoved(const QString &)
{
    setReaderState(m_serviceAvailable ? ReaderState::Ready : ReaderState::NoService);
    if (m_state == SessionState::Idle || m_state == SessionState::Admin) {
        return;
    }
    // Card pulled in any state: the session ends at once. A submission already handed to the sink
    // goes on there; only the screen returns to idle.
    qCInfo(lcKioskSession) << "card removed in" << sessionStateName(m_state);
    endSession();
}

void KioskSession::onCardUnreadable(const QString &)
{
    setReaderState(ReaderState::CardUnreadable);
    if (m_state == SessionState::Idle) {
        m_problem = CardProblemKind::Unreadable;
        setState(SessionState::CardProblem);
    }
}

void KioskSession::checkCard(ReadPurpose purpose)
{
    m_purpose = purpose;
    m_triesLeft.reset();
    m_lastTryConfirmed = false;
    m_wrongPin = false;
    m_problem = CardProblemKind::None;
    m_pendingRequest = m_services.card->requestPinStatus();
    setState(SessionState::CheckingCard);
}

void KioskSession::onPinStatus(quint64 id, const card::PinStatus &status)
{
    if (id != m_pendingRequest || m_state != SessionState::CheckingCard) {
        return;
    }
    m_pendingRequest = 0;
    afterTries(status.inputSupportPin);
}

void KioskSession::afterTries(std::optional<int> tries)
{
    m_triesLeft = tries;
    if (tries && *tries <= 0) {
        setState(SessionState::PinBlocked);
    } else if (tries && *tries == 1 && !m_lastTryConfirmed) {
        setState(SessionState::LastTryWarning);
    } else {
        setState(SessionState::PinEntry);
    }
}

bool KioskSession::start()
{
    if (m_state != SessionState::Idle || m_readerState != ReaderState::CardPresent) {
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
    card::ReadOptions options;
    options.credential = card::ReadOptions::Credential::Pin;
    options.withNumber = m_purpose == ReadPurpose::IndividualNumber;
    options.confirmLastTry = m_lastTryConfirmed;
    m_readWithCodeB = false;
    startRead(options, std::move(pin));
    return true;
}

bool KioskSession::confirmLastTry()
{
    if (m_state != SessionState::LastTryWarning) {
        return false;
    }
    m_lastTryConfirmed = true;
    setState(SessionState::PinEntry);
    return true;
}

bool KioskSession::codeBAvailable() const
{
    return m_config.mode == KioskMode::Counter && m_purpose == ReadPurpose::Attributes && m_services.staff;
}

bool KioskSession::requireStaff(SessionState target)
{
    if (!m_services.staff) {
        return false;
    }
    if (m_services.staff->isSignedIn()) {
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
    m_codeBTriesLeft.reset();
    m_codeBNeedsConfirm = false;
    m_beforeSignIn = m_state;
    return requireStaff(SessionState::CodeBEntry);
}

bool KioskSession::submitCodeB(std::shared_ptr<SecretBytes> code, bool confirmLastTry)
{
    if (m_state != SessionState::CodeBEntry || !code) {
        if (code) {
            code->clear();
        }
        return false;
    }
    card::ReadOptions options;
    options.credential = card::ReadOptions::Credential::CodeB;
    options.withNumber = false; // 照合番号B does not open the number (ref §4.6)
    options.confirmLastTry = confirmLastTry;
    m_readWithCodeB = true;
    startRead(options, std::move(code));
    return true;
}

bool KioskSession::staffSignInSucceeded()
{
    if (m_state != SessionState::StaffSignIn || !m_services.staff || !m_services.staff->isSignedIn()) {
        return false;
    }
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

void KioskSession::startRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret)
{
    m_wrongPin = false;
    m_pendingRequest = m_services.card->requestRead(options, std::move(secret));
    setState(SessionState::Reading);
}

void KioskSession::onResidentRead(quint64 id, const card::ReadOutcome &outcome)
{
    if (id != m_pendingRequest || m_state != SessionState::Reading) {
        return; // a result for a session already left: ignored, and ReadOutcome wipes its copy
    }
    m_pendingRequest = 0;
    if (outcome.integrity.status == card::IntegrityStatus::Failed) {
        qCWarning(lcKioskSession) << "card data failed its integrity check:" << outcome.integrity.reason;
        m_problem = CardProblemKind::IntegrityFailed;
        setState(SessionState::CardProblem);
        return;
    }
    if (m_purpose == ReadPurpose::IndividualNumber) {
        if (outcome.record.name != m_record.name || outcome.record.birthDate != m_record.birthDate) {
            qCWarning(lcKioskSession) << "the card read for the number is not the card read first";
            m_problem = CardProblemKind::DifferentCard;
            wipeData();
            setState(SessionState::CardProblem);
            return;
        }
        mergeIndividualNumber(outcome.record);
        m_purpose = ReadPurpose::Attributes;
        setState(SessionState::Review);
        Q_EMIT formChanged(m_formIndex);
        return;
    }
    m_record = outcome.record;
    m_integrity = outcome.integrity.status;
    qCInfo(lcKioskSession) << "card read; integrity" << outcome.integrity.statusName();
    setState(SessionState::ProcedureChoice);
    if (m_preEntry) {
        startPreEntry();
    }
}

void KioskSession::onOperationFailed(quint64 id, card::CardOperation, const card::CardError &error)
{
    if (id != m_pendingRequest) {
        return;
    }
    m_pendingRequest = 0;
    qCInfo(lcKioskSession) << "card operation failed in" << sessionStateName(m_state) << error.toLogString();
    if (error.isConnectionLoss() || error.code == CardErrorCode::NoCard) {
        endSession();
        return;
    }
    const bool codeB = m_state == SessionState::Reading && m_readWithCodeB;
    switch (error.code) {
    case CardErrorCode::WrongPin:
        if (codeB) {
            m_codeBTriesLeft = error.triesLeft;
            m_codeBNeedsConfirm = false;
            setState(SessionState::CodeBEntry);
            return;
        }
        m_wrongPin = true;
        m_lastTryConfirmed = false;
        m_triesLeft = error.triesLeft;
        if (error.triesLeft && *error.triesLeft == 1) {
            setState(SessionState::LastTryWarning);
        } else if (error.triesLeft && *error.triesLeft <= 0) {
            setState(SessionState::PinBlocked);
        } else {
            setState(SessionState::PinEntry);
        }
        return;
    case CardErrorCode::PinBlocked:
        if (codeB) {
            m_problem = CardProblemKind::ReadFailed;
            setState(SessionState::CardProblem);
            return;
        }
        m_triesLeft = 0;
        setState(SessionState::PinBlocked);
        return;
    case CardErrorCode::LastTryNeedsConfirmation:
        if (codeB) {
            m_codeBTriesLeft = 1;
            m_codeBNeedsConfirm = true;
            setState(SessionState::CodeBEntry);
            return;
        }
        m_triesLeft = 1;
        m_lastTryConfirmed = false;
        setState(SessionState::LastTryWarning);
        return;
    case CardErrorCode::InvalidPinFormat:
        // The screens only submit well-formed input; stay where the input came from.
        setState(codeB ? SessionState::CodeBEntry : SessionState::PinEntry);
        return;
    case CardErrorCode::NotMyNumberCard:
        m_problem = CardProblemKind::NotMyNumberCard;
        break;
    case CardErrorCode::SharingViolation:
        m_problem = CardProblemKind::InUse;
        break;
    default:
        m_problem = CardProblemKind::ReadFailed;
        break;
    }
    if (m_state == SessionState::CheckingCard || m_state == SessionState::Reading) {
        setState(SessionState::CardProblem);
    }
}

bool KioskSession::retryCard()
{
    if (m_state != SessionState::CardProblem || m_readerState != ReaderState::CardPresent ||
        m_problem == CardProblemKind::IntegrityFailed || m_problem == CardProblemKind::DifferentCard) {
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
    const forms::LifeEvent *event = m_services.navigator->event(eventId);
    if (!event || event->forms.isEmpty()) {
        return false;
    }
    for (const QString &id : event->forms) {
        if (!m_services.catalog->form(id)) {
            return false;
        }
    }
    m_lifeEvent = eventId;
    m_formIds = event->forms;
    m_yes.clear();
    m_answers.clear();
    m_guidance.clear();
    if (!event->questions.isEmpty()) {
        setState(SessionState::Questions);
        return true;
    }
    m_guidance = applyingProcedures(eventId, m_answers);
    startForms();
    return true;
}

bool KioskSession::chooseForms(const QStringList &formIds)
{
    if (m_state != SessionState::ProcedureChoice || formIds.isEmpty()) {
        return false;
    }
    for (const QString &id : formIds) {
        if (!m_services.catalog->form(id)) {
            return false;
        }
    }
    m_lifeEvent.clear();
    m_formIds = formIds;
    m_yes.clear();
    m_answers.clear();
    m_guidance.clear();
    startForms();
    return true;
}

QList<forms::RelatedProcedure> KioskSession::applyingProcedures(const QString &eventId,
                                                                const forms::NavigatorAnswers &answers) const
{
    QList<forms::RelatedProcedure> out;
    if (auto decisions = m_services.navigator->decide(eventId, answers)) {
        for (const forms::ProcedureDecision &d : *decisions) {
            if (!d.undecided) {
                out.append(d.procedure);
            }
        }
    }
    return out;
}

bool KioskSession::answerQuestions(const QSet<QString> &yes)
{
    if (m_state != SessionState::Questions) {
        return false;
    }
    m_yes = yes;
    // Every question of the event was asked: those not answered yes were answered no.
    m_answers = m_services.navigator->answersOf(m_lifeEvent, yes);
    m_guidance = applyingProcedures(m_lifeEvent, m_answers);
    startForms();
    return true;
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
    m_preEntryDropped.clear();
    m_lifeEvent = entry.eventId;
    m_yes.clear();
    m_answers.clear();
    m_guidance.clear();
    if (const forms::LifeEvent *event = m_lifeEvent.isEmpty() ? nullptr : m_services.navigator->event(m_lifeEvent)) {
        m_formIds = event->forms;
        // The questions answered at home; one left unanswered stays "not asked" (the slip says "if it applies").
        m_answers = entry.navigator;
        for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
            if (it.value()) {
                m_yes.insert(it.key());
            }
        }
        m_guidance = applyingProcedures(m_lifeEvent, m_answers);
    } else {
        m_formIds = {entry.forms.first().formId};
    }
    startForms();
    const forms::FormContext context = formContext();
    for (int i = 0; i < formCount(); ++i) {
        FormInstance &f = form(i);
        if (const preentry::PreEntryForm *answers = entry.form(f.definition().id)) {
            const preentry::PreEntryApplied applied = preentry::applyPreEntry(f, *answers, context);
            for (const QString &path : applied.dropped) {
                m_preEntryDropped.append(f.definition().id + QLatin1Char('/') + path);
            }
            f.derive(context);
            Q_EMIT formChanged(i);
        }
    }
}

void KioskSession::startForms()
{
    m_forms.clear();
    const forms::FormContext context = formContext();
    for (const QString &id : std::as_const(m_formIds)) {
        FormInstance instance(m_services.catalog->shared(id));
        instance.prefill(m_record);
        instance.derive(context);
        m_forms.push_back(std::move(instance));
    }
    m_formIndex = 0;
    m_numberRead = false;
    setState(SessionState::Review);
    Q_EMIT formIndexChanged(0);
}

forms::FormContext KioskSession::formContext() const
{
    forms::FormContext c;
    c.today = m_services.clock->now().date();
    c.municipality = m_config.municipality;
    c.municipalityCode = m_config.municipalityCode;
    c.mode = m_config.mode == KioskMode::Counter ? forms::Mode::Counter : forms::Mode::SelfService;
    return c;
}

QList<forms::ValidationIssue> KioskSession::issues(int index) const
{
    if (index < 0 || index >= formCount()) {
        return {};
    }
    return form(index).validate(formContext());
}

bool KioskSession::hasErrors(int index) const
{
    const auto list = issues(index);
    return std::any_of(list.cbegin(), list.cend(),
                       [](const forms::ValidationIssue &i) { return i.severity == forms::Severity::Error; });
}

bool KioskSession::setValue(const QString &path, const QJsonValue &value, forms::Provenance provenance)
{
    if (m_state != SessionState::Review || m_formIndex >= formCount()) {
        return false;
    }
    FormInstance &f = form(m_formIndex);
    if (f.setValue(path, value, provenance)) {
        return false;
    }
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return true;
}

bool KioskSession::removeValue(const QString &path)
{
    if (m_state != SessionState::Review || m_formIndex >= formCount()) {
        return false;
    }
    FormInstance &f = form(m_formIndex);
    f.remove(path);
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return true;
}

int KioskSession::addListItem(const QString &listPath)
{
    if (m_state != SessionState::Review || m_formIndex >= formCount()) {
        return -1;
    }
    FormInstance &f = form(m_formIndex);
    const forms::FieldDefinition *list = f.definition().field(listPath);
    if (!list || list->type != forms::FieldType::List || list->itemFields.isEmpty()) {
        return -1;
    }
    const int index = f.itemCount(listPath);
    if (list->maxItems > 0 && index >= list->maxItems) {
        return -1;
    }
    // An item exists once one of its fields has a value: answer the list's first choice-like field with nothing
    // yet, through the answers path that creates the item.
    QJsonObject answers{{listPath, QJsonArray()}};
    QJsonArray items;
    for (int i = 0; i <= index; ++i) {
        items.append(QJsonObject());
    }
    answers.insert(listPath, items);
    f.applyAnswers(answers, forms::Provenance::Resident);
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return f.itemCount(listPath) > index ? index : -1;
}

bool KioskSession::removeListItem(const QString &listPath, int index)
{
    if (m_state != SessionState::Review || m_formIndex >= formCount()) {
        return false;
    }
    FormInstance &f = form(m_formIndex);
    const forms::FieldDefinition *list = f.definition().field(listPath);
    const int count = f.itemCount(listPath);
    if (!list || list->type != forms::FieldType::List || index < 0 || index >= count) {
        return false;
    }
    // FormInstance has no way to shrink a list, so the instance is rebuilt without the item (later items move
    // down), keeping each value's provenance and the card's value behind a changed one.
    FormInstance rebuilt(f.sharedDefinition());
    for (const QString &path : f.paths()) {
        QString target = path;
        if (const auto item = forms::parseItemPath(path); item && item->list == listPath) {
            if (item->index == index) {
                continue;
            }
            target = forms::itemPath(listPath, item->index > index ? item->index - 1 : item->index, item->local);
        }
        const forms::FieldValue *v = f.value(path);
        if (!v->copiedFrom.isEmpty()) {
            continue; // derive() copies it again
        }
        const forms::FieldDefinition *def = f.definition().field(path);
        if (def && def->type == forms::FieldType::IndividualNumber) {
            if (const IndividualNumber *number = f.individualNumber(path)) {
                QString digits = number->digits();
                rebuilt.setValue(target, digits, v->provenance);
                wipe(digits);
            }
            continue;
        }
        if (v->cardValue) {
            rebuilt.setValue(target, v->cardValue->toJson(), forms::Provenance::Card);
        }
        rebuilt.setValue(target, v->value.toJson(), v->provenance);
    }
    f.wipe();
    f = std::move(rebuilt);
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return true;
}

bool KioskSession::canReadIndividualNumber() const
{
    if (m_state != SessionState::Review || m_config.mode != KioskMode::Counter || m_readWithCodeB || m_numberRead ||
        m_formIndex >= formCount()) {
        return false;
    }
    return form(m_formIndex).definition().asksIndividualNumber;
}

bool KioskSession::readIndividualNumber()
{
    if (!canReadIndividualNumber()) {
        return false;
    }
    checkCard(ReadPurpose::IndividualNumber);
    return true;
}

void KioskSession::mergeIndividualNumber(const ResidentRecord &withNumber)
{
    if (!withNumber.individualNumber || !withNumber.individualNumber->isSet()) {
        return;
    }
    QString digits = withNumber.individualNumber->digits();
    for (FormInstance &f : m_forms) {
        if (!f.definition().asksIndividualNumber) {
            continue;
        }
        auto setIf = [&](const forms::FieldDefinition &field, const QString &path) {
            if (field.type == forms::FieldType::IndividualNumber &&
                field.prefill == forms::CardAttribute::IndividualNumber) {
                f.setValue(path, digits, forms::Provenance::Card);
            }
        };
        for (const forms::FieldDefinition &field : f.definition().fields) {
            if (field.type == forms::FieldType::List) {
                for (const forms::FieldDefinition &item : field.itemFields) {
                    setIf(item, forms::itemPath(field.id, 0, item.id)); // the card holder is the first item
                }
            } else {
                setIf(field, field.id);
            }
        }
        f.derive(formContext());
    }
    wipe(digits);
    m_numberRead = true;
    qCInfo(lcKioskSession) << "individual number read for the forms that ask for it";
}

bool KioskSession::reviewNext()
{
    if (m_state != SessionState::Review || hasErrors(m_formIndex)) {
        return false;
    }
    if (m_formIndex + 1 < formCount()) {
        ++m_formIndex;
        Q_EMIT formIndexChanged(m_formIndex);
        return true;
    }
    setState(SessionState::ResidentConfirm);
    return true;
}

bool KioskSession::back()
{
    switch (m_state) {
    case SessionState::Questions:
        m_lifeEvent.clear();
        m_formIds.clear();
        m_yes.clear();
        m_answers.clear();
        setState(SessionState::ProcedureChoice);
        return true;
    case SessionState::Review:
        if (m_formIndex > 0) {
            --m_formIndex;
            Q_EMIT formIndexChanged(m_formIndex);
            return true;
        }
        for (FormInstance &f : m_forms) {
            f.wipe();
        }
        m_forms.clear();
        m_numberRead = false;
        if (!m_lifeEvent.isEmpty() && m_services.navigator->event(m_lifeEvent) &&
            !m_services.navigator->event(m_lifeEvent)->questions.isEmpty()) {
            setState(SessionState::Questions);
        } else {
            m_lifeEvent.clear();
            m_formIds.clear();
            setState(SessionState::ProcedureChoice);
        }
        return true;
    case SessionState::ResidentConfirm:
        setState(SessionState::Review);
        Q_EMIT formIndexChanged(m_formIndex);
        return true;
    case SessionState::PinEntry:
    case SessionState::LastTryWarning:
    case SessionState::PinBlocked:
        if (m_purpose == ReadPurpose::IndividualNumber) {
            m_purpose = ReadPurpose::Attributes;
            setState(SessionState::Review);
            Q_EMIT formIndexChanged(m_formIndex);
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
    if (m_state != SessionState::ResidentConfirm) {
        return false;
    }
    for (int i = 0; i < formCount(); ++i) {
        if (hasErrors(i)) {
            return false;
        }
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
    if (m_state != SessionState::StaffConfirm || !m_services.staff || !m_services.staff->isSignedIn()) {
        return false;
    }
    submit();
    return true;
}

bool KioskSession::staffSendBack(int formIndex)
{
    if (m_state != SessionState::StaffConfirm || formIndex < 0 || formIndex >= formCount()) {
        return false;
    }
    m_formIndex = formIndex;
    setState(SessionState::Review);
    Q_EMIT formIndexChanged(m_formIndex);
    return true;
}

// ---- the final step -----------------------------------------------------------------------------------------

void KioskSession::submit()
{
    m_submitError.reset();
    m_printOutcome.reset();
    const quint64 ticket = ++m_ticket;
    if (m_requestId.isEmpty()) {
        // The first attempt names the request and fixes its time; a retry after a failed commit sends the same
        // id (the idempotency key of delivery) and the same receipt number.
        m_createdAt = m_services.clock->now();
        m_requestId = forms::uuidV7(m_createdAt.toMSecsSinceEpoch());
    }
    setState(SessionState::Submitting);
    if (m_receiptNumber.isEmpty()) {
        // The number comes from the sink's durable counter of the kiosk's local day; the request is built with it.
        m_services.sink->reserveReceipt(ticket, m_createdAt.date());
        return;
    }
    handOver(ticket);
}

void KioskSession::onReceiptReserved(quint64 ticket, int sequence)
{
    if (ticket != m_ticket || m_state != SessionState::Submitting || !m_receiptNumber.isEmpty()) {
        return;
    }
    m_receiptNumber = forms::formatReceiptNumber(m_config.receiptPrefix, sequence);
    if (m_receiptNumber.isEmpty()) {
        onSubmitFailed(ticket, SinkError{SinkErrorCode::StorageFailed,
                                         QStringLiteral("receipt sequence %1 out of range").arg(sequence)});
        return;
    }
    handOver(ticket);
}

void KioskSession::handOver(quint64 ticket)
{
    const forms::FormContext context = formContext();
    QList<forms::RequestForm> parts;
    for (const FormInstance &f : m_forms) {
        forms::RequestForm part;
        part.instance = &f;
        for (const forms::ValidationIssue &issue : f.validate(context)) {
            if (issue.severity == forms::Severity::Warning) {
                part.warnings.append(issue);
            }
        }
        parts.append(part);
    }
    forms::RequestOptions options;
    options.requestId = m_requestId;
    options.receiptNumber = m_receiptNumber;
    options.kioskId = m_config.kioskId;
    options.createdAt = m_createdAt;
    options.lifeEvent = m_lifeEvent;
    options.cardIntegrity = card::IntegrityResult{m_integrity, false, {}}.statusName();
    options.navigatorAnswers = m_answers;

    Submission s;
    s.requestId = m_requestId;
    s.receiptNumber = m_receiptNumber;
    s.requestJson = std::make_shared<const SecretBytes>(
        QJsonDocument(forms::buildRequest(parts, context, options)).toJson(QJsonDocument::Compact));
    s.formIds = m_formIds;
    s.lifeEvent = m_lifeEvent;
    s.language = m_language;
    s.guidance = m_guidance;
    s.mode = m_config.mode;
    s.createdAt = m_createdAt;
    qCInfo(lcKioskSubmit) << "request" << m_requestId << "receipt" << m_receiptNumber << "handed to the sink,"
                          << m_forms.size() << "form(s)";
    m_services.sink->submit(ticket, s);
}

void KioskSession::onCommitted(quint64 ticket)
{
    if (ticket != m_ticket) {
        qCInfo(lcKioskSubmit) << "request committed after its session ended (ticket" << ticket << ")";
        return;
    }
    if (m_state != SessionState::Submitting) {
        return;
    }
    qCInfo(lcKioskSubmit) << "request" << m_requestId << "committed";
    // The request is safe in the sink: the resident's data has no further use here.
    Q_EMIT aboutToWipe();
    wipeData();
    setState(SessionState::Done);
}

void KioskSession::onSubmitFailed(quint64 ticket, const SinkError &error)
{
    if (ticket != m_ticket || m_state != SessionState::Submitting) {
        return;
    }
    qCWarning(lcKioskSubmit) << "request" << m_requestId << "not stored:" << error.detail;
    m_submitError = error;
    setState(SessionState::SubmitFailed);
}

void KioskSession::onPrintFinished(quint64 ticket, const PrintOutcome &outcome)
{
    if (ticket != m_ticket) {
        qCInfo(lcKioskSubmit) << "print finished after its session ended:" << int(outcome.status);
        return;
    }
    m_printOutcome = outcome;
    Q_EMIT printFinished(outcome);
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
    if (m_services.staff) {
        m_services.staff->signOut();
    }
    setState(SessionState::Idle);
    return true;
}

bool KioskSession::requestExit()
{
    if (m_state != SessionState::Admin || !m_services.staff || !m_services.staff->isSignedIn()) {
        return false;
    }
    qCInfo(lcKiosk) << "administrator exit";
    Q_EMIT exitRequested();
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
    wipeData();
    m_pendingRequest = 0; // results still in flight are ignored
    m_triesLeft.reset();
    m_lastTryConfirmed = false;
    m_wrongPin = false;
    m_codeBTriesLeft.reset();
    m_codeBNeedsConfirm = false;
    m_purpose = ReadPurpose::Attributes;
    m_problem = CardProblemKind::None;
    m_receiptNumber.clear();
    m_requestId.clear();
    m_createdAt = QDateTime();
    m_printOutcome.reset();
    m_submitError.reset();
    m_guidance.clear();
    m_language = m_config.language;
    if (m_state == SessionState::Admin || m_state == SessionState::StaffSignIn) {
        if (m_services.staff && m_state == SessionState::Admin) {
            m_services.staff->signOut();
        }
    }
    if (m_state != SessionState::Idle) {
        setState(SessionState::Idle);
    }
}

void KioskSession::wipeData()
{
    m_record.wipe();
    for (FormInstance &f : m_forms) {
        f.wipe();
    }
    m_forms.clear();
    m_formIds.clear();
    m_lifeEvent.clear();
    m_yes.clear();
    m_answers.clear();
    m_preEntry.reset();
    m_preEntryDropped.clear();
    m_formIndex = 0;
    m_numberRead = false;
    m_readWithCodeB = false;
    m_integrity = card::IntegrityStatus::NotVerifiable;
}

} // namespace kakanai::kiosk
