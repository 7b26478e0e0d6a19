#include "app/ui/widgets/StatusIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace kakanai::kiosk {

StatusIcon::StatusIcon(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setFixedSize(96, 96);
}

void StatusIcon::setKind(Kind kind)
{
    m_kind = kind;
    update();
}

void StatusIcon::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor color;
    switch (m_kind) {
    case Kind::Info:
        color = palette().color(QPalette::Highlight);
        break;
    case Kind::Warning:
        color = QColor(QStringLiteral("#B07800"));
        break;
    case Kind::Error:
    case Kind::Lock:
        color = QColor(QStringLiteral("#B3261E"));
        break;
    case Kind::Success:
        color = QColor(QStringLiteral("#2E7D4F"));
        break;
    }
    const QRectF r(4, 4, width() - 8, height() - 8);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(r);
    const QPointF c = r.center();
    const double u = r.width() / 12.0;
    p.setPen(QPen(Qt::white, u * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (m_kind) {
    case Kind::Info:
        p.drawLine(QPointF(c.x(), c.y() - u * 0.5), QPointF(c.x(), c.y() + u * 3));
        p.drawPoint(QPointF(c.x(), c.y() - u * 2.8));
        break;
    case Kind::Warning:
    case Kind::Error:
        p.drawLine(QPointF(c.x(), c.y() - u * 3), QPointF(c.x(), c.y() + u * 0.8));
        p.drawPoint(QPointF(c.x(), c.y() + u * 3));
        break;
    case Kind::Success: {
        QPainterPath tick;
        tick.moveTo(c.x() - u * 2.8, c.y());
        tick.lineTo(c.x() - u * 0.8, c.y() + u * 2.2);
        tick.lineTo(c.x() + u * 3, c.y() - u * 2.2);
        p.drawPath(tick);
        break;
    }
    case Kind::Lock: {
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(c.x() - u * 2.6, c.y() - u * 0.6, u * 5.2, u * 3.8), u * 0.6, u * 0.6);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::white, u * 0.9));
        p.drawArc(QRectF(c.x() - u * 1.7, c.y() - u * 3.6, u * 3.4, u * 4.6), 0, 180 * 16);
        p.drawLine(QPointF(c.x() - u * 1.7, c.y() - u * 1.3), QPointF(c.x() - u * 1.7, c.y() - u * 0.6));
        p.drawLine(QPointF(c.x() + u * 1.7, c.y() - u * 1.3), QPointF(c.x() + u * 1.7, c.y() - u * 0.6));
        break;
    }
    }
}

} // namespace kakanai::kiosk
