#include "app/ui/widgets/Stepper.h"

#include "app/ui/Ui.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QTimerEvent>

namespace kakanai::kiosk {

Stepper::Stepper(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    m_minus = ui::button("key", this, QStringLiteral("−"));
    m_minus->setObjectName(QStringLiteral("stepper_minus"));
    m_plus = ui::button("key", this, QStringLiteral("+"));
    m_plus->setObjectName(QStringLiteral("stepper_plus"));
    m_display = ui::label("display", this);
    m_display->setObjectName(QStringLiteral("stepper_value"));
    m_display->setAlignment(Qt::AlignCenter);
    m_display->setMinimumWidth(160);
    row->addWidget(m_minus);
    row->addWidget(m_display);
    row->addWidget(m_plus);
    row->addStretch(1);
    connect(m_minus, &QPushButton::clicked, this, [this] {
        setValue(m_set ? m_value - 1 : m_min);
        Q_EMIT valueChanged(m_value);
    });
    connect(m_plus, &QPushButton::clicked, this, [this] {
        setValue(m_set ? m_value + 1 : m_min);
        Q_EMIT valueChanged(m_value);
    });
    refresh();
}

void Stepper::setRange(int minimum, int maximum)
{
    m_min = minimum;
    m_max = std::max(minimum, maximum);
    if (m_set) {
        setValue(m_value);
    }
    refresh();
}

void Stepper::setValue(int value)
{
    m_value = std::clamp(value, m_min, m_max);
    m_set = true;
    refresh();
}

void Stepper::setSuffix(const QString &suffix)
{
    m_suffix = suffix;
    refresh();
}

void Stepper::setAccessibleLabel(const QString &label)
{
    m_label = label;
    refresh();
}

void Stepper::refresh()
{
    m_display->setText(m_set ? QString::number(m_value) + m_suffix : QStringLiteral("–"));
    m_display->setAccessibleName(ui::plain(m_label) + QLatin1Char(' ') + m_display->text());
    m_minus->setEnabled(!m_set || m_value > m_min);
    m_plus->setEnabled(!m_set || m_value < m_max);
    m_minus->setAccessibleName(ui::plain(tr("Fewer: %1").arg(m_label)));
    m_plus->setAccessibleName(ui::plain(tr("More: %1").arg(m_label)));
}

Spinner::Spinner(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(96, 96);
    setAccessibleName(ui::plain(tr("Working")));
}

void Spinner::showEvent(QShowEvent *event)
{
    if (!m_timer) {
        m_timer = startTimer(40);
    }
    QWidget::showEvent(event);
}

void Spinner::hideEvent(QHideEvent *event)
{
    if (m_timer) {
        killTimer(m_timer);
        m_timer = 0;
    }
    QWidget::hideEvent(event);
}

void Spinner::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_timer) {
        m_angle = (m_angle + 12) % 360;
        update();
    }
}

void Spinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height()) - 16;
    const QRect r((width() - side) / 2, (height() - side) / 2, side, side);
    QColor ink = palette().color(QPalette::Highlight);
    QColor faint = palette().color(QPalette::Mid);
    p.setPen(QPen(faint, 10, Qt::SolidLine, Qt::RoundCap));
    p.drawEllipse(r);
    p.setPen(QPen(ink, 10, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(r, -m_angle * 16, 100 * 16);
}

} // namespace kakanai::kiosk
