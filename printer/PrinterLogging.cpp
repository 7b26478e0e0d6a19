#include "printer/PrinterLogging.h"

Q_LOGGING_CATEGORY(lcPrinter, "kakanai.printer")
Q_LOGGING_CATEGORY(lcCups, "kakanai.printer.cups")
