#pragma once

#include "common/Wipe.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kakanai::kiosk {

// The staff sign-in's second factor, a time-based one-time password (TOTP, RFC 6238 over HOTP, RFC 4226):
// HMAC-SHA-1 (OpenSSL) of the 30-second step number, 6 digits, as every authenticator app shows it. The kiosk accepts
// the code of the current step and of one step either side (clock drift), and never the same step twice for one
// staff member (replay): Totp::verify returns the step it matched, which the caller keeps.
class Totp
{
public:
    static constexpr int Digits = 6;
    static constexpr int StepSeconds = 30;
    static constexpr int SecretLength = 20; // 160 bits, as RFC 4226 recommends for HMAC-SHA-1

    // HOTP (RFC 4226): `digits` decimal digits of the dynamic truncation of HMAC-SHA-1(key, counter). Empty on an
    // OpenSSL failure.
    static QByteArray hotp(const QByteArray &key, quint64 counter, int digits = Digits);
    // The step a Unix time falls in, and the code of that step.
    static qint64 stepAt(qint64 unixSeconds) { return unixSeconds / StepSeconds; }
    static QByteArray code(const QByteArray &key, qint64 unixSeconds, int digits = Digits);

    // The step (now - 1, now or now + 1) whose code is `code`, if it is later than `lastUsedStep` (a step already
    // used, or older, is refused: a code seen over a shoulder cannot be used again). Compares in constant time and
    // checks all three steps whatever matches.
    static std::optional<qint64> verify(const QByteArray &key, const QByteArray &code, qint64 unixSeconds,
                                        qint64 lastUsedStep);

    // A new random secret (RAND_bytes); empty on failure.
    static QByteArray newSecret();
    // RFC 4648 base32 without padding (upper case), as authenticator apps and otpauth:// URIs write secrets
    // (preentry::PreEntryCodec's codec); the decoder takes upper or lower case, ignores spaces and '=' padding, and
    // refuses anything else.
    static QString toBase32(const QByteArray &bytes);
    static std::optional<QByteArray> fromBase32(const QString &text);
    // The enrolment URI an authenticator app reads from a QR code (Key Uri Format):
    // otpauth://totp/<issuer>:<account>?secret=<base32>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30
    static QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret);
};

} // namespace kakanai::kiosk
