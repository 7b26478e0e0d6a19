#include "app/ui/screens/LastTryScreen.h"

#include "app/core/KioskSession.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

LastTryScreen::LastTryScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("LastTryScreen"));
    QVBoxLayout *texts = noticeBox(this, "notice", StatusIcon::Kind::Warning, body());
    m_text = ui::label("subtitle", this);
    m_text->setObjectName(QStringLiteral("last_try_text"));
    m_advice = ui::label("subtitle", this);
    texts->addWidget(m_text);
    texts->addWidget(m_advice);
    body()->addStretch(1);
    addQuitButton();
    m_back = addBackButton();
    m_codeB = ui::button("staff", this);
    m_codeB->setObjectName(QStringLiteral("use_code_b"));
    actions()->insertWidget(2, m_codeB);
    m_continue = addPrimaryButton("last_try_continue");
    connect(m_continue, &QPushButton::clicked, this, [this] { m_ctx.session->confirmLastTry(); });
    connect(m_codeB, &QPushButton::clicked, this, [this] { m_ctx.session->useCodeB(); });
    retranslate();
}

void LastTryScreen::enter()
{
    retranslate();
}

void LastTryScreen::retranslate()
{
    ui::setText(title(), tr("Only one try left"));
    ui::setText(subtitle(), QString());
    ui::setText(m_text, tr("If the next PIN is wrong, the card locks. It can then only be unlocked at the counter "
                           "of the city hall, in person."));
    ui::setText(m_advice, tr("If you are not sure of your PIN, do not enter it. Please ask the staff instead."));
    ui::setText(m_continue, tr("I am sure: enter the PIN"));
    ui::setText(m_codeB, tr("Read without PIN: code B (staff)"));
    m_codeB->setVisible(m_ctx.session->codeBAvailable());
    m_back->setVisible(m_ctx.session->readPurpose() == ReadPurpose::IndividualNumber);
}

} // namespace kakanai::kiosk
