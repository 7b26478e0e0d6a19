#pragma once

#include <QByteArray>

#include <cstdint>

// Identifiers of the My Number card (個人番号カード), from ref/mynumbercard.md (§1, §4, §6). All applications are
// selected by their full 10-byte DF name: the card also accepts prefix matches, so a shorter name can select the
// wrong DF.
namespace kakanai::card::mynumber {

inline QByteArray aidInputSupport() // 券面事項入力補助AP
{
    return QByteArray::fromHex("D3921000310001010408");
}
inline QByteArray aidJpki() // 公的個人認証AP
{
    return QByteArray::fromHex("D392F000260100000001");
}
inline QByteArray aidCardSurface() // 券面事項確認AP (券面AP)
{
    return QByteArray::fromHex("D3921000310001010402");
}

// The contact ATR (3B E0 00 FF 81 31 FE 45 14: T=1, no historical bytes). Only the emulator uses it: readers
// identify the card by SELECT, never by ATR, because the contactless ATR varies.
inline QByteArray contactAtr()
{
    return QByteArray::fromHex("3BE000FF8131FE4514");
}

// 券面事項入力補助AP files and keys.
namespace inputsupport {
constexpr std::uint16_t EfIndividualNumber = 0x0001; // FF10 + 12 ASCII digits + FF FF (17 bytes)
constexpr std::uint16_t EfAttributes = 0x0002; // FF20 { DF21 offsets, DF22 name, DF23 address, DF24 birth, DF25 sex }
constexpr std::uint16_t EfIntegrity = 0x0003;  // FF30 { DF31 SHA-256(EF0001), DF32 SHA-256(EF0002 body), DF33 sig }
constexpr std::uint16_t EfIntegrityCert = 0x0004; // 7F21 card-verifiable certificate of the signing key
constexpr std::uint16_t EfBasicInfo = 0x0005;     // FF40 AP basic information
constexpr std::uint16_t KeyPin = 0x0011;          // 4-digit 券面事項入力補助用暗証番号, 3 tries
constexpr std::uint16_t KeyCodeA = 0x0014;        // 照合番号A (the 12-digit number): opens EF 0001 only
constexpr std::uint16_t KeyCodeB = 0x0015;        // 照合番号B (14 digits): opens EF 0002 only

constexpr std::uint32_t TagNumber = 0xFF10;
constexpr std::uint32_t TagAttributes = 0xFF20;
constexpr std::uint32_t TagOffsets = 0xDF21;
constexpr std::uint32_t TagName = 0xDF22;
constexpr std::uint32_t TagAddress = 0xDF23;
constexpr std::uint32_t TagBirthDate = 0xDF24;
constexpr std::uint32_t TagSex = 0xDF25;
constexpr std::uint32_t TagIntegrity = 0xFF30;
constexpr std::uint32_t TagNumberDigest = 0xDF31;
constexpr std::uint32_t TagAttributesDigest = 0xDF32;
constexpr std::uint32_t TagIntegritySignature = 0xDF33;
constexpr int NumberFileSize = 17;
} // namespace inputsupport

// Card-verifiable certificate (EF 0004) tags.
namespace cvc {
constexpr std::uint32_t TagCertificate = 0x7F21;
constexpr std::uint32_t TagBody = 0x5F4E;
constexpr std::uint32_t TagSignature = 0x5F37;
constexpr std::uint32_t TagExponent = 0x90;
constexpr std::uint32_t TagModulus = 0x91;
constexpr int KeyIdSize = 16;
} // namespace cvc

// 公的個人認証AP files and keys.
namespace jpki {
constexpr std::uint16_t EfSignCert = 0x0001; // 署名用電子証明書, needs the signature password
constexpr std::uint16_t EfSignCaCert = 0x0002;
constexpr std::uint16_t EfTokenInfo = 0x0006; // "JPKIAPICCTOKEN2" label in the first 32 bytes
constexpr std::uint16_t EfAuthCert = 0x000A;  // 利用者証明用電子証明書, free
constexpr std::uint16_t EfAuthCaCert = 0x000B;
constexpr std::uint16_t KeyAuth = 0x0017;         // 利用者証明用 private key
constexpr std::uint16_t KeyAuthPin = 0x0018;      // 4 digits, 3 tries
constexpr std::uint16_t KeySign = 0x001A;         // 署名用 private key
constexpr std::uint16_t KeySignPassword = 0x001B; // 6-16 of [0-9A-Z], 5 tries
} // namespace jpki

// P2 for VERIFY / READ BINARY by short EF identifier: 80 | SFI. Every EF of this card has an SFI (0001..001E).
constexpr std::uint8_t shortEf(std::uint16_t fid)
{
    return static_cast<std::uint8_t>(fid & 0x1F);
}
constexpr std::uint8_t keyP2(std::uint16_t fid)
{
    return static_cast<std::uint8_t>(0x80 | (fid & 0x1F));
}

// DER DigestInfo prefix for SHA-256, what 80 2A 00 80 expects in front of the hash.
inline QByteArray sha256DigestInfoPrefix()
{
    return QByteArray::fromHex("3031300D060960864801650304020105000420");
}

} // namespace kakanai::card::mynumber
