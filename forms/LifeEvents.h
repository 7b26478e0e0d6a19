#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormsError.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

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

// A procedure at another desk that the kiosk does not fill but lists on the guidance slip.
struct RelatedProcedure
{
    QString id;
    LocalisedText title;
    LocalisedText desk;  // where to go (国保年金課)
    LocalisedText bring; // what to bring
    QString condition;   // a question id that must be answered yes; empty = always
    QDate since;         // the day the current rule took effect; null when undated
    QString law;         // its source; required with `since`
};

struct LifeEvent
{
    QString id;
    LocalisedText title;
    QStringList forms;      // form ids, filled in this order
    QStringList questions;  // question ids asked for this event
    QStringList procedures; // related procedure ids, in slip order
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

    // Loads and checks the navigator data. `formIds` are the catalog's forms (each event's forms must exist);
    // empty means unchecked. Errors name the file and field.
    static Result<LifeEventNavigator> load(const QByteArray &json, const QString &fileName,
                                           const QStringList &formIds = {});
    static Result<LifeEventNavigator> loadFile(const QString &path = embeddedFile(), const QStringList &formIds = {});

    const QList<LifeEvent> &events() const { return m_events; }
    const LifeEvent *event(const QString &id) const;
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
};

} // namespace kakanai::forms
