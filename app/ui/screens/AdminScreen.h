#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

// Administrator: kiosk facts and the one way out of the kiosk (after a staff sign-in).
class AdminScreen final : public Screen
{
    Q_OBJECT
public:
    AdminScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_info;
    QPushButton *m_exit;
    QPushButton *m_close;
};

} // namespace kakanai::kiosk
