#pragma once

#include "app/ui/screens/Screen.h"

#include "forms/Fees.h"
#include "forms/FormDefinition.h"
#include "forms/LifeEvents.h"

#include <QTimer>

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

// The receipt number, what happens next, related procedures, the card reminder; back to idle by itself.
class DoneScreen final : public Screen
{
    Q_OBJECT
public:
    DoneScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;
    void printFinished();
    int secondsLeft() const;

private:
    void tick();
    void captureFees();
    // A related procedure's deadline: the last day counted from the day the event happened, with its rule; the
    // rule alone when no date is known.
    static QString deadlineText(const forms::Deadline &deadline, const QDate &happenedOn, const QString &language);
    QLabel *m_receiptLabel;
    QLabel *m_receipt;
    QLabel *m_next;
    QLabel *m_fee; // 手数料 per form and the total
    // The fees of the request being submitted, taken when it is built (the forms are wiped before Done).
    QList<std::pair<forms::LocalisedText, forms::FormFee>> m_fees;
    bool m_everyFormHasFee = true;
    QLabel *m_takeCard;
    QLabel *m_guidanceTitle;
    QLabel *m_guidance;
    QLabel *m_print;
    QLabel *m_countdown;
    QPushButton *m_finish;
    QTimer m_timer;
    qint64 m_enteredMs = 0;
};

} // namespace kakanai::kiosk
