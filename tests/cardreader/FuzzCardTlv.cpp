// libFuzzer target: every parser of card file contents (BER-TLV walk, EF 0001, EF 0002, EF 0003, EF 0004).
#include "cardreader/InputSupportAp.h"
#include "cardreader/Integrity.h"
#include "cardreader/Tlv.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace kakanai::card;

namespace {

// Walks constructed values recursively, as a generic BER dumper would, bounded in depth.
void walk(QByteArrayView bytes, int depth)
{
    if (depth > 8) {
        return;
    }
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const auto e = tlv::parseElement(bytes, pos);
        if (!e) {
            return;
        }
        if (e->header.isConstructed()) {
            walk(e->value, depth + 1);
        }
        pos = e->end();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    walk(bytes, 0);
    (void)parseAttributes(bytes);
    (void)parseIndividualNumber(bytes);
    (void)attributesDigestSource(bytes);
    (void)parseIntegrityRecord(bytes);
    (void)parseCvCertificate(bytes);
    // Integrity verification on garbage must fail cleanly, never verify.
    IntegrityInputs inputs{bytes, bytes, bytes, bytes};
    const IntegrityResult r = verifyIntegrity(inputs, nullptr);
    if (r.status == IntegrityStatus::Verified) {
        __builtin_trap();
    }
    return 0;
}
