#pragma once

#include "cardreader/CardError.h"

#include "common/Expected.h"

namespace kakanai::card {

template<typename T>
using Result = kakanai::Expected<T, CardError>;
using Done = kakanai::Done;
using Status = Result<Done>;
using kakanai::success;

} // namespace kakanai::card
