// Fuzz target: the [printer] group of the kiosk's INI file (PrinterConfig): a broken file must give problems
// naming keys, never a crash; what is accepted names valid CUPS queues.
#include "printer/PrinterConfig.h"

#include "tests/fuzz/FuzzIni.h"

#include <cstddef>
#include <cstdint>

using namespace kakanai::printer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto in = kakanai::fuzzing::iniInput(data, size);
    if (!in) {
        return 0;
    }
    QSettings &settings = *in->settings;
    QList<kakanai::ConfigProblem> problems;
    const PrinterConfig config = PrinterConfig::fromSettings(settings, &problems);
    if (problems.isEmpty() && !config.printerName.isEmpty() && !isValidQueueName(config.receiptQueue())) {
        __builtin_trap();
    }
    (void)PrinterConfig::load(settings);
    return 0;
}
