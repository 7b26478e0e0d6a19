#include "forms/Zip.h"

#include <zlib.h>

#include <limits>

namespace kakanai::forms {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralDirectorySignature = 0x06054b50;
constexpr qsizetype LocalHeaderSize = 30;
constexpr qsizetype CentralHeaderSize = 46;
constexpr qsizetype EndOfCentralDirectorySize = 22;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint16 FlagEncrypted = 0x0001;
// A member larger than this is not a KEN_ALL.CSV (about 18 MB today): refuse it rather than allocate it.
constexpr quint32 MaxMemberSize = 512u * 1024u * 1024u;

FormsError zipError(const QString &detail)
{
    return FormsError::make(FormsErrorCode::DecompressionError, {}, {}, QStringLiteral("zip: ") + detail);
}

// Little-endian fields at an offset that the caller has bounds-checked.
quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | (quint32(u16(b, at + 2)) << 16);
}

Result<QByteArray> inflateRaw(const QString &name, const char *data, quint32 size, quint32 expectedSize)
{
    z_stream stream{};
    // Negative window bits: a raw deflate stream, as ZIP stores it (no zlib or gzip framing).
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        return zipError(QStringLiteral("inflateInit2 failed"));
    }
    QByteArray out(qsizetype(expectedSize), Qt::Uninitialized);
    // zlib's API is not const-correct for its input pointer.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    stream.avail_in = size;
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = expectedSize;
    const int rc = inflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) {
        return zipError(QStringLiteral("deflate data of %1 damaged (zlib %2)").arg(name).arg(rc));
    }
    if (produced != expectedSize) {
        return zipError(
            QStringLiteral("%1 is %2 bytes, the directory says %3").arg(name).arg(produced).arg(expectedSize));
    }
    return out;
}

} // namespace

bool isZip(const QByteArray &bytes)
{
    return bytes.size() >= 4 && u32(bytes, 0) == LocalHeaderSignature;
}

Result<QByteArray> unzipMember(const QByteArray &zip, const QString &suffix)
{
    // The end of central directory record is the last 22 bytes, or earlier by the length of an archive comment.
    qsizetype eocd = -1;
    const qsizetype lowest = std::max<qsizetype>(0, zip.size() - EndOfCentralDirectorySize - 0xFFFF);
    for (qsizetype at = zip.size() - EndOfCentralDirectorySize; at >= lowest; --at) {
        if (u32(zip, at) == EndOfCentralDirectorySignature) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0) {
        return zipError(QStringLiteral("no end of central directory (not a ZIP file, or truncated)"));
    }
    const quint16 disk = u16(zip, eocd + 4);
    const quint16 entries = u16(zip, eocd + 10);
    const quint32 directorySize = u32(zip, eocd + 12);
    const quint32 directoryOffset = u32(zip, eocd + 16);
    if (disk != 0 || directoryOffset == 0xFFFFFFFFu || entries == 0xFFFF) {
        return zipError(QStringLiteral("multi-disk and ZIP64 archives are not read"));
    }
    if (qint64(directoryOffset) + directorySize > eocd) {
        return zipError(QStringLiteral("central directory outside the file"));
    }

    qsizetype at = directoryOffset;
    for (quint16 i = 0; i < entries; ++i) {
        if (at + CentralHeaderSize > eocd || u32(zip, at) != CentralHeaderSignature) {
            return zipError(QStringLiteral("central directory entry %1 damaged").arg(i));
        }
        const quint16 flags = u16(zip, at + 8);
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const quint32 compressedSize = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const quint16 extraLength = u16(zip, at + 30);
        const quint16 commentLength = u16(zip, at + 32);
        const quint32 localOffset = u32(zip, at + 42);
        if (at + CentralHeaderSize + nameLength > eocd) {
            return zipError(QStringLiteral("central directory entry %1 damaged").arg(i));
        }
        // Japan Post's names are ASCII; CP437 or UTF-8 (flag bit 11) agree on ASCII.
        const QString name = QString::fromLatin1(zip.constData() + at + CentralHeaderSize, nameLength);
        at += CentralHeaderSize + nameLength + extraLength + commentLength;
        if (!name.endsWith(suffix, Qt::CaseInsensitive)) {
            continue;
        }
        if (flags & FlagEncrypted) {
            return zipError(QStringLiteral("%1 is encrypted").arg(name));
        }
        if (size > MaxMemberSize || compressedSize == 0xFFFFFFFFu || localOffset == 0xFFFFFFFFu) {
            return zipError(QStringLiteral("%1 is too large (ZIP64 is not read)").arg(name));
        }
        const qint64 local = localOffset;
        if (local + LocalHeaderSize > zip.size() || u32(zip, qsizetype(local)) != LocalHeaderSignature) {
            return zipError(QStringLiteral("local header of %1 damaged").arg(name));
        }
        const qint64 data = local + LocalHeaderSize + u16(zip, qsizetype(local + 26)) + u16(zip, qsizetype(local + 28));
        if (data + compressedSize > zip.size()) {
            return zipError(QStringLiteral("%1 is truncated").arg(name));
        }
        QByteArray content;
        if (method == MethodStored) {
            if (compressedSize != size) {
                return zipError(QStringLiteral("stored member %1 with two sizes").arg(name));
            }
            content = zip.mid(qsizetype(data), qsizetype(size));
        } else if (method == MethodDeflated) {
            auto inflated = inflateRaw(name, zip.constData() + data, compressedSize, size);
            if (!inflated) {
                return inflated.error();
            }
            content = std::move(inflated.value());
        } else {
            return zipError(QStringLiteral("%1 uses compression method %2 (only stored and deflate are read)")
                                .arg(name)
                                .arg(method));
        }
        const uLong actual = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(content.constData()),
                                   static_cast<uInt>(content.size()));
        if (actual != crc) {
            return zipError(QStringLiteral("CRC-32 mismatch in %1 (damaged download)").arg(name));
        }
        return content;
    }
    return zipError(QStringLiteral("no member ending in %1").arg(suffix));
}

} // namespace kakanai::forms
