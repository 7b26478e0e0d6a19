#include "app/ui/screens/Screen.h"

#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/ui/Ui.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace kakanai::kiosk {

Screen::Screen(KioskContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    setProperty("role", QStringLiteral("screen"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(56, 36, 56, 28);
    outer->setSpacing(18);
    m_title = ui::label("title", this);
    m_title->setObjectName(QStringLiteral("screen_title"));
    m_subtitle = ui::label("subtitle", this);
    m_subtitle->setObjectName(QStringLiteral("screen_subtitle"));
    outer->addWidget(m_title);
    outer->addWidget(m_subtitle);
    m_bodyScroll = new QScrollArea(this);
    m_bodyScroll->setObjectName(QStringLiteral("screen_body"));
    m_bodyScroll->setWidgetResizable(true);
    m_bodyScroll->setFrameShape(QFrame::NoFrame);
    m_bodyScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(m_bodyScroll->viewport(), QScroller::TouchGesture);
    m_bodyWidget = new QWidget(m_bodyScroll);
    m_body = new QVBoxLayout(m_bodyWidget);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(18);
    m_bodyScroll->setWidget(m_bodyWidget);
    outer->addWidget(m_bodyScroll, 1);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(20);
    m_actions->addStretch(1);
    outer->addLayout(m_actions);
}

void Screen::setBodyScrolls(bool scrolls)
{
    m_bodyScroll->setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    if (!scrolls) {
        // The page's own scroll area takes the space; the body simply follows the viewport's size.
        QScroller::ungrabGesture(m_bodyScroll->viewport());
        m_bodyWidget->setMinimumSize(0, 0);
        m_bodyScroll->setWidgetResizable(true);
        m_bodyWidget->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    }
}

QString Screen::language() const
{
    return m_ctx.languages ? m_ctx.languages->language() : QStringLiteral("ja");
}

QPushButton *Screen::addQuitButton()
{
    m_quit = ui::button("quiet", this);
    m_quit->setObjectName(QStringLiteral("quit"));
    m_actions->insertWidget(0, m_quit);
    // One tap must not wipe what the resident has done so far: the window asks first (default: keep going).
    connect(m_quit, &QPushButton::clicked, this, &Screen::quitRequested);
    retranslateCommon();
    return m_quit;
}

QPushButton *Screen::addBackButton()
{
    m_back = ui::button("secondary", this);
    m_back->setObjectName(QStringLiteral("back"));
    m_actions->insertWidget(m_quit ? 1 : 0, m_back);
    connect(m_back, &QPushButton::clicked, this, [this] { m_ctx.session->back(); });
    retranslateCommon();
    return m_back;
}

QPushButton *Screen::addPrimaryButton(const char *objectName)
{
    QPushButton *b = ui::button("primary", this);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setMinimumWidth(320);
    m_actions->addWidget(b);
    return b;
}

void Screen::retranslateCommon()
{
    if (m_quit) {
        ui::setText(m_quit, tr("Quit"), tr("Asks first, then ends and clears everything"));
    }
    if (m_back) {
        ui::setText(m_back, tr("Back"));
    }
}

void Screen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Tighter margins on a lower screen (1280×800): the page keeps its touch sizes, the air goes first.
    auto *outer = static_cast<QVBoxLayout *>(layout());
    if (height() < 760) {
        outer->setContentsMargins(40, 16, 40, 12);
        outer->setSpacing(10);
        m_body->setSpacing(12);
    } else {
        outer->setContentsMargins(56, 36, 56, 28);
        outer->setSpacing(18);
        m_body->setSpacing(18);
    }
}

void Screen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateCommon();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace kakanai::kiosk
