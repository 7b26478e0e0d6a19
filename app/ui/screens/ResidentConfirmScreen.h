#pragma once

#include "app/ui/screens/Screen.h"

class QPushButton;
class QScrollArea;

namespace kakanai::kiosk {

// What will be submitted, large and plain, in the resident's language (やさしい日本語 one tap away).
class ResidentConfirmScreen final : public Screen
{
    Q_OBJECT
public:
    ResidentConfirmScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    void rebuild();
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QPushButton *m_yes;
    QPushButton *m_fix;
    QPushButton *m_easy;
};

} // namespace kakanai::kiosk
