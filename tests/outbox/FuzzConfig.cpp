// Fuzz target: the back office's INI groups (a broken configuration must give problems, never a crash).
#include "outbox/BackofficeConfig.h"

#include <QFile>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

using namespace kakanai::backoffice;
using kakanai::ConfigProblem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QTemporaryFile file;
    if (!file.open()) {
        return 0;
    }
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.close();
    QList<ConfigProblem> problems;
    (void)BackofficeConfig::load(file.fileName(), BackofficeConfig::All, &problems);
    return 0;
}
