#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kakanai::kiosk {

// Administrator: kiosk facts, the paper held for residents who left before printing (released here), and the one
// way out of the kiosk; all after a staff sign-in for this visit.
class AdminScreen final : public Screen
{
    Q_OBJECT
public:
    AdminScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    void rebuildHeld();

    QLabel *m_info;
    QLabel *m_heldTitle;
    QVBoxLayout *m_held;
    QPushButton *m_exit;
    QPushButton *m_close;
};

} // namespace kakanai::kiosk
