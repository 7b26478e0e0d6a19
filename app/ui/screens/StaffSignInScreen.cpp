#include "app/ui/screens/StaffSignInScreen.h"

#include "app/core/AuditSink.h"
#include "app/core/KioskSession.h"
#include "app/core/StaffAccounts.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/ChoiceGroup.h"
#include "app/ui/widgets/Keypad.h"
#include "app/ui/widgets/PinDots.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

StaffSignInScreen::StaffSignInScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("StaffSignInScreen"));
    m_pin.setLimit(StaffAccounts::MaxPinLength);
    auto *row = new QHBoxLayout;
    row->setSpacing(60);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    m_idLabel = ui::label("fieldLabel", this);
    left->addWidget(m_idLabel);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("staff_id"));
    m_id->setMaxLength(32);
    m_id->setContextMenuPolicy(Qt::NoContextMenu);
    left->addWidget(m_id);
    m_pinLabel = ui::label("fieldLabel", this);
    left->addWidget(m_pinLabel);
    m_dots = new PinDots(4, this);
    m_dots->setObjectName(QStringLiteral("staff_pin"));
    m_dots->setMinimumHeight(70);
    left->addWidget(m_dots, 0, Qt::AlignLeft);
    m_message = ui::label("error", this);
    m_message->setObjectName(QStringLiteral("sign_in_message"));
    left->addWidget(m_message);
    left->addStretch(1);
    row->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    m_targetLabel = ui::label("fieldLabel", this);
    right->addWidget(m_targetLabel);
    m_target = new ChoiceGroup(true, this);
    m_target->setObjectName(QStringLiteral("keypad_target"));
    m_target->setOptions({{QStringLiteral("id"), QString(), {}}, {QStringLiteral("pin"), QString(), {}}}, 2);
    right->addWidget(m_target);
    m_keypad = new Keypad(Keypad::Layout::Digits, this);
    right->addWidget(m_keypad);
    right->addStretch(1);
    auto *rightBox = new QWidget(this);
    rightBox->setLayout(right);
    rightBox->setMaximumWidth(520);
    row->addWidget(rightBox, 1, Qt::AlignTop);
    body()->addLayout(row, 1);
    m_back = addBackButton();
    m_signIn = addPrimaryButton("sign_in");
    connect(m_target, &ChoiceGroup::chosen, this,
            [this](const QJsonValue &v) { setKeypadTarget(v.toString() == QLatin1String("pin")); });
    connect(m_keypad, &Keypad::keyPressed, this, [this](QChar c) {
        if (m_keypadForPin) {
            m_pin.append(char(c.toLatin1()));
        } else {
            m_id->setText(m_id->text() + c);
        }
        refresh();
    });
    connect(m_keypad, &Keypad::deletePressed, this, [this] {
        if (m_keypadForPin) {
            m_pin.backspace();
        } else {
            m_id->backspace();
        }
        refresh();
    });
    connect(m_keypad, &Keypad::clearPressed, this, [this] {
        if (m_keypadForPin) {
            m_pin.clear();
        } else {
            m_id->setText(QString());
        }
        refresh();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { refresh(); });
    connect(m_id, &QLineEdit::returnPressed, this, [this] {
        setKeypadTarget(true);
        setFocus();
    });
    connect(m_signIn, &QPushButton::clicked, this, &StaffSignInScreen::signIn);
    if (m_ctx.staff) {
        connect(m_ctx.staff, &StaffAuthenticator::signInFinished, this,
                [this](StaffAuthenticator::Outcome outcome, int attemptsLeft, qint64 lockedFor) {
                    recordSignIn(outcome);
                    if (m_ctx.session->state() != SessionState::StaffSignIn) {
                        return;
                    }
                    switch (outcome) {
                    case StaffAuthenticator::Outcome::SignedIn:
                        ui::setText(m_message, QString());
                        m_id->setText(QString());
                        m_ctx.session->staffSignInSucceeded();
                        return;
                    case StaffAuthenticator::Outcome::WrongCredentials:
                        ui::setText(m_message, tr("The staff ID or PIN is wrong. %n more wrong PIN(s) lock this ID.",
                                                  nullptr, attemptsLeft));
                        break;
                    case StaffAuthenticator::Outcome::LockedOut:
                        ui::setText(m_message, tr("This staff ID is locked for %n minute(s) after too many wrong PINs.",
                                                  nullptr, int((lockedFor + 59) / 60)));
                        break;
                    case StaffAuthenticator::Outcome::KioskLockedOut:
                        ui::setText(m_message, tr("Staff sign-in at this kiosk is locked for %n minute(s) after too "
                                                  "many wrong PINs.",
                                                  nullptr, int((lockedFor + 59) / 60)));
                        break;
                    case StaffAuthenticator::Outcome::InvalidInput:
                        ui::setText(m_message, tr("Enter a staff ID and a PIN of %1 to %2 digits.")
                                                   .arg(m_ctx.staff->pinMinLength())
                                                   .arg(StaffAccounts::MaxPinLength));
                        break;
                    }
                    m_message->show();
                    refresh();
                });
    }
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
}

void StaffSignInScreen::keyPressEvent(QKeyEvent *event)
{
    switch (applyPinKey(event, m_pin)) {
    case PinKey::Edited:
        refresh();
        break;
    case PinKey::Enter:
        signIn();
        break;
    case PinKey::Other:
        Screen::keyPressEvent(event);
        break;
    }
}

void StaffSignInScreen::signIn()
{
    if (!m_ctx.staff || m_ctx.staff->isChecking()) {
        return;
    }
    ui::setText(m_message, tr("Checking…"));
    m_message->show();
    m_attemptedId = m_id->text().trimmed();
    m_ctx.staff->signIn(m_attemptedId, m_pin.take());
    refresh();
}

void StaffSignInScreen::recordSignIn(StaffAuthenticator::Outcome outcome)
{
    // A sign-in that succeeded is recorded by the session (staffAction SignedIn), which alone knows it counts for
    // this session; a refusal never reaches the session.
    if (!m_ctx.audit || outcome == StaffAuthenticator::Outcome::SignedIn) {
        return;
    }
    const char *code = outcome == StaffAuthenticator::Outcome::WrongCredentials ? "wrong_credentials"
                       : outcome == StaffAuthenticator::Outcome::LockedOut      ? "locked_out"
                       : outcome == StaffAuthenticator::Outcome::KioskLockedOut ? "kiosk_locked_out"
                                                                                : "invalid_input";
    // Only an id of an account is recorded: what was typed into the id field may be somebody's PIN.
    const bool known = m_ctx.staff->knowsId(m_attemptedId);
    m_ctx.audit->record(backoffice::AuditAction::StaffSignInFailed, known ? m_attemptedId : QString(),
                        m_ctx.session->requestId(),
                        {QLatin1String(code), known ? QStringLiteral("known_id") : QStringLiteral("unknown_id")});
}

void StaffSignInScreen::enter()
{
    m_pin.clear();
    m_id->setText(QString());
    ui::setText(m_message, QString());
    m_message->hide();
    setKeypadTarget(false);
    m_id->setFocus();
    retranslate();
}

void StaffSignInScreen::setKeypadTarget(bool pin)
{
    m_keypadForPin = pin;
    m_target->setSelected(QJsonValue(pin ? QStringLiteral("pin") : QStringLiteral("id")));
}

void StaffSignInScreen::clearSession()
{
    m_pin.clear();
    m_id->setText(QString());
    ui::setText(m_message, QString());
    refresh();
}

void StaffSignInScreen::refresh()
{
    const int minimum = m_ctx.staff ? m_ctx.staff->pinMinLength() : StaffAccounts::MinPinLength;
    m_dots->setLength(std::max(minimum, m_pin.size()));
    m_dots->setFilled(m_pin.size());
    m_signIn->setEnabled(!m_id->text().trimmed().isEmpty() && m_pin.size() >= minimum &&
                         !(m_ctx.staff && m_ctx.staff->isChecking()));
}

void StaffSignInScreen::retranslate()
{
    ui::setText(title(), tr("Staff sign-in"));
    QString why;
    switch (m_ctx.session->staffSignInTarget()) {
    case SessionState::CodeBEntry:
        why = tr("Reading the card with the verification code B is for staff only.");
        break;
    case SessionState::StaffConfirm:
        why = tr("A staff member confirms the request before it is accepted. Please call the staff.");
        break;
    case SessionState::Review:
        why = tr("Correcting a value read from the card is for staff only. Please call the staff.");
        break;
    default:
        why = tr("The staff menu is for staff only.");
        break;
    }
    ui::setText(subtitle(), why);
    ui::setText(m_idLabel, tr("Staff ID"));
    m_id->setAccessibleName(ui::plain(tr("Staff ID")));
    ui::setText(m_pinLabel, tr("Staff PIN (type it or use the keypad)"));
    ui::setText(m_signIn, tr("Sign in"));
    ui::setText(m_targetLabel, tr("The keypad enters:"));
    m_target->setLabels({tr("Staff ID"), tr("PIN")});
    refresh();
}

} // namespace kakanai::kiosk
