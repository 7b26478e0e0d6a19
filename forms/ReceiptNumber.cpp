#include "forms/ReceiptNumber.h"

#include <QRegularExpression>

namespace kakanai::forms {

QString receiptPrefixAlphabet()
{
    return QStringLiteral("ACDEFHJKLMNPRTUVWXY");
}

QString receiptNumberPattern()
{
    // The sequence part admits exactly the canonical spellings: 001–099 with their padding, 100–99999 without.
    return QStringLiteral("^[ACDEFHJKLMNPRTUVWXY]{1,3}-(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2,4})$");
}

bool isReceiptPrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.size() > 3) {
        return false;
    }
    const QString alphabet = receiptPrefixAlphabet();
    for (QChar c : prefix) {
        if (!alphabet.contains(c)) {
            return false;
        }
    }
    return true;
}

bool isReceiptNumber(const QString &number)
{
    // anchoredPattern: \A…\z, so a trailing newline does not slip through as it would with a bare "$".
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(receiptNumberPattern().mid(1, receiptNumberPattern().size() - 2)));
    return re.match(number).hasMatch();
}

QString formatReceiptNumber(const QString &prefix, int sequence)
{
    if (!isReceiptPrefix(prefix) || sequence < 1 || sequence > MaxReceiptSequence) {
        return QString();
    }
    return prefix + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

} // namespace kakanai::forms
