// Fuzz target: the pre-entry decoder (preentry/PreEntryCodec.h). Its input is whatever a QR code or a USB scanner in
// keyboard mode hands the kiosk: outside data. Every decoded pre-entry is also applied to a fresh form, as the
// kiosk does, and must encode again. An input that starts with '{' is taken as the JSON body instead and wrapped in a
// well-formed code (uncompressed, dated today, right checksum) first: random bytes almost never pass the Base32 and
// CRC-32 layers, so without this the answers' checks (card fields, types, lengths, lists, versions) were reached
// only through the seeds. The seeds of that kind are the bodies of codes the page made (tests/fuzz/corpus/).
#include "preentry/PreEntryCodec.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace kakanai;
using namespace kakanai::preentry;

namespace {

const forms::FormCatalog *catalog()
{
    static const auto loaded = forms::FormCatalog::load();
    return loaded ? &loaded.value() : nullptr;
}

const forms::LifeEventNavigator *navigator()
{
    static const auto loaded = forms::LifeEventNavigator::loadFile();
    return loaded ? &loaded.value() : nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const forms::FormCatalog *forms = catalog();
    if (!forms) {
        return 0;
    }
    const QDate today(2026, 12, 3);
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (bytes.startsWith('{')) {
        bytes = PreEntryCodec::frame(0, quint16(QDate(2024, 1, 1).daysTo(today)), bytes);
    }
    (void)PreEntryCodec::base32Decode(bytes);
    const auto entry = PreEntryCodec::decode(bytes, *forms, today, navigator());
    if (!entry) {
        return 0;
    }
    forms::FormContext context;
    context.today = today;
    context.mode = forms::Mode::SelfService;
    for (const PreEntryForm &f : entry->forms) {
        forms::FormInstance instance(forms->shared(f.formId));
        (void)applyPreEntry(instance, f, context);
    }
    // What decodes encodes: a decoded pre-entry is one the codec would write (an uncompressed body near the size limit
    // may grow past a QR code's capacity when written again, which encode reports as malicious).
    const auto again = PreEntryCodec::encode(*entry, *forms, navigator());
    if (!again && again.error().code != PreEntryErrorCode::Malicious) {
        std::abort();
    }
    return 0;
}
