#include "cardreader/CardError.h"

#include <PCSC/pcsclite.h>
#include <PCSC/winscard.h>

namespace kakanai::card {

CardError CardError::fromPcsc(long rv, QString detail)
{
    CardError e;
    e.pcscCode = static_cast<std::uint32_t>(rv);
    e.detail = std::move(detail);
    // The only place SCARD_* return codes are interpreted. Grouped as OpenSC's reader-pcsc.c groups them: a
    // stopped or absent service is "no readers yet" (pcscd is socket-activated and may come back), an unknown or
    // vanished reader is a removed reader.
    switch (static_cast<LONG>(rv)) {
    case static_cast<LONG>(SCARD_E_NO_SERVICE):
    case static_cast<LONG>(SCARD_E_SERVICE_STOPPED):
    case static_cast<LONG>(SCARD_E_INVALID_HANDLE): // context died with pcscd
        e.code = CardErrorCode::NoService;
        break;
    case static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE):
    case static_cast<LONG>(SCARD_E_UNKNOWN_READER):
        e.code = CardErrorCode::NoReader;
        break;
    case static_cast<LONG>(SCARD_E_READER_UNAVAILABLE):
        e.code = CardErrorCode::ReaderUnavailable;
        break;
    case static_cast<LONG>(SCARD_E_NO_SMARTCARD):
        e.code = CardErrorCode::NoCard;
        break;
    case static_cast<LONG>(SCARD_W_REMOVED_CARD):
        e.code = CardErrorCode::CardRemoved;
        break;
    case static_cast<LONG>(SCARD_W_RESET_CARD):
        e.code = CardErrorCode::CardReset;
        break;
    case static_cast<LONG>(SCARD_E_SHARING_VIOLATION):
        e.code = CardErrorCode::SharingViolation;
        break;
    case static_cast<LONG>(SCARD_E_CANCELLED):
        e.code = CardErrorCode::Cancelled;
        break;
    case static_cast<LONG>(SCARD_E_TIMEOUT):
        e.code = CardErrorCode::Timeout;
        break;
    case static_cast<LONG>(SCARD_W_UNRESPONSIVE_CARD):
    case static_cast<LONG>(SCARD_W_UNPOWERED_CARD):
    case static_cast<LONG>(SCARD_W_UNSUPPORTED_CARD):
    case static_cast<LONG>(SCARD_E_PROTO_MISMATCH):
    case static_cast<LONG>(SCARD_E_NOT_TRANSACTED):
    case static_cast<LONG>(SCARD_F_COMM_ERROR):
    case static_cast<LONG>(SCARD_E_INSUFFICIENT_BUFFER):
        e.code = CardErrorCode::CommunicationError;
        break;
    default:
        e.code = CardErrorCode::InternalError;
        break;
    }
    return e;
}

bool CardError::isConnectionLoss() const
{
    switch (code) {
    case CardErrorCode::NoService:
    case CardErrorCode::NoReader:
    case CardErrorCode::NoCard:
    case CardErrorCode::CardRemoved:
    case CardErrorCode::CardReset:
    case CardErrorCode::ReaderUnavailable:
    case CardErrorCode::CommunicationError:
        return true;
    default:
        return false;
    }
}

QString cardErrorCodeName(CardErrorCode code)
{
    switch (code) {
    case CardErrorCode::NoService:
        return QStringLiteral("no_service");
    case CardErrorCode::NoReader:
        return QStringLiteral("no_reader");
    case CardErrorCode::NoCard:
        return QStringLiteral("no_card");
    case CardErrorCode::CardRemoved:
        return QStringLiteral("card_removed");
    case CardErrorCode::CardReset:
        return QStringLiteral("card_reset");
    case CardErrorCode::ReaderUnavailable:
        return QStringLiteral("reader_unavailable");
    case CardErrorCode::SharingViolation:
        return QStringLiteral("sharing_violation");
    case CardErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case CardErrorCode::Timeout:
        return QStringLiteral("timeout");
    case CardErrorCode::CommunicationError:
        return QStringLiteral("communication_error");
    case CardErrorCode::NotMyNumberCard:
        return QStringLiteral("not_my_number_card");
    case CardErrorCode::WrongPin:
        return QStringLiteral("wrong_pin");
    case CardErrorCode::PinBlocked:
        return QStringLiteral("pin_blocked");
    case CardErrorCode::LastTryNeedsConfirmation:
        return QStringLiteral("last_try_needs_confirmation");
    case CardErrorCode::InvalidPinFormat:
        return QStringLiteral("invalid_pin_format");
    case CardErrorCode::SecurityStatusNotSatisfied:
        return QStringLiteral("security_status_not_satisfied");
    case CardErrorCode::MalformedResponse:
        return QStringLiteral("malformed_response");
    case CardErrorCode::UnexpectedStatus:
        return QStringLiteral("unexpected_status");
    case CardErrorCode::CryptoError:
        return QStringLiteral("crypto_error");
    case CardErrorCode::InternalError:
        return QStringLiteral("internal_error");
    }
    return QStringLiteral("internal_error");
}

QString CardError::codeName() const
{
    return cardErrorCodeName(code);
}

QString CardError::toLogString() const
{
    QString s = codeName();
    if (statusWord) {
        s += QStringLiteral(" sw=") + statusWord->toString();
    }
    if (triesLeft) {
        s += QStringLiteral(" tries=") + QString::number(*triesLeft);
    }
    if (pcscCode != 0) {
        s += QStringLiteral(" pcsc=0x") + QString::number(pcscCode, 16).toUpper();
    }
    if (!detail.isEmpty()) {
        s += QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    return s;
}

} // namespace kakanai::card
