#pragma once

#include "app/ui/screens/Screen.h"

#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kakanai::kiosk {

class ChoiceGroup;

// What brings the resident here: life events first (each with the forms it fills), then single forms.
class ProcedureScreen final : public Screen
{
    Q_OBJECT
public:
    ProcedureScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

private:
    QStringList offeredForms() const;
    QLabel *m_greeting;
    QLabel *m_integrity;
    QLabel *m_eventsLabel;
    QLabel *m_formsLabel;
    QVBoxLayout *m_events;
    QList<QPushButton *> m_eventButtons;
    ChoiceGroup *m_forms;
    QPushButton *m_next;
};

} // namespace kakanai::kiosk
