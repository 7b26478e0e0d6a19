#pragma once

#include "CardError.h"

#include "record/Expected.h"

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
