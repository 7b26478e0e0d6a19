#include "cardreader/virtualcard/CardFiles.h"

#include "cardreader/MyNumberCard.h"
#include "cardreader/Tlv.h"
#include "cardreader/virtualcard/CardKeys.h"
#include "cardreader/virtualcard/Persona.h"

namespace kakanai::virtualcard {

namespace is = card::mynumber::inputsupport;
namespace cvc = card::mynumber::cvc;
namespace tlv = card::tlv;

namespace {

QByteArray keyId(const char *number, const char *group)
{
    QByteArray id(number);
    id.append('\x08');
    id.append('\x05');
    id.append(group);
    id.append(4, '\0');
    return id;
}

QByteArray bigEndian16(int value)
{
    QByteArray out;
    out.append(static_cast<char>((value >> 8) & 0xFF));
    out.append(static_cast<char>(value & 0xFF));
    return out;
}

struct AttributesParts
{
    QByteArray tlv;          // the whole FF20 object (its length field may lie with attributes_truncated)
    qsizetype bodyStart = 0; // where the DF22 object starts
    qsizetype bodyEnd = 0;   // end of the real content

    // What the DF32 digest covers: from DF22 to the end of the content.
    QByteArrayView body() const { return QByteArrayView(tlv).sliced(bodyStart, bodyEnd - bodyStart); }
};

AttributesParts buildAttributes(const Persona &p, char sex)
{
    const QByteArray name = tlv::encode(is::TagName, p.name.toUtf8());
    const QByteArray address = tlv::encode(is::TagAddress, p.address.toUtf8());
    const QByteArray birth = tlv::encode(is::TagBirthDate, p.birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const QByteArray sexObject = tlv::encode(is::TagSex, QByteArray(1, sex));
    const qsizetype offsetsSize = 3 + 8; // DF 21 08 + 8 bytes
    const qsizetype contentSize = offsetsSize + name.size() + address.size() + birth.size() + sexObject.size();

    // The header's size depends on the length form (FF 20 LL, FF 20 81 LL, FF 20 82 LL LL), and the offsets count
    // from the start of the file, so the header comes first. With attributes_truncated the length claims the whole
    // physical file plus a few bytes: a reader trusting it would run past the end.
    const qsizetype claimed =
        p.hasFault(Fault::AttributesTruncated) ? qMax<qsizetype>(contentSize, AttributesFileSize) : contentSize;
    const QByteArray header = tlv::encodeTag(is::TagAttributes) + tlv::encodeLength(claimed);

    // bad_offsets: offsets counted from the start of the FF20 value instead of the file (a plausible writer bug).
    const qsizetype base = p.hasFault(Fault::BadOffsets) ? 0 : header.size();
    qsizetype at = base + offsetsSize;
    QByteArray offsets;
    for (const QByteArray *object : {&name, &address, &birth}) {
        offsets += bigEndian16(static_cast<int>(at));
        at += object->size();
    }
    offsets += bigEndian16(static_cast<int>(at));

    AttributesParts parts;
    parts.tlv = header + tlv::encode(is::TagOffsets, offsets) + name + address + birth + sexObject;
    parts.bodyStart = header.size() + offsetsSize;
    parts.bodyEnd = parts.tlv.size();
    return parts;
}

QByteArray padded(QByteArray bytes, qsizetype size)
{
    if (bytes.size() < size) {
        bytes.append(size - bytes.size(), '\xFF');
    }
    bytes.truncate(size);
    return bytes;
}

QByteArray ascii(const char *text, int width)
{
    QByteArray out(text);
    out.truncate(width);
    return out.leftJustified(width, ' ');
}

QByteArray be32(std::uint32_t v)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(static_cast<char>((v >> shift) & 0xFF));
    }
    return out;
}

// EF 0006 of the JPKI AP: PKCS#11 CK_TOKEN_INFO with 32-bit big-endian CK_ULONGs (160 bytes). Only the label is
// known to matter to readers (ref §6.1); the other values are plausible.
QByteArray makeTokenInfo(const Persona &persona)
{
    QByteArray out;
    out += ascii("JPKIAPICCTOKEN2", 32);
    out += ascii("Kakanai virtual card", 32);
    out += ascii("VIRTUAL", 16);
    out += ascii(persona.id.toLatin1().left(16).constData(), 16);
    out += be32(0x0000040D); // CKF_RNG | CKF_LOGIN_REQUIRED | CKF_USER_PIN_INITIALIZED | CKF_TOKEN_INITIALIZED
    out += be32(0);          // max sessions (effectively infinite)
    out += be32(0);          // sessions
    out += be32(0);          // max r/w sessions
    out += be32(0);          // r/w sessions
    out += be32(16);         // max PIN length
    out += be32(4);          // min PIN length
    for (int i = 0; i < 4; ++i) {
        out += be32(0xFFFFFFFF); // memory figures unavailable
    }
    out += QByteArray("03");    // hardware version slot (ASCII on real cards)
    out += QByteArray("01");    // firmware version slot
    out += QByteArray(16, ' '); // utcTime
    return out;
}

} // namespace

Persona cloneDonor(const Persona &persona)
{
    // Invented like every persona; the number passes the check digit (ref §9 worked example).
    Persona donor = persona;
    donor.name = QStringLiteral("原本　正子");
    donor.address = QStringLiteral("東京都千代田区永田町１丁目７－１");
    donor.individualNumber =
        persona.individualNumber == "123456789018" ? QByteArray("100000000005") : QByteArray("123456789018");
    donor.faults.clear();
    return donor;
}

QByteArray issuerKeyId()
{
    return keyId("6000033", "001");
}

QByteArray subjectKeyId()
{
    return keyId("6000033", "101");
}

QByteArray attributesTlv(const Persona &persona)
{
    return buildAttributes(persona, persona.sex).tlv;
}

int attributesTlvSize(const Persona &persona)
{
    return static_cast<int>(attributesTlv(persona).size());
}

CardFiles CardFiles::build(const Persona &p, const CardKeys &keys)
{
    CardFiles f;

    f.number = tlv::encode(is::TagNumber, p.individualNumber) + QByteArray(2, '\xFF');

    const AttributesParts attributes = buildAttributes(p, p.sex);
    f.attributes = padded(attributes.tlv, AttributesFileSize);

    // EF 0003: DF31 over the physical 17 bytes of EF 0001, DF32 over EF 0002 from DF22 to the end of the FF20
    // value, DF33 the AP key's signature over the DF31 and DF32 objects.
    const QByteArray numberDigest = tlv::encode(is::TagNumberDigest, ossl::sha256(f.number));
    const QByteArray attributesDigest = tlv::encode(is::TagAttributesDigest, ossl::sha256(attributes.body()));
    QByteArray integrityValue;
    if (p.hasFault(Fault::CloneUnsignedDigests)) {
        // The genuine card's record, signed over the donor's files, then this persona's digests appended unsigned.
        const Persona donor = cloneDonor(p);
        const QByteArray donorNumber = tlv::encode(is::TagNumber, donor.individualNumber) + QByteArray(2, '\xFF');
        const QByteArray signedPart =
            tlv::encode(is::TagNumberDigest, ossl::sha256(donorNumber)) +
            tlv::encode(is::TagAttributesDigest, ossl::sha256(buildAttributes(donor, donor.sex).body()));
        integrityValue = signedPart + tlv::encode(is::TagIntegritySignature, signSha256(keys.apKey(), signedPart)) +
                         numberDigest + attributesDigest;
    } else {
        const QByteArray signedPart = numberDigest + attributesDigest;
        integrityValue = signedPart + tlv::encode(is::TagIntegritySignature, signSha256(keys.apKey(), signedPart));
    }
    f.integrity = tlv::encode(is::TagIntegrity, integrityValue);

    if (p.hasFault(Fault::AttributesTampered)) {
        // Changed after signing: the sex digit swapped, so the file still parses and only the digest disagrees.
        const char other = p.sex == '1' ? '2' : '1';
        f.attributes = padded(buildAttributes(p, other).tlv, AttributesFileSize);
    }

    // EF 0004: the AP key certified by the test issuer (or, with integrity_wrong_issuer, signed by the AP key
    // itself, so that it names the right issuer but does not verify with the issuer's key).
    const QByteArray body = issuerKeyId() + subjectKeyId() + tlv::encode(cvc::TagExponent, rsaExponent(keys.apKey())) +
                            tlv::encode(cvc::TagModulus, rsaModulus(keys.apKey()));
    EVP_PKEY *certifier = p.hasFault(Fault::IntegrityWrongIssuer) ? keys.apKey() : keys.issuerKey();
    const QByteArray certificateValue =
        tlv::encode(cvc::TagBody, body) + tlv::encode(cvc::TagSignature, signSha256(certifier, body));
    f.certificate = tlv::encode(cvc::TagCertificate, certificateValue);

    // EF 0005: DF41 = spec version / extended Lc-Le supported / vendor (01 03 0E 01 on the cards seen), DF42 the
    // AP's key id, DF43 128 bytes whose meaning is unknown (zeros here).
    const QByteArray basicInfoValue = tlv::encode(0xDF41, QByteArray::fromHex("01030E01")) +
                                      tlv::encode(0xDF42, subjectKeyId()) + tlv::encode(0xDF43, QByteArray(128, '\0'));
    f.basicInfo = tlv::encode(0xFF40, basicInfoValue);

    f.signCertificate = keys.signCertificateDer();
    f.signCaCertificate = keys.caCertificateDer();
    f.tokenInfo = makeTokenInfo(p);
    f.certAvailability = QByteArray::fromHex("8F8F00"); // both certificates present (MC)
    f.authCertificate = keys.authCertificateDer();
    f.authCaCertificate = keys.caCertificateDer();
    return f;
}

} // namespace kakanai::virtualcard
