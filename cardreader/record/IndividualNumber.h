#pragma once

#include "common/Wipe.h"

#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace kakanai {

// The 12-digit individual number (個人番号). Held in a fixed buffer that is wiped on destruction and on wipe();
// never converted to a QString except for the one consumer that must hand it on (the request builder), and
// shown on screen only masked. Copyable because a FormInstance may need its own copy; every copy wipes itself.
class IndividualNumber
{
public:
    static constexpr int Length = 12;

    IndividualNumber() = default;
    IndividualNumber(const IndividualNumber &) = default;
    IndividualNumber &operator=(const IndividualNumber &) = default;
    ~IndividualNumber() { wipe(); }

    // Check digit (検査用数字) of 総務省令第85号 第5条: the 11 base digits numbered from the right as n = 1..11,
    // weights n + 1 for n <= 6 and n - 5 for n >= 7, check = 11 - (sum mod 11), or 0 when the remainder is 0 or 1.
    // Returns nullopt if the input is not exactly 11 ASCII digits.
    static constexpr std::optional<int> checkDigitFor(std::string_view baseDigits)
    {
        if (baseDigits.size() != 11) {
            return std::nullopt;
        }
        int sum = 0;
        for (int n = 1; n <= 11; ++n) {
            const char c = baseDigits[static_cast<size_t>(11 - n)];
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            const int weight = n <= 6 ? n + 1 : n - 5;
            sum += (c - '0') * weight;
        }
        const int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    static constexpr bool isValid(std::string_view digits)
    {
        if (digits.size() != Length) {
            return false;
        }
        const auto check = checkDigitFor(digits.substr(0, 11));
        return check && digits[11] == static_cast<char>('0' + *check);
    }

    // Builds a number from 12 ASCII digits with a correct check digit; nullopt otherwise.
    static std::optional<IndividualNumber> fromDigits(std::string_view digits)
    {
        if (!isValid(digits)) {
            return std::nullopt;
        }
        IndividualNumber number;
        for (int i = 0; i < Length; ++i) {
            number.m_digits[static_cast<size_t>(i)] = digits[static_cast<size_t>(i)];
        }
        number.m_set = true;
        return number;
    }

    bool isSet() const { return m_set; }

    // The digits for the one consumer that must hand them on. The caller owns wiping its copy.
    QString digits() const { return m_set ? QString::fromLatin1(m_digits.data(), Length) : QString(); }

    // What a screen may show: all but the last four digits hidden ("•••• •••• 9018").
    QString masked() const
    {
        if (!m_set) {
            return QString();
        }
        QString out = QStringLiteral("\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 ");
        out += QString::fromLatin1(m_digits.data() + 8, 4);
        return out;
    }

    void wipe()
    {
        OPENSSL_cleanse(m_digits.data(), m_digits.size());
        m_set = false;
    }

    friend bool operator==(const IndividualNumber &a, const IndividualNumber &b)
    {
        return a.m_set == b.m_set && CRYPTO_memcmp(a.m_digits.data(), b.m_digits.data(), Length) == 0;
    }

private:
    std::array<char, Length> m_digits{};
    bool m_set = false;
};

} // namespace kakanai
