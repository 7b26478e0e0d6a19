#pragma once

#include "FormInstance.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// The Request: one self-contained, versioned JSON document per form or per life event (holding several forms),
// which the outbox queues and the back office imports. Its JSON Schema is resources/schema/request.schema.json;
// RequestSchemaVersion changes with it.
namespace kakanai::forms {

inline constexpr int RequestSchemaVersion = 1;

// A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Time-ordered, so the outbox
// and the intake table index it well; it is also the idempotency key of delivery. `random` returns 64 random bits
// per call (QRandomGenerator::system() by default; tests inject a fixed source).
QString uuidV7(qint64 unixMillis, const std::function<quint64()> &random = {});

struct RequestOptions
{
    QString kioskId;
    QDateTime createdAt;   // with its UTC offset; the kiosk's local time
    QString lifeEvent;     // the life event id when the request holds that event's forms
    QString cardIntegrity; // "verified", "not_verifiable", "failed" (from the card read); empty when no card
    std::function<quint64()> random;
};

struct RequestForm
{
    const FormInstance *instance = nullptr;
    QList<ValidationIssue> warnings; // issues of severity warning, carried for the back office
};

// Builds the request. Values of fields that do not apply (applies_when false) are left out; the individual number
// appears only in fields of type individual_number of forms whose definition asks for it, and nowhere else.
QJsonObject buildRequest(const QList<RequestForm> &forms, const FormContext &context, const RequestOptions &options);

} // namespace kakanai::forms
