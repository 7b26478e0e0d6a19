#pragma once

#include "common/Expected.h"

#include "common/Error.h"

#include <QMetaType>
#include <QString>

namespace kakanai::forms {

Q_NAMESPACE

// Every way the forms library can fail outside of form validation (which reports ValidationIssue lists). The
// library never builds user-facing sentences: the UI maps the code (or messageCode) to translated text, and the
// `file`/`field`/`detail` members give IT staff the technical context of a broken definition or data file.
enum class FormsErrorCode
{
    FileNotFound,       // a definition, table or database file is missing
    FileUnreadable,     // present but cannot be read
    InvalidJson,        // not JSON at all; detail holds the parser's offset
    InvalidDefinition,  // JSON, but breaks the definition format; field names the offending path
    DuplicateId,        // two definitions share an id
    UnknownForm,        // no form with the requested id
    UnknownLifeEvent,   // no life event with the requested id
    InvalidAnswers,     // an answers or resident document that does not fit the form
    InvalidDate,        // a date text that does not parse or does not exist
    DateOutsideEra,     // a 和暦 date past the end (or before the start) of its era
    UnsupportedDate,    // a Gregorian date before 明治 (1868-01-25)
    InvalidPostalCode,  // not 7 digits after normalisation
    DatabaseError,      // SQLite refused (detail holds the driver's text, never personal data)
    DatabaseOutdated,   // a postal database of another schema version
    InvalidTable,       // a postal source table that does not parse; detail holds the line number
    DecompressionError, // a gzip stream that zlib rejects
    UnknownEncoding,    // a KEN_ALL.CSV that is neither UTF-8 nor Shift_JIS
    InvalidRequest,     // a stored Request that breaks its schema or its forms' definitions; field: JSON pointer
};
Q_ENUM_NS(FormsErrorCode)

struct FormsError : kakanai::Error<FormsErrorCode, FormsErrorCode::InvalidDefinition>
{
    QString file;  // the data file concerned, when there is one
    QString field; // path inside it ("fields[3].type", "rules[0].check.le[1]"), or a form field path

    static FormsError make(FormsErrorCode code, QString file = {}, QString field = {}, QString detail = {})
    {
        FormsError e;
        e.code = code;
        e.file = std::move(file);
        e.field = std::move(field);
        e.detail = std::move(detail);
        return e;
    }

    // The message code the UI translates ("forms.error.invalid_definition").
    QString messageCode() const { return QStringLiteral("forms.error.") + codeName(); }
    // "invalid_definition file=tennyu.json field=fields[2].type: unknown type 'txt'" for logs and start-up errors.
    QString toLogString() const;
};

template<typename T>
using Result = kakanai::Expected<T, FormsError>;
using Done = kakanai::Done;
using Status = Result<Done>;
using kakanai::success;

} // namespace kakanai::forms

Q_DECLARE_METATYPE(kakanai::forms::FormsError)
