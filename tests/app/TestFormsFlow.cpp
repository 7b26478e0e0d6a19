// FormsFlow alone: choosing a life event or forms (unknown ones refused), the navigator's answers and the guidance
// they decide, the forms prefilled from the card's record, edits re-running derivations, moving between forms and
// back to the choice, the individual number merged later, and the wipe (the guidance outlives it for the done
// screen; reset forgets it too).
#include "app/core/FormsFlow.h"
#include "tests/app/AppTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;

Q_DECLARE_METATYPE(kakanai::kiosk::FormsFlow::EventChoice)

class TestFormsFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FormsFlow> m_flow;

    void make(KioskMode mode)
    {
        m_flow.reset();
        m_clock = std::make_unique<ManualClock>();
        m_flow = std::make_unique<FormsFlow>(
            testing::testConfig(mode), FormsFlow::Services{&testing::catalog(), &testing::navigator(), m_clock.get()});
    }

private Q_SLOTS:
    void init() { make(KioskMode::Counter); }

    void chooseLifeEvent_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<FormsFlow::EventChoice>("expected");
        QTest::addColumn<QStringList>("forms");
        QTest::newRow("moving in asks its questions")
            << QStringLiteral("moving_in") << FormsFlow::EventChoice::Questions
            << QStringList{QStringLiteral("tennyu")};
        QTest::newRow("certificates: the forms at once")
            << QStringLiteral("certificates") << FormsFlow::EventChoice::Forms
            << QStringList{QStringLiteral("juminhyo"), QStringLiteral("inkan"), QStringLiteral("koseki"),
                           QStringLiteral("zeishomei")};
        QTest::newRow("error: unknown event")
            << QStringLiteral("no_such_event") << FormsFlow::EventChoice::Refused << QStringList{};
        QTest::newRow("error: empty id") << QString() << FormsFlow::EventChoice::Refused << QStringList{};
    }
    void chooseLifeEvent()
    {
        QFETCH(QString, event);
        QFETCH(FormsFlow::EventChoice, expected);
        QFETCH(QStringList, forms);
        QCOMPARE(m_flow->chooseLifeEvent(event), expected);
        QCOMPARE(m_flow->formIds(), forms);
        QCOMPARE(m_flow->lifeEventId(), expected == FormsFlow::EventChoice::Refused ? QString() : event);
        QCOMPARE(m_flow->eventHasQuestions(), expected == FormsFlow::EventChoice::Questions);
    }

    void chooseForms_data()
    {
        QTest::addColumn<QStringList>("forms");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("住民票") << QStringList{QStringLiteral("juminhyo")} << true;
        QTest::newRow("two forms") << QStringList{QStringLiteral("juminhyo"), QStringLiteral("inkan")} << true;
        QTest::newRow("error: none") << QStringList{} << false;
        QTest::newRow("error: unknown form")
            << QStringList{QStringLiteral("juminhyo"), QStringLiteral("no_such_form")} << false;
    }
    void chooseForms()
    {
        QFETCH(QStringList, forms);
        QFETCH(bool, accepted);
        QCOMPARE(m_flow->chooseForms(forms), accepted);
        QCOMPARE(m_flow->formIds(), accepted ? forms : QStringList{});
        if (!accepted) {
            return;
        }
        m_flow->startForms(testing::demoResident());
        QCOMPARE(m_flow->formCount(), forms.size());
        QCOMPARE(m_flow->formIndex(), 0);
    }

    // The answers decide the guidance: a question not answered yes is a no, and only what applies is listed.
    void answersDecideGuidance()
    {
        QCOMPARE(m_flow->chooseLifeEvent(QStringLiteral("moving_in")), FormsFlow::EventChoice::Questions);
        m_flow->answerQuestions({});
        const int none = int(m_flow->guidance().size());
        QVERIFY(!m_flow->navigatorAnswers().isEmpty());
        QCOMPARE(m_flow->navigatorAnswers().value(QStringLiteral("has_pet_dog")), false);
        m_flow->answerQuestions({QStringLiteral("has_pet_dog"), QStringLiteral("has_children")});
        QCOMPARE(m_flow->navigatorAnswers().value(QStringLiteral("has_pet_dog")), true);
        QVERIFY(int(m_flow->guidance().size()) > none);
        QCOMPARE(m_flow->yesAnswers().size(), 2);
    }

    void prefillAndEdit()
    {
        QVERIFY(m_flow->chooseForms({QStringLiteral("juminhyo")}));
        m_flow->startForms(testing::demoResident());
        const forms::FieldValue *name = m_flow->form(0).value(QStringLiteral("counter_person.name"));
        QVERIFY(name);
        QCOMPARE(name->value.toJson().toString(), testing::demoResident().name);
        QCOMPARE(name->provenance, forms::Provenance::Card);
        QVERIFY(m_flow->hasErrors(0)); // purpose, scope … not answered yet

        QSignalSpy changed(m_flow.get(), &FormsFlow::formChanged);
        QVERIFY(changed.isValid());
        QVERIFY(m_flow->setValue(QStringLiteral("relation"), QStringLiteral("self"), forms::Provenance::Resident));
        QVERIFY(
            m_flow->setValue(QStringLiteral("scope"), QStringLiteral("all_household"), forms::Provenance::Resident));
        QVERIFY(m_flow->setValue(QStringLiteral("purpose"), QStringLiteral("就職・転職"), forms::Provenance::Resident));
        QVERIFY(
            m_flow->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"), forms::Provenance::Staff));
        QCOMPARE(changed.count(), 4);
        QVERIFY(!m_flow->hasErrors(0));
        QVERIFY(!m_flow->anyErrors());
        QVERIFY(!m_flow->setValue(QStringLiteral("no_such_field"), QStringLiteral("x"), forms::Provenance::Resident));
        QVERIFY(m_flow->removeValue(QStringLiteral("purpose")));
        QVERIFY(m_flow->hasErrors(0));
    }

    void moveAndBack()
    {
        QVERIFY(m_flow->chooseForms({QStringLiteral("juminhyo"), QStringLiteral("inkan")}));
        m_flow->startForms(testing::demoResident());
        QSignalSpy moved(m_flow.get(), &FormsFlow::formIndexChanged);
        QVERIFY(moved.isValid());
        QVERIFY(!m_flow->previousForm());
        QVERIFY(m_flow->nextForm());
        QCOMPARE(m_flow->formIndex(), 1);
        QVERIFY(!m_flow->nextForm());
        QVERIFY(m_flow->previousForm());
        QCOMPARE(moved.count(), 2);
        // Back from single forms: the choice is forgotten.
        QVERIFY(!m_flow->dropForms());
        QCOMPARE(m_flow->formCount(), 0);
        QVERIFY(m_flow->formIds().isEmpty());

        // Back from a life event's forms: the questions come back with their answers.
        QCOMPARE(m_flow->chooseLifeEvent(QStringLiteral("moving_in")), FormsFlow::EventChoice::Questions);
        m_flow->answerQuestions({QStringLiteral("kokuho")});
        m_flow->startForms(testing::demoResident());
        QVERIFY(m_flow->dropForms());
        QCOMPARE(m_flow->formCount(), 0);
        QCOMPARE(m_flow->lifeEventId(), QStringLiteral("moving_in"));
        QVERIFY(m_flow->yesAnswers().contains(QStringLiteral("kokuho")));
        m_flow->clearChoice();
        QVERIFY(m_flow->lifeEventId().isEmpty());
        QVERIFY(m_flow->navigatorAnswers().isEmpty());
    }

    void individualNumberMerged()
    {
        QCOMPARE(m_flow->chooseLifeEvent(QStringLiteral("moving_in")), FormsFlow::EventChoice::Questions);
        m_flow->answerQuestions({});
        m_flow->startForms(testing::demoResident());
        QVERIFY(m_flow->currentAsksIndividualNumber());
        m_flow->mergeIndividualNumber(testing::demoResident()); // no number: nothing changes
        QVERIFY(!m_flow->individualNumberRead());
        m_flow->mergeIndividualNumber(testing::demoResident(true));
        QVERIFY(m_flow->individualNumberRead());
        QVERIFY(!m_flow->currentAsksIndividualNumber());
        bool found = false;
        for (const QString &path : m_flow->form(0).paths()) {
            if (m_flow->form(0).individualNumber(path)) {
                found = true;
                QCOMPARE(m_flow->form(0).value(path)->provenance, forms::Provenance::Card);
            }
        }
        QVERIFY(found);
    }

    void wipeKeepsGuidanceResetDoesNot()
    {
        QCOMPARE(m_flow->chooseLifeEvent(QStringLiteral("moving_in")), FormsFlow::EventChoice::Questions);
        m_flow->answerQuestions({QStringLiteral("has_pet_dog")});
        m_flow->startForms(testing::demoResident());
        QVERIFY(!m_flow->guidance().isEmpty());
        m_flow->wipe();
        QCOMPARE(m_flow->formCount(), 0);
        QVERIFY(m_flow->lifeEventId().isEmpty());
        QVERIFY(m_flow->navigatorAnswers().isEmpty());
        QVERIFY(!m_flow->guidance().isEmpty()); // the done screen still lists it
        m_flow->reset();
        QVERIFY(m_flow->guidance().isEmpty());
    }

    // The rules see the kiosk's context: today from the Clock, the municipality and the mode.
    void context()
    {
        const forms::FormContext counter = m_flow->formContext();
        QCOMPARE(counter.today, m_clock->now().date());
        QCOMPARE(counter.municipalityCode, QStringLiteral("13103"));
        QCOMPARE(counter.mode, forms::Mode::Counter);
        make(KioskMode::SelfService);
        QCOMPARE(m_flow->formContext().mode, forms::Mode::SelfService);
    }
};

QTEST_GUILESS_MAIN(TestFormsFlow)
#include "TestFormsFlow.moc"
