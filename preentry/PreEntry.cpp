#include "preentry/PreEntry.h"

#include <QJsonArray>

namespace kakanai::preentry {

const PreEntryForm *PreEntry::form(const QString &formId) const
{
    for (const PreEntryForm &f : forms) {
        if (f.formId == formId) {
            return &f;
        }
    }
    return nullptr;
}

bool isPreEntryField(const forms::FieldDefinition &field)
{
    return field.input && field.prefill == forms::CardAttribute::None &&
           field.type != forms::FieldType::IndividualNumber && field.shownIn(forms::Mode::SelfService);
}

namespace {

// The built-in checks that say a value does not fit the field (as opposed to rules about the whole request, which
// the review shows as usual): an answer that fails one of these is dropped and asked again.
bool refusesValue(const QString &code)
{
    static const QStringList codes{
        QStringLiteral("invalid_date"),        QStringLiteral("invalid_choice"), QStringLiteral("invalid_value"),
        QStringLiteral("invalid_format"),      QStringLiteral("too_long"),       QStringLiteral("out_of_range"),
        QStringLiteral("invalid_postal_code"), QStringLiteral("not_in_mode")};
    return codes.contains(code);
}

} // namespace

PreEntryApplied applyPreEntry(forms::FormInstance &form, const PreEntryForm &entry, const forms::FormContext &context)
{
    PreEntryApplied applied;
    const forms::FormDefinition &def = form.definition();
    auto setOne = [&](const QString &path, const forms::FieldDefinition *field, const QJsonValue &value) {
        if (!field || !isPreEntryField(*field)) {
            applied.dropped.append(path);
            return;
        }
        // A value from the card is never replaced by a pre-entry (isPreEntryField keeps card fields out; this
        // guards lists whose first item the card fills by the kiosk's policy).
        const forms::FieldValue *existing = form.value(path);
        if (existing && existing->provenance == forms::Provenance::Card) {
            applied.dropped.append(path);
            return;
        }
        if (form.setValue(path, value, forms::Provenance::PreEntry)) {
            applied.dropped.append(path);
            return;
        }
        applied.set.append(path);
    };
    for (auto it = entry.answers.begin(); it != entry.answers.end(); ++it) {
        const forms::FieldDefinition *field = def.field(it.key());
        if (field && field->type == forms::FieldType::List) {
            const QJsonArray items = it.value().toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                for (auto x = item.begin(); x != item.end(); ++x) {
                    const QString path = forms::itemPath(field->id, int(i), x.key());
                    setOne(path, def.field(path), x.value());
                }
            }
            continue;
        }
        setOne(it.key(), field, it.value());
    }
    // Values the (possibly newer) definition refuses are dropped, so the review asks for them.
    for (const forms::ValidationIssue &issue : form.validate(context)) {
        if (applied.set.contains(issue.field) && refusesValue(issue.code)) {
            form.remove(issue.field);
            applied.set.removeAll(issue.field);
            applied.dropped.append(issue.field);
        }
    }
    return applied;
}

} // namespace kakanai::preentry
