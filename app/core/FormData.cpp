#include "app/core/FormData.h"

namespace kakanai::kiosk {

std::optional<FormData> loadFormData(const KioskConfig &config, QList<ConfigProblem> *problems)
{
    auto catalog = forms::FormCatalog::load(config.formsDirectory.isEmpty() ? forms::FormCatalog::embeddedDirectory()
                                                                            : config.formsDirectory);
    if (!catalog) {
        problems->append({QStringLiteral("forms/directory"), catalog.error().toLogString()});
        return std::nullopt;
    }
    auto navigator = forms::LifeEventNavigator::loadFile(forms::LifeEventNavigator::embeddedFile(), catalog->ids());
    if (!navigator) {
        problems->append({QStringLiteral("forms/directory"), navigator.error().toLogString()});
        return std::nullopt;
    }
    const QString counters =
        config.countersFile.isEmpty() ? forms::LifeEventNavigator::embeddedCountersFile() : config.countersFile;
    if (auto loaded = navigator->loadCountersFile(counters); !loaded) {
        problems->append({QStringLiteral("forms/counters"), loaded.error().toLogString()});
        return std::nullopt;
    }
    return FormData{std::move(*catalog), std::move(*navigator)};
}

} // namespace kakanai::kiosk
