#include "cardreader/JpkiAp.h"

#include "cardreader/MyNumberCard.h"
#include "cardreader/Ossl.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace kakanai::card {

namespace jp = mynumber::jpki;

JpkiAp::JpkiAp(ApduTransport &transport)
    : CardApplication(transport, mynumber::aidJpki())
{}

Result<pinguard::TriesState> JpkiAp::authPinTries()
{
    return queryTries(jp::KeyAuthPin);
}

Result<pinguard::TriesState> JpkiAp::signPasswordTries()
{
    return queryTries(jp::KeySignPassword);
}

Result<QByteArray> JpkiAp::readAuthCertificate()
{
    return readTlvFile(jp::EfAuthCert);
}

Result<QByteArray> JpkiAp::readAuthCaCertificate()
{
    return readTlvFile(jp::EfAuthCaCert);
}

Result<QByteArray> JpkiAp::signWithAuthKey(const SecretBytes &pin, const QByteArray &digestInfo, bool lastTryConfirmed)
{
    if (!pinguard::isValidFourDigitPin(pin.bytes())) {
        return CardError::fromCode(CardErrorCode::InvalidPinFormat, QStringLiteral("PIN must be 4 digits"));
    }
    if (auto verified = verifyGuarded(jp::KeyAuthPin, pin, lastTryConfirmed); !verified) {
        return verified.error();
    }
    // The trace-confirmed sequence: SELECT the key EF, then sign with P2 = 80 (key of the current EF).
    auto selected = m_transport.transmit(apdu::selectFile(jp::KeyAuth));
    if (!selected) {
        return selected.error();
    }
    if (!selected->sw.isSuccess()) {
        return CardError::fromStatus(CardErrorCode::UnexpectedStatus, selected->sw, QStringLiteral("SELECT key"));
    }
    auto signature = m_transport.transmit(apdu::computeSignature(0x00, 0x80, digestInfo));
    if (!signature) {
        return signature.error();
    }
    if (!signature->sw.isSuccess()) {
        return CardError::fromStatus(CardErrorCode::UnexpectedStatus, signature->sw, QStringLiteral("SIGN"));
    }
    if (signature->data.size() != 256) {
        return CardError::fromCode(CardErrorCode::MalformedResponse, QStringLiteral("signature is not 256 bytes"));
    }
    return signature->data;
}

QString CertificateCheck::statusName() const
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::NotVerifiable:
        return QStringLiteral("not_verifiable");
    case Status::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

namespace {

QDateTime fromAsn1Time(const ASN1_TIME *t)
{
    struct tm tm
    {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

} // namespace

CertificateCheck verifyCertificateChain(const QByteArray &leafDer, const QByteArray &caDer,
                                        const QByteArray &trustAnchorPem, const QDateTime &at)
{
    CertificateCheck check;
    ossl::X509Ptr leaf = ossl::certificateFromDer(leafDer);
    if (!leaf) {
        check.status = CertificateCheck::Status::Invalid;
        check.reason = QStringLiteral("certificate is not DER X.509");
        return check;
    }
    check.notBefore = fromAsn1Time(X509_get0_notBefore(leaf.get()));
    check.notAfter = fromAsn1Time(X509_get0_notAfter(leaf.get()));
    if (trustAnchorPem.isEmpty()) {
        check.status = CertificateCheck::Status::NotVerifiable;
        check.reason = QStringLiteral("no trust anchor configured");
        return check;
    }
    check.status = CertificateCheck::Status::Invalid;

    ossl::X509Store store(X509_STORE_new());
    ossl::Bio bio(BIO_new_mem_buf(trustAnchorPem.constData(), static_cast<int>(trustAnchorPem.size())));
    int anchors = 0;
    while (X509 *anchor = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store.get(), anchor);
        X509_free(anchor);
        ++anchors;
    }
    ERR_clear_error();
    if (anchors == 0) {
        check.reason = QStringLiteral("trust anchor file holds no PEM certificate");
        return check;
    }
    ossl::X509Stack untrusted(sk_X509_new_null());
    if (!caDer.isEmpty()) {
        ossl::X509Ptr ca = ossl::certificateFromDer(caDer);
        if (!ca) {
            check.reason = QStringLiteral("CA certificate on the card is not DER X.509");
            return check;
        }
        sk_X509_push(untrusted.get(), ca.release());
    }
    ossl::X509StoreCtx ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        check.reason = ossl::lastError();
        return check;
    }
    X509_STORE_CTX_set_time(ctx.get(), 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) != 1) {
        check.reason = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
        ERR_clear_error();
        return check;
    }
    check.status = CertificateCheck::Status::Valid;
    check.reason = QStringLiteral("ok");
    return check;
}

QByteArray makeChallenge()
{
    QByteArray challenge(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(challenge.data()), static_cast<int>(challenge.size())) != 1) {
        return {};
    }
    return challenge;
}

QByteArray sha256DigestInfo(const QByteArray &message)
{
    return mynumber::sha256DigestInfoPrefix() + ossl::sha256(message);
}

bool verifyPossessionSignature(const QByteArray &certificateDer, const QByteArray &message, const QByteArray &signature)
{
    ossl::X509Ptr cert = ossl::certificateFromDer(certificateDer);
    if (!cert) {
        return false;
    }
    ossl::PKey key(X509_get_pubkey(cert.get()));
    return ossl::verifySha256Rsa(key.get(), message, signature);
}

} // namespace kakanai::card
