#pragma once

#include "cardreader/CardError.h"

#include "common/Expected.h"

namespace kakanai::card {

template<typename T>
using Result = kakanai::Expected<T, CardError>;
using Done = kakanai::Done;
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace kakanai::card
