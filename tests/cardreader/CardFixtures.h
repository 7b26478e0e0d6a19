#pragma once

#include "cardreader/MyNumberCard.h"
#include "cardreader/Tlv.h"

#include <QByteArray>
#include <QString>

// Builders for card file contents in the layouts of ref/mynumbercard.md §4, for unit tests of the parsers.
namespace fixtures {

using namespace kakanai::card;

// EF 0002: FF20 { DF21 offsets, DF22 name, DF23 address, DF24 birth, DF25 sex } + filler.
inline QByteArray attributesFile(const QString &name, const QString &address, const QByteArray &birth,
                                 const QByteArray &sex, int filler = 16, bool correctOffsets = true)
{
    const QByteArray dName = tlv::encode(0xDF22, name.toUtf8());
    const QByteArray dAddress = tlv::encode(0xDF23, address.toUtf8());
    const QByteArray dBirth = tlv::encode(0xDF24, birth);
    const QByteArray dSex = tlv::encode(0xDF25, sex);
    // The outer header size depends on the total length, and the offsets depend on the header size.
    const qsizetype innerLength = 11 + dName.size() + dAddress.size() + dBirth.size() + dSex.size();
    const qsizetype headerSize = tlv::encodeTag(0xFF20).size() + tlv::encodeLength(innerLength).size();
    QByteArray offsets;
    qsizetype at = headerSize + 11;
    for (const QByteArray *e : {&dName, &dAddress, &dBirth, &dSex}) {
        const qsizetype value = correctOffsets ? at : at + 1;
        offsets.append(static_cast<char>(value >> 8));
        offsets.append(static_cast<char>(value & 0xFF));
        at += e->size();
    }
    const QByteArray inner = tlv::encode(0xDF21, offsets) + dName + dAddress + dBirth + dSex;
    return tlv::encode(0xFF20, inner) + QByteArray(filler, '\xFF');
}

inline QByteArray numberFile(const QByteArray &digits)
{
    return tlv::encode(0xFF10, digits) + QByteArray::fromHex("FFFF");
}

} // namespace fixtures
