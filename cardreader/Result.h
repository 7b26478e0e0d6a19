#pragma once

#include "CardError.h"

#include <utility>
#include <variant>

namespace kakanai::card {

// A value or a CardError. (std::expected would do, but the fuzz build uses clang 14, whose concepts support
// libstdc++'s <expected> does not accept.)
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(CardError error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T &operator*() & { return std::get<0>(m_v); }
    const T &operator*() const & { return std::get<0>(m_v); }

    const CardError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, CardError> m_v;
};

// For operations that return nothing but can fail.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace kakanai::card
