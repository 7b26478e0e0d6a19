#include "forms/FormsError.h"

namespace kakanai::forms {

QString FormsError::toLogString() const
{
    return kakanai::errorLogLine(codeName(), {{"file", file}, {"field", field}}, detail);
}

} // namespace kakanai::forms
