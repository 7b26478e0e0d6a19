#include "forms/FormFiller.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include "common/Wipe.h"

namespace kakanai::forms {

namespace {

FormsError answersError(const QString &field, const QString &detail)
{
    return FormsError::make(FormsErrorCode::InvalidAnswers, {}, field, detail);
}

} // namespace

Result<ResidentInput> parseResidentJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return FormsError::make(FormsErrorCode::InvalidJson, {}, {}, parseError.errorString());
    }
    const QJsonObject o = doc.object();
    static const QStringList known = {QStringLiteral("name"),       QStringLiteral("address"),
                                      QStringLiteral("birth_date"), QStringLiteral("sex"),
                                      QStringLiteral("integrity"),  QStringLiteral("individual_number")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            return answersError(it.key(), QStringLiteral("unknown key"));
        }
        if (!it.value().isString()) {
            return answersError(it.key(), QStringLiteral("expects a string"));
        }
    }
    ResidentInput input;
    input.record.name = o.value(QStringLiteral("name")).toString();
    input.record.address = o.value(QStringLiteral("address")).toString();
    if (input.record.name.isEmpty() || input.record.address.isEmpty()) {
        return answersError(input.record.name.isEmpty() ? QStringLiteral("name") : QStringLiteral("address"),
                            QStringLiteral("required"));
    }
    const QString birth = o.value(QStringLiteral("birth_date")).toString();
    input.record.birthDate = parseIsoDate(birth);
    if (!input.record.birthDate.isValid()) {
        return answersError(QStringLiteral("birth_date"), QStringLiteral("expects YYYY-MM-DD"));
    }
    const QString sex = o.value(QStringLiteral("sex")).toString();
    const auto parsedSex = sex.size() == 1 ? sexFromCardDigit(sex.at(0)) : std::nullopt;
    if (!parsedSex) {
        return answersError(QStringLiteral("sex"), QStringLiteral("expects 0, 1, 2 or 9"));
    }
    input.record.sex = *parsedSex;
    input.integrity = o.value(QStringLiteral("integrity")).toString();
    if (!input.integrity.isEmpty() && input.integrity != QLatin1String("verified") &&
        input.integrity != QLatin1String("not_verifiable") && input.integrity != QLatin1String("failed")) {
        return answersError(QStringLiteral("integrity"), QStringLiteral("verified, not_verifiable or failed"));
    }
    if (o.contains(QStringLiteral("individual_number"))) {
        QString digits = o.value(QStringLiteral("individual_number")).toString();
        QByteArray latin = digits.toLatin1();
        kakanai::wipe(digits);
        auto number = IndividualNumber::fromDigits(std::string_view(latin.constData(), size_t(latin.size())));
        kakanai::wipe(latin);
        if (!number) {
            return answersError(QStringLiteral("individual_number"), QStringLiteral("not a valid individual number"));
        }
        input.record.individualNumber = *number;
    }
    return input;
}

Result<Answers> parseAnswersJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return FormsError::make(FormsErrorCode::InvalidJson, {}, {}, parseError.errorString());
    }
    Answers answers;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("resident") && it.key() != QLatin1String("staff")) {
            return answersError(it.key(), QStringLiteral("unknown section (resident, staff)"));
        }
        if (!it.value().isObject()) {
            return answersError(it.key(), QStringLiteral("expects an object"));
        }
    }
    answers.resident = o.value(QStringLiteral("resident")).toObject();
    answers.staff = o.value(QStringLiteral("staff")).toObject();
    return answers;
}

bool FillOutcome::hasErrors() const
{
    for (const ValidationIssue &i : issues) {
        if (i.severity == Severity::Error) {
            return true;
        }
    }
    return false;
}

QList<ValidationIssue> FillOutcome::errors() const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : issues) {
        if (i.severity == Severity::Error) {
            out.append(i);
        }
    }
    return out;
}

QList<ValidationIssue> FillOutcome::warnings() const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : issues) {
        if (i.severity == Severity::Warning) {
            out.append(i);
        }
    }
    return out;
}

FillOutcome fillForm(std::shared_ptr<const FormDefinition> definition, const ResidentRecord &record,
                     const Answers &answers, const FormContext &context)
{
    FillOutcome outcome{FormInstance(std::move(definition)), {}};
    outcome.instance.prefill(record);
    outcome.issues += outcome.instance.applyAnswers(answers.resident, Provenance::Resident);
    outcome.issues += outcome.instance.applyAnswers(answers.staff, Provenance::Staff);
    outcome.instance.derive(context);
    outcome.issues += outcome.instance.validate(context);
    return outcome;
}

} // namespace kakanai::forms
