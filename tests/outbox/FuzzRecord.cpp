// Fuzz target: the outbox record decoder (a record read back from disk is outside data once the disk can be
// tampered with). First byte 0: the rest is a record to open; 1: the rest is a plaintext to seal and open again.
#include "outbox/Aead.h"
#include "outbox/DataKey.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace kakanai::backoffice;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const DataKey key = DataKey::fromBytes(QByteArray(DataKey::Size, '\x5a'));
    if (size == 0) {
        return 0;
    }
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    const QByteArrayView aad("kakanai-outbox/v1/requests/payload/fuzz");
    if (data[0] == 1) {
        auto sealed = aead::seal(key, rest, aad);
        if (!sealed) {
            std::abort();
        }
        auto opened = aead::open(key, *sealed, aad);
        if (!opened || *opened != rest) {
            std::abort();
        }
    } else {
        auto opened = aead::open(key, rest, aad);
        if (opened && opened->size() != rest.size() - aead::Overhead) {
            std::abort();
        }
    }
    return 0;
}
