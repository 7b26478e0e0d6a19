#include "app/ui/screens/StaffSignInScreen.h"

#include "app/core/AuditSink.h"
#include "app/core/KioskSession.h"
#include "app/core/StaffAccounts.h"
#include "app/core/Totp.h"
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
    m_code.setLimit(Totp::Digits);
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
    m_codeLabel = ui::label("fieldLabel", this);
    left->addWidget(m_codeLabel);
    m_codeDots = new PinDots(Totp::Digits, this);
    m_codeDots->setObjectName(QStringLiteral("staff_code"));
    m_codeDots->setMinimumHeight(70);
    left->addWidget(m_codeDots, 0, Qt::AlignLeft);
    m_codeLabel->setVisible(needsCode());
    m_codeDots->setVisible(needsCode());
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
    QList<ChoiceGroup::Option> targets{{QStringLiteral("id"), QString(), {}}, {QStringLiteral("pin"), QString(), {}}};
    if (needsCode()) {
        targets.append({QStringLiteral("code"), QString(), {}});
    }
    m_target->setOptions(targets, int(targets.size()));
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
    connect(m_target, &ChoiceGroup::chosen, this, [this](const QJsonValue &v) {
        const QString t = v.toString();
        setKeypadTarget(t == QLatin1String("pin")    ? Target::Pin
                        : t == QLatin1String("code") ? Target::Code
                                                     : Target::Id);
    });
    connect(m_keypad, &Keypad::keyPressed, this, [this](QChar c) {
        if (m_keypadTarget == Target::Id) {
            m_id->setText(m_id->text() + c);
        } else {
            (m_keypadTarget == Target::Code ? m_code : m_pin).append(char(c.toLatin1()));
        }
        refresh();
    });
    connect(m_keypad, &Keypad::deletePressed, this, [this] {
        if (m_keypadTarget == Target::Id) {
            m_id->backspace();
        } else {
            (m_keypadTarget == Target::Code ? m_code : m_pin).backspace();
        }
        refresh();
    });
    connect(m_keypad, &Keypad::clearPressed, this, [this] {
        if (m_keypadTarget == Target::Id) {
            m_id->setText(QString());
        } else {
            (m_keypadTarget == Target::Code ? m_code : m_pin).clear();
        }
        refresh();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { refresh(); });
    connect(m_id, &QLineEdit::returnPressed, this, [this] {
        setKeypadTarget(Target::Pin);
        setFocus();
    });
    connect(m_signIn, &QPushButton::clicked, this, &StaffSignInScreen::signIn);
    if (m_ctx.staff) {
        connect(
            m_ctx.staff, &StaffAuthenticator::signInFinished, this,
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
                    ui::setText(m_message,
                                needsCode()
                                    ? tr("The staff ID, PIN or code is wrong. %n more wrong sign-in(s) lock this ID.",
                                         nullptr, attemptsLeft)
                                    : tr("The staff ID or PIN is wrong. %n more wrong PIN(s) lock this ID.", nullptr,
                                         attemptsLeft));
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
                    ui::setText(m_message,
                                (needsCode() ? tr("Enter a staff ID, a PIN of %1 to %2 digits and the 6-digit code.")
                                             : tr("Enter a staff ID and a PIN of %1 to %2 digits."))
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
    switch (applyPinKey(event, m_keypadTarget == Target::Code ? m_code : m_pin)) {
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
    m_ctx.staff->signIn(m_attemptedId, m_pin.take(), needsCode() ? m_code.take() : nullptr);
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
    m_code.clear();
    m_id->setText(QString());
    ui::setText(m_message, QString());
    m_message->hide();
    setKeypadTarget(Target::Id);
    m_id->setFocus();
    retranslate();
}

void StaffSignInScreen::setKeypadTarget(Target target)
{
    m_keypadTarget = target;
    m_target->setSelected(QJsonValue(target == Target::Pin    ? QStringLiteral("pin")
                                     : target == Target::Code ? QStringLiteral("code")
                                                              : QStringLiteral("id")));
}

bool StaffSignInScreen::needsCode() const
{
    return m_ctx.staff && m_ctx.staff->requiresTotp();
}

void StaffSignInScreen::clearSession()
{
    m_pin.clear();
    m_code.clear();
    m_id->setText(QString());
    ui::setText(m_message, QString());
    refresh();
}

void StaffSignInScreen::refresh()
{
    const int minimum = m_ctx.staff ? m_ctx.staff->pinMinLength() : StaffAccounts::MinPinLength;
    m_dots->setLength(std::max(minimum, m_pin.size()));
    m_dots->setFilled(m_pin.size());
    m_codeDots->setFilled(m_code.size());
    m_signIn->setEnabled(!m_id->text().trimmed().isEmpty() && m_pin.size() >= minimum &&
                         (!needsCode() || m_code.size() == Totp::Digits) &&
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
    ui::setText(m_codeLabel, tr("Code from the authenticator app (6 digits)"));
    m_target->setLabels(needsCode() ? QStringList{tr("Staff ID"), tr("PIN"), tr("Code")}
                                    : QStringList{tr("Staff ID"), tr("PIN")});
    refresh();
}

} // namespace kakanai::kiosk
