#pragma once

#include <utility>
#include <variant>

namespace kakanai {

// A value or a typed error, shared by the libraries (each names its own error type: card::Result<T> holds a
// CardError, forms::Result<T> a FormsError). std::expected would do, but the fuzz build uses clang 14, whose
// concepts support libstdc++ 12's <expected> does not accept.
template<typename T, typename E>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Expected(E error)
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

    const E &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

// The value of operations that return nothing but can fail.
struct Done
{};

// `return success();` from a function whose result is an Expected<Done, E> of any module.
inline Done success()
{
    return {};
}

} // namespace kakanai
