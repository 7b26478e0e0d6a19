#include "forms/FormsError.h"

namespace kakanai::forms {

QString formsErrorCodeName(FormsErrorCode code)
{
    switch (code) {
    case FormsErrorCode::FileNotFound:
        return QStringLiteral("file_not_found");
    case FormsErrorCode::FileUnreadable:
        return QStringLiteral("file_unreadable");
    case FormsErrorCode::InvalidJson:
        return QStringLiteral("invalid_json");
    case FormsErrorCode::InvalidDefinition:
        return QStringLiteral("invalid_definition");
    case FormsErrorCode::DuplicateId:
        return QStringLiteral("duplicate_id");
    case FormsErrorCode::UnknownForm:
        return QStringLiteral("unknown_form");
    case FormsErrorCode::UnknownLifeEvent:
        return QStringLiteral("unknown_life_event");
    case FormsErrorCode::InvalidAnswers:
        return QStringLiteral("invalid_answers");
    case FormsErrorCode::InvalidDate:
        return QStringLiteral("invalid_date");
    case FormsErrorCode::DateOutsideEra:
        return QStringLiteral("date_outside_era");
    case FormsErrorCode::UnsupportedDate:
        return QStringLiteral("unsupported_date");
    case FormsErrorCode::InvalidPostalCode:
        return QStringLiteral("invalid_postal_code");
    case FormsErrorCode::DatabaseError:
        return QStringLiteral("database_error");
    case FormsErrorCode::DatabaseOutdated:
        return QStringLiteral("database_outdated");
    case FormsErrorCode::InvalidTable:
        return QStringLiteral("invalid_table");
    case FormsErrorCode::DecompressionError:
        return QStringLiteral("decompression_error");
    case FormsErrorCode::UnknownEncoding:
        return QStringLiteral("unknown_encoding");
    case FormsErrorCode::InvalidRequest:
        return QStringLiteral("invalid_request");
    }
    return QStringLiteral("unknown");
}

QString FormsError::codeName() const
{
    return formsErrorCodeName(code);
}

QString FormsError::toLogString() const
{
    QString out = codeName();
    if (!file.isEmpty()) {
        out += QStringLiteral(" file=") + file;
    }
    if (!field.isEmpty()) {
        out += QStringLiteral(" field=") + field;
    }
    if (!detail.isEmpty()) {
        out += QStringLiteral(": ") + detail;
    }
    return out;
}

} // namespace kakanai::forms
