#include "outbox/RequestDocument.h"

#include "outbox/BackofficeLogging.h"

#include "forms/JsonSchema.h"
#include "forms/Request.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace kakanai::backoffice {

namespace {

const QString SchemaResource = QStringLiteral(":/kakanai/schema/request.schema.json");

BackofficeError invalid(const QString &detail)
{
    return BackofficeError::make(BackofficeErrorCode::InvalidRequest, detail);
}

// PostgreSQL's jsonb refuses the escaped NUL ("unsupported Unicode escape sequence"): such a request could never be
// delivered, so it is refused before it is acknowledged.
bool containsNul(const QJsonValue &v)
{
    if (v.isString()) {
        return v.toString().contains(QChar(u'\0'));
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &x) { return containsNul(x); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().contains(QChar(u'\0')) || containsNul(it.value())) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

RequestValidator::RequestValidator()
{
    QFile f(SchemaResource);
    if (!f.open(QIODevice::ReadOnly)) {
        qCCritical(lcOutbox, "request schema %s missing from the build", qPrintable(SchemaResource));
        return;
    }
    auto schema = forms::JsonSchema::load(f.readAll(), SchemaResource);
    if (!schema) {
        qCCritical(lcOutbox, "request schema does not load: %s", qPrintable(schema.error().detail));
        return;
    }
    m_schema = std::make_unique<forms::JsonSchema>(std::move(*schema));
}

RequestValidator::~RequestValidator() = default;
RequestValidator::RequestValidator(RequestValidator &&) noexcept = default;
RequestValidator &RequestValidator::operator=(RequestValidator &&) noexcept = default;

bool RequestValidator::isReady() const
{
    return m_schema != nullptr;
}

Result<RequestMeta> RequestValidator::inspect(const QJsonObject &request) const
{
    if (!m_schema) {
        return BackofficeError::make(BackofficeErrorCode::Internal, QStringLiteral("request schema not loaded"));
    }
    const QList<forms::SchemaViolation> violations = m_schema->validate(request);
    if (!violations.isEmpty()) {
        const forms::SchemaViolation &v = violations.first();
        return invalid(QStringLiteral("schema: %1 at '%2' (%3 violation(s))")
                           .arg(v.keyword, v.instancePath.isEmpty() ? QStringLiteral("/") : v.instancePath)
                           .arg(violations.size()));
    }
    if (containsNul(request)) {
        return invalid(QStringLiteral("a string holds U+0000, which the intake database cannot store"));
    }
    // The header is read where every reader of a Request reads it (forms::readRequestHeader); the outbox needs no
    // forms catalog, so the forms themselves are left to the schema check above.
    auto header = forms::readRequestHeader(request);
    if (!header) {
        return invalid(QStringLiteral("header: %1 at '%2'").arg(header.error().detail, header.error().field));
    }
    RequestMeta meta;
    meta.requestId = header->requestId;
    meta.receiptNumber = header->receiptNumber;
    meta.kioskId = header->kioskId;
    meta.procedureKind = header->procedureKind;
    meta.procedureId = header->procedureId;
    // As the document says it: the intake stores the kiosk's own text (offset and milliseconds kept).
    meta.createdAt = request.value(QLatin1String("created_at")).toString();
    meta.schemaVersion = header->schemaVersion;
    return meta;
}

Result<RequestMeta> RequestValidator::inspectJson(const QByteArray &json, QJsonObject *parsed) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return invalid(QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject()) {
        return invalid(QStringLiteral("not a JSON object"));
    }
    const QJsonObject object = doc.object();
    auto meta = inspect(object);
    if (meta && parsed) {
        *parsed = object;
    }
    return meta;
}

} // namespace kakanai::backoffice
