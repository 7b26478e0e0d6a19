#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

// The card could not be used: why, in plain words, and what to do.
class CardProblemScreen final : public Screen
{
    Q_OBJECT
public:
    CardProblemScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace kakanai::kiosk
