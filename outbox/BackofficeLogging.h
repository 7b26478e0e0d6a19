#pragma once

#include <QLoggingCategory>

// One category per part, so that IT staff can turn each on alone. Log lines hold request ids, counts, SQLSTATEs
// and error codes; never a name, an address or an individual number.
Q_DECLARE_LOGGING_CATEGORY(lcOutbox) // kakanai.outbox
Q_DECLARE_LOGGING_CATEGORY(lcSync)   // kakanai.sync
Q_DECLARE_LOGGING_CATEGORY(lcIntake) // kakanai.intake
Q_DECLARE_LOGGING_CATEGORY(lcInbox)  // kakanai.inbox
