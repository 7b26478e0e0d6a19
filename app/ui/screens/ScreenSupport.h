#pragma once

#include "app/ui/widgets/StatusIcon.h"

#include "forms/Fees.h"

#include <QString>

class QKeyEvent;
class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace kakanai::kiosk {

class KioskSession;
class PinBuffer;
struct KioskConfig;
struct KioskContext;

// Helpers several screens share, in one place (each screen has a file of its own).

// A scroll area for the touchscreen: no frame, no horizontal bar, dragged by a finger.
QScrollArea *touchScrollArea(QWidget *parent);

// The card's integrity in plain words (the review's card panel, the procedure badge, the staff confirmation).
QString integrityText(const KioskSession &s);

// The kiosk's municipality as people say it: 港区 for kiosk/municipality 東京都港区; empty when none is configured.
QString cityName(const KioskConfig &config);
// A life event's name on screen: the moves with the city's own name (「港区内で引っ越した」 rather than
// 「市区町村内で引っ越した」), any other event (or without a configured city) as its data names it.
QString lifeEventTitle(const KioskContext &context, const QString &eventId, const QString &language);

// 手数料 as the Request carries it (forms::feeOf over the city's fees.json): "Fee: ¥300 × 2 = ¥600" for one form,
// and the total to pay.
QString feeText(const forms::FormFee &fee);
QString feeTotalText(qint64 total);

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
