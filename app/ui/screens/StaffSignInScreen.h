#pragma once

#include "app/core/PinBuffer.h"
#include "app/core/StaffAccounts.h"
#include "app/ui/screens/Screen.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace kakanai::kiosk {

class ChoiceGroup;
class Keypad;
class PinDots;

// Staff sign-in: staff id and PIN (keypad or keyboard), and the authenticator's code when the city turned the second
// factor on (kiosk/staff_second_factor=totp); failures counted, lockout explained.
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
    // The audit trail's entry of a refused sign-in (a success is recorded by the session).
    void recordSignIn(StaffAuthenticator::Outcome outcome);
    void refresh();
    enum class Target
    {
        Id,
        Pin,
        Code,
    };
    void setKeypadTarget(Target target);
    bool needsCode() const;
    PinBuffer m_pin;
    PinBuffer m_code; // the authenticator's 6 digits (second factor)
    QLineEdit *m_id;
    QString m_attemptedId; // the id of the sign-in being checked, for the audit trail
    ChoiceGroup *m_target;
    QLabel *m_targetLabel;
    PinDots *m_dots;
    PinDots *m_codeDots;
    QLabel *m_codeLabel;
    Keypad *m_keypad;
    QLabel *m_idLabel;
    QLabel *m_pinLabel;
    QLabel *m_message;
    QPushButton *m_signIn;
    QPushButton *m_back;
    Target m_keypadTarget = Target::Pin;
};

} // namespace kakanai::kiosk
