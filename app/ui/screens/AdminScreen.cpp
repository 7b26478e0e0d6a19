#include "app/ui/screens/AdminScreen.h"

#include "app/core/KioskSession.h"
#include "app/core/QueueStatus.h"
#include "app/core/RequestSink.h"
#include "app/core/StaffAccounts.h"
#include "app/ui/Ui.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

AdminScreen::AdminScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("AdminScreen"));
    auto *box = new QFrame(this);
    ui::setRole(box, "panel");
    auto *bl = new QVBoxLayout(box);
    bl->setContentsMargins(36, 30, 36, 30);
    m_info = ui::label("body", box);
    m_info->setObjectName(QStringLiteral("admin_info"));
    bl->addWidget(m_info);
    body()->addWidget(box);
    auto *held = new QFrame(this);
    ui::setRole(held, "panel");
    auto *hl = new QVBoxLayout(held);
    hl->setContentsMargins(36, 24, 36, 24);
    m_heldTitle = ui::label("section", held);
    m_heldTitle->setObjectName(QStringLiteral("held_title"));
    hl->addWidget(m_heldTitle);
    m_held = new QVBoxLayout;
    hl->addLayout(m_held);
    body()->addWidget(held);
    body()->addStretch(1);
    m_close = ui::button("secondary", this);
    m_close->setObjectName(QStringLiteral("admin_close"));
    actions()->insertWidget(0, m_close);
    m_exit = addPrimaryButton("admin_exit");
    ui::setRole(m_exit, "staff");
    connect(m_close, &QPushButton::clicked, this, [this] { m_ctx.session->closeAdmin(); });
    connect(m_exit, &QPushButton::clicked, this, [this] { m_ctx.session->requestExit(); });
    connect(m_ctx.session, &KioskSession::heldPrintsChanged, this, &AdminScreen::rebuildHeld);
    retranslate();
}

void AdminScreen::enter()
{
    retranslate();
}

void AdminScreen::retranslate()
{
    ui::setText(title(), tr("Staff menu"));
    const QString staff = m_ctx.session->staffDisplayName();
    ui::setText(subtitle(), staff.isEmpty() ? QString() : tr("Signed in: %1").arg(staff));
    const KioskConfig &c = *m_ctx.config;
    QStringList lines;
    lines << tr("Kiosk: %1 (%2)").arg(c.kioskId, c.mode == KioskMode::Counter ? tr("counter") : tr("self-service"));
    lines << tr("Municipality: %1 %2").arg(c.municipality, c.municipalityCode);
    lines << tr("Requests go to: %1").arg(m_ctx.sink ? m_ctx.sink->describe() : QString());
    if (m_ctx.queue) {
        const QueueStatus q = m_ctx.queue->current();
        lines << (q.link == QueueStatus::Link::NotConfigured
                      ? tr("Back-office queue: not configured")
                      : tr("Back-office queue: %1, %n waiting", nullptr, q.queued)
                            .arg(q.link == QueueStatus::Link::Online ? tr("online") : tr("offline")));
    }
    lines << tr("Card reader: %1").arg(c.card.reader.isEmpty() ? tr("any") : c.card.reader);
    lines << tr("Version: %1").arg(QStringLiteral(KAKANAI_VERSION));
    ui::setText(m_info, lines.join(QLatin1Char('\n')));
    ui::setText(m_close, tr("Back to the first screen"));
    ui::setText(m_exit, tr("Close the kiosk application"));
    rebuildHeld();
}

void AdminScreen::rebuildHeld()
{
    while (QLayoutItem *item = m_held->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<HeldPrint> held = m_ctx.session->heldPrints();
    ui::setText(m_heldTitle, tr("Paper held (the resident left before printing): %1").arg(held.size()));
    for (const HeldPrint &h : held) {
        auto *print = ui::button("staff", this);
        print->setObjectName(QStringLiteral("held_print"));
        ui::setText(print, tr("Print %1 (%2)").arg(h.receiptNumber, h.createdAt.toString(QStringLiteral("HH:mm"))));
        const QString id = h.requestId;
        connect(print, &QPushButton::clicked, this, [this, id] { m_ctx.session->releaseHeldPrint(id); });
        m_held->addWidget(print);
    }
}

} // namespace kakanai::kiosk
