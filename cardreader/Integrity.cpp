#include "cardreader/Integrity.h"

#include "cardreader/InputSupportAp.h"
#include "cardreader/MyNumberCard.h"
#include "cardreader/Ossl.h"
#include "cardreader/Tlv.h"

#include <openssl/crypto.h>

namespace kakanai::card {

QString IntegrityResult::statusName() const
{
    switch (status) {
    case IntegrityStatus::Verified:
        return QStringLiteral("verified");
    case IntegrityStatus::NotVerifiable:
        return QStringLiteral("not_verifiable");
    case IntegrityStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

namespace {

struct FailureName
{
    IntegrityFailure failure;
    const char *name;
};

constexpr FailureName FailureNames[] = {
    {IntegrityFailure::None, "none"},
    {IntegrityFailure::FilesUnreadable, "files_unreadable"},
    {IntegrityFailure::CertificateNotTemplate, "certificate_not_template"},
    {IntegrityFailure::CertificateTrailingData, "certificate_trailing_data"},
    {IntegrityFailure::CertificateElementMissing, "certificate_element_missing"},
    {IntegrityFailure::CertificateElementDuplicated, "certificate_element_duplicated"},
    {IntegrityFailure::CertificateElementUnexpected, "certificate_element_unexpected"},
    {IntegrityFailure::CertificateElementOrder, "certificate_element_order"},
    {IntegrityFailure::CertificateElementAfterSignature, "certificate_element_after_signature"},
    {IntegrityFailure::CertificateKeyLayout, "certificate_key_layout"},
    {IntegrityFailure::CertificateNonMinimalLength, "certificate_non_minimal_length"},
    {IntegrityFailure::CertificateSignatureInvalid, "certificate_signature_invalid"},
    {IntegrityFailure::CertificateKeyUnusable, "certificate_key_unusable"},
    {IntegrityFailure::RecordNotTemplate, "record_not_template"},
    {IntegrityFailure::RecordTrailingData, "record_trailing_data"},
    {IntegrityFailure::RecordElementMissing, "record_element_missing"},
    {IntegrityFailure::RecordElementDuplicated, "record_element_duplicated"},
    {IntegrityFailure::RecordElementUnexpected, "record_element_unexpected"},
    {IntegrityFailure::RecordElementOrder, "record_element_order"},
    {IntegrityFailure::RecordElementAfterSignature, "record_element_after_signature"},
    {IntegrityFailure::RecordWrongLength, "record_wrong_length"},
    {IntegrityFailure::RecordNonMinimalLength, "record_non_minimal_length"},
    {IntegrityFailure::RecordSignatureInvalid, "record_signature_invalid"},
    {IntegrityFailure::AttributesMalformed, "attributes_malformed"},
    {IntegrityFailure::AttributesDigestMismatch, "attributes_digest_mismatch"},
    {IntegrityFailure::NumberDigestMismatch, "number_digest_mismatch"},
};

} // namespace

QString integrityFailureName(IntegrityFailure failure)
{
    for (const auto &entry : FailureNames) {
        if (entry.failure == failure) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("unknown");
}

QString IntegrityResult::failureName() const
{
    return integrityFailureName(failure);
}

QString CvCertificate::issuerId() const
{
    return QString::fromLatin1(issuerKeyId.left(7));
}

namespace {

// How a TLV structure differs from the one layout it may have.
enum class Shape
{
    Ok,
    NotTemplate,
    TrailingData,
    Missing,
    Duplicated,
    Unexpected,
    Order,
    AfterSignature,
    NonMinimalLength,
};

// The card writes DER lengths; a longer form of the same length is another byte string for the same structure,
// which a signature over the value would not notice.
bool hasShortestLength(const TlvElement &e)
{
    return e.header.headerSize == tlv::encodeTag(e.tag()).size() + tlv::encodeLength(e.header.length).size();
}

// The elements must be exactly `expected`, in order, once each. With signatureLast, the last expected tag is a
// signature over the elements before it: an element after a complete signed part is named AfterSignature, the
// shape of a clone that appends unsigned data.
Shape checkSequence(const QList<TlvElement> &children, const QList<std::uint32_t> &expected, bool signatureLast)
{
    const qsizetype n = expected.size();
    if (signatureLast && children.size() > n) {
        bool signedPartComplete = true;
        for (qsizetype i = 0; i < n; ++i) {
            signedPartComplete = signedPartComplete && children[i].tag() == expected[i];
        }
        if (signedPartComplete) {
            return Shape::AfterSignature;
        }
    }
    QList<int> counts(n, 0);
    for (const auto &e : children) {
        const qsizetype i = expected.indexOf(e.tag());
        if (i < 0) {
            return Shape::Unexpected;
        }
        ++counts[i];
    }
    for (const int c : counts) {
        if (c > 1) {
            return Shape::Duplicated;
        }
    }
    for (const int c : counts) {
        if (c == 0) {
            return Shape::Missing;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (children[i].tag() != expected[i]) {
            return Shape::Order;
        }
    }
    for (const auto &e : children) {
        if (!hasShortestLength(e)) {
            return Shape::NonMinimalLength;
        }
    }
    return Shape::Ok;
}

// The one element a file holds, and its children: nothing before, nothing after, shortest lengths.
struct Template
{
    Shape shape = Shape::Ok;
    std::optional<TlvElement> outer;
    QList<TlvElement> children;
};

Template parseTemplate(QByteArrayView file, std::uint32_t tag, const QList<std::uint32_t> &expected)
{
    Template t;
    t.outer = tlv::parseElement(file, 0);
    if (!t.outer || t.outer->tag() != tag) {
        t.shape = Shape::NotTemplate;
        return t;
    }
    if (t.outer->end() != file.size()) {
        t.shape = Shape::TrailingData;
        return t;
    }
    const auto children = tlv::parseAll(t.outer->value);
    if (!children) {
        t.shape = Shape::NotTemplate;
        return t;
    }
    t.children = *children;
    t.shape = checkSequence(t.children, expected, true);
    if (t.shape == Shape::Ok && !hasShortestLength(*t.outer)) {
        t.shape = Shape::NonMinimalLength;
    }
    return t;
}

// The reason code of each shape, for the two files whose shape is checked.
struct ShapeFailure
{
    Shape shape;
    IntegrityFailure certificate; // EF 0004
    IntegrityFailure record;      // EF 0003
};

constexpr ShapeFailure ShapeFailures[] = {
    {Shape::NotTemplate, IntegrityFailure::CertificateNotTemplate, IntegrityFailure::RecordNotTemplate},
    {Shape::TrailingData, IntegrityFailure::CertificateTrailingData, IntegrityFailure::RecordTrailingData},
    {Shape::Missing, IntegrityFailure::CertificateElementMissing, IntegrityFailure::RecordElementMissing},
    {Shape::Duplicated, IntegrityFailure::CertificateElementDuplicated, IntegrityFailure::RecordElementDuplicated},
    {Shape::Unexpected, IntegrityFailure::CertificateElementUnexpected, IntegrityFailure::RecordElementUnexpected},
    {Shape::Order, IntegrityFailure::CertificateElementOrder, IntegrityFailure::RecordElementOrder},
    {Shape::AfterSignature, IntegrityFailure::CertificateElementAfterSignature,
     IntegrityFailure::RecordElementAfterSignature},
    {Shape::NonMinimalLength, IntegrityFailure::CertificateNonMinimalLength, IntegrityFailure::RecordNonMinimalLength},
};

IntegrityFailure certificateFailure(Shape shape)
{
    for (const auto &entry : ShapeFailures) {
        if (entry.shape == shape) {
            return entry.certificate;
        }
    }
    return IntegrityFailure::None;
}

IntegrityFailure recordFailure(Shape shape)
{
    for (const auto &entry : ShapeFailures) {
        if (entry.shape == shape) {
            return entry.record;
        }
    }
    return IntegrityFailure::None;
}

} // namespace

Expected<CvCertificate, IntegrityFailure> parseCvCertificate(QByteArrayView ef0004)
{
    namespace c = mynumber::cvc;
    const Template cert = parseTemplate(ef0004, c::TagCertificate, {c::TagBody, c::TagSignature});
    if (cert.shape != Shape::Ok) {
        return certificateFailure(cert.shape);
    }
    const TlvElement &body = cert.children[0];
    const TlvElement &signature = cert.children[1];
    if (body.value.size() < 2 * c::KeyIdSize) {
        return IntegrityFailure::CertificateKeyLayout;
    }
    // After the two key ids the body is exactly 90 (exponent) then 91 (modulus): the signature covers the whole
    // body, but a reader that searched for the first 91 would accept a body with room for a second key.
    const auto keyElements = tlv::parseAll(body.value.sliced(2 * c::KeyIdSize));
    if (!keyElements) {
        return IntegrityFailure::CertificateKeyLayout;
    }
    const Shape keyShape = checkSequence(*keyElements, {c::TagExponent, c::TagModulus}, false);
    if (keyShape == Shape::NonMinimalLength) {
        return IntegrityFailure::CertificateNonMinimalLength;
    }
    if (keyShape != Shape::Ok) {
        return IntegrityFailure::CertificateKeyLayout;
    }
    const TlvElement &exponent = (*keyElements)[0];
    const TlvElement &modulus = (*keyElements)[1];
    if (exponent.value.isEmpty() || modulus.value.size() < 128) {
        return IntegrityFailure::CertificateKeyLayout;
    }
    CvCertificate out;
    out.body = body.value.toByteArray();
    out.signature = signature.value.toByteArray();
    out.issuerKeyId = out.body.left(c::KeyIdSize);
    out.subjectKeyId = out.body.mid(c::KeyIdSize, c::KeyIdSize);
    out.exponent = exponent.value.toByteArray();
    out.modulus = modulus.value.toByteArray();
    return out;
}

Expected<IntegrityRecord, IntegrityFailure> parseIntegrityRecord(QByteArrayView ef0003)
{
    namespace is = mynumber::inputsupport;
    const Template record = parseTemplate(ef0003, is::TagIntegrity,
                                          {is::TagNumberDigest, is::TagAttributesDigest, is::TagIntegritySignature});
    if (record.shape != Shape::Ok) {
        return recordFailure(record.shape);
    }
    const TlvElement &number = record.children[0];
    const TlvElement &attributes = record.children[1];
    const TlvElement &signature = record.children[2];
    if (number.value.size() != 32 || attributes.value.size() != 32 || signature.value.isEmpty()) {
        return IntegrityFailure::RecordWrongLength;
    }
    IntegrityRecord out;
    out.numberDigest = number.value.toByteArray();
    out.attributesDigest = attributes.value.toByteArray();
    out.signature = signature.value.toByteArray();
    // The signed part is the DF31 and DF32 objects, and they are the only other content of FF30: the digests
    // compared below are the ones the signature covers.
    out.signedPart = record.outer->value.first(signature.offset).toByteArray();
    return out;
}

IntegrityResult verifyIntegrity(const IntegrityInputs &inputs, EVP_PKEY *issuerKey)
{
    IntegrityResult result;
    if (!issuerKey) {
        result.status = IntegrityStatus::NotVerifiable;
        result.reason = QStringLiteral("no issuer public key configured");
        return result;
    }
    result.status = IntegrityStatus::Failed;
    const auto fail = [&result](IntegrityFailure failure, const QString &reason) {
        result.failure = failure;
        result.reason = reason;
        return result;
    };
    const auto cvc = parseCvCertificate(inputs.integrityCertificate);
    if (!cvc) {
        return fail(cvc.error(), QStringLiteral("EF 0004 is not a card-verifiable certificate of the one layout (%1)")
                                     .arg(integrityFailureName(cvc.error())));
    }
    if (!ossl::verifySha256Rsa(issuerKey, cvc->body, cvc->signature)) {
        return fail(
            IntegrityFailure::CertificateSignatureInvalid,
            QStringLiteral("EF 0004 is not signed by the configured issuer key (issuer %1)").arg(cvc->issuerId()));
    }
    const ossl::PKey cardKey = ossl::rsaPublicKey(cvc->modulus, cvc->exponent);
    if (!cardKey) {
        return fail(IntegrityFailure::CertificateKeyUnusable, QStringLiteral("EF 0004 key is not a usable RSA key"));
    }
    const auto record = parseIntegrityRecord(inputs.integrityRecord);
    if (!record) {
        return fail(record.error(), QStringLiteral("EF 0003 is not DF31, DF32, DF33 and nothing else (%1)")
                                        .arg(integrityFailureName(record.error())));
    }
    // An RSA signature is exactly as long as the modulus.
    if (record->signature.size() != EVP_PKEY_get_size(cardKey.get())) {
        return fail(IntegrityFailure::RecordWrongLength,
                    QStringLiteral("EF 0003 signature is %1 bytes, the card key's is %2")
                        .arg(record->signature.size())
                        .arg(EVP_PKEY_get_size(cardKey.get())));
    }
    if (!ossl::verifySha256Rsa(cardKey.get(), record->signedPart, record->signature)) {
        return fail(IntegrityFailure::RecordSignatureInvalid, QStringLiteral("EF 0003 signature does not verify"));
    }
    const auto source = attributesDigestSource(inputs.attributesFile);
    if (!source) {
        return fail(IntegrityFailure::AttributesMalformed, QStringLiteral("EF 0002 is malformed"));
    }
    const QByteArray digest = ossl::sha256(*source);
    if (CRYPTO_memcmp(digest.constData(), record->attributesDigest.constData(), 32) != 0) {
        return fail(IntegrityFailure::AttributesDigestMismatch,
                    QStringLiteral("EF 0002 digest does not match the integrity record"));
    }
    if (inputs.numberFile) {
        const QByteArray numberDigest = ossl::sha256(*inputs.numberFile);
        if (CRYPTO_memcmp(numberDigest.constData(), record->numberDigest.constData(), 32) != 0) {
            return fail(IntegrityFailure::NumberDigestMismatch,
                        QStringLiteral("EF 0001 digest does not match the integrity record"));
        }
        result.numberCovered = true;
    }
    result.status = IntegrityStatus::Verified;
    result.reason = QStringLiteral("signed by issuer %1").arg(cvc->issuerId());
    return result;
}

} // namespace kakanai::card
