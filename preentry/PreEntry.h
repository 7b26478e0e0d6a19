#pragma once

#include "forms/FormInstance.h"
#include "forms/LifeEvents.h"

#include "common/Error.h"
#include "common/Expected.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Pre-entry (事前入力): what a resident prepared on the pre-entry web page (web/) and brings to the kiosk as a QR
// code. The values here are the resident's answers only: nothing the card provides (name, address, birth date,
// sex, individual number) is ever part of a pre-entry. PreEntryCodec reads and writes the QR text.
namespace kakanai::preentry {

Q_NAMESPACE

// Why a QR text is not a usable pre-entry. The kiosk shows one message per kind and pre-fills nothing.
enum class PreEntryErrorCode
{
    Foreign,            // not a pre-entry of ours (another QR code, a receipt's KKN1 code, another city's form)
    Damaged,            // a pre-entry, but the text is cut or changed (characters, checksum, compression, date)
    Expired,            // made longer ago than PreEntryCodec::MaxAgeDays
    UnsupportedVersion, // a payload format or a form definition version newer than this kiosk knows
    Malicious,          // checksum right, but no page of ours writes it: oversized, card data, wrong structure
};
Q_ENUM_NS(PreEntryErrorCode)

struct PreEntryError : kakanai::Error<PreEntryErrorCode, PreEntryErrorCode::Damaged>
{
    static PreEntryError make(PreEntryErrorCode code, QString detail = {})
    {
        PreEntryError e;
        e.code = code;
        e.detail = std::move(detail);
        return e;
    }
    // The message code the kiosk translates ("preentry.error.damaged").
    QString messageCode() const { return QStringLiteral("preentry.error.") + codeName(); }
    QString toLogString() const { return kakanai::errorLogLine(codeName(), {}, detail); }
};

template<typename T>
using Result = kakanai::Expected<T, PreEntryError>;

// The answers to one form, as the page wrote them for one version of its definition: field id → value in the
// shape of an answers document ({"kind": "juminhyo", "items": ["honseki"], "movers": [{"relation": "head"}]}).
struct PreEntryForm
{
    QString formId;
    int version = 1;
    QJsonObject answers;

    friend bool operator==(const PreEntryForm &, const PreEntryForm &) = default;
};

struct PreEntry
{
    QString eventId;                   // a life event ("moving_in"); empty for a single procedure
    forms::NavigatorAnswers navigator; // the life event's questions the resident answered
    QList<PreEntryForm> forms;         // at least one
    QDate created;                     // the day the page made the code (the resident's phone's date)

    // The procedure the kiosk selects: the life event, or the one form.
    QString procedureId() const { return eventId.isEmpty() && !forms.isEmpty() ? forms.first().formId : eventId; }
    const PreEntryForm *form(const QString &formId) const;

    friend bool operator==(const PreEntry &, const PreEntry &) = default;
};

// What applying a pre-entry to a form did: the paths it set and the answers it left out because they no longer fit
// the form's current definition (a field removed or renamed, an option withdrawn, a value the new version refuses).
struct PreEntryApplied
{
    QStringList set;
    QStringList dropped;
};

// Whether a field may be in a pre-entry: one the resident answers in self-service; never a field the card fills
// (the definitions' "prefill"), an individual number, a counter-only field or a value only a rule sets.
bool isPreEntryField(const forms::FieldDefinition &field);

// Sets the pre-entry's answers on `form` with provenance PreEntry. Answers for another definition version are
// kept where they still fit and dropped otherwise, so that the review asks only what changed; for the same version
// an answer the form refuses is dropped too (it is asked again). Never touches a card field.
PreEntryApplied applyPreEntry(forms::FormInstance &form, const PreEntryForm &entry, const forms::FormContext &context);

} // namespace kakanai::preentry

Q_DECLARE_METATYPE(kakanai::preentry::PreEntryError)
