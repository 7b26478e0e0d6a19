#pragma once

#include "app/core/KioskConfig.h"

#include "cardreader/record/ResidentRecord.h"
#include "common/Clock.h"
#include "forms/FormCatalog.h"
#include "forms/FormInstance.h"
#include "forms/LifeEvents.h"
#include "preentry/PreEntry.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace kakanai::kiosk {

// The forms part of a session: which procedure or life event the resident chose, the navigator's questions and
// answers, the FormInstances being filled (prefilled from the card record), the review's position and the related
// procedures that apply. It checks the forms' rules through FormInstance; KioskSession decides when each step is
// allowed.
class FormsFlow : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        const forms::FormCatalog *catalog = nullptr;
        const forms::LifeEventNavigator *navigator = nullptr;
        const Clock *clock = nullptr;
    };
    // What choosing a life event leads to.
    enum class EventChoice
    {
        Refused,   // unknown event, no forms, or a form the catalogue lacks: nothing changed
        Questions, // the event asks its yes/no questions first
        Forms,     // no questions: the caller starts the forms
    };

    FormsFlow(const KioskConfig &config, Services services, QObject *parent = nullptr);
    ~FormsFlow() override;

    QString lifeEventId() const { return m_lifeEvent; }
    QStringList formIds() const { return m_formIds; }
    const QSet<QString> &yesAnswers() const { return m_yes; }
    const forms::NavigatorAnswers &navigatorAnswers() const { return m_answers; }
    QList<forms::RelatedProcedure> guidance() const { return m_guidance; }
    // The day the life event happened (転入した日), from the event's `happened_on` field in the forms: the related
    // procedures' deadlines are counted from it. Kept, like the guidance, until the session ends (the done screen
    // shows the dates after the forms are wiped); null when unknown.
    QDate happenedOn() const;
    // Whether the chosen life event asks questions (Review's "back" returns to them).
    bool eventHasQuestions() const;

    int formCount() const { return int(m_forms.size()); }
    int formIndex() const { return m_formIndex; }
    forms::FormInstance &form(int index) { return m_forms.at(size_t(index)); }
    const forms::FormInstance &form(int index) const { return m_forms.at(size_t(index)); }
    const std::vector<forms::FormInstance> &forms() const { return m_forms; }
    forms::FormContext formContext() const;
    QList<forms::ValidationIssue> issues(int index) const;
    bool hasErrors(int index) const;
    bool anyErrors() const;
    // The current form asks for the individual number and it was not read yet.
    bool currentAsksIndividualNumber() const;
    bool individualNumberRead() const { return m_numberRead; }
    // One of the chosen forms asks for the individual number and it was not read yet (the session reads it over the
    // card kept verified since the PIN).
    bool needsIndividualNumber() const;

    EventChoice chooseLifeEvent(const QString &eventId);
    bool chooseForms(const QStringList &formIds);
    // Every question of the event was asked: those not answered yes were answered no.
    void answerQuestions(const QSet<QString> &yes);
    // Builds the chosen forms, prefilled from the card's record; the review starts at the first.
    void startForms(const ResidentRecord &record);
    // A pre-entry code's procedure, its questions answered at home (one left unanswered stays "not asked"), the
    // forms built from the card's record and pre-filled with the code's answers (provenance pre_entry). Returns the
    // "form/path" of the answers that no longer fit the current definitions (asked again).
    QStringList startPreEntry(const preentry::PreEntry &entry, const ResidentRecord &record);
    // Puts the individual number read later into every form that asks for it.
    void mergeIndividualNumber(const ResidentRecord &withNumber);

    // Editing the current form (derivations re-run; formChanged follows).
    bool setValue(const QString &path, const QJsonValue &value, forms::Provenance provenance);
    bool removeValue(const QString &path);
    int addListItem(const QString &listPath);
    bool removeListItem(const QString &listPath, int index);

    // Moves the review one form on / back; false at the last / first form.
    bool nextForm();
    bool previousForm();
    void setFormIndex(int index);
    // Back from the questions to the choice.
    void clearChoice();
    // Back from the first form: the forms are wiped; returns true when the life event's questions come back (the
    // choice and the answers kept), false when the choice is forgotten too.
    bool dropForms();

    // The life event the card's address says is the right move when the chosen one contradicts it: 転入 chosen
    // with the card's address already in the municipality → the event that fills the 転居届 alone, and the reverse
    // (from the forms' own rules, previous_address_in/outside_municipality). Empty when nothing contradicts.
    QString suggestedLifeEvent() const;
    // Switches to the suggested event keeping what fits: the answers to the questions both events ask, and what the
    // resident or staff entered at the paths both forms have (card values are filled again from the record).
    // Returns Questions when the new event asks questions that were not asked before (the kept values wait for the
    // forms), Forms when the forms were rebuilt at once, Refused (nothing changed) for any other event.
    EventChoice switchLifeEvent(const QString &eventId, const ResidentRecord &record);

    // Overwrites every value of the session's forms and forgets the choice.
    void wipe();
    // The end of a session also forgets the guidance.
    void reset();

Q_SIGNALS:
    void formChanged(int index);      // a value of the form changed (derivations re-run)
    void formIndexChanged(int index); // the review moved to another form

private:
    static void carryEntries(const forms::FormInstance &from, forms::FormInstance &to);
    void wipeCarried();
    // The procedures LifeEventNavigator::decide says apply for the answers (the done screen's guidance).
    QList<forms::RelatedProcedure> applyingProcedures(const QString &eventId,
                                                      const forms::NavigatorAnswers &answers) const;

    KioskConfig m_config;
    Services m_services;
    QString m_lifeEvent;
    QStringList m_formIds;
    QSet<QString> m_yes;
    forms::NavigatorAnswers m_answers; // each question asked: yes or no; carried in the Request for the slip
    std::vector<forms::FormInstance> m_forms;
    std::vector<forms::FormInstance> m_carried; // a switched procedure's forms, whose entries the next forms keep
    int m_formIndex = 0;
    bool m_numberRead = false;
    QList<forms::RelatedProcedure> m_guidance;
    QDate m_happenedOn; // happenedOn() of the forms wiped last
};

} // namespace kakanai::kiosk
