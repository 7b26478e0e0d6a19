#pragma once

#include "app/core/KioskConfig.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <optional>

namespace kakanai::kiosk {

// The form definitions (forms/directory, or the built-in ones) and the life-event navigator over them: what the
// screens, the start-up check and the print worker all need.
struct FormData
{
    forms::FormCatalog catalog;
    forms::LifeEventNavigator navigator;
};

// Problems are appended with the key forms/directory; nullopt then.
std::optional<FormData> loadFormData(const KioskConfig &config, QList<ConfigProblem> *problems);

} // namespace kakanai::kiosk
