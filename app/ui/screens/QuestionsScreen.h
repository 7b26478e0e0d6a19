#pragma once

#include "app/ui/screens/Screen.h"

#include <QList>
#include <QPair>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kakanai::kiosk {

class ChoiceGroup;

// The life event's yes/no questions, deciding the related procedures listed on the guidance slip.
class QuestionsScreen final : public Screen
{
    Q_OBJECT
public:
    QuestionsScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

private:
    QVBoxLayout *m_list;
    QList<QPair<QString, ChoiceGroup *>> m_questions;
    QList<QLabel *> m_labels;
    QPushButton *m_next;
};

} // namespace kakanai::kiosk
