#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kakanai::printer {

// What the QR code on every printed page carries: enough to find the request without the network, and nothing
// personal (no name, address, birth date, and never the individual number).
//
//   KKN1:<request id>:<kiosk id>:<kind>.<procedure id>:<created>[:<form id>]
//
//   KKN1           format tag and version; a reader refuses anything else
//   request id     the UUIDv7 of the request, lower case (the outbox and intake key)
//   kiosk id       the kiosk that took it; characters other than A–Z a–z 0–9 . _ ~ - are %XX-escaped (UTF-8)
//   kind           "form" or "life_event", then "." and the form or life-event id (form.juminhyo, life_event.moving_in)
//   created        request creation time in UTC, YYYYMMDDTHHMMSSZ (20250410T010000Z)
//   form id        on form pages only: which form of the request this page belongs to (tennyu)
//
// Example: KKN1:01961f3a-9b80-7c3e-8a1b-2f4e5d6c7b8a:chiyoda-01:form.juminhyo:20250410T010000Z:juminhyo
struct QrPayload
{
    QString requestId;
    QString kioskId;
    QString procedureKind; // "form" or "life_event"
    QString procedureId;
    QDateTime created; // UTC, whole seconds
    QString formId;    // empty on receipts and slips

    QByteArray encode() const;
    // nullopt for anything that is not a well-formed KKN1 payload.
    static std::optional<QrPayload> parse(const QByteArray &text);

    friend bool operator==(const QrPayload &, const QrPayload &) = default;
};

} // namespace kakanai::printer
