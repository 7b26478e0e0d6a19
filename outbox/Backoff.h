#pragma once

#include <QtGlobal>

#include <functional>

namespace kakanai::backoffice {

// Capped exponential backoff with jitter: the n-th consecutive failure waits
//     base(n) = min(max, min · 2^(n-1)),   delay(n) = base(n) · (1 − jitter · r),   r uniform in [0, 1)
// so delays never exceed `max` (reliability goal R6: capped at 30 s by default) and kiosks that lost the network
// together do not all come back in the same millisecond.
class Backoff
{
public:
    struct Policy
    {
        qint64 minMs = 1000;
        qint64 maxMs = 30000;
        double jitter = 0.2; // fraction of the delay taken off at random, 0 … 0.9
    };

    // `random` returns a number in [0, 1); QRandomGenerator::global() when empty (tests inject a fixed source).
    explicit Backoff(Policy policy, std::function<double()> random = {});

    // The wait after `failures` consecutive failures (1 = the first failure). 0 failures: no wait.
    qint64 delayMs(int failures) const;
    // The same without jitter: the upper bound of delayMs().
    qint64 baseMs(int failures) const;

    const Policy &policy() const { return m_policy; }

private:
    Policy m_policy;
    std::function<double()> m_random;
};

} // namespace kakanai::backoffice
