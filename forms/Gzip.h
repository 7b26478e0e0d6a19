#pragma once

#include "forms/FormsError.h"

#include <QByteArray>

namespace kakanai::forms {

// True when the bytes start with the gzip magic (1F 8B).
bool isGzip(const QByteArray &bytes);

// Inflates a gzip (RFC 1952) stream with zlib; concatenated members are inflated in turn, as gzip(1) does.
// qUncompress only reads Qt's own zlib framing, not gzip. Errors: DecompressionError.
Result<QByteArray> gunzip(const QByteArray &compressed);

} // namespace kakanai::forms
