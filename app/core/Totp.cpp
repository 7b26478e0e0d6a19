#include "app/core/Totp.h"

#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <array>

namespace kakanai::kiosk {

namespace {
constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray Totp::hotp(const QByteArray &key, quint64 counter, int digits)
{
    if (digits < 6 || digits > 8 || key.isEmpty()) {
        return {};
    }
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[size_t(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), key.constData(), int(key.size()), message.data(), message.size(), mac.data(), &macLength) ||
        macLength != 20) {
        return {};
    }
    // Dynamic truncation (RFC 4226 §5.3): 31 bits from the offset the last nibble names.
    const unsigned offset = mac[19] & 0x0f;
    quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16) |
                     (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    OPENSSL_cleanse(mac.data(), mac.size());
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i) {
        modulo *= 10;
    }
    QByteArray out = QByteArray::number(binary % modulo);
    return QByteArray(digits - out.size(), '0') + out;
}

QByteArray Totp::code(const QByteArray &key, qint64 unixSeconds, int digits)
{
    return unixSeconds < 0 ? QByteArray() : hotp(key, quint64(stepAt(unixSeconds)), digits);
}

std::optional<qint64> Totp::verify(const QByteArray &key, const QByteArray &code, qint64 unixSeconds,
                                   qint64 lastUsedStep)
{
    if (code.size() != Digits || unixSeconds < StepSeconds) {
        return std::nullopt;
    }
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> matched;
    for (qint64 step = now - 1; step <= now + 1; ++step) {
        QByteArray expected = hotp(key, quint64(step), Digits);
        const bool same = expected.size() == code.size() &&
                          CRYPTO_memcmp(expected.constData(), code.constData(), size_t(Digits)) == 0;
        wipe(expected);
        if (same && !matched) {
            matched = step;
        }
    }
    if (!matched || *matched <= lastUsedStep) {
        return std::nullopt;
    }
    return matched;
}

QByteArray Totp::newSecret()
{
    QByteArray secret(SecretLength, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), SecretLength) != 1) {
        return {};
    }
    return secret;
}

QString Totp::toBase32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(Base32Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 0x1f]);
    }
    return out;
}

std::optional<QByteArray> Totp::fromBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('=')) {
            continue;
        }
        const char upper = char(c.toUpper().toLatin1());
        const char *at = upper ? std::char_traits<char>::find(Base32Alphabet, 32, upper) : nullptr;
        if (!at) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | quint32(at - Base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString Totp::otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer + QLatin1Char(':') + account, ":"));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
        .arg(label, toBase32(secret), QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
        .arg(Digits)
        .arg(StepSeconds);
}

} // namespace kakanai::kiosk
