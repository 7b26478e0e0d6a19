#pragma once

#include <QWidget>

namespace kakanai::kiosk {

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

} // namespace kakanai::kiosk
