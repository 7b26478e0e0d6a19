#include "app/core/ReviewPlan.h"

#include "forms/FormScope.h"

namespace kakanai::kiosk {

using forms::FieldDefinition;
using forms::FieldType;
using forms::FormInstance;
using forms::Provenance;

namespace {

// True when the expression is definitely true for the field at `path` (its list item's scope for item fields).
bool definitelyTrue(const forms::ExprPtr &expr, const FormInstance &form, const forms::FormContext &context,
                    const QString &path)
{
    // The review asks a conditional field only once its condition is definitely true, so that the answers that
    // decide come first and the page grows as they are given.
    return forms::evaluateAt(expr, form, context, path).isTrue();
}

struct Planner
{
    const FormInstance &form;
    const forms::FormContext &context;
    KioskMode mode;
    const FieldPolicy &policy;
    ReviewPlan &plan;

    bool selfService() const { return mode == KioskMode::SelfService; }
    QString formId() const { return form.definition().id; }

    bool isRequired(const FieldDefinition &f, const QString &path) const
    {
        return f.required || (f.requiredWhen && definitelyTrue(f.requiredWhen, form, context, path));
    }

    // Plans one field; returns false when it is not shown.
    bool planField(const FieldDefinition &f, const QString &path, PlannedField *out, bool inList)
    {
        if (!f.shownIn(selfService() ? forms::Mode::SelfService : forms::Mode::Counter)) {
            return false;
        }
        // Asked only once it definitely applies: the answers that decide come first.
        if (!form.isApplicable(path, context) || !definitelyTrue(f.appliesWhen, form, context, path)) {
            return false;
        }
        if (const auto item = forms::parseItemPath(path)) {
            const FieldDefinition *list = form.definition().field(item->list);
            if (list && !definitelyTrue(list->appliesWhen, form, context, item->list)) {
                return false;
            }
        }
        const forms::FieldValue *v = form.value(path);
        if (v && !v->copiedFrom.isEmpty()) {
            return false; // filled by a derivation from another field (requester = person at the counter)
        }
        PlannedField p;
        p.path = path;
        p.definition = &f;
        p.required = isRequired(f, path);

        if (f.type == FieldType::IndividualNumber) {
            if (selfService()) {
                return false; // never shown, never read in self-service
            }
            p.kind = EditorKind::IndividualNumber;
            p.fromCard = true;
            plan.cardFields.append(p);
            return false;
        }
        if (f.prefill != forms::CardAttribute::None && v && (v->provenance == Provenance::Card || v->cardValue)) {
            p.kind = EditorKind::Text;
            p.fromCard = true;
            plan.cardFields.append(p);
            return false;
        }
        if (selfService() && v && v->provenance == Provenance::Card) {
            // The card holder's own item of a list (juminhyo's persons): its values came from the card, so the
            // resident is not asked them again, as the pre-entry page does not ask them (web/src/app.js plan).
            if (const auto item = forms::parseItemPath(path);
                item && item->index == 0 && policy.cardHolderItem(formId(), item->list).contains(item->local)) {
                p.kind = EditorKind::Text;
                p.fromCard = true;
                plan.cardFields.append(p);
                return false;
            }
        }
        if (!f.input) {
            return false; // set by a rule (delivery, income year): staff see it on their confirmation
        }
        if (f.requiredWhen && !f.required && !p.required) {
            // Required only under a condition that does not hold (yet): a proxy's name before "proxy" is chosen.
            return false;
        }
        if (v && v->provenance == Provenance::Derived && f.defaultValue.isUndefined() && selfService()) {
            return false; // computed (today's date as the notification date): nothing to ask the resident
        }

        switch (f.type) {
        case FieldType::Choice: {
            p.kind = EditorKind::Choice;
            const QList<QJsonValue> allowed =
                selfService() ? policy.selfServiceOptions(formId(), path) : QList<QJsonValue>();
            for (const forms::ChoiceOption &o : f.options) {
                if (allowed.isEmpty() || allowed.contains(QJsonValue(o.value))) {
                    p.options.append(o);
                }
            }
            if (p.options.size() == 1 && (!v || v->value.toString() != p.options.first().value)) {
                p.onlyValue = p.options.first().value;
            }
            break;
        }
        case FieldType::MultiChoice:
            p.kind = EditorKind::MultiChoice;
            p.options = f.options;
            break;
        case FieldType::Boolean: {
            p.kind = EditorKind::YesNo;
            const QList<QJsonValue> allowed =
                selfService() ? policy.selfServiceOptions(formId(), path) : QList<QJsonValue>();
            p.allowedBooleans = allowed.isEmpty() ? QList<QJsonValue>{QJsonValue(true), QJsonValue(false)} : allowed;
            if (p.allowedBooleans.size() == 1 && !(v && v->value == p.allowedBooleans.first())) {
                p.onlyValue = p.allowedBooleans.first();
            }
            break;
        }
        case FieldType::Integer:
            p.kind = EditorKind::Count;
            break;
        case FieldType::Date:
            p.kind = EditorKind::Date;
            break;
        case FieldType::PostalCode:
            p.kind = EditorKind::PostalCode;
            break;
        case FieldType::List:
            p.kind = EditorKind::List;
            break;
        case FieldType::IndividualNumber:
            break;
        case FieldType::Text: {
            QString paired;
            if (policy.isAddressField(formId(), path, &paired)) {
                p.kind = EditorKind::Address;
                p.pairedPostal = paired;
            } else if (!policy.presets(formId(), path).isEmpty()) {
                p.kind = EditorKind::Presets;
                p.presets = policy.presets(formId(), path);
            } else if (!policy.keypad(formId(), path).isEmpty()) {
                p.kind = EditorKind::Keypad;
                p.keypad = policy.keypad(formId(), path);
            } else if (!selfService()) {
                p.kind = EditorKind::Text;
            } else {
                // Self-service never asks a resident to type: an optional field is left to the counter, a required
                // one makes the form a counter form.
                if (p.required) {
                    plan.unaskable.append(path);
                }
                return false;
            }
            break;
        }
        }
        Q_UNUSED(inList)
        *out = p;
        return true;
    }

    void planList(const FieldDefinition &f, PlannedField *p)
    {
        p->itemCount = form.itemCount(f.id);
        p->maxItems = f.maxItems;
        if (selfService()) {
            const int cap = policy.selfServiceMaxItems(formId(), f.id);
            if (cap > 0 && (p->maxItems == 0 || cap < p->maxItems)) {
                p->maxItems = cap;
            }
        }
        p->canAdd = p->maxItems == 0 || p->itemCount < p->maxItems;
        p->cardHolderItem = policy.cardHolderItem(formId(), f.id);
        for (const FieldDefinition &itemField : f.itemFields) {
            const forms::FieldValue *v = form.value(forms::itemPath(f.id, 0, itemField.id));
            if (v && v->provenance == Provenance::Card) {
                p->firstItemFromCard = true;
            }
        }
        for (int i = 0; i < p->itemCount && (p->maxItems == 0 || i < p->maxItems); ++i) {
            QList<PlannedField> item;
            for (const FieldDefinition &itemField : f.itemFields) {
                PlannedField planned;
                if (planField(itemField, forms::itemPath(f.id, i, itemField.id), &planned, true)) {
                    item.append(planned);
                }
            }
            p->items.append(item);
        }
    }
};

} // namespace

QString ReviewPlan::signature() const
{
    QString s;
    auto add = [&s](const PlannedField &f, auto &&self) -> void {
        s += f.path + QLatin1Char(':') + QString::number(int(f.kind)) + QLatin1Char(':') +
             QString::number(f.options.size()) + QLatin1Char(';');
        for (const auto &item : f.items) {
            for (const PlannedField &sub : item) {
                self(sub, self);
            }
            s += QLatin1Char('|');
        }
    };
    for (const PlannedField &f : cardFields) {
        add(f, add);
    }
    for (const PlannedSection &section : sections) {
        s += QLatin1Char('#');
        for (const PlannedField &f : section.fields) {
            add(f, add);
        }
    }
    return s;
}

const PlannedField *ReviewPlan::find(const QString &path) const
{
    auto search = [&path](const QList<PlannedField> &list, auto &&self) -> const PlannedField * {
        for (const PlannedField &f : list) {
            if (f.path == path) {
                return &f;
            }
            for (const auto &item : f.items) {
                if (const PlannedField *found = self(item, self)) {
                    return found;
                }
            }
        }
        return nullptr;
    };
    if (const PlannedField *f = search(cardFields, search)) {
        return f;
    }
    for (const PlannedSection &section : sections) {
        if (const PlannedField *f = search(section.fields, search)) {
            return f;
        }
    }
    return nullptr;
}

ReviewPlan planReview(const FormInstance &form, const forms::FormContext &context, KioskMode mode,
                      const FieldPolicy &policy)
{
    ReviewPlan plan;
    Planner planner{form, context, mode, policy, plan};
    const forms::FormDefinition &def = form.definition();
    QSet<QString> laidOut;
    auto planRoot = [&](const QString &id, QList<PlannedField> &into) {
        const FieldDefinition *f = def.field(id);
        if (!f) {
            return;
        }
        laidOut.insert(id);
        PlannedField p;
        if (!planner.planField(*f, id, &p, false)) {
            if (f->type == FieldType::List && form.isApplicable(id, context) &&
                definitelyTrue(f->appliesWhen, form, context, id)) {
                // The list itself was not "asked" (it has no editor of its own) but its items may be.
                p.path = id;
                p.definition = f;
                p.kind = EditorKind::List;
            } else {
                return;
            }
        }
        if (p.kind == EditorKind::List) {
            planner.planList(*f, &p);
        }
        into.append(p);
    };
    for (const forms::LayoutSection &section : def.layout.sections) {
        PlannedSection planned;
        planned.title = section.title;
        for (const QStringList &row : section.rows) {
            for (const QString &id : row) {
                planRoot(id, planned.fields);
            }
        }
        if (!planned.fields.isEmpty()) {
            plan.sections.append(planned);
        }
    }
    PlannedSection rest; // fields a layout forgot (the definition checker requires them all, but be safe)
    for (const FieldDefinition &f : def.fields) {
        if (!laidOut.contains(f.id)) {
            planRoot(f.id, rest.fields);
        }
    }
    if (!rest.fields.isEmpty()) {
        plan.sections.append(rest);
    }
    // A postal code asked inside an address composer is not asked again on its own.
    QStringList paired;
    for (const PlannedSection &section : std::as_const(plan.sections)) {
        for (const PlannedField &f : section.fields) {
            if (f.kind == EditorKind::Address && !f.pairedPostal.isEmpty()) {
                paired.append(f.pairedPostal);
            }
        }
    }
    for (PlannedSection &section : plan.sections) {
        section.fields.erase(std::remove_if(section.fields.begin(), section.fields.end(),
                                            [&paired](const PlannedField &f) { return paired.contains(f.path); }),
                             section.fields.end());
    }
    plan.sections.erase(std::remove_if(plan.sections.begin(), plan.sections.end(),
                                       [](const PlannedSection &s) { return s.fields.isEmpty(); }),
                        plan.sections.end());
    return plan;
}

} // namespace kakanai::kiosk
