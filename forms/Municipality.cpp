#include "forms/Municipality.h"

#include "forms/Address.h"
#include "forms/JapaneseText.h"

namespace kakanai::forms {

std::optional<bool> addressInMunicipality(const QString &address, const QString &municipality)
{
    if (municipality.isEmpty()) {
        return std::nullopt;
    }
    const QString key = text::addressComparisonKey(address);
    const QString full = text::addressComparisonKey(municipality);
    if (key.startsWith(full)) {
        return true;
    }
    // An address written without its prefecture: compare from the municipality on.
    for (const QString &pref : AddressSplitter::prefectures()) {
        if (full.startsWith(pref) && !key.startsWith(pref)) {
            return key.startsWith(full.mid(pref.size()));
        }
    }
    return false;
}

} // namespace kakanai::forms
