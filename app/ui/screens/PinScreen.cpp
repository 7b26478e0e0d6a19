#include "app/ui/screens/PinScreen.h"

#include "app/core/KioskSession.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/Keypad.h"
#include "app/ui/widgets/PinDots.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

PinScreen::PinScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("PinScreen"));
    m_pin.setLimit(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(60);
    auto *left = new QVBoxLayout;
    left->setSpacing(26);
    auto *triesBox = new QFrame(this);
    ui::setRole(triesBox, "panel");
    auto *tb = new QVBoxLayout(triesBox);
    tb->setContentsMargins(30, 22, 30, 22);
    tb->setSpacing(12);
    m_tries = ui::label("subtitle", triesBox);
    m_tries->setObjectName(QStringLiteral("pin_tries"));
    tb->addWidget(m_tries);
    m_message = ui::label("error", triesBox);
    m_message->setObjectName(QStringLiteral("pin_message"));
    tb->addWidget(m_message);
    left->addWidget(triesBox);
    m_dots = new PinDots(4, this);
    m_dots->setObjectName(QStringLiteral("pin_dots"));
    m_dots->setMinimumHeight(110);
    left->addWidget(m_dots);
    m_privacy = ui::label("muted", this);
    m_privacy->setAlignment(Qt::AlignHCenter);
    left->addWidget(m_privacy);
    left->addStretch(1);
    row->addLayout(left, 5);
    auto *right = new QVBoxLayout;
    right->setSpacing(16);
    m_keypad = new Keypad(Keypad::Layout::Digits, this);
    m_keypad->setObjectName(QStringLiteral("pin_keypad"));
    right->addWidget(m_keypad);
    m_ok = ui::button("primary", this);
    m_ok->setObjectName(QStringLiteral("pin_ok"));
    right->addWidget(m_ok);
    right->addStretch(1);
    auto *rightBox = new QWidget(this);
    rightBox->setLayout(right);
    rightBox->setMaximumWidth(600);
    row->addWidget(rightBox, 4, Qt::AlignTop);
    body()->addLayout(row, 1);

    addQuitButton();
    m_back = addBackButton();
    m_codeB = ui::button("staff", this);
    m_codeB->setObjectName(QStringLiteral("use_code_b"));
    actions()->insertWidget(2, m_codeB);
    connect(m_keypad, &Keypad::keyPressed, this, [this](QChar c) {
        m_pin.append(char(c.toLatin1()));
        refresh();
    });
    connect(m_keypad, &Keypad::deletePressed, this, [this] {
        m_pin.backspace();
        refresh();
    });
    connect(m_keypad, &Keypad::clearPressed, this, [this] {
        m_pin.clear();
        refresh();
    });
    connect(m_ok, &QPushButton::clicked, this, &PinScreen::submit);
    connect(m_codeB, &QPushButton::clicked, this, [this] {
        m_pin.clear();
        m_ctx.session->useCodeB();
    });
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
}

void PinScreen::keyPressEvent(QKeyEvent *event)
{
    switch (applyPinKey(event, m_pin)) {
    case PinKey::Edited:
        refresh();
        break;
    case PinKey::Enter:
        submit();
        break;
    case PinKey::Other:
        Screen::keyPressEvent(event);
        break;
    }
}

void PinScreen::submit()
{
    if (m_pin.size() != 4) {
        return;
    }
    auto secret = m_pin.take();
    refresh();
    m_ctx.session->submitPin(std::move(secret));
}

void PinScreen::enter()
{
    m_pin.clear();
    setFocus();
    retranslate();
}

void PinScreen::clearSession()
{
    m_pin.clear();
    refresh();
}

void PinScreen::refresh()
{
    m_dots->setFilled(m_pin.size());
    m_ok->setEnabled(m_pin.size() == 4);
}

void PinScreen::retranslate()
{
    KioskSession *s = m_ctx.session;
    const bool forNumber = s->readPurpose() == ReadPurpose::IndividualNumber;
    ui::setText(title(),
                forNumber ? tr("Enter your PIN again to read your individual number") : tr("Enter your 4-digit PIN"));
    ui::setText(subtitle(), tr("The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits."));
    const std::optional<int> tries = s->triesLeft();
    if (tries) {
        ui::setText(m_tries, tr("You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.",
                                nullptr, *tries));
    } else {
        ui::setText(m_tries, tr("After 3 wrong PINs in a row the card locks."));
    }
    if (s->wrongPinEntered()) {
        ui::setText(m_message, tr("That PIN was wrong. Please check it and enter it again."));
    } else {
        ui::setText(m_message, QString());
    }
    m_message->setVisible(s->wrongPinEntered());
    ui::setText(m_privacy, tr("Staff never ask for your PIN. Only dots are shown while you type."));
    m_codeB->setVisible(s->codeBAvailable());
    ui::setText(m_codeB, tr("Read without PIN: code B (staff)"),
                tr("Staff read the card with the verification code B printed on its front"));
    m_back->setVisible(forNumber);
    ui::setText(m_ok, tr("OK"));
    refresh();
}

} // namespace kakanai::kiosk
