#include "outbox/BackofficeLogging.h"

Q_LOGGING_CATEGORY(lcOutbox, "kakanai.outbox")
Q_LOGGING_CATEGORY(lcSync, "kakanai.sync")
Q_LOGGING_CATEGORY(lcIntake, "kakanai.intake")
Q_LOGGING_CATEGORY(lcInbox, "kakanai.inbox")
