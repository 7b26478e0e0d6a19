// Fuzz target: the kiosk's field policy (app/data/kiosk-fields.json, which a city may replace): any JSON must give
// a policy and problems, never a crash; the lookups the screens make run over what was parsed.
#include "app/core/FieldPolicy.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace kakanai::kiosk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<kakanai::ConfigProblem> problems;
    const FieldPolicy policy = FieldPolicy::parse(json, &problems);
    // Look up every key the input names, as form and field paths.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QStringList names = root.keys();
    names.append(QStringLiteral("juminhyo"));
    names.append(QStringLiteral("movers[0].name"));
    for (const QString &form : std::as_const(names)) {
        (void)policy.formInSelfService(form);
        for (const QString &path : std::as_const(names)) {
            (void)policy.selfServiceOptions(form, path);
            (void)policy.selfServiceMaxItems(form, path);
            (void)policy.cardHolderItem(form, path);
            (void)policy.presets(form, path);
            (void)policy.keypad(form, path);
            QString postal;
            (void)policy.isAddressField(form, path, &postal);
            (void)FieldPolicy::genericPath(path);
        }
    }
    (void)policy.allPresetValues();
    return 0;
}
