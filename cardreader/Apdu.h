#pragma once

#include "cardreader/StatusWord.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace kakanai::card {

// An ISO 7816-4 command APDU. Le is the expected length (1..65536); absent means "no response data expected".
// Le = 256 encodes as 00 in the short form, as the card expects for "up to 256 bytes".
struct CommandApdu
{
    std::uint8_t cla = 0x00;
    std::uint8_t ins = 0x00;
    std::uint8_t p1 = 0x00;
    std::uint8_t p2 = 0x00;
    QByteArray data;
    std::optional<int> le;

    // Short form when Lc <= 255 and Le <= 256, extended otherwise (ISO 7816-4 §5.1).
    QByteArray encode() const;
    bool isExtended() const;

    // Parses the four ISO cases, short and extended. nullopt for anything that is not a well-formed APDU
    // (too short, Lc disagreeing with the length, extended Lc of zero ...); the caller answers 6700.
    static std::optional<CommandApdu> parse(const QByteArray &bytes);

    // A form safe for logs: header and lengths only, never the data field (which may carry a PIN).
    QString toLogString() const;
};

struct ResponseApdu
{
    QByteArray data;
    StatusWord sw;

    // nullopt if fewer than two bytes.
    static std::optional<ResponseApdu> parse(const QByteArray &bytes);
    QByteArray encode() const;
};

// Builders for the commands this card uses (ref/mynumbercard.md §3).
namespace apdu {

constexpr std::uint8_t InsSelect = 0xA4;
constexpr std::uint8_t InsReadBinary = 0xB0;
constexpr std::uint8_t InsVerify = 0x20;
constexpr std::uint8_t InsComputeSignature = 0x2A; // proprietary, CLA 80
constexpr std::uint8_t InsGetResponse = 0xC0;
constexpr std::uint8_t InsGetChallenge = 0x84;
constexpr std::uint8_t ClaProprietary = 0x80;

// SELECT by DF name, P2 = 0C (no FCI).
CommandApdu selectApplication(const QByteArray &aid);
// SELECT EF (or key EF) by 2-byte file id under the current DF, P2 = 0C.
CommandApdu selectFile(std::uint16_t fid);
// READ BINARY of the current EF at a 15-bit offset.
CommandApdu readBinary(int offset, int le);
// READ BINARY by short EF identifier (P1 = 80 | SFI, P2 = 8-bit offset). Makes that EF current.
CommandApdu readBinaryShortEf(std::uint8_t sfi, int offset, int le);
// VERIFY with the given reference data against key P2 (80 = current key EF, 80 | SFI = key by short EF id).
CommandApdu verify(std::uint8_t p2, const QByteArray &referenceData);
// VERIFY without data: asks the retry counter without using a try (JICSAP 6.4.9(5)).
CommandApdu verifyStatusQuery(std::uint8_t p2);
// COMPUTE DIGITAL SIGNATURE (80 2A) over data with the key of the current EF (P2 = 80).
CommandApdu computeSignature(std::uint8_t p1, std::uint8_t p2, const QByteArray &data);
CommandApdu getResponse(int le);

} // namespace apdu

} // namespace kakanai::card
