#pragma once

#include <QString>

#include <optional>

namespace kakanai::forms {

// Whether an address lies in the kiosk's municipality ("東京都港区", also when the address leaves the prefecture
// out): the one reading of the rules' in_municipality, which the kiosk's 転入/転居 switch uses too. nullopt when no
// municipality is configured.
std::optional<bool> addressInMunicipality(const QString &address, const QString &municipality);

} // namespace kakanai::forms
