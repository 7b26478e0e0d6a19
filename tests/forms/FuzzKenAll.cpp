// Fuzz target: the postal source parsers (KEN_ALL.CSV in both encodings, the bundled table, gzip).
#include "forms/Gzip.h"
#include "forms/PostalImport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)kakanai::forms::parseKenAll(bytes);
    (void)kakanai::forms::parsePostalTable(bytes);
    (void)kakanai::forms::parsePostalSource(bytes);
    (void)kakanai::forms::gunzip(bytes);
    return 0;
}
