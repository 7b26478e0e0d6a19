#include "app/ui/widgets/CardFaceDiagram.h"

#include "app/ui/Ui.h"

#include <QEvent>
#include <QPainter>

namespace kakanai::kiosk {

CardFaceDiagram::CardFaceDiagram(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(430, 272);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateName();
}

void CardFaceDiagram::setHighlighted(int part)
{
    m_highlight = part;
    update();
}

void CardFaceDiagram::updateName()
{
    setAccessibleName(
        ui::plain(tr("Diagram of the card's front: 1 date of birth, 2 expiry year, 3 security code under the photo")));
}

void CardFaceDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateName();
        update();
    }
    QWidget::changeEvent(event);
}

void CardFaceDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor primary = pal.color(QPalette::Highlight);
    const QColor surface = pal.color(QPalette::Base);
    const QColor faint = pal.color(QPalette::Mid);
    const QColor mark(QStringLiteral("#E08A00"));

    // Card format ID-1: 85.6 × 54 mm, drawn in a 860 × 540 design space.
    const double unit = std::min(width() / 880.0, height() / 560.0);
    p.translate((width() - 860 * unit) / 2, (height() - 540 * unit) / 2);
    p.scale(unit, unit);
    p.setPen(QPen(ink, 4));
    p.setBrush(surface);
    p.drawRoundedRect(QRectF(0, 0, 860, 540), 36, 36);

    QFont f = font();
    f.setPixelSize(30);
    f.setBold(true);
    p.setFont(f);
    p.setPen(primary);
    p.drawText(QRectF(40, 24, 600, 50), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("個人番号カード"));

    f.setBold(false);
    f.setPixelSize(26);
    p.setFont(f);
    auto field = [&](double y, const QString &caption, const QString &placeholder) {
        p.setPen(faint);
        p.drawText(QRectF(40, y, 110, 40), Qt::AlignLeft | Qt::AlignVCenter, caption);
        p.setPen(ink);
        p.drawText(QRectF(150, y, 470, 40), Qt::AlignLeft | Qt::AlignVCenter, placeholder);
    };
    field(96, QStringLiteral("氏名"), QStringLiteral("○○　○○"));
    field(150, QStringLiteral("住所"), QStringLiteral("○○県○○市○○町 ○－○"));
    field(236, QStringLiteral("生年月日"), QStringLiteral("昭和○○年 ○月○○日生"));
    field(290, QStringLiteral("性別"), QStringLiteral("○"));
    p.setPen(ink);
    p.drawText(QRectF(40, 380, 580, 40), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("○○○○年 ○月○○日まで有効"));

    // Photo and the security code under it.
    p.setPen(QPen(faint, 3));
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(QRectF(650, 96, 170, 220), 10, 10);
    p.setPen(faint);
    p.drawText(QRectF(650, 96, 170, 220), Qt::AlignCenter, QStringLiteral("写真"));
    p.setPen(ink);
    f.setPixelSize(22);
    p.setFont(f);
    p.drawText(QRectF(600, 330, 240, 36), Qt::AlignCenter, QStringLiteral("セキュリティコード"));
    f.setPixelSize(30);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(600, 366, 240, 40), Qt::AlignCenter, QStringLiteral("○○○○"));

    // The three numbered marks.
    auto markRect = [&](int n, const QRectF &r) {
        const bool on = m_highlight == 0 || m_highlight == n;
        p.setPen(QPen(on ? mark : faint, on ? 6 : 3, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 12, 12);
        const QPointF c(r.right() + 4, r.top() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(on ? mark : faint);
        p.drawEllipse(c, 26, 26);
        QFont nf = font();
        nf.setPixelSize(30);
        nf.setBold(true);
        p.setFont(nf);
        p.setPen(Qt::white);
        p.drawText(QRectF(c.x() - 26, c.y() - 26, 52, 52), Qt::AlignCenter, QString::number(n));
    };
    markRect(1, QRectF(140, 228, 440, 56));
    markRect(2, QRectF(30, 372, 480, 56));
    markRect(3, QRectF(606, 324, 220, 92));
}

} // namespace kakanai::kiosk
