#include "app/core/KioskLogging.h"

Q_LOGGING_CATEGORY(lcKiosk, "kakanai.kiosk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKioskSession, "kakanai.kiosk.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKioskSubmit, "kakanai.kiosk.submit", QtInfoMsg)
