#pragma once

#include <QByteArray>

#include <cstdint>

namespace kakanai::virtualcard {

class CardKeys;
struct Persona;

// The bytes of every emulated EF, built from a persona and its keys exactly as ref/mynumbercard.md §4 and §6
// describe them, with the persona's faults applied.
struct CardFiles
{
    // 券面事項入力補助AP
    QByteArray number;      // EF 0001: FF 10 0C + 12 ASCII digits + FF FF (17 bytes)
    QByteArray attributes;  // EF 0002: FF20 {DF21..DF25} + FF filler up to AttributesFileSize
    QByteArray integrity;   // EF 0003: FF30 82 014B {DF31, DF32, DF33}
    QByteArray certificate; // EF 0004: 7F21 82 0233 {5F4E 82 0129, 5F37 82 0100}
    QByteArray basicInfo;   // EF 0005: FF40 {DF41 01030E01, DF42 key id, DF43 128 bytes}

    // 公的個人認証AP
    QByteArray signCertificate;   // EF 0001 (X.509 DER)
    QByteArray signCaCertificate; // EF 0002
    QByteArray tokenInfo;         // EF 0006: 160-byte CK_TOKEN_INFO, label "JPKIAPICCTOKEN2"
    QByteArray certAvailability;  // EF 0008: 8F 8F 00
    QByteArray authCertificate;   // EF 000A
    QByteArray authCaCertificate; // EF 000B

    static CardFiles build(const Persona &persona, const CardKeys &keys);
};

// Key identifiers of the 入力補助AP card-verifiable certificate: 7 ASCII digits + 08 05 + 3 ASCII digits + 4 bytes
// of padding (ref §4.5). "6000033" is the JPKI test hierarchy's 入力補助AP issuer; the subject id is ours.
QByteArray issuerKeyId();
QByteArray subjectKeyId();

// The genuine card a clone_unsigned_digests persona copied EF 0003 and EF 0004 from: another invented resident
// with the persona's birth date and sex.
Persona cloneDonor(const Persona &persona);

// The FF20 object of EF 0002 without filler, as the emulator writes it for the persona (faults that change the
// layout applied). Its size decides whether a persona fits AttributesFileSize.
QByteArray attributesTlv(const Persona &persona);
int attributesTlvSize(const Persona &persona);

} // namespace kakanai::virtualcard
