#include "printer/QrPayload.h"

#include <QList>
#include <QRegularExpression>

namespace kakanai::printer {

namespace {

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    return re;
}

const QRegularExpression &idPattern()
{
    // anchoredPattern: "$" alone would also match before a final newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]*")));
    return re;
}

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '~' || c == '-';
}

QByteArray escape(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (unreserved(c)) {
            out.append(c);
        } else {
            out.append('%');
            out.append(QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0'));
        }
    }
    return out;
}

std::optional<QString> unescape(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '%') {
            // Exactly two upper-case hex digits, as escape() writes them (toInt would also take "+1" or " 1").
            auto hex = [](char h) { return (h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'); };
            if (i + 2 >= text.size() || !hex(text.at(i + 1)) || !hex(text.at(i + 2))) {
                return std::nullopt;
            }
            const int v = text.mid(i + 1, 2).toInt(nullptr, 16);
            out.append(char(v));
            i += 2;
        } else if (unreserved(c)) {
            out.append(c);
        } else {
            return std::nullopt;
        }
    }
    const QString decoded = QString::fromUtf8(out);
    if (decoded.isEmpty() || decoded.toUtf8() != out) {
        return std::nullopt; // not UTF-8
    }
    return decoded;
}

constexpr const char *TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

} // namespace

QByteArray QrPayload::encode() const
{
    QByteArray out = "KKN1:";
    out += requestId.toLatin1() + ':' + escape(kioskId) + ':' + procedureKind.toLatin1() + '.' +
           procedureId.toLatin1() + ':' + created.toUTC().toString(QLatin1String(TimeFormat)).toLatin1();
    if (!formId.isEmpty()) {
        out += ':' + formId.toLatin1();
    }
    return out;
}

std::optional<QrPayload> QrPayload::parse(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if ((parts.size() != 5 && parts.size() != 6) || parts.at(0) != "KKN1") {
        return std::nullopt;
    }
    QrPayload p;
    p.requestId = QString::fromLatin1(parts.at(1));
    if (!uuidPattern().match(p.requestId).hasMatch()) {
        return std::nullopt;
    }
    auto kiosk = unescape(parts.at(2));
    if (!kiosk) {
        return std::nullopt;
    }
    p.kioskId = *kiosk;
    const QByteArray &procedure = parts.at(3);
    const qsizetype dot = procedure.indexOf('.');
    p.procedureKind = QString::fromLatin1(procedure.left(dot));
    p.procedureId = QString::fromLatin1(procedure.mid(dot + 1));
    if (dot < 0 || (p.procedureKind != QLatin1String("form") && p.procedureKind != QLatin1String("life_event")) ||
        !idPattern().match(p.procedureId).hasMatch()) {
        return std::nullopt;
    }
    const QString time = QString::fromLatin1(parts.at(4));
    static const QRegularExpression timePattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{8}T[0-9]{6}Z")));
    const QDate date = QDate::fromString(time.left(8), QStringLiteral("yyyyMMdd"));
    const QTime clock = QTime::fromString(time.mid(9, 6), QStringLiteral("HHmmss"));
    if (!timePattern.match(time).hasMatch() || !date.isValid() || !clock.isValid()) {
        return std::nullopt;
    }
    p.created = QDateTime(date, clock, Qt::UTC);
    if (parts.size() == 6) {
        p.formId = QString::fromLatin1(parts.at(5));
        if (!idPattern().match(p.formId).hasMatch()) {
            return std::nullopt;
        }
    }
    // Only the exact text the printer writes: one spelling per payload. The checks above let through other
    // spellings of the same values (a "$" that matches before a trailing newline, "%2d" for "-", lower-case or
    // needless escapes, "%+1"), which a reader would then treat as a different payload than the page carries.
    if (p.encode() != text) {
        return std::nullopt;
    }
    return p;
}

} // namespace kakanai::printer
