#pragma once

#include "printer/Canvas.h"
#include "printer/FontSet.h"
#include "printer/PrintTexts.h"
#include "printer/PrintedRequest.h"
#include "printer/PrinterConfig.h"
#include "printer/QrCode.h"

#include <QColor>
#include <QDateTime>
#include <QString>

// What the layout code of forms, receipts and slips shares: fonts, texts, configuration, the second language, and
// small helpers (dates in 和暦 and Gregorian, bilingual headings, the QR block).
namespace kakanai::printer {

struct RenderContext
{
    const FontSet &fonts;
    const PrintTexts &texts;
    const PrinterConfig &config;
    QString language; // printed alongside Japanese where it helps; empty or "ja": Japanese only

    bool bilingual() const { return !language.isEmpty() && language != QLatin1String("ja"); }
    // The text of a key in the second language, or empty.
    QString second(const QString &key) const { return texts.in(key, language); }
    QString second(const forms::LocalisedText &text) const
    {
        return bilingual() ? text.byLanguage.value(language) : QString();
    }
};

namespace layout {

inline const QColor Grey(0x55, 0x55, 0x55);
inline const QColor LightGrey(0x99, 0x99, 0x99);
inline const QColor LabelFill(0xF2, 0xF2, 0xF2);
inline const QColor HeadingFill(0xE4, 0xE4, 0xE4);

// 令和7年4月10日（木）10:00
QString warekiDateTime(const QDateTime &at, const PrintTexts &texts);
// 2025-04-10 10:00
QString gregorianDateTime(const QDateTime &at);
// 昭和47年11月3日（1972-11-03）, or the text as is when it is not a date
QString dateText(const QString &isoDate);
// 〒100-0005
QString postalText(const QString &value);

// The QR code of a page: the payload encoded, drawn in `mm` (square, quiet zone included in the square).
Status drawQr(Canvas &canvas, const QrPayload &payload, const QRectF &mm);

} // namespace layout

} // namespace kakanai::printer
