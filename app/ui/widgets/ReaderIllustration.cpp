#include "app/ui/widgets/ReaderIllustration.h"

#include "app/ui/Ui.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace kakanai::kiosk {

ReaderIllustration::ReaderIllustration(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(300, 150);
    setAccessibleName(ui::plain(tr("Picture: a card placed flat on the card reader")));
}

void ReaderIllustration::setCardPresent(bool present)
{
    m_cardPresent = present;
    update();
}

void ReaderIllustration::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(ui::plain(tr("Picture: a card placed flat on the card reader")));
    }
    QWidget::changeEvent(event);
}

void ReaderIllustration::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor primary = pal.color(QPalette::Highlight);
    const QColor surface = pal.color(QPalette::Base);
    const double w = width();
    const double h = height();
    const double unit = std::min(w / 520.0, h / 300.0);
    p.translate((w - 520 * unit) / 2, (h - 300 * unit) / 2);
    p.scale(unit, unit);

    // The reader: a low box seen slightly from above.
    QPainterPath reader;
    reader.moveTo(60, 200);
    reader.lineTo(460, 200);
    reader.lineTo(500, 270);
    reader.lineTo(20, 270);
    reader.closeSubpath();
    p.setPen(QPen(ink, 4));
    p.setBrush(surface);
    p.drawPath(reader);
    p.setBrush(primary);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(440, 245), 9, 9); // the reader's lamp

    // The card, above the reader (arrow) or resting on it.
    const double cardY = m_cardPresent ? 150 : 20;
    p.save();
    p.translate(140, cardY);
    p.setPen(QPen(ink, 4));
    p.setBrush(surface);
    p.drawRoundedRect(QRectF(0, 0, 240, 150), 16, 16);
    p.setBrush(primary);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(16, 16, 208, 22), 6, 6);
    p.setBrush(pal.color(QPalette::Mid));
    p.drawRoundedRect(QRectF(170, 50, 54, 70), 6, 6); // photo
    p.drawRoundedRect(QRectF(16, 54, 130, 12), 4, 4);
    p.drawRoundedRect(QRectF(16, 76, 110, 12), 4, 4);
    p.drawRoundedRect(QRectF(16, 98, 140, 12), 4, 4);
    p.restore();

    if (!m_cardPresent) {
        p.setPen(QPen(primary, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(260, 182), QPointF(260, 205));
        QPainterPath head;
        head.moveTo(240, 196);
        head.lineTo(260, 216);
        head.lineTo(280, 196);
        p.setBrush(Qt::NoBrush);
        p.drawPath(head);
    }
}

} // namespace kakanai::kiosk
