#pragma once

#include "PinBuffer.h"
#include "Screen.h"

#include <QJsonValue>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kakanai::kiosk {

class CardFaceDiagram;
class ChoiceGroup;
class DatePicker;
class Keypad;
class PinDots;
class ReaderIllustration;
class Spinner;

// Idle: place the card; the language; the reader's state in plain words.
class IdleScreen final : public Screen
{
    Q_OBJECT
public:
    IdleScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;
    void refreshReader();

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    ReaderIllustration *m_picture;
    QLabel *m_reader;
    QLabel *m_languageLabel;
    QLabel *m_sinkNotice;
    QPushButton *m_start;
    QList<QPushButton *> m_languageButtons;
};

// Checking the card, reading it, saving the request: a spinner and what is happening.
class BusyScreen final : public Screen
{
    Q_OBJECT
public:
    BusyScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    Spinner *m_spinner;
    QLabel *m_text;
};

// The PIN: tries left shown before the first digit, a large keypad, dots for digits.
class PinScreen final : public Screen
{
    Q_OBJECT
public:
    PinScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;
    int digitsEntered() const { return m_pin.size(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void submit();
    PinBuffer m_pin;
    PinDots *m_dots;
    Keypad *m_keypad;
    QLabel *m_tries;
    QLabel *m_message;
    QLabel *m_privacy;
    QPushButton *m_ok;
    QPushButton *m_codeB;
    QPushButton *m_back;
};

// One try left: a separate confirmation before the keypad.
class LastTryScreen final : public Screen
{
    Q_OBJECT
public:
    LastTryScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QLabel *m_advice;
    QPushButton *m_continue;
    QPushButton *m_codeB;
    QPushButton *m_back;
};

// A blocked PIN: what happened and where to reset it.
class BlockedScreen final : public Screen
{
    Q_OBJECT
public:
    BlockedScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QLabel *m_where;
    QLabel *m_next;
    QPushButton *m_codeB;
    QPushButton *m_back;
};

// Staff sign-in: staff id and PIN (keypad or keyboard), failures counted, lockout explained.
class StaffSignInScreen final : public Screen
{
    Q_OBJECT
public:
    StaffSignInScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void signIn();
    void refresh();
    void setKeypadTarget(bool pin);
    PinBuffer m_pin;
    QLineEdit *m_id;
    ChoiceGroup *m_target;
    QLabel *m_targetLabel;
    PinDots *m_dots;
    Keypad *m_keypad;
    QLabel *m_idLabel;
    QLabel *m_pinLabel;
    QLabel *m_message;
    QPushButton *m_signIn;
    QPushButton *m_back;
    bool m_keypadForPin = true;
};

// 照合番号B, staff only: the card face pictured, birth date in 和暦, expiry year, security code.
class CodeBScreen final : public Screen
{
    Q_OBJECT
public:
    CodeBScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

    // For tests: fills the three parts as staff would.
    void fill(QDate birth, int expiryYear, const QByteArray &securityCode);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void submit();
    void arrangeColumns(bool wide);
    QGridLayout *m_columns;
    QWidget *m_leftColumn;
    QWidget *m_middleColumn;
    QWidget *m_rightColumn;
    bool m_wide = true;
    CardFaceDiagram *m_diagram;
    DatePicker *m_birth;
    ChoiceGroup *m_expiry;
    PinBuffer m_code;
    PinDots *m_codeDots;
    Keypad *m_keypad;
    QLabel *m_birthLabel;
    QLabel *m_expiryLabel;
    QLabel *m_codeLabel;
    QLabel *m_message;
    QCheckBox *m_confirmLast;
    QPushButton *m_read;
    QPushButton *m_back;
    int m_expiryYear = 0;
};

// The card could not be used: why, in plain words, and what to do.
class CardProblemScreen final : public Screen
{
    Q_OBJECT
public:
    CardProblemScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace kakanai::kiosk
