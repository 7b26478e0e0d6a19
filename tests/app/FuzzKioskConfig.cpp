// Fuzz target: the kiosk's INI file as KioskConfig reads it ([kiosk] [card] [forms] [postal] [submit], through
// common/Config's ConfigGroup). A broken file must give problems naming keys, never a crash.
#include "app/core/KioskConfig.h"

#include "tests/fuzz/FuzzIni.h"

#include <cstddef>
#include <cstdint>

using namespace kakanai::kiosk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto in = kakanai::fuzzing::iniInput(data, size);
    if (!in) {
        return 0;
    }
    QSettings &settings = *in->settings;
    QList<kakanai::ConfigProblem> problems;
    const KioskConfig config = KioskConfig::fromSettings(settings, &problems);
    if (problems.isEmpty()) {
        // What is accepted is within the documented ranges.
        if (config.idleTimeoutSeconds <= 0 || config.textScale <= 0 || config.languages.isEmpty()) {
            __builtin_trap();
        }
    }
    return 0;
}
