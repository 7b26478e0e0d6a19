#include "app/core/BarcodeScannerFilter.h"

#include <QEvent>
#include <QKeyEvent>

namespace kakanai::kiosk {

BarcodeScannerFilter::BarcodeScannerFilter(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

void BarcodeScannerFilter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    reset();
}

void BarcodeScannerFilter::reset()
{
    m_buffer.clear();
    m_broken = false;
}

bool BarcodeScannerFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Only key presses (releases carry nothing a scan needs), and only as they reach the window: an
    // application-wide filter sees one key event again for every widget it is then delivered to (the focus widget,
    // its parents when it is ignored), but each key reaches the window once.
    if (m_enabled && event->type() == QEvent::KeyPress && watched->isWindowType()) {
        return keyPressed(*static_cast<QKeyEvent *>(event));
    }
    return QObject::eventFilter(watched, event);
}

bool BarcodeScannerFilter::keyPressed(const QKeyEvent &event)
{
    const qint64 now = m_clock.monotonicMs();
    const bool inBurst = !m_buffer.isEmpty() && now - m_lastKeyMs <= MaxGapMs;
    m_lastKeyMs = now;
    if (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter) {
        const bool scan = inBurst && !m_broken && m_buffer.size() >= MinLength;
        const QByteArray text = m_buffer;
        reset();
        if (scan) {
            Q_EMIT scanned(text);
            return true; // the Enter ends the scan; it must not also press the focused button
        }
        return false;
    }
    if (event.isAutoRepeat()) {
        m_broken = true;
        return false;
    }
    const QString typed = event.text();
    if (!inBurst) {
        reset();
    }
    if (typed.size() != 1 || typed.at(0).unicode() < 0x21 || typed.at(0).unicode() > 0x7E) {
        // Not a code character (a shift alone gives no text and is ignored; anything else ends the burst).
        if (!typed.isEmpty()) {
            m_broken = true;
        }
        return false;
    }
    if (m_buffer.size() >= MaxLength) {
        m_broken = true;
        return false;
    }
    m_buffer.append(char(typed.at(0).unicode()));
    return false;
}

} // namespace kakanai::kiosk
