#include "app/core/Totp.h"

#include "preentry/PreEntryCodec.h"

#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <array>

namespace kakanai::kiosk {

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
    return QString::fromLatin1(preentry::PreEntryCodec::base32Encode(bytes));
}

std::optional<QByteArray> Totp::fromBase32(const QString &text)
{
    // The pre-entry codec's strict RFC 4648 decoder (no padding, any case), after what people and apps add.
    QString compact = text;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('='));
    for (const QChar c : std::as_const(compact)) {
        if (c.unicode() > 0x7f) {
            return std::nullopt;
        }
    }
    return preentry::PreEntryCodec::base32Decode(compact.toLatin1());
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
