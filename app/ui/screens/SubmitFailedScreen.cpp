#include "app/ui/screens/SubmitFailedScreen.h"

#include "app/core/KioskSession.h"
#include "app/core/RequestSink.h"
#include "app/ui/Ui.h"
#include "app/ui/widgets/StatusIcon.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

SubmitFailedScreen::SubmitFailedScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("SubmitFailedScreen"));
    auto *box = new QFrame(this);
    ui::setRole(box, "errorNotice");
    auto *boxRow = new QHBoxLayout(box);
    boxRow->setContentsMargins(32, 28, 36, 28);
    boxRow->setSpacing(28);
    boxRow->addWidget(new StatusIcon(StatusIcon::Kind::Error, box), 0, Qt::AlignTop);
    auto *bl = new QVBoxLayout;
    boxRow->addLayout(bl, 1);
    m_text = ui::label("subtitle", box);
    m_detail = ui::label("muted", box);
    m_detail->setObjectName(QStringLiteral("submit_detail"));
    bl->addWidget(m_text);
    bl->addWidget(m_detail);
    body()->addWidget(box);
    body()->addStretch(1);
    addQuitButton();
    m_retry = addPrimaryButton("submit_retry");
    connect(m_retry, &QPushButton::clicked, this, [this] { m_ctx.session->retrySubmit(); });
    retranslate();
}

void SubmitFailedScreen::enter()
{
    retranslate();
}

void SubmitFailedScreen::retranslate()
{
    ui::setText(title(), tr("The request could not be saved"));
    ui::setText(subtitle(), QString());
    ui::setText(m_text, tr("Nothing was accepted yet. Please ask the staff; you can also try again."));
    const auto error = m_ctx.session->submitError();
    QString detail;
    if (error) {
        detail = error->code == SinkErrorCode::NotConfigured
                     ? tr("For staff: no request storage is configured on this kiosk (submit/sink).")
                     : tr("For staff: %1").arg(error->detail);
    }
    ui::setText(m_detail, detail);
    ui::setText(m_retry, tr("Try again"));
}

} // namespace kakanai::kiosk
