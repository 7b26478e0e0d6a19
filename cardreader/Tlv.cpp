#include "cardreader/Tlv.h"

namespace kakanai::card {

namespace {

std::uint8_t at(QByteArrayView b, qsizetype i)
{
    return static_cast<std::uint8_t>(b[i]);
}

} // namespace

bool TlvHeader::isConstructed() const
{
    std::uint32_t first = tag;
    while (first > 0xFF) {
        first >>= 8;
    }
    return (first & 0x20) != 0;
}

namespace tlv {

std::optional<TlvHeader> parseHeader(QByteArrayView bytes, qsizetype offset)
{
    if (offset < 0 || offset >= bytes.size()) {
        return std::nullopt;
    }
    qsizetype pos = offset;
    const std::uint8_t first = at(bytes, pos++);
    // 00 and FF are not tag bytes in ISO 7816-4 BER-TLV, but FF is the first byte of this card's private tags
    // (FF 10, FF 20, ...) when followed by a tag-number byte, so only a lone 00 is refused here.
    if (first == 0x00) {
        return std::nullopt;
    }
    std::uint32_t tag = first;
    if ((first & 0x1F) == 0x1F) {
        // High tag number form: following bytes while bit 8 is set, at most 3 tag bytes in all.
        int extra = 0;
        while (true) {
            if (pos >= bytes.size() || extra == 2) {
                return std::nullopt;
            }
            const std::uint8_t b = at(bytes, pos++);
            tag = (tag << 8) | b;
            ++extra;
            if ((b & 0x80) == 0) {
                break;
            }
        }
    }
    if (pos >= bytes.size()) {
        return std::nullopt;
    }
    const std::uint8_t l0 = at(bytes, pos++);
    qsizetype length = 0;
    if (l0 < 0x80) {
        length = l0;
    } else {
        const int n = l0 & 0x7F;
        if (n == 0 || n > 3) { // 80 (indefinite) is not DER and never used by this card
            return std::nullopt;
        }
        if (pos + n > bytes.size()) {
            return std::nullopt;
        }
        for (int i = 0; i < n; ++i) {
            length = (length << 8) | at(bytes, pos++);
        }
    }
    if (length > MaxLength) {
        return std::nullopt;
    }
    TlvHeader h;
    h.tag = tag;
    h.headerSize = pos - offset;
    h.length = length;
    return h;
}

std::optional<TlvElement> parseElement(QByteArrayView bytes, qsizetype offset)
{
    const auto header = parseHeader(bytes, offset);
    if (!header) {
        return std::nullopt;
    }
    if (header->length > bytes.size() - offset - header->headerSize) {
        return std::nullopt;
    }
    TlvElement e;
    e.header = *header;
    e.offset = offset;
    e.value = bytes.sliced(offset + header->headerSize, header->length);
    return e;
}

std::optional<QList<TlvElement>> parseAll(QByteArrayView bytes)
{
    QList<TlvElement> out;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const auto e = parseElement(bytes, pos);
        if (!e) {
            return std::nullopt;
        }
        out.append(*e);
        pos = e->end();
    }
    return out;
}

std::optional<TlvElement> find(QByteArrayView bytes, std::uint32_t tag)
{
    const auto all = parseAll(bytes);
    if (!all) {
        return std::nullopt;
    }
    for (const auto &e : *all) {
        if (e.tag() == tag) {
            return e;
        }
    }
    return std::nullopt;
}

QByteArray encodeTag(std::uint32_t tag)
{
    QByteArray out;
    if (tag > 0xFFFF) {
        out.append(static_cast<char>((tag >> 16) & 0xFF));
    }
    if (tag > 0xFF) {
        out.append(static_cast<char>((tag >> 8) & 0xFF));
    }
    out.append(static_cast<char>(tag & 0xFF));
    return out;
}

QByteArray encodeLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(static_cast<char>(length));
    } else if (length <= 0xFF) {
        out.append(static_cast<char>(0x81));
        out.append(static_cast<char>(length));
    } else if (length <= 0xFFFF) {
        out.append(static_cast<char>(0x82));
        out.append(static_cast<char>(length >> 8));
        out.append(static_cast<char>(length & 0xFF));
    } else {
        out.append(static_cast<char>(0x83));
        out.append(static_cast<char>((length >> 16) & 0xFF));
        out.append(static_cast<char>((length >> 8) & 0xFF));
        out.append(static_cast<char>(length & 0xFF));
    }
    return out;
}

QByteArray encode(std::uint32_t tag, QByteArrayView value)
{
    QByteArray out = encodeTag(tag);
    out += encodeLength(value.size());
    out.append(value.data(), value.size());
    return out;
}

} // namespace tlv

} // namespace kakanai::card
