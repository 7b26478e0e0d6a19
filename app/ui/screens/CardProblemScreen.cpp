#include "app/ui/screens/CardProblemScreen.h"

#include "app/core/KioskSession.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

CardProblemScreen::CardProblemScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("CardProblemScreen"));
    QVBoxLayout *texts = noticeBox(this, "notice", StatusIcon::Kind::Warning, body());
    m_text = ui::label("subtitle", this);
    m_text->setObjectName(QStringLiteral("problem_text"));
    texts->addWidget(m_text);
    body()->addStretch(1);
    addQuitButton();
    m_retry = addPrimaryButton("retry");
    connect(m_retry, &QPushButton::clicked, this, [this] { m_ctx.session->retryCard(); });
    retranslate();
}

void CardProblemScreen::enter()
{
    retranslate();
}

void CardProblemScreen::retranslate()
{
    QString heading;
    QString text;
    bool retry = true;
    switch (m_ctx.session->cardProblem()) {
    case CardProblemKind::Unreadable:
        heading = tr("The card cannot be read");
        text = tr("Check that it is a My Number card, the right way up, and place it on the reader again.");
        break;
    case CardProblemKind::NotMyNumberCard:
        heading = tr("This is not a My Number card");
        text = tr("Please place your My Number card (個人番号カード). Other cards cannot be used here.");
        break;
    case CardProblemKind::IntegrityFailed:
        heading = tr("The card's data could not be confirmed");
        text = tr("The data on the card did not pass its security check, so it is not used. Please ask the staff.");
        retry = false;
        break;
    case CardProblemKind::DifferentCard:
        heading = tr("A different card was placed");
        text = tr("This is not the card read first. For your safety everything entered was cleared. Please start "
                  "again.");
        retry = false;
        break;
    case CardProblemKind::InUse:
        heading = tr("The card is in use by another program");
        text = tr("Please wait a moment and try again, or ask the staff.");
        break;
    case CardProblemKind::ReadFailed:
    case CardProblemKind::None:
        heading = tr("Reading the card did not work");
        text = tr("Please try again. If it fails again, please ask the staff.");
        break;
    }
    ui::setText(title(), heading);
    ui::setText(subtitle(), QString());
    ui::setText(m_text, text);
    ui::setText(m_retry, tr("Try again"));
    m_retry->setVisible(retry && m_ctx.session->readerState() == ReaderState::CardPresent);
}

} // namespace kakanai::kiosk
