#pragma once

#include <QLoggingCategory>

// Logging categories of the forms library. Log ids, codes and counts only: never a name, an address, a birth
// date or an individual number.
Q_DECLARE_LOGGING_CATEGORY(lcForms)
Q_DECLARE_LOGGING_CATEGORY(lcPostal)
