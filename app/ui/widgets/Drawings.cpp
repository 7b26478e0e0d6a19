#include "Drawings.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace kakanai::kiosk {

ReaderIllustration::ReaderIllustration(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(300, 150);
    setAccessibleName(tr("Picture: a card placed flat on the card reader"));
}

void ReaderIllustration::setCardPresent(bool present)
{
    m_cardPresent = present;
    update();
}

void ReaderIllustration::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Picture: a card placed flat on the card reader"));
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
        tr("Diagram of the card's front: 1 date of birth, 2 expiry year, 3 security code under the photo"));
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
