#include "common/Error.h"

namespace kakanai {

QString snakeCaseName(const char *camelCase)
{
    QString out;
    for (const char *p = camelCase; p && *p; ++p) {
        const char c = *p;
        if (c >= 'A' && c <= 'Z') {
            if (p != camelCase) {
                out += QLatin1Char('_');
            }
            out += QLatin1Char(static_cast<char>(c - 'A' + 'a'));
        } else {
            out += QLatin1Char(c);
        }
    }
    return out;
}

QString errorLogLine(const QString &codeName, std::initializer_list<ErrorContext> context, const QString &detail)
{
    QString line = codeName;
    for (const auto &[name, value] : context) {
        if (!value.isEmpty()) {
            line += QLatin1Char(' ') + QLatin1String(name) + QLatin1Char('=') + value;
        }
    }
    if (!detail.isEmpty()) {
        line += QStringLiteral(": ") + detail;
    }
    return line;
}

} // namespace kakanai
