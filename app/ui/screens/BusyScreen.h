#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;

namespace kakanai::kiosk {

class Spinner;

// Checking the card, reading it, saving the request: a spinner and what is happening.
class BusyScreen final : public Screen
{
    Q_OBJECT
public:
    BusyScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    Spinner *m_spinner;
    QLabel *m_text;
};

} // namespace kakanai::kiosk
