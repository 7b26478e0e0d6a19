#include "app/ui/screens/CodeBScreen.h"

#include "app/core/CodeB.h"
#include "app/core/KioskSession.h"
#include "app/ui/Ui.h"
#include "app/ui/widgets/CardFaceDiagram.h"
#include "app/ui/widgets/ChoiceGroup.h"
#include "app/ui/widgets/DatePicker.h"
#include "app/ui/widgets/Keypad.h"
#include "app/ui/widgets/PinDots.h"
#include "common/Clock.h"

#include "forms/Wareki.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

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
    // As the card face prints it: 和暦 on a Japanese national's card, 西暦 on many foreign residents' cards. Staff
    // switch the picker to match, and the code is built in that form (codeBFromCardFace).
    m_birth->setCalendarToggle(true);
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
        m_birth->setCalendar(DatePicker::Calendar::Wareki);
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

void CodeBScreen::fill(QDate birth, int expiryYear, const QByteArray &securityCode, DatePicker::Calendar calendar)
{
    m_birth->setCalendar(calendar);
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
    if (m_expiryYear <= 0 || m_code.size() != 4) {
        return;
    }
    const CodeBBirthYear form =
        m_birth->calendar() == DatePicker::Calendar::Wareki ? CodeBBirthYear::Wareki : CodeBBirthYear::Western;
    auto code = m_code.take();
    std::optional<SecretBytes> built = codeBFromCardFace(m_birth->date(), form, m_expiryYear, code->bytes());
    code->clear();
    if (!built) {
        refresh();
        return;
    }
    auto secret = std::make_shared<SecretBytes>(std::move(*built));
    const bool confirm = m_confirmLast->isChecked();
    refresh();
    m_ctx.session->submitCodeB(std::move(secret), confirm);
}

void CodeBScreen::retranslate()
{
    ui::setText(title(), tr("Verification code B (staff only)"));
    ui::setText(subtitle(), tr("Reads the card without the PIN. Enter the three items printed on the card's front, "
                               "as numbered in the picture."));
    ui::setText(m_birthLabel, tr("1. Date of birth, as printed on the card (Japanese era or Western year)"));
    ui::setText(m_expiryLabel, tr("2. Year of the expiry date (…年…月…日まで有効)"));
    ui::setText(m_codeLabel, tr("3. Security code (4 digits, under the photo)"));
    m_codeDots->setAccessibleName(ui::plain(tr("Security code: %n of 4 digits entered", nullptr, m_code.size())));
    ui::setText(m_read, tr("Read the card"));
    m_confirmLast->setText(ui::plain(tr("Only one try is left for code B. I checked all three items: use it.")));
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

} // namespace kakanai::kiosk
