// Fuzz target: the kiosk's INI file as KioskConfig reads it ([kiosk] [card] [forms] [postal] [submit], through
// common/Config's ConfigGroup). A broken file must give problems naming keys, never a crash.
#include "app/core/KioskConfig.h"

#include <QSettings>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

using namespace kakanai::kiosk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QTemporaryFile file;
    if (!file.open()) {
        return 0;
    }
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.close();
    QSettings settings(file.fileName(), QSettings::IniFormat);
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
