#include "app/ui/screens/BusyScreen.h"

#include "app/core/KioskSession.h"
#include "app/ui/Ui.h"
#include "app/ui/widgets/Stepper.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kakanai::kiosk {

BusyScreen::BusyScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("BusyScreen"));
    body()->addStretch(1);
    m_spinner = new Spinner(this);
    m_spinner->setMinimumSize(160, 160);
    body()->addWidget(m_spinner, 0, Qt::AlignHCenter);
    m_text = ui::label("subtitle", this);
    m_text->setObjectName(QStringLiteral("busy_text"));
    m_text->setAlignment(Qt::AlignHCenter);
    body()->addWidget(m_text);
    body()->addStretch(2);
    title()->setAlignment(Qt::AlignHCenter);
}

void BusyScreen::enter()
{
    retranslate();
}

void BusyScreen::retranslate()
{
    switch (m_ctx.session->state()) {
    case SessionState::CheckingCard:
        ui::setText(title(), tr("Checking your card"));
        ui::setText(m_text, tr("Please do not move the card."));
        break;
    case SessionState::Reading:
        ui::setText(title(), tr("Reading your card"));
        ui::setText(m_text, tr("Please do not move the card. This takes a moment."));
        break;
    default:
        ui::setText(title(), tr("Saving your request"));
        ui::setText(m_text, tr("Please wait a moment."));
        break;
    }
    ui::setText(subtitle(), QString());
}

} // namespace kakanai::kiosk
