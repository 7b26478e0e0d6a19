#pragma once

#include "common/Wipe.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace kakanai::kiosk {

// How the card face prints the birth date, which 照合番号B's first six digits follow.
enum class CodeBBirthYear
{
    Wareki,  // 和暦: YY is the year within the era (1980-02-17 = 昭和55 → 55), ref §4.6, confirmed on a card
    Western, // 西暦: YY is the last two digits of the Western year (1980 → 80); see codeBFromCardFace
};

// 照合番号B (ref mynumbercard.md §4.6), 14 ASCII digits: the birth date as YYMMDD in the form the card face
// prints it, the expiry year (4 digits, Western), the 4-digit security code. nullopt when a part cannot be
// written that way (a 和暦 birth date before 明治, an expiry year outside 2000-2099, a security code that is not
// 4 digits), so nothing malformed ever reaches the card and costs a try.
//
// The Western form is not documented: the reference confirms the 和暦 form on a Japanese national's card and
// marks the form for cards whose face prints the birth date in 西暦 (foreign residents) as unknown [U]. We follow
// the precedent it cites, the old 住基カード, whose 照合番号 used the last two digits of the Western year for
// foreign residents. If a real card proves otherwise, this function is the one place to change.
std::optional<SecretBytes> codeBFromCardFace(QDate birth, CodeBBirthYear form, int expiryYear,
                                             const QByteArray &securityCode);

} // namespace kakanai::kiosk
