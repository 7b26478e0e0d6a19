#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

// One try left: a separate confirmation before the keypad.
class LastTryScreen final : public Screen
{
    Q_OBJECT
public:
    LastTryScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QLabel *m_advice;
    QPushButton *m_continue;
    QPushButton *m_codeB;
    QPushButton *m_back;
};

} // namespace kakanai::kiosk
