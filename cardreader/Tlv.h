#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <optional>

namespace kakanai::card {

// BER-TLV as this card writes it (ISO 7816-4 / X.690 basic encoding): multi-byte tags (FF 10, FF 20, DF 21..,
// 7F 21, 5F 37) and definite lengths in the short form or the long forms 81 xx, 82 xx xx, 83 xx xx xx.
// The card uses private *constructed* tags (FF 10) around primitive content, so nothing here recurses on its own:
// the caller decides which values hold nested TLV. Every function checks bounds and returns nullopt on anything
// malformed; none of them reads outside the given bytes.
struct TlvHeader
{
    std::uint32_t tag = 0;    // the tag bytes big-endian: 0xFF20, 0xDF21, 0x30, 0x7F21
    qsizetype headerSize = 0; // tag bytes + length bytes
    qsizetype length = 0;     // value length

    bool isConstructed() const;
    qsizetype totalSize() const { return headerSize + length; }
};

struct TlvElement
{
    TlvHeader header;
    qsizetype offset = 0; // where the tag starts in the parsed bytes
    QByteArrayView value; // a view into the parsed bytes; valid while they are

    std::uint32_t tag() const { return header.tag; }
    qsizetype end() const { return offset + header.totalSize(); }
};

namespace tlv {

// Largest value length accepted; nothing on this card is larger than a few kilobytes.
constexpr qsizetype MaxLength = 0xFFFFFF;

// Reads a tag and a length at offset. Only the header must lie within the bytes: this is how a reader learns
// the size of an EF from its first bytes.
std::optional<TlvHeader> parseHeader(QByteArrayView bytes, qsizetype offset = 0);

// Reads a whole element at offset; nullopt if its value runs past the end.
std::optional<TlvElement> parseElement(QByteArrayView bytes, qsizetype offset = 0);

// Reads consecutive elements that exactly fill the bytes.
std::optional<QList<TlvElement>> parseAll(QByteArrayView bytes);

// The first element with the tag among consecutive elements filling the bytes.
std::optional<TlvElement> find(QByteArrayView bytes, std::uint32_t tag);

// Encodes with the shortest length form.
QByteArray encode(std::uint32_t tag, QByteArrayView value);
QByteArray encodeTag(std::uint32_t tag);
QByteArray encodeLength(qsizetype length);

} // namespace tlv

} // namespace kakanai::card
