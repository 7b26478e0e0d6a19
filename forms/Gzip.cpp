#include "forms/Gzip.h"

#include <zlib.h>

#include <limits>

namespace kakanai::forms {

bool isGzip(const QByteArray &bytes)
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
           static_cast<unsigned char>(bytes[1]) == 0x8B;
}

Result<QByteArray> gunzip(const QByteArray &compressed)
{
    if (!isGzip(compressed)) {
        return FormsError::make(FormsErrorCode::DecompressionError, {}, {}, QStringLiteral("not a gzip stream"));
    }
    if (compressed.size() > std::numeric_limits<uInt>::max()) {
        return FormsError::make(FormsErrorCode::DecompressionError, {}, {}, QStringLiteral("input too large"));
    }
    z_stream stream{};
    // 16 + MAX_WBITS: expect the gzip header and trailer rather than the zlib ones.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        return FormsError::make(FormsErrorCode::DecompressionError, {}, {}, QStringLiteral("inflateInit2 failed"));
    }
    QByteArray out;
    out.reserve(compressed.size() * 4);
    // zlib's API is not const-correct for its input pointer.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    constexpr qsizetype Chunk = 256 * 1024;
    int rc = Z_OK;
    for (;;) {
        const qsizetype before = out.size();
        out.resize(before + Chunk);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = static_cast<uInt>(Chunk);
        rc = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + Chunk - static_cast<qsizetype>(stream.avail_out));
        if (rc == Z_STREAM_END) {
            if (stream.avail_in == 0) {
                break;
            }
            // Another gzip member follows.
            if (inflateReset(&stream) != Z_OK) {
                break;
            }
            continue;
        }
        if (rc != Z_OK) {
            break;
        }
        if (stream.avail_in == 0 && stream.avail_out != 0) {
            rc = Z_DATA_ERROR; // truncated: input exhausted before the end of the stream
            break;
        }
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) {
        return FormsError::make(FormsErrorCode::DecompressionError, {}, {}, QStringLiteral("zlib error %1").arg(rc));
    }
    return out;
}

} // namespace kakanai::forms
