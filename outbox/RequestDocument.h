#pragma once

#include "outbox/BackofficeError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace kakanai::forms {
class JsonSchema;
}

namespace kakanai::backoffice {

// What the outbox keeps in the clear about a request, to manage its queue: no personal data.
struct RequestMeta
{
    QString requestId;     // UUIDv7, the idempotency key
    QString receiptNumber; // 受付番号 ("A-007"); empty when the request carries none
    QString kioskId;
    QString procedureKind; // "form" or "life_event"
    QString procedureId;
    QString createdAt; // as the document says it (ISO 8601 with offset)
    int schemaVersion = 0;
};

// Checks request documents against resources/schema/request.schema.json (the one kakanai_forms embeds) before
// they are queued, so that the intake database only ever receives documents it can store.
class RequestValidator
{
public:
    RequestValidator();
    ~RequestValidator();
    RequestValidator(RequestValidator &&) noexcept;
    RequestValidator &operator=(RequestValidator &&) noexcept;

    bool isReady() const;
    // InvalidRequest names the JSON pointer and the schema keyword of the first violation, never a value.
    Result<RequestMeta> inspect(const QJsonObject &request) const;
    // The same for bytes (JSON text); also refuses what PostgreSQL's jsonb cannot store (U+0000 in a string).
    Result<RequestMeta> inspectJson(const QByteArray &json, QJsonObject *parsed = nullptr) const;

private:
    std::unique_ptr<forms::JsonSchema> m_schema;
};

} // namespace kakanai::backoffice
