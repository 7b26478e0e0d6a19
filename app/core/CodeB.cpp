#include "app/core/CodeB.h"

#include "forms/Wareki.h"

#include <openssl/crypto.h>

#include <cstdio>

namespace kakanai::kiosk {

std::optional<SecretBytes> codeBFromCardFace(QDate birth, CodeBBirthYear form, int expiryYear,
                                             const QByteArray &securityCode)
{
    if (!birth.isValid() || expiryYear < 2000 || expiryYear > 2099 || securityCode.size() != 4) {
        return std::nullopt;
    }
    for (char c : securityCode) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    int year = 0;
    if (form == CodeBBirthYear::Wareki) {
        const auto w = forms::toWareki(birth);
        if (!w) {
            return std::nullopt;
        }
        year = w->year;
    } else {
        year = birth.year();
    }
    char head[16] = {};
    std::snprintf(head, sizeof head, "%02d%02d%02d%04d", year % 100, birth.month(), birth.day(), expiryYear);
    QByteArray full(head, 10);
    OPENSSL_cleanse(head, sizeof head);
    full.append(securityCode);
    return SecretBytes(std::move(full));
}

} // namespace kakanai::kiosk
