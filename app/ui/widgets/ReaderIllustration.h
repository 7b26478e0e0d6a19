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
    // As tall as its minimum: the idle screen gives the picture what is left (stretch), and a taller preferred height
    // made the page scroll at 1280×800, hiding the second row of language buttons.
    QSize sizeHint() const override { return {520, 150}; }
    void setCardPresent(bool present);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool m_cardPresent = false;
};

} // namespace kakanai::kiosk
