#include "app/core/CardFlow.h"

#include "app/core/CardPort.h"
#include "app/core/KioskLogging.h"

namespace kakanai::kiosk {

using card::CardErrorCode;

CardFlow::CardFlow(CardPort *port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    qRegisterMetaType<ReaderState>();
    qRegisterMetaType<CardOutcome>();
    connect(port, &CardPort::serviceAvailabilityChanged, this, &CardFlow::onServiceAvailability);
    connect(port, &CardPort::readersChanged, this, &CardFlow::onReadersChanged);
    connect(port, &CardPort::cardInserted, this, &CardFlow::onCardInserted);
    connect(port, &CardPort::cardRemoved, this, &CardFlow::onCardRemoved);
    connect(port, &CardPort::cardUnreadable, this, &CardFlow::onCardUnreadable);
    connect(port, &CardPort::pinStatusReady, this, &CardFlow::onPinStatus);
    connect(port, &CardPort::residentRead, this, &CardFlow::onResidentRead);
    connect(port, &CardPort::operationFailed, this, &CardFlow::onOperationFailed);
}

CardFlow::~CardFlow()
{
    wipe();
}

void CardFlow::setReaderState(ReaderState state)
{
    if (m_readerState != state) {
        m_readerState = state;
        Q_EMIT readerStateChanged(state);
    }
}

void CardFlow::onServiceAvailability(bool available)
{
    m_serviceAvailable = available;
    if (!available) {
        setReaderState(ReaderState::NoService);
        Q_EMIT serviceLost();
    }
}

void CardFlow::onReadersChanged(const QList<card::ReaderInfo> &readers)
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

void CardFlow::onCardInserted(const QString &)
{
    setReaderState(ReaderState::CardPresent);
    Q_EMIT cardInserted();
}

void CardFlow::onCardRemoved(const QString &)
{
    setReaderState(m_serviceAvailable ? ReaderState::Ready : ReaderState::NoService);
    Q_EMIT cardRemoved();
}

void CardFlow::onCardUnreadable(const QString &)
{
    setReaderState(ReaderState::CardUnreadable);
    Q_EMIT cardUnreadable();
}

void CardFlow::checkCard(ReadPurpose purpose)
{
    m_held = false; // any other card operation powers a held card down first (CardService)
    m_purpose = purpose;
    m_triesLeft.reset();
    m_lastTryConfirmed = false;
    m_wrongPin = false;
    m_problem = CardProblemKind::None;
    m_pendingRead = false;
    m_pendingRequest = m_port->requestPinStatus();
}

void CardFlow::onPinStatus(quint64 id, const card::PinStatus &status)
{
    if (id != m_pendingRequest || m_pendingRead) {
        return;
    }
    m_pendingRequest = 0;
    Q_EMIT outcome(afterTries(status.inputSupportPin));
}

CardOutcome CardFlow::afterTries(std::optional<int> tries)
{
    m_triesLeft = tries;
    if (tries && *tries <= 0) {
        return CardOutcome::PinBlocked;
    }
    if (tries && *tries == 1 && !m_lastTryConfirmed) {
        return CardOutcome::LastTryWarning;
    }
    return CardOutcome::PinEntry;
}

void CardFlow::readWithPin(std::shared_ptr<SecretBytes> pin, bool keepVerified)
{
    card::ReadOptions options;
    options.credential = card::ReadOptions::Credential::Pin;
    options.withNumber = m_purpose == ReadPurpose::IndividualNumber;
    options.confirmLastTry = m_lastTryConfirmed;
    options.keepVerified = keepVerified;
    m_readWithCodeB = false;
    startRead(options, std::move(pin));
}

bool CardFlow::readNumberVerified()
{
    if (!m_held || m_readWithCodeB) {
        return false;
    }
    card::ReadOptions options;
    options.credential = card::ReadOptions::Credential::Verified;
    options.withNumber = true;
    m_purpose = ReadPurpose::IndividualNumber;
    m_wrongPin = false;
    m_pendingRead = true;
    m_pendingKeep = false;
    m_pendingVerified = true;
    m_pendingRequest = m_port->requestReadVerified(options);
    return true;
}

void CardFlow::releaseVerified()
{
    if (m_held) {
        m_held = false;
        m_port->releaseVerified();
    }
}

void CardFlow::readWithCodeB(std::shared_ptr<SecretBytes> code, bool confirmLastTry)
{
    card::ReadOptions options;
    options.credential = card::ReadOptions::Credential::CodeB;
    options.withNumber = false; // 照合番号B does not open the number (ref §4.6)
    options.confirmLastTry = confirmLastTry;
    m_readWithCodeB = true;
    startRead(options, std::move(code));
}

void CardFlow::resetCodeB()
{
    m_codeBTriesLeft.reset();
    m_codeBNeedsConfirm = false;
}

void CardFlow::startRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret)
{
    m_held = false; // a new read opens the card afresh (CardService powers a held card down first)
    m_wrongPin = false;
    m_pendingRead = true;
    m_pendingKeep =
        options.keepVerified && options.credential == card::ReadOptions::Credential::Pin && !options.withNumber;
    m_pendingVerified = false;
    m_pendingRequest = m_port->requestRead(options, std::move(secret));
}

void CardFlow::onResidentRead(quint64 id, const card::ReadOutcome &outcome)
{
    if (id != m_pendingRequest || !m_pendingRead) {
        return; // a result for a session already left: ignored, and ReadOutcome wipes its copy
    }
    m_pendingRequest = 0;
    // The card stays held (verified) after a read that asked for it, and after a read over the held card.
    m_held = m_pendingKeep || m_pendingVerified;
    if (outcome.integrity.status == card::IntegrityStatus::Failed) {
        qCWarning(lcKioskSession) << "card data failed its integrity check:" << outcome.integrity.reason;
        releaseVerified();
        m_problem = CardProblemKind::IntegrityFailed;
        Q_EMIT this->outcome(CardOutcome::Problem);
        return;
    }
    if (m_purpose == ReadPurpose::IndividualNumber) {
        if (outcome.record.name != m_record.name || outcome.record.birthDate != m_record.birthDate) {
            qCWarning(lcKioskSession) << "the card read for the number is not the card read first";
            m_problem = CardProblemKind::DifferentCard;
            releaseVerified();
            wipe();
            Q_EMIT this->outcome(CardOutcome::Problem);
            return;
        }
        Q_EMIT numberRead(outcome.record);
        m_purpose = ReadPurpose::Attributes;
        Q_EMIT this->outcome(CardOutcome::NumberRead);
        return;
    }
    m_record = outcome.record;
    m_integrity = outcome.integrity.status;
    qCInfo(lcKioskSession) << "card read; integrity" << outcome.integrity.statusName();
    Q_EMIT this->outcome(CardOutcome::AttributesRead);
}

void CardFlow::onOperationFailed(quint64 id, card::CardOperation, const card::CardError &error)
{
    if (id != m_pendingRequest) {
        return;
    }
    m_pendingRequest = 0;
    const bool overHeldCard = m_pendingRead && m_pendingVerified;
    m_pendingVerified = false;
    if (overHeldCard) {
        m_held = false; // CardService powers a held card down when a read over it fails
    }
    qCInfo(lcKioskSession) << "card operation failed:" << error.toLogString();
    if (error.isConnectionLoss() || error.code == CardErrorCode::NoCard) {
        Q_EMIT outcome(CardOutcome::Lost);
        return;
    }
    if (overHeldCard && error.code == CardErrorCode::SecurityStatusNotSatisfied) {
        // The held card is no longer verified (CardService powered it down, or the card lost its state): the
        // number needs the PIN after all. Ask the card for its tries first, as at the start.
        qCInfo(lcKioskSession) << "held card no longer verified: the PIN is asked again for the number";
        checkCard(ReadPurpose::IndividualNumber);
        return;
    }

    const bool codeB = m_pendingRead && m_readWithCodeB;
    switch (error.code) {
    case CardErrorCode::WrongPin:
        if (codeB) {
            m_codeBTriesLeft = error.triesLeft;
            m_codeBNeedsConfirm = false;
            Q_EMIT outcome(CardOutcome::CodeBEntry);
            return;
        }
        m_wrongPin = true;
        m_lastTryConfirmed = false;
        m_triesLeft = error.triesLeft;
        if (error.triesLeft && *error.triesLeft == 1) {
            Q_EMIT outcome(CardOutcome::LastTryWarning);
        } else if (error.triesLeft && *error.triesLeft <= 0) {
            Q_EMIT outcome(CardOutcome::PinBlocked);
        } else {
            Q_EMIT outcome(CardOutcome::PinEntry);
        }
        return;
    case CardErrorCode::PinBlocked:
        if (codeB) {
            m_problem = CardProblemKind::ReadFailed;
            Q_EMIT outcome(CardOutcome::Problem);
            return;
        }
        m_triesLeft = 0;
        Q_EMIT outcome(CardOutcome::PinBlocked);
        return;
    case CardErrorCode::LastTryNeedsConfirmation:
        if (codeB) {
            m_codeBTriesLeft = 1;
            m_codeBNeedsConfirm = true;
            Q_EMIT outcome(CardOutcome::CodeBEntry);
            return;
        }
        m_triesLeft = 1;
        m_lastTryConfirmed = false;
        Q_EMIT outcome(CardOutcome::LastTryWarning);
        return;
    case CardErrorCode::InvalidPinFormat:
        // The screens only submit well-formed input; stay where the input came from.
        Q_EMIT outcome(codeB ? CardOutcome::CodeBEntry : CardOutcome::PinEntry);
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
    Q_EMIT outcome(CardOutcome::Problem);
}

void CardFlow::reset()
{
    releaseVerified();
    wipe();
    m_pendingRequest = 0; // results still in flight are ignored
    m_pendingRead = false;
    m_pendingKeep = false;
    m_pendingVerified = false;
    m_triesLeft.reset();
    m_lastTryConfirmed = false;
    m_wrongPin = false;
    m_codeBTriesLeft.reset();
    m_codeBNeedsConfirm = false;
    m_purpose = ReadPurpose::Attributes;
    m_problem = CardProblemKind::None;
}

void CardFlow::wipe()
{
    m_record.wipe();
    m_readWithCodeB = false;
    m_integrity = card::IntegrityStatus::NotVerifiable;
}

} // namespace kakanai::kiosk
