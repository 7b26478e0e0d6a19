#pragma once

#include "cardreader/StatusWord.h"

#include "common/Error.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace kakanai::card {

Q_NAMESPACE

// Every way a card operation can fail, as the UI must distinguish them. The library never builds user-facing
// sentences; the UI maps these codes to translated text.
enum class CardErrorCode
{
    NoService,                  // pcscd not running or restarting (SCARD_E_NO_SERVICE / SERVICE_STOPPED)
    NoReader,                   // no reader attached, or the named one is gone
    NoCard,                     // reader present but empty
    CardRemoved,                // card pulled out during the operation
    CardReset,                  // another process reset the card
    ReaderUnavailable,          // reader unplugged or failed during the operation
    SharingViolation,           // another process holds the card exclusively
    Cancelled,                  // cancelled by us (SCardCancel, session ended)
    Timeout,                    // SCARD_E_TIMEOUT
    CommunicationError,         // transport failure (SCARD_F_COMM_ERROR, SCARD_E_NOT_TRANSACTED, ...)
    NotMyNumberCard,            // the application could not be selected: some other card
    WrongPin,                   // 63Cx, x > 0: see triesLeft
    PinBlocked,                 // 63C0 / 6984 / 6983: only the municipal counter can reset it
    LastTryNeedsConfirmation,   // one try left and the caller did not confirm separately
    InvalidPinFormat,           // refused before sending: wrong length or characters
    SecurityStatusNotSatisfied, // 6982: read attempted without verification
    MalformedResponse, // the card's answer does not parse (bad TLV, wrong length, non-digit data, bad check digit)
    UnexpectedStatus,  // any other status word; see statusWord
    CryptoError,       // OpenSSL failure on our side
    InternalError,     // any other PC/SC error; see pcscCode
};
Q_ENUM_NS(CardErrorCode)

struct CardError : kakanai::Error<CardErrorCode, CardErrorCode::InternalError>
{
    std::optional<StatusWord> statusWord; // the card's answer, when the card gave one
    std::optional<int> triesLeft;         // WrongPin: tries left after this attempt
    std::uint32_t pcscCode = 0;           // the raw PC/SC return code, when PC/SC failed

    static CardError fromCode(CardErrorCode code, QString detail = {})
    {
        CardError e;
        e.code = code;
        e.detail = std::move(detail);
        return e;
    }
    static CardError fromStatus(CardErrorCode code, StatusWord sw, QString detail = {})
    {
        CardError e = fromCode(code, std::move(detail));
        e.statusWord = sw;
        return e;
    }
    // Translates a PC/SC return code. The one place where SCARD_* codes are interpreted.
    static CardError fromPcsc(long rv, QString detail = {});

    // True when the error means the card or reader went away, so the caller should wait for a card again.
    bool isConnectionLoss() const;

    // "wrong_pin sw=63C2 tries=2: detail" style summary for logs; contains no personal data.
    QString toLogString() const;
};

} // namespace kakanai::card

Q_DECLARE_METATYPE(kakanai::card::CardError)
