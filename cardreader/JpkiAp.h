#pragma once

#include "cardreader/CardApplication.h"
#include "cardreader/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace kakanai::card {

// 公的個人認証AP (JPKI): the 利用者証明用 certificate and its CA certificate (readable without a PIN), the
// try counters, and signing with the 利用者証明用 key to prove the card holds it. ref/mynumbercard.md §6.
class JpkiAp : public CardApplication
{
public:
    explicit JpkiAp(ApduTransport &transport);

    Result<pinguard::TriesState> authPinTries();
    Result<pinguard::TriesState> signPasswordTries();

    Result<QByteArray> readAuthCertificate();   // EF 000A, X.509 DER
    Result<QByteArray> readAuthCaCertificate(); // EF 000B, X.509 DER

    // VERIFY the 利用者証明用 PIN (guarded), then sign a SHA-256 DigestInfo with key 0017 (80 2A 00 80).
    Result<QByteArray> signWithAuthKey(const SecretBytes &pin, const QByteArray &digestInfo, bool lastTryConfirmed);
};

// The outcome of checking the 利用者証明用 certificate chain against the configured trust anchor.
struct CertificateCheck
{
    enum class Status
    {
        Valid,         // chains to the anchor and is within its validity dates at the given time
        NotVerifiable, // no trust anchor configured
        Invalid,       // does not chain, expired, not yet valid, malformed
    };
    Status status = Status::NotVerifiable;
    QString reason; // OpenSSL's verification error, for logs; no personal data
    QDateTime notBefore;
    QDateTime notAfter;

    QString statusName() const; // "valid", "not_verifiable", "invalid"
};

// Verifies leaf <- (card's CA certificate, untrusted) <- anchors from trustAnchorPem, at the given time.
CertificateCheck verifyCertificateChain(const QByteArray &leafDer, const QByteArray &caDer,
                                        const QByteArray &trustAnchorPem, const QDateTime &at);

// A fresh random challenge and the SHA-256 DigestInfo the card signs for it.
QByteArray makeChallenge();
QByteArray sha256DigestInfo(const QByteArray &message);

// Whether signature is a sha256WithRSAEncryption signature over message by the certificate's key.
bool verifyPossessionSignature(const QByteArray &certificateDer, const QByteArray &message,
                               const QByteArray &signature);

} // namespace kakanai::card

Q_DECLARE_METATYPE(kakanai::card::CertificateCheck)
