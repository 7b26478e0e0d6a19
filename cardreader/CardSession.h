#pragma once

#include "cardreader/ApduTransport.h"
#include "cardreader/Integrity.h"
#include "cardreader/JpkiAp.h"
#include "cardreader/PinGuard.h"
#include "cardreader/Result.h"

#include "cardreader/record/ResidentRecord.h"

#include <QDateTime>
#include <QMetaType>

#include <memory>
#include <optional>

namespace kakanai::card {

struct ReadOptions
{
    enum class Credential
    {
        Pin,   // 4-digit 券面事項入力補助用暗証番号: opens the attributes and the individual number
        CodeB, // 照合番号B keyed in by staff from the card face: opens the attributes only
        // No reference data: the PIN key is still verified by a VERIFY earlier on this connection (a card held by
        // CardService after a read with keepVerified). Checked by a counter query first (9000 = verified), so a
        // card that lost its state answers SecurityStatusNotSatisfied without a try spent.
        Verified,
    };
    Credential credential = Credential::Pin;
    // Read EF 0001 too. Only for procedures that legally need the individual number; needs the PIN (or Verified).
    bool withNumber = false;
    // The person confirmed, separately, spending the last remaining try.
    bool confirmLastTry = false;
    // CardService: after a successful PIN read, keep the connection (exclusive, in its transaction, the PIN key
    // verified) for one later read with Credential::Verified, instead of powering the card down. Only with the PIN.
    bool keepVerified = false;
};

struct ReadOutcome
{
    ResidentRecord record;
    IntegrityResult integrity;
};

// Tries left on each key (0 = blocked). nullopt: the key has no counter or the card did not say.
struct PinStatus
{
    std::optional<int> inputSupportPin;
    std::optional<int> jpkiAuthPin;
    std::optional<int> jpkiSignPassword;
};

struct JpkiCheck
{
    CertificateCheck chain;
    bool possessionChecked = false; // a PIN was given and the card signed a fresh challenge
    bool possessionProven = false;  // the signature verified against the certificate
};

// One connection to one card, from connect to power-down. Synchronous: runs on CardService's worker thread (or in
// the CLI). Connects exclusively (a verified PIN must not be usable by another process, ref §2.3), holds a PC/SC
// transaction for its whole life, and disconnects with SCARD_UNPOWER_CARD when destroyed.
class CardSession
{
public:
    // Connects to the reader whose name starts with readerPrefix, or the first reader holding a card.
    static Result<std::unique_ptr<CardSession>> open(const QString &readerPrefix);
    ~CardSession();
    CardSession(const CardSession &) = delete;
    CardSession &operator=(const CardSession &) = delete;

    const QString &readerName() const;
    ApduTransport &transport();

    // Try counters of the three keys, without using a try.
    Result<PinStatus> pinStatus();

    // The four attributes (and the number when asked) with the PIN or 照合番号B, then the integrity check when an
    // issuer key is given. On any failure nothing is returned: no partial record ever leaves this function.
    Result<ReadOutcome> readResident(const ReadOptions &options, const SecretBytes &secret, EVP_PKEY *issuerKey);

    // Reads the 利用者証明用 certificate and its CA certificate, checks the chain against the anchor at `now`, and
    // with a PIN has the card sign a fresh challenge to prove it holds the key.
    Result<JpkiCheck> checkJpki(const QByteArray &trustAnchorPem, const SecretBytes *authPin, bool confirmLastTry,
                                const QDateTime &now);

private:
    struct Connection; // the PC/SC context, channel and transaction (pcsc/Pcsc.h, private to the library)
    explicit CardSession(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

// The card conversations themselves, on any transport (CardSession's channel; scripted transports in unit tests).
Result<PinStatus> readPinStatus(ApduTransport &transport);
Result<ReadOutcome> readResident(ApduTransport &transport, const ReadOptions &options, const SecretBytes &secret,
                                 EVP_PKEY *issuerKey);
Result<JpkiCheck> checkJpki(ApduTransport &transport, const QByteArray &trustAnchorPem, const SecretBytes *authPin,
                            bool confirmLastTry, const QDateTime &now);

} // namespace kakanai::card

Q_DECLARE_METATYPE(kakanai::card::ReadOutcome)
Q_DECLARE_METATYPE(kakanai::card::PinStatus)
Q_DECLARE_METATYPE(kakanai::card::JpkiCheck)
