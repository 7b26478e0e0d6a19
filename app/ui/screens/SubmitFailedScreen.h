#pragma once

#include "app/ui/screens/Screen.h"

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

// The sink could not store the request: nothing queued, staff called, try again.
class SubmitFailedScreen final : public Screen
{
    Q_OBJECT
public:
    SubmitFailedScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QLabel *m_detail;
    QPushButton *m_retry;
};

} // namespace kakanai::kiosk
