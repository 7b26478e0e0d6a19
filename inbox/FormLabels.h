#pragma once

#include <QString>

#include <memory>

namespace kakanai::forms {
class FormCatalog;
class LifeEventNavigator;
} // namespace kakanai::forms

namespace kakanai::backoffice {

// Names for people: form titles, field labels and choice texts from the form catalog (the embedded one, or a
// city's own), so the inbox shows 「氏名」 and 「男」 instead of "name" and "1". Without a catalog, or for an id the
// catalog does not know (a form retired since), the id itself.
class FormLabels
{
public:
    FormLabels();
    FormLabels(std::shared_ptr<const forms::FormCatalog> catalog,
               std::shared_ptr<const forms::LifeEventNavigator> events);
    // The embedded catalog and navigator (empty labels if they do not load).
    static FormLabels embedded();

    // The catalog the labels come from (null when none loaded); the inbox reads requests with it.
    const forms::FormCatalog *catalog() const { return m_catalog.get(); }

    QString procedureTitle(const QString &kind, const QString &id) const;
    QString formTitle(const QString &formId) const;
    // A value of a person of role `role` (people[].values), or of the form (role empty); `list` is the list field
    // for items of a list value ("children" of values.children.items[i]).
    QString fieldLabel(const QString &formId, const QString &role, const QString &list, const QString &key) const;
    // The label of a choice value ("1" → "男"), or empty.
    QString choiceText(const QString &formId, const QString &role, const QString &list, const QString &key,
                       const QString &value) const;

private:
    std::shared_ptr<const forms::FormCatalog> m_catalog;
    std::shared_ptr<const forms::LifeEventNavigator> m_events;
};

} // namespace kakanai::backoffice
