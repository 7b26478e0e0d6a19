#include "CardScreens.h"

#include "ChoiceGroup.h"
#include "DatePicker.h"
#include "Drawings.h"
#include "Keypad.h"
#include "KioskSession.h"
#include "Languages.h"
#include "PinDots.h"
#include "RequestSink.h"
#include "StaffAccounts.h"
#include "Stepper.h"
#include "Ui.h"
#include "common/Clock.h"

#include "PinGuard.h"
#include "Wareki.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace kakanai::kiosk {

namespace {

// A notice box: a sign on the left, the texts on the right. Returns the layout the texts go into.
QVBoxLayout *noticeBox(QWidget *parent, const char *role, StatusIcon::Kind kind, QVBoxLayout *into,
                       StatusIcon **icon = nullptr)
{
    auto *box = new QFrame(parent);
    ui::setRole(box, role);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(32, 28, 36, 28);
    row->setSpacing(28);
    auto *sign = new StatusIcon(kind, box);
    row->addWidget(sign, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(18);
    row->addLayout(texts, 1);
    into->addWidget(box);
    if (icon) {
        *icon = sign;
    }
    return texts;
}

} // namespace

// ---- idle ---------------------------------------------------------------------------------------------------

IdleScreen::IdleScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("IdleScreen"));
    title()->setAlignment(Qt::AlignHCenter);
    subtitle()->setAlignment(Qt::AlignHCenter);
    m_picture = new ReaderIllustration(this);
    body()->addWidget(m_picture, 1);
    m_reader = ui::label("subtitle", this);
    m_reader->setObjectName(QStringLiteral("reader_state"));
    m_reader->setAlignment(Qt::AlignHCenter);
    body()->addWidget(m_reader);
    m_start = ui::button("primary", this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setMinimumWidth(360);
    body()->addWidget(m_start, 0, Qt::AlignHCenter);
    connect(m_start, &QPushButton::clicked, this, [this] { m_ctx.session->start(); });
    m_sinkNotice = ui::label("muted", this);
    m_sinkNotice->setObjectName(QStringLiteral("sink_notice"));
    m_sinkNotice->setAlignment(Qt::AlignHCenter);
    body()->addWidget(m_sinkNotice);

    m_languageLabel = ui::label("body", this);
    m_languageLabel->setAlignment(Qt::AlignHCenter);
    body()->addWidget(m_languageLabel);
    auto *languages = new QGridLayout;
    languages->setSpacing(14);
    const int columns = m_ctx.config->languages.size() > 4 ? 4 : int(m_ctx.config->languages.size());
    int n = 0;
    for (const QString &code : std::as_const(m_ctx.config->languages)) {
        QPushButton *b = ui::button("language", this, LanguageManager::nativeName(code));
        b->setObjectName(QStringLiteral("lang_") + code);
        b->setCheckable(true);
        b->setProperty("code", code);
        b->setMinimumWidth(240);
        connect(b, &QPushButton::clicked, this, [this, code] { Q_EMIT languageChosen(code); });
        languages->addWidget(b, n / columns, n % columns);
        m_languageButtons.append(b);
        ++n;
    }
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch(1);
    languageRow->addLayout(languages);
    languageRow->addStretch(1);
    body()->addLayout(languageRow);

    retranslate();
}

void IdleScreen::enter()
{
    refreshReader();
}

void IdleScreen::refreshReader()
{
    QString text;
    const char *state = "good";
    switch (m_ctx.session->readerState()) {
    case ReaderState::NoService:
        text = tr("The card reader service is not running. Please ask the staff.");
        state = "bad";
        break;
    case ReaderState::NoReader:
        text = tr("No card reader is connected. Please ask the staff.");
        state = "bad";
        break;
    case ReaderState::Ready:
        text = tr("The card reader is ready.");
        break;
    case ReaderState::CardPresent:
        text = tr("A card is on the reader. Tap “Start”, or take the card and place it again.");
        break;
    case ReaderState::CardUnreadable:
        text = tr("The card cannot be read. Check that it is the right way up and place it again.");
        state = "warn";
        break;
    }
    ui::setText(m_reader, text);
    m_reader->setProperty("state", QString::fromLatin1(state));
    ui::setFlag(m_reader, "stateChanged", !m_reader->property("stateChanged").toBool());
    m_start->setVisible(m_ctx.session->readerState() == ReaderState::CardPresent &&
                        m_ctx.session->state() == SessionState::Idle);
    m_picture->setCardPresent(m_ctx.session->readerState() == ReaderState::CardPresent);
    for (QPushButton *b : std::as_const(m_languageButtons)) {
        b->setChecked(b->property("code").toString() == language());
    }
}

void IdleScreen::retranslate()
{
    ui::setText(title(), tr("Please place your My Number card on the reader"));
    ui::setText(subtitle(), tr("Nothing to write by hand: your forms are filled in from the card."));
    ui::setText(m_languageLabel, QStringLiteral("Language / 言語 / 语言 / 언어 / Ngôn ngữ / Idioma"));
    ui::setText(m_start, tr("Start"));
    const bool sinkMissing = m_ctx.sink && !m_ctx.sink->isConfigured();
    ui::setText(m_sinkNotice, sinkMissing ? tr("For staff: no request storage is configured, so requests cannot be "
                                               "accepted (submit/sink).")
                                          : QString());
    m_sinkNotice->setVisible(sinkMissing);
    refreshReader();
}

// ---- busy ---------------------------------------------------------------------------------------------------

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

// ---- PIN ----------------------------------------------------------------------------------------------------

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

namespace {

enum class PinKey
{
    Edited, // a digit added or removed
    Enter,
    Other,
};

// The hardware keys a PIN keypad also accepts (a staff keyboard at the counter): digits, Backspace, Enter.
PinKey applyPinKey(QKeyEvent *event, PinBuffer &pin)
{
    const QString t = event->text();
    if (t.size() == 1 && t.at(0).isDigit()) {
        pin.append(char(t.at(0).toLatin1()));
        return PinKey::Edited;
    }
    if (event->key() == Qt::Key_Backspace) {
        pin.backspace();
        return PinKey::Edited;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        return PinKey::Enter;
    }
    return PinKey::Other;
}

} // namespace

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

// ---- last try -----------------------------------------------------------------------------------------------

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

// ---- blocked ------------------------------------------------------------------------------------------------

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

// ---- staff sign-in ------------------------------------------------------------------------------------------

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
                    case StaffAuthenticator::Outcome::InvalidInput:
                        ui::setText(m_message, tr("Enter a staff ID and a PIN of 4 to 12 digits."));
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
    m_ctx.staff->signIn(m_id->text().trimmed(), m_pin.take());
    refresh();
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
    m_dots->setLength(std::max(4, m_pin.size()));
    m_dots->setFilled(m_pin.size());
    m_signIn->setEnabled(!m_id->text().trimmed().isEmpty() && m_pin.size() >= StaffAccounts::MinPinLength &&
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
    default:
        why = tr("The staff menu is for staff only.");
        break;
    }
    ui::setText(subtitle(), why);
    ui::setText(m_idLabel, tr("Staff ID"));
    m_id->setAccessibleName(tr("Staff ID"));
    ui::setText(m_pinLabel, tr("Staff PIN (type it or use the keypad)"));
    ui::setText(m_signIn, tr("Sign in"));
    ui::setText(m_targetLabel, tr("The keypad enters:"));
    m_target->setLabels({tr("Staff ID"), tr("PIN")});
    refresh();
}

// ---- 照合番号B ----------------------------------------------------------------------------------------------

CodeBScreen::CodeBScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("CodeBScreen"));
    m_code.setLimit(4);
    // Three columns on a wide screen: the card face; the birth date and the expiry year; the security code. On a
    // narrow one (1280 px) the security code goes under the birth date and the page scrolls.
    m_columns = new QGridLayout;
    m_columns->setHorizontalSpacing(40);
    m_columns->setVerticalSpacing(24);
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    m_diagram = new CardFaceDiagram(this);
    m_diagram->setObjectName(QStringLiteral("card_face"));
    m_diagram->setMinimumSize(420, 265);
    m_diagram->setMaximumHeight(380);
    left->addWidget(m_diagram);
    m_message = ui::label("error", this);
    m_message->setObjectName(QStringLiteral("code_b_message"));
    left->addWidget(m_message);
    m_confirmLast = new QCheckBox(this);
    m_confirmLast->setObjectName(QStringLiteral("code_b_confirm_last"));
    left->addWidget(m_confirmLast);
    left->addStretch(1);
    m_leftColumn = new QWidget(this);
    m_leftColumn->setLayout(left);
    auto *middle = new QVBoxLayout;
    middle->setSpacing(12);
    m_birthLabel = ui::label("fieldLabel", this);
    middle->addWidget(m_birthLabel);
    m_birth = new DatePicker(this);
    m_birth->setObjectName(QStringLiteral("code_b_birth"));
    m_birth->setRange(forms::eraStart(forms::Era::Meiji), m_ctx.clock->now().date());
    middle->addWidget(m_birth);
    middle->addSpacing(12);
    m_expiryLabel = ui::label("fieldLabel", this);
    middle->addWidget(m_expiryLabel);
    m_expiry = new ChoiceGroup(true, this);
    m_expiry->setObjectName(QStringLiteral("code_b_expiry"));
    middle->addWidget(m_expiry);
    middle->addStretch(1);
    m_middleColumn = new QWidget(this);
    m_middleColumn->setLayout(middle);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    m_codeLabel = ui::label("fieldLabel", this);
    right->addWidget(m_codeLabel);
    m_codeDots = new PinDots(4, this);
    m_codeDots->setObjectName(QStringLiteral("code_b_security"));
    m_codeDots->setMinimumSize(220, 64);
    right->addWidget(m_codeDots);
    m_keypad = new Keypad(Keypad::Layout::Digits, this);
    m_keypad->setMaximumWidth(520);
    right->addWidget(m_keypad);
    right->addStretch(1);
    m_rightColumn = new QWidget(this);
    m_rightColumn->setLayout(right);
    for (QWidget *w : {m_leftColumn, m_middleColumn, m_rightColumn}) {
        w->layout()->setContentsMargins(0, 0, 0, 0);
    }
    arrangeColumns(true);
    body()->addLayout(m_columns, 1);

    addQuitButton();
    m_back = addBackButton();
    m_read = addPrimaryButton("code_b_read");
    connect(m_birth, &DatePicker::dateChanged, this, [this] {
        m_diagram->setHighlighted(2);
        refresh();
    });
    connect(m_expiry, &ChoiceGroup::chosen, this, [this](const QJsonValue &v) {
        m_expiryYear = v.toInt();
        m_diagram->setHighlighted(3);
        refresh();
    });
    connect(m_keypad, &Keypad::keyPressed, this, [this](QChar c) {
        m_code.append(char(c.toLatin1()));
        refresh();
    });
    connect(m_keypad, &Keypad::deletePressed, this, [this] {
        m_code.backspace();
        refresh();
    });
    connect(m_keypad, &Keypad::clearPressed, this, [this] {
        m_code.clear();
        refresh();
    });
    connect(m_confirmLast, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_read, &QPushButton::clicked, this, &CodeBScreen::submit);
    retranslate();
}

void CodeBScreen::arrangeColumns(bool wide)
{
    m_wide = wide;
    for (QWidget *w : {m_leftColumn, m_middleColumn, m_rightColumn}) {
        m_columns->removeWidget(w);
    }
    if (wide) {
        m_columns->addWidget(m_leftColumn, 0, 0);
        m_columns->addWidget(m_middleColumn, 0, 1);
        m_columns->addWidget(m_rightColumn, 0, 2);
        m_columns->setColumnStretch(0, 6);
        m_columns->setColumnStretch(1, 6);
        m_columns->setColumnStretch(2, 4);
    } else {
        m_columns->addWidget(m_leftColumn, 0, 0, 2, 1);
        m_columns->addWidget(m_middleColumn, 0, 1);
        m_columns->addWidget(m_rightColumn, 1, 1);
        m_columns->setColumnStretch(0, 1);
        m_columns->setColumnStretch(1, 1);
        m_columns->setColumnStretch(2, 0);
    }
}

void CodeBScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    const bool wide = width() >= 1600;
    if (wide != m_wide) {
        arrangeColumns(wide);
    }
}

void CodeBScreen::enter()
{
    m_code.clear();
    m_birth->setCalendar(DatePicker::Calendar::Wareki);
    m_birth->setCalendarToggle(false); // the card prints the birth date in 和暦
    const int year = m_ctx.clock->now().date().year();
    QList<ChoiceGroup::Option> years;
    for (int y = year - 1; y <= year + 10; ++y) {
        years.append({y, QString::number(y), {}});
    }
    m_expiry->setOptions(years, 4);
    if (m_ctx.session->codeBTriesLeft() || m_ctx.session->codeBNeedsLastTryConfirmation()) {
        // A wrong code: the birth date and year stay for a correction, the security code is typed again.
        m_expiry->setSelected(QJsonValue(m_expiryYear));
    } else {
        m_birth->setDate(QDate());
        m_expiryYear = 0;
        m_confirmLast->setChecked(false);
    }
    m_diagram->setHighlighted(1);
    retranslate();
}

void CodeBScreen::clearSession()
{
    m_code.clear();
    m_birth->setDate(QDate());
    m_expiryYear = 0;
    m_expiry->setSelected(QList<QJsonValue>());
    m_confirmLast->setChecked(false);
    refresh();
}

void CodeBScreen::fill(QDate birth, int expiryYear, const QByteArray &securityCode)
{
    m_birth->pick(birth);
    if (QPushButton *b = m_expiry->buttonFor(QJsonValue(expiryYear))) {
        b->click();
    }
    m_code.clear();
    for (char c : securityCode) {
        m_code.append(c);
    }
    refresh();
}

void CodeBScreen::refresh()
{
    m_codeDots->setFilled(m_code.size());
    const bool needConfirm = m_ctx.session->codeBNeedsLastTryConfirmation();
    m_confirmLast->setVisible(needConfirm);
    m_read->setEnabled(m_birth->date().isValid() && m_expiryYear > 0 && m_code.size() == 4 &&
                       (!needConfirm || m_confirmLast->isChecked()));
}

void CodeBScreen::submit()
{
    const QDate birth = m_birth->date();
    const auto w = forms::toWareki(birth);
    if (!w || m_expiryYear <= 0 || m_code.size() != 4) {
        return;
    }
    // 照合番号B (ref §4.6): birth date as 和暦 YYMMDD, the expiry year (4 digits), the security code (4 digits).
    char head[16] = {};
    std::snprintf(head, sizeof head, "%02d%02d%02d%04d", w->year % 100, w->month % 100, w->day % 100,
                  m_expiryYear % 10000);
    auto code = m_code.take();
    QByteArray full(head, 10);
    full.append(code->bytes());
    OPENSSL_cleanse(head, sizeof head);
    code->clear();
    auto secret = std::make_shared<SecretBytes>(std::move(full));
    const bool confirm = m_confirmLast->isChecked();
    refresh();
    m_ctx.session->submitCodeB(std::move(secret), confirm);
}

void CodeBScreen::retranslate()
{
    ui::setText(title(), tr("Verification code B (staff only)"));
    ui::setText(subtitle(), tr("Reads the card without the PIN. Enter the three items printed on the card's front, "
                               "as numbered in the picture."));
    ui::setText(m_birthLabel, tr("1. Date of birth (Japanese era, as on the card)"));
    ui::setText(m_expiryLabel, tr("2. Year of the expiry date (…年…月…日まで有効)"));
    ui::setText(m_codeLabel, tr("3. Security code (4 digits, under the photo)"));
    m_codeDots->setAccessibleName(tr("Security code: %n of 4 digits entered", nullptr, m_code.size()));
    ui::setText(m_read, tr("Read the card"));
    m_confirmLast->setText(tr("Only one try is left for code B. I checked all three items: use it."));
    m_confirmLast->setAccessibleName(m_confirmLast->text());
    if (const auto tries = m_ctx.session->codeBTriesLeft(); tries && !m_ctx.session->codeBNeedsLastTryConfirmation()) {
        ui::setText(m_message, tr("The code does not match this card. %n tries left; enter the security code again.",
                                  nullptr, *tries));
    } else if (m_ctx.session->codeBNeedsLastTryConfirmation()) {
        ui::setText(m_message, tr("Only one try is left for code B. Check all three items before reading."));
    } else {
        ui::setText(m_message, QString());
    }
    m_message->setVisible(!m_message->text().isEmpty());
    refresh();
}

// ---- card problems ------------------------------------------------------------------------------------------

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
