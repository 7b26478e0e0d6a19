// Fuzz target: the back office's INI groups (a broken configuration must give problems, never a crash).
#include "outbox/BackofficeConfig.h"

#include "tests/fuzz/FuzzIni.h"

#include <cstddef>
#include <cstdint>

using namespace kakanai::backoffice;
using kakanai::ConfigProblem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto in = kakanai::fuzzing::iniInput(data, size);
    if (!in) {
        return 0;
    }
    QList<ConfigProblem> problems;
    (void)BackofficeConfig::load(in->file.fileName(), BackofficeConfig::All, &problems);
    return 0;
}
