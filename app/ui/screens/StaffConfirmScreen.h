#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace kakanai::kiosk {

// Counter mode: every field with where it came from; confirm or send back.
class StaffConfirmScreen final : public Screen
{
    Q_OBJECT
public:
    StaffConfirmScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

private:
    void rebuild();
    QTableWidget *m_table;
    QLabel *m_card;
    QLabel *m_warnings;
    QPushButton *m_confirm;
    QPushButton *m_sendBack;
};

} // namespace kakanai::kiosk
