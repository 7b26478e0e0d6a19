// Fuzz target: the [printer] group of the kiosk's INI file (PrinterConfig): a broken file must give problems
// naming keys, never a crash; what is accepted names valid CUPS queues.
#include "printer/PrinterConfig.h"

#include <QSettings>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

using namespace kakanai::printer;

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
    const PrinterConfig config = PrinterConfig::fromSettings(settings, &problems);
    if (problems.isEmpty() && !config.printerName.isEmpty() && !isValidQueueName(config.receiptQueue())) {
        __builtin_trap();
    }
    (void)PrinterConfig::load(settings);
    return 0;
}
