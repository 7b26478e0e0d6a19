#include "app/ui/widgets/RubyText.h"

#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>
#include <cmath>

namespace kakanai::kiosk {

namespace {

// Readings are half the size of their base, as on paper.
constexpr qreal RubyScale = 0.5;

QFont rubyFontOf(const QFont &font)
{
    QFont ruby = font;
    ruby.setBold(false);
    if (font.pixelSize() > 0) {
        ruby.setPixelSize(std::max(8, int(std::lround(font.pixelSize() * RubyScale))));
    } else {
        ruby.setPointSizeF(std::max(6.0, font.pointSizeF() * RubyScale));
    }
    return ruby;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x3000);
}

} // namespace

RubyTextLayout::RubyTextLayout(const QString &markup, const QFont &font)
    : m_font(font)
    , m_rubyFont(rubyFontOf(font))
{
    QList<Piece> word;
    auto endWord = [&] {
        if (!word.isEmpty()) {
            m_words.append(word);
            word.clear();
        }
    };
    for (const forms::ruby::RubyRun &run : forms::ruby::parseRuby(markup)) {
        if (!run.reading.isEmpty()) {
            m_hasRuby = true;
            word.append(measured(run.base, run.reading));
            continue;
        }
        QString plain;
        auto endPlain = [&] {
            if (!plain.isEmpty()) {
                word.append(measured(plain, QString()));
                plain.clear();
            }
        };
        for (const QChar c : run.base) {
            if (c == QLatin1Char('\n') || isSpace(c)) {
                endPlain();
                endWord();
                Piece p = measured(c == QLatin1Char('\n') ? QString() : QString(c), QString());
                p.space = isSpace(c);
                p.newline = c == QLatin1Char('\n');
                m_words.append({p});
            } else {
                plain.append(c);
            }
        }
        endPlain();
    }
    endWord();
}

RubyTextLayout::Piece RubyTextLayout::measured(const QString &base, const QString &reading) const
{
    Piece p;
    p.base = base;
    p.reading = reading;
    p.baseWidth = QFontMetricsF(m_font).horizontalAdvance(base);
    p.readingWidth = reading.isEmpty() ? 0 : QFontMetricsF(m_rubyFont).horizontalAdvance(reading);
    // A reading longer than its base may stand out over the neighbours by a quarter of a character on each side,
    // as on paper, instead of spreading the base apart (「住民票の」, not 「住民票 の」).
    const qreal overhang = reading.isEmpty() ? 0 : QFontInfo(m_font).pixelSize() * 0.5;
    p.width = std::max(p.baseWidth, p.readingWidth - overhang);
    return p;
}

qreal RubyTextLayout::rubyHeight() const
{
    if (!m_hasRuby) {
        return 0;
    }
    // The readings sit on the base's em box; the base font's own room above its em box (CJK fonts' ascent is well
    // over their em) takes part of them, so a line grows by less than a whole ruby line.
    const QFontMetricsF base(m_font);
    const QFontMetricsF ruby(m_rubyFont);
    const qreal em = QFontInfo(m_font).pixelSize();
    const qreal above = std::max<qreal>(0, base.ascent() - 0.88 * em);
    return std::max<qreal>(0, ruby.ascent() + ruby.descent() * 0.5 - above);
}

qreal RubyTextLayout::lineHeight() const
{
    return QFontMetricsF(m_font).height() + rubyHeight();
}

QList<RubyTextLayout::Line> RubyTextLayout::lines(qreal width) const
{
    QList<Line> out;
    Line line;
    auto push = [&] {
        while (!line.pieces.isEmpty() && line.pieces.last().space) {
            line.width -= line.pieces.last().width;
            line.pieces.removeLast();
        }
        out.append(line);
        line = Line{};
    };
    auto add = [&](const Piece &p) {
        line.pieces.append(p);
        line.width += p.width;
    };
    constexpr qreal Tolerance = 0.5;
    for (const QList<Piece> &word : m_words) {
        const Piece &first = word.first();
        if (first.newline) {
            push();
            continue;
        }
        if (first.space) {
            if (!line.pieces.isEmpty()) {
                add(first);
            }
            continue;
        }
        qreal wordWidth = 0;
        for (const Piece &p : word) {
            wordWidth += p.width;
        }
        if (width > 0 && !line.pieces.isEmpty() && line.width + wordWidth > width + Tolerance) {
            push();
        }
        if (width <= 0 || line.width + wordWidth <= width + Tolerance) {
            for (const Piece &p : word) {
                add(p);
            }
            continue;
        }
        // A word longer than the line: broken between characters (a ruby term stays whole).
        for (const Piece &p : word) {
            if (!p.reading.isEmpty()) {
                if (!line.pieces.isEmpty() && line.width + p.width > width + Tolerance) {
                    push();
                }
                add(p);
                continue;
            }
            for (const QChar c : p.base) {
                const Piece one = measured(QString(c), QString());
                if (!line.pieces.isEmpty() && line.width + one.width > width + Tolerance) {
                    push();
                }
                add(one);
            }
        }
    }
    if (!line.pieces.isEmpty() || out.isEmpty()) {
        push();
    }
    return out;
}

QSizeF RubyTextLayout::size(qreal width) const
{
    const QList<Line> laid = lines(width);
    qreal widest = 0;
    for (const Line &l : laid) {
        widest = std::max(widest, l.width);
    }
    return QSizeF(std::ceil(widest), std::ceil(laid.size() * lineHeight()));
}

void RubyTextLayout::draw(QPainter &painter, const QRectF &rect, Qt::Alignment align) const
{
    const QList<Line> laid = lines(rect.width());
    const QFontMetricsF base(m_font);
    const QFontMetricsF ruby(m_rubyFont);
    const qreal extra = rubyHeight();
    const qreal em = QFontInfo(m_font).pixelSize();
    const qreal total = laid.size() * lineHeight();
    qreal y = rect.top();
    if (align & Qt::AlignVCenter) {
        y += (rect.height() - total) / 2;
    } else if (align & Qt::AlignBottom) {
        y += rect.height() - total;
    }
    painter.save();
    for (const Line &line : laid) {
        qreal x = rect.left();
        if (align & Qt::AlignHCenter) {
            x += (rect.width() - line.width) / 2;
        } else if (align & Qt::AlignRight) {
            x += rect.width() - line.width;
        }
        for (const Piece &p : line.pieces) {
            if (!p.space) {
                painter.setFont(m_font);
                const qreal baseline = y + extra + base.ascent();
                painter.drawText(QPointF(x + (p.width - p.baseWidth) / 2, baseline), p.base);
                if (!p.reading.isEmpty()) {
                    // The reading's baseline a little above the top of the base's em box.
                    painter.setFont(m_rubyFont);
                    // Within the text's rectangle: an overhang at the start or end of a line moves inwards.
                    const qreal left = std::clamp(x + (p.width - p.readingWidth) / 2, rect.left(),
                                                  std::max(rect.left(), rect.right() - p.readingWidth));
                    painter.drawText(QPointF(left, baseline - 0.88 * em - ruby.descent() * 0.5), p.reading);
                }
            }
            x += p.width;
        }
        y += lineHeight();
    }
    painter.restore();
}

RubyLabel::RubyLabel(QWidget *parent)
    : QLabel(parent)
    , m_layout(QString(), font())
{}

void RubyLabel::setMarkup(const QString &markup)
{
    // Only text with ruby is kept beside QLabel's own: a plain value (a resident's name) has no second copy here.
    m_markup = forms::ruby::hasRuby(markup) ? markup : QString();
    m_layout = RubyTextLayout(m_markup, font());
    QLabel::setText(forms::ruby::stripRuby(markup));
    updateGeometry();
    update();
}

void RubyLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // The style sheet sets the font after construction (a role changes it): measure again.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_layout = RubyTextLayout(m_markup, font());
        updateGeometry();
    }
}

QSize RubyLabel::frameExtra() const
{
    const QMargins m = contentsMargins();
    const int indented = indent() > 0 ? indent() : 0;
    return QSize(m.left() + m.right() + 2 * margin() + indented, m.top() + m.bottom() + 2 * margin());
}

QSize RubyLabel::sizeHint() const
{
    if (!showsRuby() || text() != forms::ruby::stripRuby(m_markup)) {
        return QLabel::sizeHint();
    }
    const QSize extra = frameExtra();
    const int width = wordWrap() ? QLabel::sizeHint().width() : int(m_layout.size(0).width()) + extra.width();
    return QSize(width, heightForWidth(width));
}

QSize RubyLabel::minimumSizeHint() const
{
    if (!showsRuby() || text() != forms::ruby::stripRuby(m_markup)) {
        return QLabel::minimumSizeHint();
    }
    if (!wordWrap()) {
        return sizeHint();
    }
    // As QLabel measures it (its lines at its own minimum), each line taller by the readings: the height for the
    // narrowest width would push the window past the screen.
    const QSize label = QLabel::minimumSizeHint();
    const qreal line = QFontMetricsF(font()).height();
    const int lines = std::max(1, int(std::lround((label.height() - frameExtra().height()) / line)));
    return QSize(label.width(), label.height() + int(std::ceil(lines * m_layout.rubyHeight())));
}

bool RubyLabel::hasHeightForWidth() const
{
    return showsRuby() ? wordWrap() : QLabel::hasHeightForWidth();
}

int RubyLabel::heightForWidth(int width) const
{
    if (!showsRuby() || text() != forms::ruby::stripRuby(m_markup)) {
        return QLabel::heightForWidth(width);
    }
    const QSize extra = frameExtra();
    const qreal inner = wordWrap() ? std::max(1, width - extra.width()) : 0;
    return int(m_layout.size(inner).height()) + extra.height();
}

void RubyLabel::paintEvent(QPaintEvent *event)
{
    // Someone set a plain text directly (QLabel::setText): show that as QLabel would.
    if (!showsRuby() || text() != forms::ruby::stripRuby(m_markup)) {
        QLabel::paintEvent(event);
        return;
    }
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    QRectF area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    if (indent() > 0) {
        area.adjust(indent(), 0, 0, 0);
    }
    Qt::Alignment align = alignment();
    if (!(align & Qt::AlignVertical_Mask)) {
        align |= Qt::AlignVCenter;
    }
    m_layout.draw(painter, area, align);
}

RubyButton::RubyButton(QWidget *parent)
    : QPushButton(parent)
    , m_layout(QString(), font())
{}

void RubyButton::setMarkup(const QString &markup)
{
    m_markup = forms::ruby::hasRuby(markup) ? markup : QString();
    m_layout = RubyTextLayout(m_markup, font());
    QPushButton::setText(forms::ruby::stripRuby(markup));
    updateGeometry();
    update();
}

void RubyButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_layout = RubyTextLayout(m_markup, font());
        updateGeometry();
    }
}

QSize RubyButton::rubyExtra() const
{
    if (!showsRuby() || text() != forms::ruby::stripRuby(m_markup)) {
        return QSize();
    }
    // What the ruby adds to the plain text QPushButton measures: the readings' lines, and readings wider than
    // their base.
    const QSizeF ruby = m_layout.size(0);
    const QFontMetrics fm(font());
    int plainWidth = 0;
    for (const QString &line : text().split(QLatin1Char('\n'))) {
        plainWidth = std::max(plainWidth, fm.horizontalAdvance(line));
    }
    const int lines = int(text().count(QLatin1Char('\n'))) + 1;
    return QSize(std::max(0, int(std::ceil(ruby.width())) - plainWidth),
                 std::max(0, int(std::ceil(ruby.height())) - lines * fm.height()));
}

QSize RubyButton::sizeHint() const
{
    return QPushButton::sizeHint() + rubyExtra();
}

QSize RubyButton::minimumSizeHint() const
{
    return QPushButton::minimumSizeHint() + rubyExtra();
}

void RubyButton::paintEvent(QPaintEvent *event)
{
    if (!showsRuby() || text() != forms::ruby::stripRuby(m_markup)) {
        QPushButton::paintEvent(event);
        return;
    }
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const QString plain = option.text;
    option.text.clear();
    painter.drawControl(QStyle::CE_PushButton, option);
    option.text = plain;
    const QRect contents = style()->subElementRect(QStyle::SE_PushButtonContents, &option, this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    // A choice button's text starts at the left (style sheet text-align: left); the others are centred.
    const bool left = property("role").toString() == QLatin1String("choice");
    m_layout.draw(painter, contents, (left ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter);
}

} // namespace kakanai::kiosk
