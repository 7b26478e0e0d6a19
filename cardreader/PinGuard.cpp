#include "cardreader/PinGuard.h"

namespace kakanai::card::pinguard {

std::optional<TriesState> interpretQuery(StatusWord sw)
{
    if (sw.meansBlocked()) {
        return TriesState{TriesState::Kind::Blocked, 0};
    }
    if (const auto tries = sw.triesLeft()) {
        return TriesState{TriesState::Kind::Remaining, *tries};
    }
    if (sw.value() == 0x6300) {
        return TriesState{TriesState::Kind::NoLimit, 0};
    }
    if (sw.isSuccess()) {
        return TriesState{TriesState::Kind::AlreadyVerified, 0};
    }
    return std::nullopt;
}

Decision decide(const TriesState &state, bool lastTryConfirmed)
{
    switch (state.kind) {
    case TriesState::Kind::Blocked:
        return Decision::RefuseBlocked;
    case TriesState::Kind::NoLimit:
    case TriesState::Kind::AlreadyVerified:
        return Decision::Send;
    case TriesState::Kind::Remaining:
        if (state.triesLeft <= 0) {
            return Decision::RefuseBlocked;
        }
        if (state.triesLeft == 1 && !lastTryConfirmed) {
            return Decision::RefuseLastTryUnconfirmed;
        }
        return Decision::Send;
    }
    return Decision::RefuseBlocked;
}

std::optional<CardError> interpretVerify(StatusWord sw)
{
    if (sw.isSuccess()) {
        return std::nullopt;
    }
    if (sw.meansBlocked()) {
        return CardError::fromStatus(CardErrorCode::PinBlocked, sw);
    }
    if (const auto tries = sw.triesLeft()) {
        CardError e = CardError::fromStatus(CardErrorCode::WrongPin, sw);
        e.triesLeft = *tries;
        return e;
    }
    if (sw.value() == 0x6300) {
        // Wrong reference data on a key without a counter.
        return CardError::fromStatus(CardErrorCode::WrongPin, sw);
    }
    return CardError::fromStatus(CardErrorCode::UnexpectedStatus, sw, QStringLiteral("VERIFY"));
}

namespace {

bool allOf(const QByteArray &s, bool (*pred)(char))
{
    for (const char c : s) {
        if (!pred(c)) {
            return false;
        }
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isDigitOrUpper(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z');
}

} // namespace

bool isValidFourDigitPin(const QByteArray &pin)
{
    return pin.size() == 4 && allOf(pin, isDigit);
}

bool isValidSignPassword(const QByteArray &password)
{
    return password.size() >= 6 && password.size() <= 16 && allOf(password, isDigitOrUpper);
}

bool isValidCodeB(const QByteArray &code)
{
    return code.size() == 14 && allOf(code, isDigit);
}

} // namespace kakanai::card::pinguard
