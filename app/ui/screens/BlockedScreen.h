#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

// A blocked PIN: what happened and where to reset it.
class BlockedScreen final : public Screen
{
    Q_OBJECT
public:
    BlockedScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QLabel *m_where;
    QLabel *m_next;
    QPushButton *m_codeB;
    QPushButton *m_back;
};

} // namespace kakanai::kiosk
