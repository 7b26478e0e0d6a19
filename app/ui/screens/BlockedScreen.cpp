#include "app/ui/screens/BlockedScreen.h"

#include "app/core/KioskSession.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

BlockedScreen::BlockedScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("BlockedScreen"));
    QVBoxLayout *texts = noticeBox(this, "errorNotice", StatusIcon::Kind::Lock, body());
    m_text = ui::label("subtitle", this);
    m_text->setObjectName(QStringLiteral("blocked_text"));
    m_where = ui::label("subtitle", this);
    m_where->setObjectName(QStringLiteral("blocked_where"));
    m_where->setProperty("state", QStringLiteral("strong"));
    m_next = ui::label("subtitle", this);
    texts->addWidget(m_text);
    texts->addWidget(m_where);
    texts->addWidget(m_next);
    body()->addStretch(1);
    addQuitButton();
    m_back = addBackButton();
    m_codeB = addPrimaryButton("use_code_b");
    ui::setRole(m_codeB, "staff");
    connect(m_codeB, &QPushButton::clicked, this, [this] { m_ctx.session->useCodeB(); });
    retranslate();
}

void BlockedScreen::enter()
{
    retranslate();
}

void BlockedScreen::retranslate()
{
    ui::setText(title(), tr("The card's PIN is locked"));
    ui::setText(subtitle(), QString());
    ui::setText(m_text, tr("The PIN was entered wrongly 3 times, so the card locked itself to protect you."));
    const QString place = m_ctx.config->pinResetPlace.isEmpty()
                              ? tr("the resident registration desk of the city hall where you live")
                              : m_ctx.config->pinResetPlace;
    ui::setText(m_where, tr("The PIN can be reset at %1. Please come in person with this card; the staff will "
                            "check your identity.")
                             .arg(place));
    const bool codeB = m_ctx.session->codeBAvailable();
    ui::setText(m_next, codeB ? tr("Today, staff can still read the card without the PIN, with the verification "
                                   "code B printed on its front.")
                              : tr("Please take your card and ask at the counter."));
    ui::setText(m_codeB, tr("Read without PIN: code B (staff)"));
    m_codeB->setVisible(codeB);
    m_back->setVisible(m_ctx.session->readPurpose() == ReadPurpose::IndividualNumber);
}

} // namespace kakanai::kiosk
