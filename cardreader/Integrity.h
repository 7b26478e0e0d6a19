#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace kakanai::card {

// Whether the attributes read from the card are provably the issuer's (ref §4.5).
enum class IntegrityStatus
{
    Verified,      // EF 0004 certified by the configured issuer key, EF 0003 signed by it, digests match
    NotVerifiable, // no issuer key configured: nothing was checked, and the screen must say so
    Failed,        // a signature or digest did not match, or the records are malformed
};

struct IntegrityResult
{
    IntegrityStatus status = IntegrityStatus::NotVerifiable;
    bool numberCovered = false; // the individual number's digest was checked too (only when it was read)
    QString reason;             // technical, for logs and staff diagnostics; no personal data

    QString statusName() const; // "verified", "not_verifiable", "failed"
};

// EF 0004: card-verifiable certificate 7F21 { 5F4E body, 5F37 signature }; body = issuer key id (16) +
// subject key id (16) + 90 exponent + 91 modulus; signature = PKCS#1 v1.5 SHA-256 over the body value.
struct CvCertificate
{
    QByteArray issuerKeyId;
    QByteArray subjectKeyId;
    QByteArray exponent;
    QByteArray modulus;
    QByteArray body;
    QByteArray signature;

    // The 7-digit issuer id at the start of a key id ("5000033" on production cards, "6000033" on test cards).
    QString issuerId() const;
};
std::optional<CvCertificate> parseCvCertificate(QByteArrayView ef0004);

// EF 0003: FF30 { DF31 SHA-256(EF 0001 physical), DF32 SHA-256(EF 0002 body), DF33 signature over DF31+DF32 }.
struct IntegrityRecord
{
    QByteArray numberDigest;
    QByteArray attributesDigest;
    QByteArray signature;
    QByteArray signedPart; // the DF31 and DF32 objects, as the signature covers them
};
std::optional<IntegrityRecord> parseIntegrityRecord(QByteArrayView ef0003);

struct IntegrityInputs
{
    QByteArray attributesFile;            // EF 0002 as read
    std::optional<QByteArray> numberFile; // EF 0001, physical 17 bytes, when it was read
    QByteArray integrityRecord;           // EF 0003
    QByteArray integrityCertificate;      // EF 0004
};

// Verifies with the issuer's public key (nullptr: NotVerifiable).
IntegrityResult verifyIntegrity(const IntegrityInputs &inputs, EVP_PKEY *issuerKey);

} // namespace kakanai::card

Q_DECLARE_METATYPE(kakanai::card::IntegrityResult)
