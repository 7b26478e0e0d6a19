#pragma once

#include "app/core/FieldPolicy.h"
#include "app/core/KioskConfig.h"

#include "forms/FormDefinition.h"
#include "forms/FormInstance.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace kakanai::kiosk {

// How one field is asked on the review screen.
enum class EditorKind
{
    Choice,           // large option buttons
    MultiChoice,      // toggle buttons
    YesNo,            // two buttons
    Count,            // − n + stepper
    Date,             // era / year / month / day pickers
    PostalCode,       // numeric keypad with the town candidates
    Address,          // postal code → town → 丁目・番地 keypad (the composer), writes the address text
    Presets,          // preset answers to tap (and, in counter mode, typing)
    Keypad,           // digits, phone number or residence card number on an on-screen keypad
    Text,             // counter mode only: staff type
    IndividualNumber, // counter mode only: masked, read from the card on request
    List,             // items (movers, persons), each with its own fields
};

struct PlannedField
{
    QString path; // "movers[0].relation"
    const forms::FieldDefinition *definition = nullptr;
    EditorKind kind = EditorKind::Text;
    bool required = false;
    bool fromCard = false;              // a value read from the card (shown marked as such)
    QList<forms::ChoiceOption> options; // choices offered (restricted in self-service)
    QList<QJsonValue> allowedBooleans;  // YesNo: the answers offered (both, or the one self-service allows)
    QJsonValue onlyValue;               // exactly one answer allowed and none given yet: the screen sets it
    QStringList presets;
    QString keypad;       // "digits", "phone", "card_number"
    QString pairedPostal; // Address: the postal code field it fills too
    // List
    int itemCount = 0;
    int maxItems = 0; // 0: no limit
    bool canAdd = false;
    QHash<QString, QString> cardHolderItem; // item field → card attribute, when item 0 is the card holder
    bool firstItemFromCard = false;         // item 0 holds values read from the card
    QList<QList<PlannedField>> items;
};

struct PlannedSection
{
    forms::LocalisedText title;
    QList<PlannedField> fields;
};

// What the review screen of one form shows: the values from the card (marked, read-only for the resident;
// staff may correct them in counter mode), then only what the card cannot know, in the sections of the form's
// printed layout. Generated from the form definition and the current values, so a city's own forms work unchanged.
struct ReviewPlan
{
    QList<PlannedField> cardFields;
    QList<PlannedSection> sections;
    // Required fields that self-service has no way to ask (typing): the form must be finished at the counter.
    QStringList unaskable;

    // The paths and editor kinds, to tell whether the screen must be rebuilt or only refreshed.
    QString signature() const;
    const PlannedField *find(const QString &path) const;
};

ReviewPlan planReview(const forms::FormInstance &form, const forms::FormContext &context, KioskMode mode,
                      const FieldPolicy &policy);

} // namespace kakanai::kiosk
