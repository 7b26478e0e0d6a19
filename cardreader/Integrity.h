#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include "common/Expected.h"

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

// Why the check did not verify, by the shape or the check that failed. A signature covers only part of each file
// (the DF31 and DF32 objects of EF 0003, the 5F4E body of EF 0004), so anything the signature does not cover must
// be absent: a file of any other shape is refused by its shape before a signature is even looked at. A cloned
// card that appends an unsigned DF32 (or DF31) after DF33 is RecordElementAfterSignature.
enum class IntegrityFailure
{
    None,                             // verified, or not verifiable (no issuer key configured)
    FilesUnreadable,                  // EF 0003 or EF 0004 could not be read from the card
    CertificateNotTemplate,           // EF 0004 does not start with a complete 7F21 object
    CertificateTrailingData,          // bytes after the 7F21 object
    CertificateElementMissing,        // 7F21 lacks 5F4E or 5F37
    CertificateElementDuplicated,     // 5F4E or 5F37 more than once
    CertificateElementUnexpected,     // an element other than 5F4E and 5F37 in 7F21
    CertificateElementOrder,          // 5F37 before 5F4E
    CertificateElementAfterSignature, // anything after 5F37
    CertificateKeyLayout,             // the body is not two 16-byte key ids followed by exactly 90 and 91
    CertificateNonMinimalLength,      // a length not in its shortest form (the card writes DER lengths)
    CertificateSignatureInvalid,      // 5F37 does not verify with the configured issuer key
    CertificateKeyUnusable,           // 90/91 do not make an RSA public key
    RecordNotTemplate,                // EF 0003 does not start with a complete FF30 object
    RecordTrailingData,               // bytes after the FF30 object
    RecordElementMissing,             // FF30 lacks DF31, DF32 or DF33
    RecordElementDuplicated,          // DF31, DF32 or DF33 more than once (before DF33)
    RecordElementUnexpected,          // an element other than DF31, DF32, DF33 in FF30
    RecordElementOrder,               // not DF31, DF32, DF33 in this order
    RecordElementAfterSignature,      // anything after DF33: data the signature does not cover
    RecordWrongLength,                // a digest not 32 bytes, or a signature not the size of the card key
    RecordNonMinimalLength,           // a length not in its shortest form
    RecordSignatureInvalid,           // DF33 does not verify with the key certified in EF 0004
    AttributesMalformed,              // EF 0002 has no FF20 object to digest
    AttributesDigestMismatch,         // SHA-256 of EF 0002 differs from DF32
    NumberDigestMismatch,             // SHA-256 of EF 0001 differs from DF31
};

// Stable snake_case name for logs, JSON and tests: "record_element_after_signature".
QString integrityFailureName(IntegrityFailure failure);

struct IntegrityResult
{
    IntegrityStatus status = IntegrityStatus::NotVerifiable;
    bool numberCovered = false; // the individual number's digest was checked too (only when it was read)
    QString reason;             // technical, for logs and staff diagnostics; no personal data
    IntegrityFailure failure = IntegrityFailure::None; // set whenever status is Failed

    QString statusName() const;  // "verified", "not_verifiable", "failed"
    QString failureName() const; // integrityFailureName(failure)
};

// EF 0004: card-verifiable certificate 7F21 { 5F4E body, 5F37 signature }; body = issuer key id (16) +
// subject key id (16) + 90 exponent + 91 modulus; signature = PKCS#1 v1.5 SHA-256 over the body value.
// Parsing is strict (ref §4.5): exactly 5F4E then 5F37, exactly 90 then 91 after the key ids, shortest length
// forms, nothing after the 7F21 object; anything else is the IntegrityFailure naming the shape.
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
Expected<CvCertificate, IntegrityFailure> parseCvCertificate(QByteArrayView ef0004);

// EF 0003: FF30 { DF31 SHA-256(EF 0001 physical), DF32 SHA-256(EF 0002 body), DF33 signature over DF31+DF32 }.
// Parsing is strict (ref §4.5): exactly DF31, DF32, DF33 in this order, once each, DF33 last, 32-byte digests,
// shortest length forms, nothing after the FF30 object. The signature's length is checked against the card key by
// verifyIntegrity.
struct IntegrityRecord
{
    QByteArray numberDigest;
    QByteArray attributesDigest;
    QByteArray signature;
    QByteArray signedPart; // the DF31 and DF32 objects, as the signature covers them
};
Expected<IntegrityRecord, IntegrityFailure> parseIntegrityRecord(QByteArrayView ef0003);

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
