#pragma once

#include <QLoggingCategory>

// Logging categories of the kiosk. Log states, request ids, error codes and counts only: never a name, an
// address, a birth date, an individual number, a PIN, 照合番号B or a staff PIN.
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
Q_DECLARE_LOGGING_CATEGORY(lcKioskSession)
Q_DECLARE_LOGGING_CATEGORY(lcKioskSubmit)
