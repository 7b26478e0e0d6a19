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

} // namespace kakanai::kiosk
