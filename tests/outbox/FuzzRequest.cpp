// Fuzz target: the request check before enqueue (kakanai-outbox enqueue reads files from anywhere).
#include "outbox/RequestDocument.h"

#include <cstddef>
#include <cstdint>

using namespace kakanai::backoffice;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const RequestValidator validator;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)validator.inspectJson(json);
    return 0;
}
