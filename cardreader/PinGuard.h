#pragma once

#include "cardreader/CardError.h"
#include "cardreader/StatusWord.h"

#include <optional>

namespace kakanai::card {

// The decisions that keep a resident from being locked out. Pure functions, so every branch is unit-tested.
// The rules: ask the card how many tries remain before any VERIFY; never retry automatically; with one
// try left send nothing without an explicit, separate confirmation; a blocked key goes to staff.
namespace pinguard {

// What a counter query told us.
struct TriesState
{
    enum class Kind
    {
        Remaining,       // triesLeft holds the count (0 means blocked)
        Blocked,         // 63C0 or 6984/6983
        NoLimit,         // 6300: key without a retry counter
        AlreadyVerified, // 9000: verified earlier in this power session
    };
    Kind kind = Kind::Remaining;
    int triesLeft = 0;
};

// Interprets the answer to VERIFY-without-data. nullopt for answers that do not describe a key state (6A82 ...).
std::optional<TriesState> interpretQuery(StatusWord sw);

enum class Decision
{
    Send,
    RefuseBlocked,
    RefuseLastTryUnconfirmed,
};

// Whether to send the reference data given the counter state and whether the person confirmed using the last try.
Decision decide(const TriesState &state, bool lastTryConfirmed);

// Interprets the answer to a VERIFY that carried reference data: success, WrongPin with the tries now left,
// PinBlocked, or an unexpected status. Never suggests sending again.
std::optional<CardError> interpretVerify(StatusWord sw);

// Format checks done before anything is sent, so a typo never costs a try.
bool isValidFourDigitPin(const QByteArray &pin);
bool isValidSignPassword(const QByteArray &password); // 6-16 of [0-9A-Z]
bool isValidCodeB(const QByteArray &code);            // 14 digits

} // namespace pinguard

} // namespace kakanai::card
