#include "printer/RenderContext.h"

#include "forms/Expression.h"
#include "forms/Wareki.h"

namespace kakanai::printer::layout {

QString warekiDateTime(const QDateTime &at, const PrintTexts &texts)
{
    return forms::formatWareki(at.date()) + QStringLiteral("（") +
           texts.ja(QStringLiteral("weekday.%1").arg(at.date().dayOfWeek())) + QStringLiteral("）") +
           at.time().toString(QStringLiteral("HH:mm"));
}

QString gregorianDateTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateText(const QString &isoDate)
{
    const QDate date = forms::parseIsoDate(isoDate); // the date parser of the rules: paper reads dates alike
    const QString wareki = date.isValid() ? forms::formatWareki(date) : QString();
    if (wareki.isEmpty()) {
        return isoDate;
    }
    return wareki + QStringLiteral("（") + isoDate + QStringLiteral("）");
}

QString postalText(const QString &value)
{
    QString digits;
    for (const QChar c : value) {
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue());
        }
    }
    if (digits.size() == 7) {
        return QStringLiteral("〒") + digits.left(3) + QLatin1Char('-') + digits.mid(3);
    }
    return QStringLiteral("〒") + value;
}

Status drawQr(Canvas &canvas, const QrPayload &payload, const QRectF &mm)
{
    auto code = QrCode::encode(payload.encode(), QrCode::Ecc::M);
    if (!code) {
        return code.error();
    }
    // Four modules of quiet zone on every side, as ISO/IEC 18004 asks.
    const qreal module = mm.width() / (code->size() + 8);
    canvas.qr(*code, QRectF(mm.x() + 4 * module, mm.y() + 4 * module, module * code->size(), module * code->size()));
    return Done{};
}

} // namespace kakanai::printer::layout
