#include "app/core/QueueStatus.h"

namespace kakanai::kiosk {

QueueStatusProvider::~QueueStatusProvider() = default;

} // namespace kakanai::kiosk
