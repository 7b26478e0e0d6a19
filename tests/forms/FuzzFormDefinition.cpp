// Fuzz target: the form-definition loader (and the message catalog and navigator loaders, which read the same
// kind of city-edited JSON). Any input must give a definition or a FormsError, never a crash.
#include "forms/FormCatalog.h"
#include "forms/FormDefinition.h"
#include "forms/LifeEvents.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QStringList messages = {QStringLiteral("forms.required")};
    const auto def = kakanai::forms::FormDefinition::load(bytes, QStringLiteral("fuzz.json"), messages);
    if (def) {
        // Exercise the compiled definition: field lookup by every layout path.
        for (const auto &section : (*def)->layout.sections) {
            for (const auto &row : section.rows) {
                for (const QString &id : row) {
                    (void)(*def)->field(id);
                }
            }
        }
    }
    (void)kakanai::forms::MessageCatalog::load(bytes, QStringLiteral("messages.json"));
    (void)kakanai::forms::LifeEventNavigator::load(bytes, QStringLiteral("lifeevents.json"));
    return 0;
}
