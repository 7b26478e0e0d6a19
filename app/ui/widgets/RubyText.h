#pragma once

#include "forms/RubyText.h"

#include <QFont>
#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QRectF>
#include <QString>

class QPainter;

namespace kakanai::kiosk {

// Text with ruby (furigana) laid out for the screen: Qt's rich text has no <ruby>, so the runs of forms::ruby are
// placed here. Words are what lies between spaces (やさしい日本語 is written by 文節), a ruby term never breaks,
// every line of a text with ruby has room for the readings (half size) above, and a word longer than the line
// breaks between its characters.
class RubyTextLayout
{
public:
    RubyTextLayout(const QString &markup, const QFont &font);

    bool hasRuby() const { return m_hasRuby; }
    // What the readings add to the height of a line (0 without ruby).
    qreal rubyHeight() const;
    // The size the text takes wrapped to `width` (<= 0: unwrapped, lines only at "\n").
    QSizeF size(qreal width) const;
    // Draws the text wrapped to the rectangle's width, aligned in it (Qt::AlignLeft/HCenter/Right, Top/VCenter).
    void draw(QPainter &painter, const QRectF &rect, Qt::Alignment align) const;

private:
    struct Piece
    {
        QString base;
        QString reading;
        qreal width = 0; // max(base, reading)
        qreal baseWidth = 0;
        qreal readingWidth = 0;
        bool space = false;   // a breakable space
        bool newline = false; // a forced break
    };
    struct Line
    {
        QList<Piece> pieces;
        qreal width = 0;
    };
    QList<Line> lines(qreal width) const;
    qreal lineHeight() const;
    Piece measured(const QString &base, const QString &reading) const;

    QFont m_font;
    QFont m_rubyFont;
    QList<QList<Piece>> m_words; // pieces between break opportunities
    bool m_hasRuby = false;
};

// A label that shows ruby markup as ruby. text() and the accessible name are the base text (markup stripped), so
// everything that reads the label (tests, screen readers) gets plain Japanese; without ruby it is a plain QLabel.
class RubyLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RubyLabel(QWidget *parent = nullptr);

    void setMarkup(const QString &markup);
    // The markup shown, when it has ruby (empty for plain text, which only QLabel holds).
    QString markup() const { return m_markup; }
    bool showsRuby() const { return m_layout.hasRuby(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QSize frameExtra() const;

    QString m_markup;
    RubyTextLayout m_layout;
};

// A push button that shows ruby markup as ruby; text() and the accessible name are the base text.
class RubyButton : public QPushButton
{
    Q_OBJECT
public:
    explicit RubyButton(QWidget *parent = nullptr);

    void setMarkup(const QString &markup);
    QString markup() const { return m_markup; }
    bool showsRuby() const { return m_layout.hasRuby(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QSize rubyExtra() const;

    QString m_markup;
    RubyTextLayout m_layout;
};

} // namespace kakanai::kiosk
