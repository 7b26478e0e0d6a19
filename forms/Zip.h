#pragma once

#include "forms/FormsError.h"

#include <QByteArray>
#include <QString>

namespace kakanai::forms {

// True when the bytes start with a ZIP local file header ("PK\3\4"), as Japan Post's ken_all.zip does.
bool isZip(const QByteArray &bytes);

// Extracts the one member of a ZIP archive (PKWARE APPNOTE: end of central directory, central directory, local
// header) whose name ends with `suffix`, compared without case (ken_all.zip holds KEN_ALL.CSV). Stored and deflated
// members are read (zlib raw inflate), and the CRC-32 and size of the central directory are checked. Not read:
// ZIP64, encrypted members, multi-disk archives. Errors: DecompressionError, with what was wrong in the detail
// ("no member ending in .csv", "CRC-32 mismatch", …).
Result<QByteArray> unzipMember(const QByteArray &zip, const QString &suffix);

} // namespace kakanai::forms
