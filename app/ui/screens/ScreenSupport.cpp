#include "app/ui/screens/ScreenSupport.h"

#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/core/PinBuffer.h"
#include "app/ui/KioskContext.h"
#include "app/ui/Ui.h"

#include "forms/Address.h"
#include "forms/LifeEvents.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace kakanai::kiosk {

QScrollArea *touchScrollArea(QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // A finger on the touchscreen drags the page (touch events only: taps and the mouse reach the buttons at
    // once, without the press delay a mouse-driven scroller adds).
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    return scroll;
}

QString cityName(const KioskConfig &config)
{
    const QString configured = config.municipality.trimmed();
    if (configured.isEmpty()) {
        return {};
    }
    const QString name = forms::AddressSplitter().split(configured).municipality;
    return name.isEmpty() ? configured : name;
}

QString lifeEventTitle(const KioskContext &context, const QString &eventId, const QString &language)
{
    const QString city = cityName(*context.config);
    if (!city.isEmpty()) {
        if (eventId == QLatin1String("moving_in")) {
            return QCoreApplication::translate("ProcedureScreen", "Moved to %1 from another municipality").arg(city);
        }
        if (eventId == QLatin1String("moving_within")) {
            return QCoreApplication::translate("ProcedureScreen", "Moved within %1").arg(city);
        }
        if (eventId == QLatin1String("moving_out")) {
            return QCoreApplication::translate("ProcedureScreen", "Moving out of %1 to another municipality").arg(city);
        }
    }
    const forms::LifeEvent *event = context.navigator->event(eventId);
    return event ? datatext::text(event->title, language) : QString();
}

QString feeText(const forms::FormFee &fee)
{
    return QCoreApplication::translate("ReviewScreen", "Fee: %1 × %2 = %3")
        .arg(forms::formatYen(fee.perCopy))
        .arg(fee.copies)
        .arg(forms::formatYen(fee.amount));
}

QString feeTotalText(qint64 total)
{
    return QCoreApplication::translate("ReviewScreen", "Fee to pay at the counter: %1").arg(forms::formatYen(total));
}

QString integrityText(const KioskSession &s)
{
    if (s.readWithCodeB()) {
        return QCoreApplication::translate("ReviewScreen", "Read with the verification code B by staff.");
    }
    switch (s.integrity()) {
    case card::IntegrityStatus::Verified:
        return QCoreApplication::translate("ReviewScreen", "The card's data is genuine: its signature was checked.");
    case card::IntegrityStatus::NotVerifiable:
        return QCoreApplication::translate("ReviewScreen",
                                           "The card's signature was not checked on this kiosk (no key set up).");
    case card::IntegrityStatus::Failed:
        break;
    }
    return QCoreApplication::translate("ReviewScreen", "The card's data failed its check.");
}

QVBoxLayout *noticeBox(QWidget *parent, const char *role, StatusIcon::Kind kind, QVBoxLayout *into, StatusIcon **icon)
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

} // namespace kakanai::kiosk
