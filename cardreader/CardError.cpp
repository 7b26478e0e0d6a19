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

QString CardError::toLogString() const
{
    return kakanai::errorLogLine(
        codeName(),
        {{"sw", statusWord ? statusWord->toString() : QString()},
         {"tries", triesLeft ? QString::number(*triesLeft) : QString()},
         {"pcsc", pcscCode != 0 ? QStringLiteral("0x") + QString::number(pcscCode, 16).toUpper() : QString()}},
        detail);
}

} // namespace kakanai::card
