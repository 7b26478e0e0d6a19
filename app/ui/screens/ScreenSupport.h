#pragma once

#include "app/ui/widgets/StatusIcon.h"

#include "forms/FormInstance.h"

#include <QString>

class QKeyEvent;
class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace kakanai::kiosk {

class KioskSession;
class PinBuffer;

// Helpers several screens share, in one place (each screen has a file of its own).

// A scroll area for the touchscreen: no frame, no horizontal bar, dragged by a finger.
QScrollArea *touchScrollArea(QWidget *parent);

// The card's integrity in plain words (the review's card panel, the procedure badge, the staff confirmation).
QString integrityText(const KioskSession &s);

// 手数料 as the Request will carry it (forms::feeOf, the city's fees.json): "Fee: ¥300 × 2 = ¥600" for one form,
// empty when the catalog has no fee for it; and the total of the session's forms, empty when a form has none.
QString feeText(const forms::FormInstance &form);
QString feeTotalText(const KioskSession &s);

// A notice box: a sign on the left, the texts on the right. Returns the layout the texts go into.
QVBoxLayout *noticeBox(QWidget *parent, const char *role, StatusIcon::Kind kind, QVBoxLayout *into,
                       StatusIcon **icon = nullptr);

// What a key press did to a PIN being entered (applyPinKey).
enum class PinKey
{
    Edited, // a digit added or removed
    Enter,
    Other,
};

// The hardware keys a PIN keypad also accepts (a staff keyboard at the counter): digits, Backspace, Enter.
PinKey applyPinKey(QKeyEvent *event, PinBuffer &pin);

} // namespace kakanai::kiosk
