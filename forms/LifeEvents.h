#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormInstance.h"
#include "forms/FormsError.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The life-event navigator (手続きナビ): what a resident needs for "I moved here", "I moved within the city",
// "I am moving out", "I need certificates". The data is resources/lifeevents/lifeevents.json; the kiosk fills
// the event's forms from one card read and prints the related procedures as a guidance slip (案内票).
namespace kakanai::forms {

// A question that decides whether a related procedure applies ("Do you have children under 15?").
struct NavigatorQuestion
{
    QString id;
    LocalisedText label;
    QDate since; // the day the rule the question asks about took effect (児童手当: 2024-10-01); null when undated
    QString law; // the statute or amendment behind it; required with `since`
};

// The legal deadline of a related procedure in one life event (国民健康保険の加入: 転入した日から14日以内).
struct Deadline
{
    // Days after the day the event happened (its `happened_on` field) until the last day, counted as the law
    // counts them (民法第140条: the first day is not counted, so 14日以内 of 1 April is 15 April; 翌日から15日以内
    // is 16 April). -1: the deadline is a rule only (it runs from a day the kiosk does not know).
    int days = -1;
    LocalisedText rule; // the deadline as the law says it, shown when no date can be computed and beside the date
    QString law;        // its source; required

    // The last day: the day the event happened + days; null when the rule has no days or the day is unknown.
    QDate dueFrom(const QDate &happenedOn) const;
};

// A procedure at another desk that the kiosk does not fill but lists on the guidance slip.
struct RelatedProcedure
{
    QString id;
    LocalisedText title;
    LocalisedText desk;    // which department (保険年金課)
    LocalisedText counter; // where it is: the city's data (building, floor, counter; [forms] counters); may be empty
    LocalisedText bring;   // what to bring
    QString condition;     // a question id that must be answered yes; empty = always
    QDate since;           // the day the current rule took effect; null when undated
    QString law;           // its source; required with `since`
    // Set by LifeEventNavigator::decide from the event (a deadline depends on what happened: 転入 or 転居).
    std::optional<Deadline> deadline;
};

struct LifeEvent
{
    QString id;
    LocalisedText title;
    QStringList forms;      // form ids, filled in this order
    QStringList questions;  // question ids asked for this event
    QStringList procedures; // related procedure ids, in slip order
    // The field that holds the day the event happened ("tennyu/moved_on"): deadlines are counted from it. Empty:
    // deadlines are shown as rules only.
    QString happenedOnForm;
    QString happenedOnField;
    QHash<QString, Deadline> deadlines; // procedure id → its deadline in this event
    // Whether a request for the event's one form alone is this event ("implied_by_form", default true): the 転入届
    // is the 転入, so its slip is printed and the procedure screen gives the form no button of its own. False for
    // the おくやみ event: its 世帯変更届 is also filed for a 世帯分離, which is no bereavement.
    bool impliedByForm = true;
};

// The resident's answers to the navigator's questions: question id → yes (true) or no (false). A question that is
// not in the map was not asked or not answered. Carried in the Request ("navigator_answers").
using NavigatorAnswers = QMap<QString, bool>;

// A related procedure decided from the answers, three-valued: it applies (no condition, or its question answered
// yes), or it is undecided (its question not asked or not answered: the resident is told it applies "if the
// question is yes"). Procedures whose question was answered no are not decisions at all: they are left out.
struct ProcedureDecision
{
    RelatedProcedure procedure;
    bool undecided = false;
    LocalisedText question; // for an undecided procedure: the question that decides it
};

struct Guidance
{
    QString eventId;
    QStringList forms;
    QList<RelatedProcedure> procedures;
};

class LifeEventNavigator
{
public:
    static QString embeddedFile();
    // The example city's counters (resources/lifeevents/counters.json, EXAMPLE VALUES), used when the kiosk's
    // configuration names no file of its own ([forms] counters).
    static QString embeddedCountersFile();

    // Loads and checks the navigator data. `formIds` are the catalog's forms (each event's forms must exist);
    // empty means unchecked. Errors name the file and field.
    static Result<LifeEventNavigator> load(const QByteArray &json, const QString &fileName,
                                           const QStringList &formIds = {});
    static Result<LifeEventNavigator> loadFile(const QString &path = embeddedFile(), const QStringList &formIds = {});

    const QList<LifeEvent> &events() const { return m_events; }
    const LifeEvent *event(const QString &id) const;
    const RelatedProcedure *procedure(const QString &id) const;

    // Reads the city's counters: {"format": 1, "example": bool, "description": text, "counters": {procedure id:
    // {"ja": "本庁舎1階 5番窓口", "en": …, …}}} and sets each procedure's `counter`. A procedure without an entry
    // keeps none (its department is shown alone). Errors (InvalidJson, InvalidDefinition naming the file and key):
    // an unknown key or procedure, a text without Japanese.
    Status loadCounters(const QByteArray &json, const QString &fileName);
    Status loadCountersFile(const QString &path = embeddedCountersFile());
    // Whether the counters loaded are marked as an example (a city that ships them gets a warning at start-up).
    bool countersAreExample() const { return m_countersExample; }

    // The day the event happened, read from the event's `happened_on` field in the forms filed (the kiosk's
    // instances or a stored Request's); null when the event has no such field or it is not a date.
    static QDate happenedOn(const LifeEvent &event, const QList<const FormInstance *> &forms);
    const NavigatorQuestion *question(const QString &id) const;

    // The related procedures of an event decided from the answers, in slip order: the one decision the kiosk's done
    // screen and the guidance slip (from the stored Request alone) both show. Errors: UnknownLifeEvent.
    Result<QList<ProcedureDecision>> decide(const QString &eventId, const NavigatorAnswers &answers) const;

    // The answers of a session that asked every question of the event: yes for those in `yes`, no for the rest.
    NavigatorAnswers answersOf(const QString &eventId, const QSet<QString> &yes) const;

    // The forms and the related procedures that apply for an event, given the questions answered yes (every other
    // question counts as answered no): decide() over answersOf().
    Result<Guidance> guide(const QString &eventId, const QSet<QString> &yes) const;

private:
    QList<LifeEvent> m_events;
    QList<NavigatorQuestion> m_questions;
    QList<RelatedProcedure> m_procedures;
    bool m_countersExample = false;
};

} // namespace kakanai::forms
