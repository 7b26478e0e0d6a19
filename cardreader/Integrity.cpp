#include "Integrity.h"

#include "InputSupportAp.h"
#include "MyNumberCard.h"
#include "Ossl.h"
#include "Tlv.h"

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

QString CvCertificate::issuerId() const
{
    return QString::fromLatin1(issuerKeyId.left(7));
}

std::optional<CvCertificate> parseCvCertificate(QByteArrayView ef0004)
{
    namespace c = mynumber::cvc;
    const auto cert = tlv::parseElement(ef0004, 0);
    if (!cert || cert->tag() != c::TagCertificate) {
        return std::nullopt;
    }
    const auto body = tlv::find(cert->value, c::TagBody);
    const auto signature = tlv::find(cert->value, c::TagSignature);
    if (!body || !signature || body->value.size() < 2 * c::KeyIdSize) {
        return std::nullopt;
    }
    CvCertificate out;
    out.body = body->value.toByteArray();
    out.signature = signature->value.toByteArray();
    out.issuerKeyId = out.body.left(c::KeyIdSize);
    out.subjectKeyId = out.body.mid(c::KeyIdSize, c::KeyIdSize);
    const QByteArrayView keyPart = body->value.sliced(2 * c::KeyIdSize);
    const auto exponent = tlv::find(keyPart, c::TagExponent);
    const auto modulus = tlv::find(keyPart, c::TagModulus);
    if (!exponent || !modulus || exponent->value.isEmpty() || modulus->value.size() < 128) {
        return std::nullopt;
    }
    out.exponent = exponent->value.toByteArray();
    out.modulus = modulus->value.toByteArray();
    return out;
}

std::optional<IntegrityRecord> parseIntegrityRecord(QByteArrayView ef0003)
{
    namespace is = mynumber::inputsupport;
    const auto outer = tlv::parseElement(ef0003, 0);
    if (!outer || outer->tag() != is::TagIntegrity) {
        return std::nullopt;
    }
    const auto children = tlv::parseAll(outer->value);
    if (!children) {
        return std::nullopt;
    }
    IntegrityRecord out;
    qsizetype signatureStart = -1;
    for (const auto &e : *children) {
        if (e.tag() == is::TagNumberDigest) {
            out.numberDigest = e.value.toByteArray();
        } else if (e.tag() == is::TagAttributesDigest) {
            out.attributesDigest = e.value.toByteArray();
        } else if (e.tag() == is::TagIntegritySignature) {
            out.signature = e.value.toByteArray();
            signatureStart = e.offset;
        }
    }
    if (out.numberDigest.size() != 32 || out.attributesDigest.size() != 32 || out.signature.isEmpty() ||
        signatureStart <= 0) {
        return std::nullopt;
    }
    out.signedPart = outer->value.first(signatureStart).toByteArray();
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
    const auto cvc = parseCvCertificate(inputs.integrityCertificate);
    if (!cvc) {
        result.reason = QStringLiteral("EF 0004 is not a card-verifiable certificate");
        return result;
    }
    if (!ossl::verifySha256Rsa(issuerKey, cvc->body, cvc->signature)) {
        result.reason =
            QStringLiteral("EF 0004 is not signed by the configured issuer key (issuer %1)").arg(cvc->issuerId());
        return result;
    }
    const ossl::PKey cardKey = ossl::rsaPublicKey(cvc->modulus, cvc->exponent);
    if (!cardKey) {
        result.reason = QStringLiteral("EF 0004 key is not a usable RSA key");
        return result;
    }
    const auto record = parseIntegrityRecord(inputs.integrityRecord);
    if (!record) {
        result.reason = QStringLiteral("EF 0003 is malformed");
        return result;
    }
    if (!ossl::verifySha256Rsa(cardKey.get(), record->signedPart, record->signature)) {
        result.reason = QStringLiteral("EF 0003 signature does not verify");
        return result;
    }
    const auto source = attributesDigestSource(inputs.attributesFile);
    if (!source) {
        result.reason = QStringLiteral("EF 0002 is malformed");
        return result;
    }
    const QByteArray digest = ossl::sha256(*source);
    if (CRYPTO_memcmp(digest.constData(), record->attributesDigest.constData(), 32) != 0) {
        result.reason = QStringLiteral("EF 0002 digest does not match the integrity record");
        return result;
    }
    if (inputs.numberFile) {
        const QByteArray numberDigest = ossl::sha256(*inputs.numberFile);
        if (CRYPTO_memcmp(numberDigest.constData(), record->numberDigest.constData(), 32) != 0) {
            result.reason = QStringLiteral("EF 0001 digest does not match the integrity record");
            return result;
        }
        result.numberCovered = true;
    }
    result.status = IntegrityStatus::Verified;
    result.reason = QStringLiteral("signed by issuer %1").arg(cvc->issuerId());
    return result;
}

} // namespace kakanai::card
