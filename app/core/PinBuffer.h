#pragma once

#include "common/Wipe.h"

#include <QByteArray>

#include <array>
#include <memory>

#include <openssl/crypto.h>

namespace kakanai::kiosk {

// Digits typed on an on-screen keypad for a secret (the card PIN, 照合番号B's security code, a staff PIN): a fixed
// buffer overwritten on every clear, never a QString, never shown. take() hands the digits over as the SecretBytes
// CardService (or the staff check) wipes after use, and clears the buffer.
class PinBuffer
{
public:
    static constexpr int Capacity = 16;

    PinBuffer() = default;
    PinBuffer(const PinBuffer &) = delete;
    PinBuffer &operator=(const PinBuffer &) = delete;
    ~PinBuffer() { clear(); }

    bool append(char digit)
    {
        if (m_size >= Capacity || m_size >= m_limit || digit < '0' || digit > '9') {
            return false;
        }
        m_digits[size_t(m_size++)] = digit;
        return true;
    }
    void backspace()
    {
        if (m_size > 0) {
            m_digits[size_t(--m_size)] = 0;
        }
    }
    void clear()
    {
        OPENSSL_cleanse(m_digits.data(), m_digits.size());
        m_size = 0;
    }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void setLimit(int limit) { m_limit = std::min(limit, Capacity); }
    int limit() const { return m_limit; }

    // The digits as SecretBytes (the only copy), and this buffer cleared.
    std::shared_ptr<SecretBytes> take()
    {
        auto secret = std::make_shared<SecretBytes>(QByteArray(m_digits.data(), m_size));
        clear();
        return secret;
    }

private:
    std::array<char, Capacity> m_digits{};
    int m_size = 0;
    int m_limit = Capacity;
};

} // namespace kakanai::kiosk
