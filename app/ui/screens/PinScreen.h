#pragma once

#include "app/core/PinBuffer.h"
#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

class Keypad;
class PinDots;

// The PIN: tries left shown before the first digit, a large keypad, dots for digits.
class PinScreen final : public Screen
{
    Q_OBJECT
public:
    PinScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;
    int digitsEntered() const { return m_pin.size(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void submit();
    PinBuffer m_pin;
    PinDots *m_dots;
    Keypad *m_keypad;
    QLabel *m_tries;
    QLabel *m_message;
    QLabel *m_privacy;
    QPushButton *m_ok;
    QPushButton *m_codeB;
    QPushButton *m_back;
};

} // namespace kakanai::kiosk
