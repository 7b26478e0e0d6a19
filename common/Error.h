#pragma once

#include <QMetaEnum>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

namespace kakanai {

// "IntakeUnavailable" → "intake_unavailable". Error codes are named once, as their enumerators; this derives the
// stable name that logs, JSON, the exit status texts and the UI's translation tables use.
QString snakeCaseName(const char *camelCase);

// The stable name of a code of any error enum declared with Q_ENUM_NS. "unknown" for a value outside the enum.
template<typename Code>
QString errorCodeName(Code code)
{
    const QMetaEnum meta = QMetaEnum::fromType<Code>();
    const char *key = meta.valueToKey(static_cast<int>(code));
    return key ? snakeCaseName(key) : QStringLiteral("unknown");
}

// The inverse of errorCodeName, for codes read back from storage or JSON; nothing for a name of no code.
template<typename Code>
std::optional<Code> errorCodeFromName(const QString &name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Code>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (snakeCaseName(meta.key(i)) == name) {
            return static_cast<Code>(meta.value(i));
        }
    }
    return std::nullopt;
}

// One log field of an error's context ("field", "intake/sslkey"); empty values are left out of the line.
using ErrorContext = std::pair<const char *, QString>;

// "invalid_configuration printer=counter field=printer/dpi: out of range": the one layout of an error's log line.
QString errorLogLine(const QString &codeName, std::initializer_list<ErrorContext> context, const QString &detail);

// The one shape of the libraries' errors (card::CardError, forms::FormsError, printer::PrintError,
// backoffice::BackofficeError): a code from the module's own enum (declared with Q_ENUM_NS, so its name is derived,
// never tabled by hand) and technical detail for logs; each module adds the context its callers need (a status
// word, a file, a configuration key, a CUPS queue). Libraries never put user-facing sentences or personal data in
// an error: the UI turns the code into a translated sentence.
template<typename Code, Code Default>
struct Error
{
    Code code = Default;
    QString detail; // technical context for logs; never personal data

    // A stable identifier for logs, JSON and the UI's translation tables ("wrong_pin", "intake_unavailable", …).
    QString codeName() const { return errorCodeName(code); }
};

} // namespace kakanai
