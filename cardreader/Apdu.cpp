#include "cardreader/Apdu.h"

#include <QString>

namespace kakanai::card {

namespace {

std::uint8_t byteAt(const QByteArray &b, qsizetype i)
{
    return static_cast<std::uint8_t>(b.at(i));
}

} // namespace

bool CommandApdu::isExtended() const
{
    return data.size() > 255 || (le && *le > 256);
}

QByteArray CommandApdu::encode() const
{
    QByteArray out;
    out.reserve(4 + 3 + data.size() + 3);
    out.append(static_cast<char>(cla));
    out.append(static_cast<char>(ins));
    out.append(static_cast<char>(p1));
    out.append(static_cast<char>(p2));
    const bool extended = isExtended();
    if (!data.isEmpty()) {
        if (extended) {
            out.append('\0');
            out.append(static_cast<char>((data.size() >> 8) & 0xFF));
            out.append(static_cast<char>(data.size() & 0xFF));
        } else {
            out.append(static_cast<char>(data.size()));
        }
        out.append(data);
    }
    if (le) {
        const int n = *le;
        if (extended) {
            if (data.isEmpty()) {
                out.append('\0');
            }
            // 65536 encodes as 00 00.
            out.append(static_cast<char>(n == 65536 ? 0 : (n >> 8) & 0xFF));
            out.append(static_cast<char>(n == 65536 ? 0 : n & 0xFF));
        } else {
            out.append(static_cast<char>(n == 256 ? 0 : n & 0xFF));
        }
    }
    return out;
}

std::optional<CommandApdu> CommandApdu::parse(const QByteArray &b)
{
    if (b.size() < 4) {
        return std::nullopt;
    }
    CommandApdu c;
    c.cla = byteAt(b, 0);
    c.ins = byteAt(b, 1);
    c.p1 = byteAt(b, 2);
    c.p2 = byteAt(b, 3);
    const qsizetype n = b.size() - 4;
    if (n == 0) { // case 1
        return c;
    }
    const int b0 = byteAt(b, 4);
    if (n == 1) { // case 2 short
        c.le = b0 == 0 ? 256 : b0;
        return c;
    }
    if (b0 != 0) { // short Lc
        const qsizetype lc = b0;
        if (n == 1 + lc) { // case 3 short
            c.data = b.mid(5, lc);
            return c;
        }
        if (n == 2 + lc) { // case 4 short
            c.data = b.mid(5, lc);
            const int le = byteAt(b, 5 + lc);
            c.le = le == 0 ? 256 : le;
            return c;
        }
        return std::nullopt;
    }
    // b0 == 0 and n >= 2: extended length.
    if (n == 3) { // case 2 extended
        const int le = (byteAt(b, 5) << 8) | byteAt(b, 6);
        c.le = le == 0 ? 65536 : le;
        return c;
    }
    if (n < 3) {
        return std::nullopt;
    }
    const qsizetype lc = (byteAt(b, 5) << 8) | byteAt(b, 6);
    if (lc == 0) {
        return std::nullopt;
    }
    if (n == 3 + lc) { // case 3 extended
        c.data = b.mid(7, lc);
        return c;
    }
    if (n == 5 + lc) { // case 4 extended
        c.data = b.mid(7, lc);
        const int le = (byteAt(b, 7 + lc) << 8) | byteAt(b, 8 + lc);
        c.le = le == 0 ? 65536 : le;
        return c;
    }
    return std::nullopt;
}

QString CommandApdu::toLogString() const
{
    QString s = QString::asprintf("%02X %02X %02X %02X", cla, ins, p1, p2);
    if (!data.isEmpty()) {
        s += QStringLiteral(" Lc=") + QString::number(data.size());
    }
    if (le) {
        s += QStringLiteral(" Le=") + QString::number(*le);
    }
    return s;
}

std::optional<ResponseApdu> ResponseApdu::parse(const QByteArray &bytes)
{
    if (bytes.size() < 2) {
        return std::nullopt;
    }
    ResponseApdu r;
    r.data = bytes.left(bytes.size() - 2);
    r.sw = StatusWord(byteAt(bytes, bytes.size() - 2), byteAt(bytes, bytes.size() - 1));
    return r;
}

QByteArray ResponseApdu::encode() const
{
    QByteArray out = data;
    out.append(static_cast<char>(sw.sw1()));
    out.append(static_cast<char>(sw.sw2()));
    return out;
}

namespace apdu {

CommandApdu selectApplication(const QByteArray &aid)
{
    return CommandApdu{0x00, InsSelect, 0x04, 0x0C, aid, std::nullopt};
}

CommandApdu selectFile(std::uint16_t fid)
{
    QByteArray id;
    id.append(static_cast<char>(fid >> 8));
    id.append(static_cast<char>(fid & 0xFF));
    return CommandApdu{0x00, InsSelect, 0x02, 0x0C, id, std::nullopt};
}

CommandApdu readBinary(int offset, int le)
{
    return CommandApdu{0x00,
                       InsReadBinary,
                       static_cast<std::uint8_t>((offset >> 8) & 0x7F),
                       static_cast<std::uint8_t>(offset & 0xFF),
                       {},
                       le};
}

CommandApdu readBinaryShortEf(std::uint8_t sfi, int offset, int le)
{
    return CommandApdu{0x00,
                       InsReadBinary,
                       static_cast<std::uint8_t>(0x80 | (sfi & 0x1F)),
                       static_cast<std::uint8_t>(offset & 0xFF),
                       {},
                       le};
}

CommandApdu verify(std::uint8_t p2, const QByteArray &referenceData)
{
    return CommandApdu{0x00, InsVerify, 0x00, p2, referenceData, std::nullopt};
}

CommandApdu verifyStatusQuery(std::uint8_t p2)
{
    return CommandApdu{0x00, InsVerify, 0x00, p2, {}, std::nullopt};
}

CommandApdu computeSignature(std::uint8_t p1, std::uint8_t p2, const QByteArray &data)
{
    return CommandApdu{ClaProprietary, InsComputeSignature, p1, p2, data, 256};
}

CommandApdu getResponse(int le)
{
    return CommandApdu{0x00, InsGetResponse, 0x00, 0x00, {}, le};
}

} // namespace apdu

} // namespace kakanai::card
