#pragma once

#include "forms/FormInstance.h"
#include "forms/FormsError.h"

#include "cardreader/record/ResidentRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// Filling a form end to end, as the CLI and the kiosk do: card record → pre-fill → answers → derivations →
// validation.
namespace kakanai::forms {

// The keys of `kakanai-card read --json`: name, address, birth_date (YYYY-MM-DD), sex ("1"/"2"/"0"/"9"),
// integrity ("verified"/"not_verifiable"/"failed") and individual_number only when it was read.
struct ResidentInput
{
    ResidentRecord record;
    QString integrity;
};

Result<ResidentInput> parseResidentJson(const QByteArray &json);

// An answers document: {"resident": {field: value, …}, "staff": {field: value, …}}. Values in "resident" were
// answered by the resident, values in "staff" keyed in or changed by staff (both sections are optional).
struct Answers
{
    QJsonObject resident;
    QJsonObject staff;
};

Result<Answers> parseAnswersJson(const QByteArray &json);

struct FillOutcome
{
    FormInstance instance;
    QList<ValidationIssue> issues; // errors and warnings

    bool hasErrors() const;
    QList<ValidationIssue> errors() const;
    QList<ValidationIssue> warnings() const;
};

FillOutcome fillForm(std::shared_ptr<const FormDefinition> definition, const ResidentRecord &record,
                     const Answers &answers, const FormContext &context);

} // namespace kakanai::forms
