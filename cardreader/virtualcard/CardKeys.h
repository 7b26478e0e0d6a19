#pragma once

#include "cardreader/Ossl.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kakanai::virtualcard {

struct Persona;

// The test keys and certificates behind a virtual card, created with OpenSSL (RSA-2048) on first use and kept in a
// folder so that a reader configured with the trust anchor and the issuer key keeps working across restarts:
//
//   <dir>/jpki-ca.pem, jpki-ca-key.pem    test JPKI CA (trust anchor for the reader's certificate check); it
//                                         issues both the 利用者証明用 and the 署名用 certificates
//   <dir>/issuer-public.pem, issuer-key.pem
//                                         test issuer of the 入力補助AP card-verifiable certificate (EF 0004);
//                                         the reader verifies the integrity record with issuer-public.pem
//   <dir>/cards/<persona id>/             the card's own keys: ap-key.pem (signs EF 0003), auth-key.pem and
//                                         auth-cert.pem (JPKI 0017/000A), sign-key.pem and sign-cert.pem (001A/0001)
//
// Certificates are re-issued when what the persona asks for changed (expiry date, the auth_cert_expired fault) or
// when the CA was replaced; keys are never replaced once written. Private keys are written with mode 0600.
class CardKeys
{
public:
    CardKeys(CardKeys &&) = default;
    CardKeys &operator=(CardKeys &&) = default;

    // Loads what exists in dir and creates the rest. Serialised with a lock file in dir, so that several emulators
    // sharing one folder agree on one CA. nullopt with *error on any I/O or OpenSSL failure.
    static std::optional<CardKeys> open(const QString &dir, const Persona &persona, QString *error);
    // Everything in memory, nothing written (fuzz targets, quick unit tests).
    static std::optional<CardKeys> generate(const Persona &persona, QString *error);

    QString dir() const { return m_dir; } // empty for in-memory keys
    QString trustAnchorPath() const;      // <dir>/jpki-ca.pem
    QString issuerPublicKeyPath() const;  // <dir>/issuer-public.pem

    EVP_PKEY *issuerKey() const { return m_issuerKey.get(); }
    EVP_PKEY *apKey() const { return m_apKey.get(); }
    EVP_PKEY *authKey() const { return m_authKey.get(); }
    EVP_PKEY *signKey() const { return m_signKey.get(); }
    X509 *caCertificate() const { return m_caCert.get(); }
    X509 *authCertificate() const { return m_authCert.get(); }
    X509 *signCertificate() const { return m_signCert.get(); }

    QByteArray caCertificateDer() const;
    QByteArray authCertificateDer() const;
    QByteArray signCertificateDer() const;
    QByteArray issuerPublicKeyPem() const;
    QByteArray caCertificatePem() const;

private:
    CardKeys() = default;
    bool build(const QString &dir, const Persona &persona, QString *error);

    QString m_dir;
    ossl::PKey m_caKey;
    ossl::X509Ptr m_caCert;
    ossl::PKey m_issuerKey;
    ossl::PKey m_apKey;
    ossl::PKey m_authKey;
    ossl::X509Ptr m_authCert;
    ossl::PKey m_signKey;
    ossl::X509Ptr m_signCert;
};

// The validity the 利用者証明用 certificate of a persona must have: until the card's expiry date (end of day in
// Japan), or, with the auth_cert_expired fault, a period that ended 30 days before `now`.
struct Validity
{
    QDateTime notBefore;
    QDateTime notAfter;
};
Validity authCertificateValidity(const Persona &persona, const QDateTime &now);
Validity signCertificateValidity(const Persona &persona, const QDateTime &now);

// RSA signing as the card does it.
enum class SignScheme
{
    Pkcs1Raw,  // PKCS#1 v1.5 type-1 padding of the given bytes (at most k - 11 = 245 bytes)
    PssSha256, // RSASSA-PSS over a given 32-byte SHA-256 hash, salt length 32
};
QByteArray rsaSign(EVP_PKEY *key, const QByteArray &input, SignScheme scheme);
// sha256WithRSAEncryption over data (PKCS#1 v1.5 of the SHA-256 DigestInfo).
QByteArray signSha256(EVP_PKEY *key, const QByteArray &data);
// Big-endian modulus (padded to the key size) and public exponent of an RSA key.
QByteArray rsaModulus(EVP_PKEY *key);
QByteArray rsaExponent(EVP_PKEY *key);

} // namespace kakanai::virtualcard
