#include "outbox/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace kakanai::backoffice {

Backoff::Backoff(Policy policy, std::function<double()> random)
    : m_policy(policy)
    , m_random(std::move(random))
{
    m_policy.minMs = std::max<qint64>(1, m_policy.minMs);
    m_policy.maxMs = std::max(m_policy.minMs, m_policy.maxMs);
    m_policy.jitter = std::clamp(m_policy.jitter, 0.0, 0.9);
}

qint64 Backoff::baseMs(int failures) const
{
    if (failures <= 0) {
        return 0;
    }
    qint64 base = m_policy.minMs;
    // Doubling stops at the cap, so the shift can never overflow however long the outage lasts.
    for (int i = 1; i < failures && base < m_policy.maxMs; ++i) {
        base *= 2;
    }
    return std::min(base, m_policy.maxMs);
}

qint64 Backoff::delayMs(int failures) const
{
    const qint64 base = baseMs(failures);
    if (base == 0) {
        return 0;
    }
    double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    r = std::clamp(r, 0.0, 1.0);
    const auto delay = static_cast<qint64>(std::llround(static_cast<double>(base) * (1.0 - m_policy.jitter * r)));
    return std::max<qint64>(1, delay);
}

} // namespace kakanai::backoffice
