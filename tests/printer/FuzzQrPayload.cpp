// Fuzz target: what a scanner hands back from a printed page (the QR payload, outside data for the back office's
// reprint and lookup), and request documents read back for printing (kakanai-print reads them from files).
#include "forms/FormScope.h"
#include "printer/PrintedRequest.h"
#include "printer/QrPayload.h"

#include "forms/FormCatalog.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace kakanai;
using namespace kakanai::printer;

namespace {

const forms::FormCatalog *catalog()
{
    static const auto loaded = forms::FormCatalog::load();
    return loaded ? &loaded.value() : nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto payload = QrPayload::parse(bytes)) {
        // What parses must encode back to the same text.
        if (payload->encode() != bytes) {
            __builtin_trap();
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject() && catalog()) {
        if (auto view = PrintedRequest::read(doc.object(), *catalog())) {
            for (const forms::StoredForm &form : view->request.forms) {
                (void)view->signatures(form);
                const forms::FormScope scope(form.instance, view->context);
                for (const forms::FieldDefinition &f : form.instance.definition().fields) {
                    (void)PrintedRequest::applies(f, scope);
                }
            }
            (void)view->qrPayload().encode();
        }
    }
    return 0;
}
