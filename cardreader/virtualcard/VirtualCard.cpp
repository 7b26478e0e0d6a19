#include "cardreader/virtualcard/VirtualCard.h"

#include "cardreader/Apdu.h"
#include "cardreader/MyNumberCard.h"
#include "cardreader/virtualcard/CardKeys.h"
#include "cardreader/virtualcard/Persona.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace kakanai::virtualcard {

namespace my = card::mynumber;
namespace is = card::mynumber::inputsupport;
namespace jp = card::mynumber::jpki;
using Counter = PersonaState::Counter;

namespace {

// Status words the card uses (JICSAP table 25 as observed, ref §5.3).
constexpr std::uint16_t SwOk = 0x9000;
constexpr std::uint16_t SwWrongLength = 0x6700;
constexpr std::uint16_t SwChannelNotSupported = 0x6881;
constexpr std::uint16_t SwSmNotSupported = 0x6882;
constexpr std::uint16_t SwChainingNotSupported = 0x6884;
constexpr std::uint16_t SwIncompatibleFile = 0x6981;
constexpr std::uint16_t SwSecurityNotSatisfied = 0x6982;
constexpr std::uint16_t SwKeyBlocked = 0x6984;
constexpr std::uint16_t SwConditionsNotSatisfied = 0x6985;
constexpr std::uint16_t SwNoCurrentEf = 0x6986;
constexpr std::uint16_t SwSmDataMissing = 0x69FC;
constexpr std::uint16_t SwFileNotFound = 0x6A82;
constexpr std::uint16_t SwIncorrectP1P2 = 0x6A86;
constexpr std::uint16_t SwReferenceNotFound = 0x6A88;
constexpr std::uint16_t SwOffsetBeyondEnd = 0x6B00;
constexpr std::uint16_t SwInsNotSupported = 0x6D00;
constexpr std::uint16_t SwClaNotSupported = 0x6E00;
constexpr std::uint16_t SwTechnicalProblem = 0x6F00;

constexpr std::uint8_t InsGetData = 0xCA;

// Largest input of P1 = 00 (PKCS#1 v1.5 leaves k - 11 bytes under a 2048-bit key).
constexpr int MaxRawSignInput = 245;
constexpr int Sha256Size = 32;

QByteArray sw(std::uint16_t value)
{
    QByteArray out(2, '\0');
    out[0] = static_cast<char>(value >> 8);
    out[1] = static_cast<char>(value & 0xFF);
    return out;
}

QByteArray ok(const QByteArray &data)
{
    return data + sw(SwOk);
}

QByteArray triesLeft(int tries)
{
    return sw(static_cast<std::uint16_t>(0x63C0 | (tries & 0x0F)));
}

} // namespace

VirtualCard::VirtualCard(const Persona &persona, std::shared_ptr<const CardKeys> keys, PersonaState state)
    : VirtualCard(persona, std::move(keys), std::move(state), Options{})
{}

VirtualCard::VirtualCard(const Persona &persona, std::shared_ptr<const CardKeys> keys, PersonaState state,
                         Options options)
    : m_keys(std::move(keys))
    , m_files(CardFiles::build(persona, *m_keys))
    , m_state(std::move(state))
    , m_options(options)
{
    const auto binary = [](const QByteArray &content, QList<std::uint16_t> readKeys = {}) {
        File f;
        f.kind = FileKind::Binary;
        f.content = content;
        f.readKeys = std::move(readKeys);
        return f;
    };
    const auto key = [](Counter counter, const QByteArray &referenceData, int minLength, int maxLength) {
        File f;
        f.kind = FileKind::Key;
        f.counter = counter;
        f.referenceData = referenceData;
        f.minLength = minLength;
        f.maxLength = maxLength;
        return f;
    };
    const auto privateKey = [](EVP_PKEY *pkey, std::uint16_t pinKey) {
        File f;
        f.kind = FileKind::PrivateKey;
        f.privateKey = pkey;
        f.pinKey = pinKey;
        return f;
    };

    // 券面事項入力補助AP (ref §4.1). 照合番号A opens the number only, 照合番号B the attributes only, the PIN both.
    // Not emulated (SELECT answers 6A82): EF 0006-0008 and keys 0012/0013 (session key, internal authentication).
    Application inputSupport;
    inputSupport.aid = my::aidInputSupport();
    inputSupport.files[is::EfIndividualNumber] = binary(m_files.number, {is::KeyPin, is::KeyCodeA});
    inputSupport.files[is::EfAttributes] = binary(m_files.attributes, {is::KeyPin, is::KeyCodeB});
    inputSupport.files[is::EfIntegrity] = binary(m_files.integrity, {is::KeyPin, is::KeyCodeA, is::KeyCodeB});
    inputSupport.files[is::EfIntegrityCert] = binary(m_files.certificate);
    inputSupport.files[is::EfBasicInfo] = binary(m_files.basicInfo);
    inputSupport.files[is::KeyPin] = key(Counter::Pin, persona.pin, 4, 4);
    inputSupport.files[is::KeyCodeA] = key(Counter::CodeA, persona.individualNumber, 12, 12);
    inputSupport.files[is::KeyCodeB] = key(Counter::CodeB, persona.codeB(), 14, 14);
    m_apps.push_back(std::move(inputSupport));

    // 公的個人認証AP (ref §6.1). Not emulated: EF 0009 and key 0016 (terminal CA).
    Application jpki;
    jpki.aid = my::aidJpki();
    jpki.files[jp::EfSignCert] = binary(m_files.signCertificate, {jp::KeySignPassword});
    jpki.files[jp::EfSignCaCert] = binary(m_files.signCaCertificate);
    jpki.files[jp::EfTokenInfo] = binary(m_files.tokenInfo);
    jpki.files[0x0008] = binary(m_files.certAvailability);
    jpki.files[jp::EfAuthCert] = binary(m_files.authCertificate);
    jpki.files[jp::EfAuthCaCert] = binary(m_files.authCaCertificate);
    jpki.files[jp::KeyAuth] = privateKey(m_keys->authKey(), jp::KeyAuthPin);
    jpki.files[jp::KeyAuthPin] = key(Counter::AuthPin, persona.authPin, 4, 4);
    jpki.files[jp::KeySign] = privateKey(m_keys->signKey(), jp::KeySignPassword);
    jpki.files[jp::KeySignPassword] = key(Counter::SignPassword, persona.signPassword, 6, 16);
    m_apps.push_back(std::move(jpki));

    // 券面事項確認AP, 住基AP and 共通AP are not emulated: their SELECT answers 6A82, as on a card without them.
}

QByteArray VirtualCard::atr() const
{
    return my::contactAtr();
}

void VirtualCard::powerOn()
{
    m_powered = true;
    m_verified.clear();
    clearSelection();
    m_quirkPending = m_options.quirk6f00;
}

void VirtualCard::powerOff()
{
    m_powered = false;
    m_verified.clear();
    clearSelection();
    m_quirkPending = false;
}

void VirtualCard::reset()
{
    if (!m_powered) {
        powerOn(); // a reset of an unpowered card is a cold start
        return;
    }
    clearSelection();
}

void VirtualCard::clearSelection()
{
    m_currentApp = -1;
    m_currentFile.reset();
}

VirtualCard::File *VirtualCard::findFile(std::uint16_t fid)
{
    if (m_currentApp < 0) {
        return nullptr; // no EF of the MF is emulated
    }
    auto &files = m_apps[static_cast<size_t>(m_currentApp)].files;
    const auto it = files.find(fid);
    return it == files.end() ? nullptr : &it->second;
}

bool VirtualCard::isVerified(std::uint16_t keyFid) const
{
    return m_verified.count({m_currentApp, keyFid}) != 0;
}

bool VirtualCard::canRead(const File &file) const
{
    if (file.readKeys.isEmpty()) {
        return true;
    }
    for (const std::uint16_t key : file.readKeys) {
        if (isVerified(key)) {
            return true;
        }
    }
    return false;
}

void VirtualCard::changeTries(Counter counter, int value)
{
    if (m_state[counter] == value) {
        return;
    }
    m_state[counter] = value;
    if (m_listener) {
        m_listener(m_state);
    }
}

void VirtualCard::event(const char *what, std::uint16_t fid, std::optional<std::uint16_t> status)
{
    if (!m_eventListener) {
        return;
    }
    QByteArray line = QByteArray(what) + ' ' + QByteArray::number(fid, 16).rightJustified(4, '0');
    if (status) {
        line += ' ' + QByteArray::number(*status, 16).toUpper().rightJustified(4, '0');
    }
    m_eventListener(line);
}

QByteArray VirtualCard::process(const QByteArray &commandApdu)
{
    if (!m_powered) {
        return sw(SwTechnicalProblem);
    }
    if (m_quirkPending) {
        m_quirkPending = false;
        return sw(SwTechnicalProblem);
    }
    const auto command = card::CommandApdu::parse(commandApdu);
    if (!command) {
        return sw(SwWrongLength);
    }
    return dispatch(*command);
}

QByteArray VirtualCard::dispatch(const card::CommandApdu &c)
{
    // CLA (ISO 7816-4 §5.4.1). The card speaks CLA 00, and 80 for its proprietary 80 2A.
    const std::uint8_t cla = c.cla;
    const bool proprietary = (cla & 0x80) != 0;
    if (cla == 0xFF || (proprietary && (cla & 0xF0) != 0x80)) {
        return sw(SwClaNotSupported);
    }
    if (!proprietary && (cla & 0x40) != 0) {
        return sw(SwChannelNotSupported); // further interindustry class: logical channels 4-19
    }
    if (!proprietary && (cla & 0x20) != 0) {
        return sw(SwClaNotSupported); // reserved for future use
    }
    if ((cla & 0x10) != 0) {
        return sw(SwChainingNotSupported); // no command needs chaining on this card (ISO answer)
    }
    if ((cla & 0x03) != 0) {
        return sw(SwChannelNotSupported); // only the basic channel works (MC apdu.rs)
    }
    if ((cla & 0x0C) != 0) {
        // Secure messaging is refused: SELECT 6882, everything else 69FC (MC README).
        return sw(c.ins == card::apdu::InsSelect ? SwSmNotSupported : SwSmDataMissing);
    }

    switch (c.ins) {
    case card::apdu::InsSelect:
        return proprietary ? sw(SwClaNotSupported) : select(c);
    case card::apdu::InsReadBinary:
        return proprietary ? sw(SwClaNotSupported) : readBinary(c);
    case card::apdu::InsVerify:
        return proprietary ? sw(SwClaNotSupported) : verify(c);
    case card::apdu::InsGetChallenge:
        return proprietary ? sw(SwClaNotSupported) : getChallenge(c);
    case InsGetData:
        return proprietary ? sw(SwClaNotSupported) : getData(c);
    case card::apdu::InsComputeSignature:
        // ISO's 00 2A is PERFORM SECURITY OPERATION, which this card does not offer under CLA 00.
        return proprietary ? computeSignature(c) : sw(SwClaNotSupported);
    default:
        // Not emulated: CHANGE REFERENCE DATA (24), READ RECORD (B2), INTERNAL AUTHENTICATE (88), SET SESSION KEY.
        return sw(SwInsNotSupported);
    }
}

QByteArray VirtualCard::select(const card::CommandApdu &c)
{
    switch (c.p1) {
    case 0x00:
        // MF: answers 6A86 straight after reset and, with an application current, 9000 without changing anything;
        // FID 3F00 answers 6A82 (MC card.rs).
        if (c.p2 != 0x00 && c.p2 != 0x0C) {
            return sw(SwIncorrectP1P2);
        }
        if (c.data.isEmpty()) {
            return sw(m_currentApp < 0 ? SwIncorrectP1P2 : SwOk);
        }
        if (c.data.size() != 2) {
            return sw(SwWrongLength);
        }
        return sw(SwFileNotFound); // 3F00 and any other FID given this way
    case 0x02: {
        // EF (or key EF) by its 2-byte FID under the current DF. No FCI: P2 = 0C only.
        if (c.p2 != 0x0C) {
            return sw(SwIncorrectP1P2);
        }
        if (c.data.size() != 2) {
            return sw(SwWrongLength);
        }
        const auto fid = static_cast<std::uint16_t>((static_cast<std::uint8_t>(c.data[0]) << 8) |
                                                    static_cast<std::uint8_t>(c.data[1]));
        if (!findFile(fid)) {
            return sw(SwFileNotFound); // the current file stays what it was
        }
        m_currentFile = fid;
        return sw(SwOk);
    }
    case 0x04: {
        if (c.p2 != 0x0C) {
            return sw(SwIncorrectP1P2);
        }
        if (c.data.isEmpty() || c.data.size() > 16) {
            return sw(SwWrongLength);
        }
        // The card also matches a leading part of a DF name (MC card.rs): the first application whose name
        // starts with the given bytes is selected, in the card's order (入力補助AP before JPKI AP here).
        for (size_t i = 0; i < m_apps.size(); ++i) {
            if (m_apps[i].aid.startsWith(c.data)) {
                m_currentApp = static_cast<int>(i);
                m_currentFile.reset();
                return sw(SwOk);
            }
        }
        return sw(SwFileNotFound);
    }
    default:
        return sw(SwIncorrectP1P2);
    }
}

QByteArray VirtualCard::readBinary(const card::CommandApdu &c)
{
    if (!c.data.isEmpty() || !c.le) {
        return sw(SwWrongLength); // READ BINARY (B0) is case 2: no data, Le present
    }
    File *file = nullptr;
    int offset = 0;
    if ((c.p1 & 0x80) != 0) {
        // Short EF identifier in P1, 8-bit offset in P2; the EF becomes the current one.
        const std::uint8_t sfi = c.p1 & 0x1F;
        if ((c.p1 & 0x60) != 0 || sfi == 0) {
            return sw(SwIncorrectP1P2);
        }
        // Every EF of this card has FID 0001..001E and the SFI equal to its FID.
        file = findFile(sfi);
        if (!file) {
            return sw(SwFileNotFound);
        }
        m_currentFile = sfi;
        offset = c.p2;
    } else {
        if (!m_currentFile) {
            return sw(SwNoCurrentEf);
        }
        file = findFile(*m_currentFile);
        if (!file) {
            return sw(SwNoCurrentEf);
        }
        offset = (c.p1 << 8) | c.p2;
    }
    if (file->kind != FileKind::Binary) {
        return sw(SwIncompatibleFile);
    }
    if (!canRead(*file)) {
        return sw(SwSecurityNotSatisfied);
    }
    // JICSAP: an offset at or past the end answers 6B00; a read crossing the end returns what is left with 9000.
    if (offset >= file->content.size()) {
        return sw(SwOffsetBeyondEnd);
    }
    if (offset == 0) {
        event("read", (c.p1 & 0x80) != 0 ? std::uint16_t(c.p1 & 0x1F) : *m_currentFile);
    }
    return ok(file->content.mid(offset, *c.le));
}

QByteArray VirtualCard::verify(const card::CommandApdu &c)
{
    if (c.p1 != 0x00 || (c.p2 & 0xE0) != 0x80) {
        return sw(SwIncorrectP1P2);
    }
    if (c.le) {
        return sw(SwWrongLength); // VERIFY is case 1 (counter query) or case 3
    }
    // P2 = 80: the key EF that is current; 80 | SFI: the key with that short EF id, without selecting it.
    // Anything that does not name a key of the current application is "referenced data not found".
    std::optional<std::uint16_t> keyFid;
    if (c.p2 == 0x80) {
        keyFid = m_currentFile;
    } else {
        keyFid = static_cast<std::uint16_t>(c.p2 & 0x1F);
    }
    File *key = keyFid ? findFile(*keyFid) : nullptr;
    if (!key || key->kind != FileKind::Key) {
        return sw(SwReferenceNotFound);
    }
    const int tries = m_state[key->counter];
    if (tries <= 0) {
        if (!c.data.isEmpty()) {
            event("verify", *keyFid, SwKeyBlocked);
        }
        return sw(SwKeyBlocked); // every VERIFY after the block, query or not (ref §5.2)
    }
    if (c.data.isEmpty()) {
        // Counter query (JICSAP 6.4.9(5)): never uses a try. 9000 once verified in this power session (MC).
        return isVerified(*keyFid) ? sw(SwOk) : triesLeft(tries);
    }
    if (c.data.size() < key->minLength || c.data.size() > key->maxLength) {
        // The length is checked before the value, so a malformed PIN does not cost a try. The real card's answer
        // is not documented; ISO's 6700 is the natural one.
        return sw(SwWrongLength);
    }
    const bool match =
        c.data.size() == key->referenceData.size() &&
        CRYPTO_memcmp(c.data.constData(), key->referenceData.constData(), static_cast<size_t>(c.data.size())) == 0;
    if (match) {
        changeTries(key->counter, PersonaState::maxTries(key->counter));
        m_verified.insert({m_currentApp, *keyFid});
        event("verify", *keyFid, SwOk);
        return sw(SwOk);
    }
    m_verified.erase({m_currentApp, *keyFid});
    changeTries(key->counter, tries - 1);
    const QByteArray answer = triesLeft(tries - 1); // the attempt that reaches zero answers 63C0
    event("verify", *keyFid, std::uint16_t((std::uint8_t(answer.at(0)) << 8) | std::uint8_t(answer.at(1))));
    return answer;
}

QByteArray VirtualCard::getChallenge(const card::CommandApdu &c)
{
    if (c.p1 != 0x00 || c.p2 != 0x00) {
        return sw(SwIncorrectP1P2);
    }
    if (!c.data.isEmpty() || !c.le || *c.le > 256) {
        return sw(SwWrongLength);
    }
    QByteArray random(*c.le, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), static_cast<int>(random.size())) != 1) {
        return sw(SwTechnicalProblem);
    }
    return ok(random);
}

QByteArray VirtualCard::getData(const card::CommandApdu &c)
{
    if (!c.data.isEmpty() || !c.le) {
        return sw(SwWrongLength);
    }
    // 5F51: the contact ATR without TS (MC card.rs). Cards differ in where they answer it; this one answers with
    // the MF current and says 6A88 inside an application.
    if (c.p1 == 0x5F && c.p2 == 0x51 && m_currentApp < 0) {
        return ok(atr().mid(1).left(*c.le));
    }
    return sw(SwReferenceNotFound);
}

QByteArray VirtualCard::computeSignature(const card::CommandApdu &c)
{
    // P1 selects the scheme (MC SignatureScheme): 00 pad the bytes as given, 01 hash and pad the bare hash,
    // 02 wrap a given hash in a DigestInfo, 03 hash and wrap, 04 PSS over a given hash, 05 hash then PSS.
    if (c.p1 > 0x05 || (c.p2 & 0xE0) != 0x80) {
        return sw(SwIncorrectP1P2);
    }
    const std::optional<std::uint16_t> keyFid =
        c.p2 == 0x80 ? m_currentFile : std::optional<std::uint16_t>(static_cast<std::uint16_t>(c.p2 & 0x1F));
    File *key = keyFid ? findFile(*keyFid) : nullptr;
    if (!key || key->kind != FileKind::PrivateKey || !key->privateKey) {
        return sw(SwReferenceNotFound);
    }
    if (c.data.isEmpty()) {
        return sw(SwWrongLength);
    }
    if (!isVerified(key->pinKey)) {
        return sw(SwSecurityNotSatisfied);
    }
    if (c.le && *c.le < 256) {
        return sw(SwWrongLength); // the 256-byte signature does not fit
    }
    // Too long for the scheme → 6700; a "hash" that is not 32 bytes → 6985 (MC).
    QByteArray input;
    SignScheme scheme = SignScheme::Pkcs1Raw;
    switch (c.p1) {
    case 0x00:
        if (c.data.size() > MaxRawSignInput) {
            return sw(SwWrongLength);
        }
        input = c.data;
        break;
    case 0x01:
    case 0x03:
    case 0x05:
        if (c.data.size() > 255) {
            return sw(SwWrongLength);
        }
        input = ossl::sha256(c.data);
        if (c.p1 == 0x03) {
            input.prepend(my::sha256DigestInfoPrefix());
        }
        scheme = c.p1 == 0x05 ? SignScheme::PssSha256 : SignScheme::Pkcs1Raw;
        break;
    case 0x02:
    case 0x04:
        if (c.data.size() != Sha256Size) {
            return sw(SwConditionsNotSatisfied);
        }
        input = c.data;
        if (c.p1 == 0x02) {
            input.prepend(my::sha256DigestInfoPrefix());
        }
        scheme = c.p1 == 0x04 ? SignScheme::PssSha256 : SignScheme::Pkcs1Raw;
        break;
    default:
        return sw(SwIncorrectP1P2);
    }
    const QByteArray signature = rsaSign(key->privateKey, input, scheme);
    if (signature.isEmpty()) {
        return sw(SwTechnicalProblem);
    }
    return ok(signature);
}

} // namespace kakanai::virtualcard
