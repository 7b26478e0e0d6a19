#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

namespace kakanai::kiosk {

// A large on-screen keypad: digits (3 × 4, like a telephone), and for a residence card number the letters too.
// No system keyboard is needed anywhere in the kiosk. Keys carry accessible names; key presses from a physical
// keyboard (counter staff) are accepted by the widgets that use it.
class Keypad : public QWidget
{
    Q_OBJECT
public:
    enum class Layout
    {
        Digits,     // 1-9, clear, 0, delete
        Phone,      // digits and a hyphen
        Block,      // digits and a hyphen, for 丁目・番地・号 ("4-2-8")
        CardNumber, // A-Z and digits (在留カード番号: 2 letters, 8 digits, 2 letters)
    };

    explicit Keypad(Layout layout = Layout::Digits, QWidget *parent = nullptr);

    void retranslate();

Q_SIGNALS:
    void keyPressed(QChar key);
    void deletePressed();
    void clearPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    Layout m_layout;
    QPushButton *m_clear = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_hyphen = nullptr;
};

} // namespace kakanai::kiosk
