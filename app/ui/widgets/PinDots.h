#pragma once

#include <QWidget>

namespace kakanai::kiosk {

// The digits of a PIN as dots: filled for each digit entered, never the digit itself.
class PinDots : public QWidget
{
    Q_OBJECT
public:
    explicit PinDots(int length = 4, QWidget *parent = nullptr);
    void setLength(int length);
    void setFilled(int filled);
    int filled() const { return m_filled; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateName();
    int m_length;
    int m_filled = 0;
};

} // namespace kakanai::kiosk
