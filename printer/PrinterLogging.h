#pragma once

#include <QLoggingCategory>

// Logging of the printer library: request ids, form ids, page counts, CUPS queue names, job ids and status
// keywords. Never a name, an address, a birth date or an individual number (they are only ever drawn on pages).
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)
Q_DECLARE_LOGGING_CATEGORY(lcCups)
