#include "app/ui/widgets/PinDots.h"

#include "app/ui/Ui.h"

#include <QEvent>
#include <QPainter>

namespace kakanai::kiosk {

PinDots::PinDots(int length, QWidget *parent)
    : QWidget(parent)
    , m_length(length)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateName();
}

void PinDots::setLength(int length)
{
    m_length = length;
    updateGeometry();
    updateName();
    update();
}

void PinDots::setFilled(int filled)
{
    m_filled = std::clamp(filled, 0, m_length);
    updateName();
    update();
}

void PinDots::updateName()
{
    setAccessibleName(ui::plain(tr("%n of %1 digits entered", nullptr, m_filled)).arg(m_length));
}

QSize PinDots::sizeHint() const
{
    const int d = fontMetrics().height() * 3 / 2;
    return {m_length * d + (m_length - 1) * d / 2, d + 8};
}

void PinDots::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The dots fit the widget both ways: d * n + d/2 * (n - 1) <= width.
    const int byWidth = m_length > 0 ? (2 * width()) / (3 * m_length - 1) : width();
    const int d = std::max(8, std::min({height() - 8, fontMetrics().height() * 3 / 2, byWidth}));
    const int gap = d / 2;
    const int total = m_length * d + (m_length - 1) * gap;
    int x = (width() - total) / 2;
    const int y = (height() - d) / 2;
    const QColor ink = palette().color(QPalette::WindowText);
    for (int i = 0; i < m_length; ++i) {
        p.setPen(QPen(ink, 3));
        p.setBrush(i < m_filled ? ink : Qt::transparent);
        p.drawEllipse(QRect(x, y, d, d));
        x += d + gap;
    }
}

void PinDots::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateName();
    }
    QWidget::changeEvent(event);
}

} // namespace kakanai::kiosk
