#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimer>

namespace kakanai::kiosk {

// The idle timeout of a session: warns `warningSeconds` before it ends it. Time comes from the Clock; a timer
// calls check() twice a second in the kiosk, and tests call check() themselves after moving a ManualClock.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    IdleMonitor(const Clock &clock, int timeoutSeconds, int warningSeconds, QObject *parent = nullptr);

    // Counting only while a session runs.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // A touch, a key, a card event: the countdown starts again.
    void activity();
    // Compares the clock with the last activity; emits warning / warningCleared / timedOut.
    void check();
    // The tick timer (on by default); tests turn it off and call check().
    void setTicking(bool ticking);

    int secondsLeft() const;
    bool isWarning() const { return m_warning; }
    int timeoutSeconds() const { return m_timeoutSeconds; }

Q_SIGNALS:
    void warning(int secondsLeft); // every second of the warning period
    void warningCleared();
    void timedOut();

private:
    const Clock &m_clock;
    int m_timeoutSeconds;
    int m_warningSeconds;
    bool m_active = false;
    bool m_warning = false;
    int m_lastWarned = -1;
    qint64 m_lastActivityMs = 0;
    QTimer m_tick;
};

} // namespace kakanai::kiosk
