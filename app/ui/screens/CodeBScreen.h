#pragma once

#include "app/core/PinBuffer.h"
#include "app/ui/screens/Screen.h"
#include "app/ui/widgets/DatePicker.h"

#include <QDate>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace kakanai::kiosk {

class CardFaceDiagram;
class ChoiceGroup;
class Keypad;
class PinDots;

// 照合番号B, staff only: the card face pictured, birth date as the card prints it (和暦 or 西暦), expiry year,
// security code.
class CodeBScreen final : public Screen
{
    Q_OBJECT
public:
    CodeBScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

    // For tests: fills the three parts as staff would, the birth date in the calendar the card face prints.
    void fill(QDate birth, int expiryYear, const QByteArray &securityCode,
              DatePicker::Calendar calendar = DatePicker::Calendar::Wareki);

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

} // namespace kakanai::kiosk
