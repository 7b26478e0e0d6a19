#pragma once

#include <QWidget>

namespace kakanai::kiosk {

// The idle screen's picture: a card going onto a reader. Drawn, not a bitmap, so it scales and follows the
// high-contrast palette.
class ReaderIllustration : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderIllustration(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {520, 300}; }
    void setCardPresent(bool present);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool m_cardPresent = false;
};

// The front of a My Number card as a schematic, with the three places 照合番号B is made of numbered to match the
// entry fields: 1 the birth date, 2 the year of the expiry date, 3 the security code under the photo. The card's
// captions stay Japanese, as on the card itself; placeholders only, no real card's data.
class CardFaceDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit CardFaceDiagram(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {600, 380}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width * 54 / 86; }
    void setHighlighted(int part); // 0: none, 1..3

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateName();
    int m_highlight = 0;
};

// A round sign beside a message: what kind of message it is, seen before it is read.
class StatusIcon : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Error,
        Success,
        Lock,
    };
    explicit StatusIcon(Kind kind, QWidget *parent = nullptr);
    void setKind(Kind kind);
    QSize sizeHint() const override { return {96, 96}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind;
};

} // namespace kakanai::kiosk
