#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QObject>

class QKeyEvent;

namespace kakanai::kiosk {

// Tells a USB 2D barcode scanner in keyboard mode (HID keyboard wedge, the usual counter device) from a person at
// a keyboard: a scanner types the whole code in one fast burst and ends it with Enter. An application-wide event
// filter (installed on qApp by KioskApp) that watches key presses as they reach a window, without taking any of them
// except the Enter that ends a scan; screens need no code of their own.
//
// A burst is a scan when it has at least MinLength printable ASCII characters, no gap between two keys is longer
// than MaxGapMs and Enter follows the last character within MaxGapMs. Times come from the kakanai::Clock
// (monotonicMs), so a test types with a ManualClock. Scanners type at 1–10 ms a key (USB HID polling); a fast typist
// needs 60 ms or more between keys and never keeps under 35 ms for a whole code.
class BarcodeScannerFilter : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxGapMs = 35;
    static constexpr int MinLength = 8;
    static constexpr int MaxLength = 4400; // a QR code's most in alphanumeric mode (4296) and some

    explicit BarcodeScannerFilter(const Clock &clock, QObject *parent = nullptr);

    // Off: every key passes and nothing is collected (the screens where staff type, the PIN keypad).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    // A scan's text, without the Enter.
    void scanned(const QByteArray &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keyPressed(const QKeyEvent &event);
    void reset();

    const Clock &m_clock;
    bool m_enabled = true;
    QByteArray m_buffer;
    qint64 m_lastKeyMs = 0;
    bool m_broken = false; // a gap too long or a key that is no code character: this burst is typing
};

} // namespace kakanai::kiosk
