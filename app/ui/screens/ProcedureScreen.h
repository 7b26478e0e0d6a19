#pragma once

#include "app/ui/screens/Screen.h"

#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;

namespace kakanai::kiosk {

class EventButton;

// What brings the resident here, on one page without scrolling: the certificates people come for most (住民票の写し,
// 印鑑登録証明書, then the others), each named by what the resident wants with the form's official name below it,
// and the life events (moving in, within, out) named with the city's own name. A form that a life event fills
// alone (転入届 for "moved here") is chosen through that event, so it is not listed twice.
class ProcedureScreen final : public Screen
{
    Q_OBJECT
public:
    ProcedureScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

    // The forms listed as toggles, in the order shown: the common certificates first.
    QStringList listedForms() const;

private:
    QStringList offeredForms() const;
    QString wishFor(const QString &formId) const;
    void refreshNext();
    void fitToPage();
    void resizeEvent(QResizeEvent *event) override;
    QLabel *m_greeting;
    QLabel *m_integrity;
    QLabel *m_eventsLabel;
    QLabel *m_formsLabel;
    QGridLayout *m_events;
    QList<EventButton *> m_eventButtons;
    QGridLayout *m_formGrid;
    QList<EventButton *> m_formButtons;
    QPushButton *m_next;
};

} // namespace kakanai::kiosk
