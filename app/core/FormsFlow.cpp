#include "app/core/FormsFlow.h"

#include "app/core/KioskLogging.h"
#include "common/Wipe.h"

#include "forms/Municipality.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace kakanai::kiosk {

using forms::FormInstance;

FormsFlow::FormsFlow(const KioskConfig &config, Services services, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_services(services)
{}

FormsFlow::~FormsFlow()
{
    wipe();
}

forms::FormContext FormsFlow::formContext() const
{
    forms::FormContext c;
    c.today = m_services.clock->now().date();
    c.municipality = m_config.municipality;
    c.municipalityCode = m_config.municipalityCode;
    c.mode = m_config.mode == KioskMode::Counter ? forms::Mode::Counter : forms::Mode::SelfService;
    return c;
}

QList<forms::ValidationIssue> FormsFlow::issues(int index) const
{
    if (index < 0 || index >= formCount()) {
        return {};
    }
    return form(index).validate(formContext());
}

bool FormsFlow::hasErrors(int index) const
{
    const auto list = issues(index);
    return std::any_of(list.cbegin(), list.cend(),
                       [](const forms::ValidationIssue &i) { return i.severity == forms::Severity::Error; });
}

bool FormsFlow::anyErrors() const
{
    for (int i = 0; i < formCount(); ++i) {
        if (hasErrors(i)) {
            return true;
        }
    }
    return false;
}

bool FormsFlow::currentAsksIndividualNumber() const
{
    if (m_numberRead || m_formIndex >= formCount()) {
        return false;
    }
    return form(m_formIndex).definition().asksIndividualNumber;
}

bool FormsFlow::needsIndividualNumber() const
{
    return !m_numberRead && std::any_of(m_forms.cbegin(), m_forms.cend(),
                                        [](const FormInstance &f) { return f.definition().asksIndividualNumber; });
}

bool FormsFlow::eventHasQuestions() const
{
    if (m_lifeEvent.isEmpty() || !m_services.navigator) {
        return false;
    }
    const forms::LifeEvent *event = m_services.navigator->event(m_lifeEvent);
    return event && !event->questions.isEmpty();
}

FormsFlow::EventChoice FormsFlow::chooseLifeEvent(const QString &eventId)
{
    if (!m_services.navigator) {
        return EventChoice::Refused;
    }
    const forms::LifeEvent *event = m_services.navigator->event(eventId);
    if (!event || event->forms.isEmpty()) {
        return EventChoice::Refused;
    }
    for (const QString &id : event->forms) {
        if (!m_services.catalog->form(id)) {
            return EventChoice::Refused;
        }
    }
    wipeCarried();
    m_lifeEvent = eventId;
    m_formIds = event->forms;
    m_yes.clear();
    m_answers.clear();
    m_guidance.clear();
    if (!event->questions.isEmpty()) {
        return EventChoice::Questions;
    }
    m_guidance = applyingProcedures(eventId, m_answers);
    return EventChoice::Forms;
}

bool FormsFlow::chooseForms(const QStringList &formIds)
{
    if (formIds.isEmpty()) {
        return false;
    }
    for (const QString &id : formIds) {
        if (!m_services.catalog->form(id)) {
            return false;
        }
    }
    wipeCarried();
    m_lifeEvent.clear();
    m_formIds = formIds;
    m_yes.clear();
    m_answers.clear();
    m_guidance.clear();
    return true;
}

QList<forms::RelatedProcedure> FormsFlow::applyingProcedures(const QString &eventId,
                                                             const forms::NavigatorAnswers &answers) const
{
    QList<forms::RelatedProcedure> out;
    if (auto decisions = m_services.navigator->decide(eventId, answers)) {
        for (const forms::ProcedureDecision &d : *decisions) {
            if (!d.undecided) {
                out.append(d.procedure);
            }
        }
    }
    return out;
}

void FormsFlow::answerQuestions(const QSet<QString> &yes)
{
    m_yes = yes;
    m_answers = m_services.navigator->answersOf(m_lifeEvent, yes);
    m_guidance = applyingProcedures(m_lifeEvent, m_answers);
}

void FormsFlow::startForms(const ResidentRecord &record)
{
    m_forms.clear();
    const forms::FormContext context = formContext();
    for (const QString &id : std::as_const(m_formIds)) {
        FormInstance instance(m_services.catalog->shared(id));
        instance.prefill(record);
        for (const FormInstance &from : m_carried) {
            carryEntries(from, instance);
        }
        instance.derive(context);
        m_forms.push_back(std::move(instance));
    }
    wipeCarried();
    m_formIndex = 0;
    m_numberRead = false;
}

void FormsFlow::carryEntries(const FormInstance &from, FormInstance &to)
{
    // What a person entered, at a path the other form has too; the card's values come from the record again, derived
    // ones from the new form's rules, and an individual number is read again where the new form asks for it.
    for (const QString &path : from.paths()) {
        const forms::FieldValue *v = from.value(path);
        if (!v || v->provenance == forms::Provenance::Card || v->provenance == forms::Provenance::Derived ||
            !v->copiedFrom.isEmpty() || from.individualNumber(path)) {
            continue;
        }
        to.setValue(path, v->value.toJson(), v->provenance); // refused: the new form has no such input
    }
}

void FormsFlow::wipeCarried()
{
    for (FormInstance &f : m_carried) {
        f.wipe();
    }
    m_carried.clear();
}

QString FormsFlow::suggestedLifeEvent() const
{
    if (!m_services.navigator || m_lifeEvent.isEmpty()) {
        return {};
    }
    // The chosen notification and the move its previous address (the card's address, as the form holds it) says
    // it is. The forms' rules say the same (previous_address_in/outside_municipality) but only once the path of the
    // move is answered; the switch is offered as soon as the review opens.
    static const struct
    {
        const char *form;
        bool previousHere; // the previous address in the municipality contradicts this form
        const char *right;
    } Contradictions[] = {
        {"tennyu", true, "tenkyo"},  // 転入 chosen, the card's address is already here: 転居
        {"tenkyo", false, "tennyu"}, // 転居 chosen, the card's address is elsewhere: 転入
    };
    for (int i = 0; i < formCount(); ++i) {
        const forms::FormInstance &f = form(i);
        const forms::FieldValue *previous = f.value(QStringLiteral("previous_address"));
        const forms::FieldValue *path = f.value(QStringLiteral("path"));
        if (!previous || (path && path->value.toString() == QLatin1String("from_abroad"))) {
            continue;
        }
        const auto here = forms::addressInMunicipality(previous->value.toString(), m_config.municipality);
        for (const auto &c : Contradictions) {
            if (!here || *here != c.previousHere || f.definition().id != QLatin1String(c.form)) {
                continue;
            }
            const QString right = QString::fromLatin1(c.right);
            for (const forms::LifeEvent &e : m_services.navigator->events()) {
                if (e.forms == QStringList{right} && m_services.catalog->form(right)) {
                    return e.id;
                }
            }
        }
    }
    return {};
}

FormsFlow::EventChoice FormsFlow::switchLifeEvent(const QString &eventId, const ResidentRecord &record)
{
    if (eventId.isEmpty() || eventId != suggestedLifeEvent()) {
        return EventChoice::Refused;
    }
    const forms::LifeEvent *event = m_services.navigator->event(eventId);
    const forms::NavigatorAnswers before = m_answers;
    wipeCarried();
    m_carried = std::move(m_forms);
    m_forms.clear();
    m_lifeEvent = eventId;
    m_formIds = event->forms;
    m_yes.clear();
    m_answers.clear();
    bool allAnswered = true;
    for (const QString &q : event->questions) {
        if (const auto it = before.constFind(q); it != before.cend()) {
            m_answers.insert(q, it.value());
            if (it.value()) {
                m_yes.insert(q);
            }
        } else {
            allAnswered = false;
        }
    }
    m_guidance.clear();
    if (!allAnswered) {
        return EventChoice::Questions; // the kept answers are shown again; the entries wait in m_carried
    }
    m_guidance = applyingProcedures(eventId, m_answers);
    startForms(record);
    return EventChoice::Forms;
}

QStringList FormsFlow::startPreEntry(const preentry::PreEntry &entry, const ResidentRecord &record)
{
    m_lifeEvent = entry.eventId;
    m_yes.clear();
    m_answers.clear();
    m_guidance.clear();
    if (const forms::LifeEvent *event = m_lifeEvent.isEmpty() ? nullptr : m_services.navigator->event(m_lifeEvent)) {
        m_formIds = event->forms;
        m_answers = entry.navigator;
        for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
            if (it.value()) {
                m_yes.insert(it.key());
            }
        }
        m_guidance = applyingProcedures(m_lifeEvent, m_answers);
    } else {
        m_formIds = {entry.forms.first().formId};
    }
    startForms(record);
    const forms::FormContext context = formContext();
    QStringList dropped;
    for (int i = 0; i < formCount(); ++i) {
        FormInstance &f = form(i);
        if (const preentry::PreEntryForm *answers = entry.form(f.definition().id)) {
            const preentry::PreEntryApplied applied = preentry::applyPreEntry(f, *answers, context);
            for (const QString &path : applied.dropped) {
                dropped.append(f.definition().id + QLatin1Char('/') + path);
            }
            f.derive(context);
            Q_EMIT formChanged(i);
        }
    }
    return dropped;
}

bool FormsFlow::setValue(const QString &path, const QJsonValue &value, forms::Provenance provenance)
{
    if (m_formIndex >= formCount()) {
        return false;
    }
    FormInstance &f = form(m_formIndex);
    if (f.setValue(path, value, provenance)) {
        return false;
    }
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return true;
}

bool FormsFlow::removeValue(const QString &path)
{
    if (m_formIndex >= formCount()) {
        return false;
    }
    FormInstance &f = form(m_formIndex);
    f.remove(path);
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return true;
}

int FormsFlow::addListItem(const QString &listPath)
{
    if (m_formIndex >= formCount()) {
        return -1;
    }
    FormInstance &f = form(m_formIndex);
    const forms::FieldDefinition *list = f.definition().field(listPath);
    if (!list || list->type != forms::FieldType::List || list->itemFields.isEmpty()) {
        return -1;
    }
    const int index = f.itemCount(listPath);
    if (list->maxItems > 0 && index >= list->maxItems) {
        return -1;
    }
    // An item exists once one of its fields has a value: answer the list's first choice-like field with nothing
    // yet, through the answers path that creates the item.
    QJsonObject answers{{listPath, QJsonArray()}};
    QJsonArray items;
    for (int i = 0; i <= index; ++i) {
        items.append(QJsonObject());
    }
    answers.insert(listPath, items);
    f.applyAnswers(answers, forms::Provenance::Resident);
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return f.itemCount(listPath) > index ? index : -1;
}

bool FormsFlow::removeListItem(const QString &listPath, int index)
{
    if (m_formIndex >= formCount()) {
        return false;
    }
    FormInstance &f = form(m_formIndex);
    const forms::FieldDefinition *list = f.definition().field(listPath);
    const int count = f.itemCount(listPath);
    if (!list || list->type != forms::FieldType::List || index < 0 || index >= count) {
        return false;
    }
    // FormInstance has no way to shrink a list, so the instance is rebuilt without the item (later items move
    // down), keeping each value's provenance and the card's value behind a changed one.
    FormInstance rebuilt(f.sharedDefinition());
    for (const QString &path : f.paths()) {
        QString target = path;
        if (const auto item = forms::parseItemPath(path); item && item->list == listPath) {
            if (item->index == index) {
                continue;
            }
            target = forms::itemPath(listPath, item->index > index ? item->index - 1 : item->index, item->local);
        }
        const forms::FieldValue *v = f.value(path);
        if (!v->copiedFrom.isEmpty()) {
            continue; // derive() copies it again
        }
        const forms::FieldDefinition *def = f.definition().field(path);
        if (def && def->type == forms::FieldType::IndividualNumber) {
            if (const IndividualNumber *number = f.individualNumber(path)) {
                QString digits = number->digits();
                rebuilt.setValue(target, digits, v->provenance);
                kakanai::wipe(digits);
            }
            continue;
        }
        if (v->cardValue) {
            rebuilt.setValue(target, v->cardValue->toJson(), forms::Provenance::Card);
        }
        rebuilt.setValue(target, v->value.toJson(), v->provenance);
    }
    f.wipe();
    f = std::move(rebuilt);
    f.derive(formContext());
    Q_EMIT formChanged(m_formIndex);
    return true;
}

void FormsFlow::mergeIndividualNumber(const ResidentRecord &withNumber)
{
    if (!withNumber.individualNumber || !withNumber.individualNumber->isSet()) {
        return;
    }
    QString digits = withNumber.individualNumber->digits();
    for (FormInstance &f : m_forms) {
        if (!f.definition().asksIndividualNumber) {
            continue;
        }
        auto setIf = [&](const forms::FieldDefinition &field, const QString &path) {
            if (field.type == forms::FieldType::IndividualNumber &&
                field.prefill == forms::CardAttribute::IndividualNumber) {
                f.setValue(path, digits, forms::Provenance::Card);
            }
        };
        for (const forms::FieldDefinition &field : f.definition().fields) {
            if (field.type == forms::FieldType::List) {
                for (const forms::FieldDefinition &item : field.itemFields) {
                    setIf(item, forms::itemPath(field.id, 0, item.id)); // the card holder is the first item
                }
            } else {
                setIf(field, field.id);
            }
        }
        f.derive(formContext());
    }
    kakanai::wipe(digits);
    m_numberRead = true;
    qCInfo(lcKioskSession) << "individual number read for the forms that ask for it";
}

bool FormsFlow::nextForm()
{
    if (m_formIndex + 1 >= formCount()) {
        return false;
    }
    ++m_formIndex;
    Q_EMIT formIndexChanged(m_formIndex);
    return true;
}

bool FormsFlow::previousForm()
{
    if (m_formIndex <= 0) {
        return false;
    }
    --m_formIndex;
    Q_EMIT formIndexChanged(m_formIndex);
    return true;
}

void FormsFlow::setFormIndex(int index)
{
    m_formIndex = index;
}

void FormsFlow::clearChoice()
{
    wipeCarried();
    m_lifeEvent.clear();
    m_formIds.clear();
    m_yes.clear();
    m_answers.clear();
}

bool FormsFlow::dropForms()
{
    for (FormInstance &f : m_forms) {
        f.wipe();
    }
    m_forms.clear();
    m_numberRead = false;
    if (eventHasQuestions()) {
        return true;
    }
    m_lifeEvent.clear();
    m_formIds.clear();
    return false;
}

QDate FormsFlow::happenedOn() const
{
    const forms::LifeEvent *event =
        m_services.navigator && !m_lifeEvent.isEmpty() ? m_services.navigator->event(m_lifeEvent) : nullptr;
    if (!event || m_forms.empty()) {
        return m_happenedOn;
    }
    QList<const FormInstance *> forms;
    for (const FormInstance &f : m_forms) {
        forms.append(&f);
    }
    return forms::LifeEventNavigator::happenedOn(*event, forms);
}

void FormsFlow::wipe()
{
    // The one date the done screen still needs (the deadlines of the guidance): not the forms' content.
    if (!m_forms.empty()) {
        m_happenedOn = happenedOn();
    }
    for (FormInstance &f : m_forms) {
        f.wipe();
    }
    m_forms.clear();
    wipeCarried();
    m_formIds.clear();
    m_lifeEvent.clear();
    m_yes.clear();
    m_answers.clear();
    m_formIndex = 0;
    m_numberRead = false;
}

void FormsFlow::reset()
{
    wipe();
    m_guidance.clear();
    m_happenedOn = QDate();
}

} // namespace kakanai::kiosk
