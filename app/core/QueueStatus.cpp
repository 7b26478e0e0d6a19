#include "QueueStatus.h"

namespace kakanai::kiosk {

QueueStatusProvider::~QueueStatusProvider() = default;

} // namespace kakanai::kiosk
