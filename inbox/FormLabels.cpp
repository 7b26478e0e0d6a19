#include "inbox/FormLabels.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

namespace kakanai::backoffice {

namespace {

const forms::FieldDefinition *findField(const forms::FormDefinition *def, const QString &role, const QString &list,
                                        const QString &key)
{
    if (!def) {
        return nullptr;
    }
    if (!role.isEmpty()) {
        for (const forms::PersonGroup &g : def->people) {
            if (g.role != role) {
                continue;
            }
            if (!g.prefix.isEmpty()) {
                return def->field(QString(g.prefix + key));
            }
            if (const forms::FieldDefinition *l = def->field(g.list)) {
                for (const forms::FieldDefinition &f : l->itemFields) {
                    if (f.id == key) {
                        return &f;
                    }
                }
            }
        }
        return nullptr;
    }
    if (!list.isEmpty()) {
        if (const forms::FieldDefinition *l = def->field(list)) {
            for (const forms::FieldDefinition &f : l->itemFields) {
                if (f.id == key) {
                    return &f;
                }
            }
        }
        return nullptr;
    }
    return def->field(key);
}

} // namespace

FormLabels::FormLabels() = default;

FormLabels::FormLabels(std::shared_ptr<const forms::FormCatalog> catalog,
                       std::shared_ptr<const forms::LifeEventNavigator> events)
    : m_catalog(std::move(catalog))
    , m_events(std::move(events))
{}

FormLabels FormLabels::embedded()
{
    auto catalog = forms::FormCatalog::load();
    if (!catalog) {
        return {};
    }
    auto shared = std::make_shared<const forms::FormCatalog>(std::move(*catalog));
    auto events = forms::LifeEventNavigator::loadFile();
    return FormLabels(shared, events ? std::make_shared<const forms::LifeEventNavigator>(std::move(*events)) : nullptr);
}

QString FormLabels::procedureTitle(const QString &kind, const QString &id) const
{
    if (kind == QLatin1String("life_event")) {
        const forms::LifeEvent *e = m_events ? m_events->event(id) : nullptr;
        return e ? e->title.ja() : id;
    }
    return formTitle(id);
}

QString FormLabels::formTitle(const QString &formId) const
{
    const forms::FormDefinition *def = m_catalog ? m_catalog->form(formId) : nullptr;
    return def ? def->title.ja() : formId;
}

QString FormLabels::fieldLabel(const QString &formId, const QString &role, const QString &list,
                               const QString &key) const
{
    const forms::FieldDefinition *f = findField(m_catalog ? m_catalog->form(formId) : nullptr, role, list, key);
    return f && !f->label.ja().isEmpty() ? f->label.ja() : key;
}

QString FormLabels::choiceText(const QString &formId, const QString &role, const QString &list, const QString &key,
                               const QString &value) const
{
    const forms::FieldDefinition *f = findField(m_catalog ? m_catalog->form(formId) : nullptr, role, list, key);
    const forms::ChoiceOption *o = f ? f->option(value) : nullptr;
    return o ? o->label.ja() : QString();
}

} // namespace kakanai::backoffice
