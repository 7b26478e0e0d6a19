#include "cardreader/CardSession.h"

#include "cardreader/InputSupportAp.h"
#include "cardreader/pcsc/Pcsc.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "kakanai.cardreader.session", QtInfoMsg)

namespace kakanai::card {

struct CardSession::Connection
{
    PcscContext context;
    std::unique_ptr<CardChannel> channel;
    std::optional<CardChannel::Transaction> transaction;
};

namespace {

// Picks the reader: the first whose name starts with prefix (NoReader if none), or the first holding a card.
// NoCard when the chosen reader is empty.
Result<QString> chooseReader(const PcscContext &context, const QString &prefix)
{
    auto readers = context.readerStates();
    if (!readers) {
        return readers.error();
    }
    if (readers->isEmpty()) {
        return CardError::fromCode(CardErrorCode::NoReader);
    }
    const ReaderInfo *chosen = nullptr;
    for (const auto &r : *readers) {
        if (prefix.isEmpty() ? r.cardPresent : r.name.startsWith(prefix)) {
            chosen = &r;
            break;
        }
    }
    if (!chosen) {
        return CardError::fromCode(prefix.isEmpty() ? CardErrorCode::NoCard : CardErrorCode::NoReader);
    }
    if (!chosen->cardPresent) {
        return CardError::fromCode(CardErrorCode::NoCard);
    }
    if (chosen->mute) {
        return CardError::fromCode(CardErrorCode::CommunicationError, QStringLiteral("card does not answer (mute)"));
    }
    return chosen->name;
}

} // namespace

Result<std::unique_ptr<CardSession>> CardSession::open(const QString &readerPrefix)
{
    auto context = PcscContext::establish();
    if (!context) {
        return context.error();
    }
    auto reader = chooseReader(*context, readerPrefix);
    if (!reader) {
        return reader.error();
    }
    auto channel = CardChannel::connect(*context, *reader, ShareMode::Exclusive);
    if (!channel) {
        return channel.error();
    }
    auto transaction = (*channel)->beginTransaction();
    if (!transaction) {
        return transaction.error();
    }
    auto connection =
        std::unique_ptr<Connection>(new Connection{std::move(*context), std::move(*channel), std::move(*transaction)});
    return std::unique_ptr<CardSession>(new CardSession(std::move(connection)));
}

CardSession::CardSession(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{}

CardSession::~CardSession()
{
    m_connection->transaction.reset();
    m_connection->channel->disconnect(); // SCARD_UNPOWER_CARD: the verified state dies with the power
}

const QString &CardSession::readerName() const
{
    return m_connection->channel->readerName();
}

ApduTransport &CardSession::transport()
{
    return *m_connection->channel;
}

namespace {

std::optional<int> triesOf(const pinguard::TriesState &s)
{
    switch (s.kind) {
    case pinguard::TriesState::Kind::Remaining:
        return s.triesLeft;
    case pinguard::TriesState::Kind::Blocked:
        return 0;
    case pinguard::TriesState::Kind::NoLimit:
    case pinguard::TriesState::Kind::AlreadyVerified:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

Result<PinStatus> CardSession::pinStatus()
{
    return readPinStatus(*m_connection->channel);
}

Result<ReadOutcome> CardSession::readResident(const ReadOptions &options, const SecretBytes &secret,
                                              EVP_PKEY *issuerKey)
{
    return card::readResident(*m_connection->channel, options, secret, issuerKey);
}

Result<JpkiCheck> CardSession::checkJpki(const QByteArray &trustAnchorPem, const SecretBytes *authPin,
                                         bool confirmLastTry, const QDateTime &now)
{
    return card::checkJpki(*m_connection->channel, trustAnchorPem, authPin, confirmLastTry, now);
}

Result<PinStatus> readPinStatus(ApduTransport &transport)
{
    PinStatus status;
    InputSupportAp inputSupport(transport);
    if (auto s = inputSupport.select(); !s) {
        return s.error();
    }
    auto pin = inputSupport.pinTries();
    if (!pin) {
        return pin.error();
    }
    status.inputSupportPin = triesOf(*pin);

    JpkiAp jpki(transport);
    if (auto s = jpki.select(); !s) {
        return s.error();
    }
    auto auth = jpki.authPinTries();
    if (!auth) {
        return auth.error();
    }
    status.jpkiAuthPin = triesOf(*auth);
    auto sign = jpki.signPasswordTries();
    if (!sign) {
        return sign.error();
    }
    status.jpkiSignPassword = triesOf(*sign);
    return status;
}

Result<ReadOutcome> readResident(ApduTransport &transport, const ReadOptions &options, const SecretBytes &secret,
                                 EVP_PKEY *issuerKey)
{
    if (options.withNumber && options.credential == ReadOptions::Credential::CodeB) {
        // 照合番号B opens EF 0002 only (ref §4.6): asking for the number with it is a caller error.
        return CardError::fromCode(CardErrorCode::SecurityStatusNotSatisfied,
                                   QStringLiteral("the individual number needs the PIN"));
    }
    InputSupportAp ap(transport);
    if (auto s = ap.select(); !s) {
        return s.error();
    }
    Status verified = success();
    switch (options.credential) {
    case ReadOptions::Credential::Pin:
        verified = ap.verifyPin(secret, options.confirmLastTry);
        break;
    case ReadOptions::Credential::CodeB:
        verified = ap.verifyCodeB(secret, options.confirmLastTry);
        break;
    case ReadOptions::Credential::Verified: {
        // Nothing is sent but the counter query, which never costs a try: 9000 means still verified.
        auto state = ap.pinTries();
        if (!state) {
            verified = state.error();
        } else if (state->kind != pinguard::TriesState::Kind::AlreadyVerified) {
            verified = CardError::fromCode(CardErrorCode::SecurityStatusNotSatisfied,
                                           QStringLiteral("the PIN key is no longer verified"));
        }
        break;
    }
    }
    if (!verified) {
        qCInfo(lcSession) << "verification refused:" << verified.error().toLogString();
        return verified.error();
    }

    auto attributes = ap.readAttributesFile();
    if (!attributes) {
        return attributes.error();
    }
    auto record = parseAttributes(*attributes);
    if (!record) {
        wipe(*attributes);
        return record.error();
    }
    ReadOutcome outcome;
    outcome.record = std::move(*record);

    std::optional<QByteArray> numberFile;
    if (options.withNumber) {
        auto raw = ap.readNumberFile();
        if (!raw) {
            wipe(*attributes);
            return raw.error();
        }
        auto number = parseIndividualNumber(*raw);
        if (!number) {
            wipe(*raw);
            wipe(*attributes);
            return number.error();
        }
        outcome.record.individualNumber = std::move(*number);
        numberFile = std::move(*raw);
    }

    if (issuerKey) {
        auto integrityRecord = ap.readIntegrityRecord();
        auto certificate =
            integrityRecord ? ap.readIntegrityCertificate() : Result<QByteArray>(integrityRecord.error());
        if (!integrityRecord || !certificate) {
            const CardError &e = !integrityRecord ? integrityRecord.error() : certificate.error();
            if (e.isConnectionLoss()) {
                wipe(*attributes);
                if (numberFile) {
                    wipe(*numberFile);
                }
                return e; // the card went away: no partial result
            }
            outcome.integrity.status = IntegrityStatus::Failed;
            outcome.integrity.failure = IntegrityFailure::FilesUnreadable;
            outcome.integrity.reason = QStringLiteral("integrity files unreadable: ") + e.toLogString();
        } else {
            IntegrityInputs inputs{*attributes, numberFile, *integrityRecord, *certificate};
            outcome.integrity = verifyIntegrity(inputs, issuerKey);
            wipe(inputs.attributesFile);
            if (inputs.numberFile) {
                wipe(*inputs.numberFile);
            }
        }
    } else {
        outcome.integrity.status = IntegrityStatus::NotVerifiable;
        outcome.integrity.reason = QStringLiteral("no issuer public key configured");
    }
    wipe(*attributes);
    if (numberFile) {
        wipe(*numberFile);
    }
    qCInfo(lcSession) << "attributes read; number" << (options.withNumber ? "read" : "not read") << "; integrity"
                      << outcome.integrity.statusName();
    return outcome;
}

Result<JpkiCheck> checkJpki(ApduTransport &transport, const QByteArray &trustAnchorPem, const SecretBytes *authPin,
                            bool confirmLastTry, const QDateTime &now)
{
    JpkiAp ap(transport);
    if (auto s = ap.select(); !s) {
        return s.error();
    }
    auto certificate = ap.readAuthCertificate();
    if (!certificate) {
        return certificate.error();
    }
    auto ca = ap.readAuthCaCertificate();
    if (!ca) {
        return ca.error();
    }
    JpkiCheck check;
    check.chain = verifyCertificateChain(*certificate, *ca, trustAnchorPem, now);
    if (authPin) {
        const QByteArray challenge = makeChallenge();
        if (challenge.isEmpty()) {
            return CardError::fromCode(CardErrorCode::CryptoError, QStringLiteral("RAND_bytes failed"));
        }
        auto signature = ap.signWithAuthKey(*authPin, sha256DigestInfo(challenge), confirmLastTry);
        if (!signature) {
            return signature.error();
        }
        check.possessionChecked = true;
        check.possessionProven = verifyPossessionSignature(*certificate, challenge, *signature);
    }
    qCInfo(lcSession) << "JPKI chain" << check.chain.statusName() << "possession"
                      << (check.possessionChecked ? (check.possessionProven ? "proven" : "failed") : "not checked");
    return check;
}

} // namespace kakanai::card
