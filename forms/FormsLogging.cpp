#include "forms/FormsLogging.h"

Q_LOGGING_CATEGORY(lcForms, "kakanai.forms")
Q_LOGGING_CATEGORY(lcPostal, "kakanai.forms.postal")
