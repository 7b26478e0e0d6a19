// What the review asks, generated from the form definitions: values from the card marked and not asked again,
// conditional fields only once their condition holds, self-service restrictions, no typing in self-service, the
// individual number only in counter mode; and the field policy file itself.
#include "app/core/ReviewPlan.h"
#include "tests/app/AppTestSupport.h"

#include "forms/FormInstance.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;
using forms::FormInstance;

Q_DECLARE_METATYPE(kakanai::kiosk::KioskMode)
Q_DECLARE_METATYPE(kakanai::forms::Provenance)

namespace {

forms::FormContext contextFor(KioskMode mode)
{
    forms::FormContext c;
    c.today = QDate(2025, 4, 1);
    c.municipality = QStringLiteral("東京都港区");
    c.municipalityCode = QStringLiteral("13103");
    c.mode = mode == KioskMode::Counter ? forms::Mode::Counter : forms::Mode::SelfService;
    return c;
}

FormInstance filled(const QString &id, KioskMode mode, bool withNumber = false)
{
    FormInstance f(testing::catalog().shared(id));
    f.prefill(testing::demoResident(withNumber));
    f.derive(contextFor(mode));
    return f;
}

QStringList asked(const ReviewPlan &plan)
{
    QStringList out;
    for (const PlannedSection &s : plan.sections) {
        for (const PlannedField &f : s.fields) {
            out.append(f.path);
            for (const auto &item : f.items) {
                for (const PlannedField &sub : item) {
                    out.append(sub.path);
                }
            }
        }
    }
    return out;
}

QStringList fromCard(const ReviewPlan &plan)
{
    QStringList out;
    for (const PlannedField &f : plan.cardFields) {
        out.append(f.path);
    }
    return out;
}

} // namespace

class TestReviewPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void juminhyoAsksOnlyWhatTheCardCannotKnow()
    {
        const FormInstance f = filled(QStringLiteral("juminhyo"), KioskMode::Counter);
        const ReviewPlan plan = planReview(f, contextFor(KioskMode::Counter), KioskMode::Counter, testing::policy());
        const QStringList card = fromCard(plan);
        QVERIFY(card.contains(QStringLiteral("counter_person.name")));
        QVERIFY(card.contains(QStringLiteral("counter_person.address")));
        QVERIFY(card.contains(QStringLiteral("counter_person.birth_date")));
        const QStringList questions = asked(plan);
        QVERIFY(!questions.contains(QStringLiteral("counter_person.name")));
        QVERIFY(questions.contains(QStringLiteral("relation")));
        QVERIFY(questions.contains(QStringLiteral("purpose")));
        QVERIFY(questions.contains(QStringLiteral("id_document"))); // counter mode
        // Conditional fields wait for the answer that decides them.
        QVERIFY(!questions.contains(QStringLiteral("requester.name")));
        QVERIFY(!questions.contains(QStringLiteral("power_of_attorney")));
        QVERIFY(!questions.contains(QStringLiteral("third_party.reason")));
        QVERIFY(!questions.contains(QStringLiteral("persons")));
        QVERIFY(!questions.contains(QStringLiteral("delivery"))); // set by a rule
        QVERIFY(plan.unaskable.isEmpty());
        QCOMPARE(plan.find(QStringLiteral("purpose"))->kind, EditorKind::Presets);
        QCOMPARE(plan.find(QStringLiteral("copies"))->kind, EditorKind::Count);
        QCOMPARE(plan.find(QStringLiteral("counter_person.phone"))->kind, EditorKind::Keypad);
        QVERIFY(plan.find(QStringLiteral("relation"))->required);
    }

    void answersOpenTheFieldsTheyDecide()
    {
        FormInstance f = filled(QStringLiteral("juminhyo"), KioskMode::Counter);
        const auto ctx = contextFor(KioskMode::Counter);
        f.setValue(QStringLiteral("relation"), QStringLiteral("proxy"), forms::Provenance::Resident);
        f.setValue(QStringLiteral("scope"), QStringLiteral("some"), forms::Provenance::Resident);
        f.derive(ctx);
        const QStringList questions = asked(planReview(f, ctx, KioskMode::Counter, testing::policy()));
        QVERIFY(questions.contains(QStringLiteral("requester.name")));
        QVERIFY(questions.contains(QStringLiteral("power_of_attorney")));
        QVERIFY(questions.contains(QStringLiteral("persons")));
        f.setValue(QStringLiteral("relation"), QStringLiteral("self"), forms::Provenance::Resident);
        f.derive(ctx);
        const QStringList again = asked(planReview(f, ctx, KioskMode::Counter, testing::policy()));
        QVERIFY(!again.contains(QStringLiteral("requester.name"))); // copied from the person at the counter
    }

    void selfServiceRestrictsAndNeverAsksToType()
    {
        const auto ctx = contextFor(KioskMode::SelfService);
        const FormInstance f = filled(QStringLiteral("juminhyo"), KioskMode::SelfService);
        const ReviewPlan plan = planReview(f, ctx, KioskMode::SelfService, testing::policy());
        const PlannedField *relation = plan.find(QStringLiteral("relation"));
        QVERIFY(relation);
        QStringList values;
        for (const auto &o : relation->options) {
            values.append(o.value);
        }
        QCOMPARE(values, (QStringList{QStringLiteral("self"), QStringLiteral("same_household")}));
        QVERIFY(!plan.find(QStringLiteral("id_document"))); // counter only
        for (const QString &path : asked(plan)) {
            QVERIFY2(plan.find(path)->kind != EditorKind::Text, qPrintable(path));
        }
        QVERIFY(plan.unaskable.isEmpty());
    }

    // 住民票 of some people: the first person is the card holder, filled from the card (the review screen does it);
    // self-service does not ask those values again, as the pre-entry page does not; a person added at the counter is
    // asked, and staff still see and may correct the card holder's item in counter mode.
    void cardHolderItemIsNotAskedInSelfService_data()
    {
        QTest::addColumn<KioskMode>("mode");
        QTest::addColumn<forms::Provenance>("provenance");
        QTest::addColumn<bool>("askedAgain");
        QTest::newRow("self-service, from the card") << KioskMode::SelfService << forms::Provenance::Card << false;
        QTest::newRow("self-service, typed by staff") << KioskMode::SelfService << forms::Provenance::Staff << true;
        QTest::newRow("counter, from the card") << KioskMode::Counter << forms::Provenance::Card << true;
    }

    void cardHolderItemIsNotAskedInSelfService()
    {
        QFETCH(KioskMode, mode);
        QFETCH(forms::Provenance, provenance);
        QFETCH(bool, askedAgain);
        const auto ctx = contextFor(mode);
        FormInstance f = filled(QStringLiteral("juminhyo"), mode);
        QVERIFY(!f.setValue(QStringLiteral("scope"), QStringLiteral("some"), forms::Provenance::Resident));
        QVERIFY(!f.setValue(QStringLiteral("persons[0].name"), QStringLiteral("山田　花子"), provenance));
        QVERIFY(!f.setValue(QStringLiteral("persons[0].birth_date"), QStringLiteral("1985-04-12"), provenance));
        f.derive(ctx);
        const ReviewPlan plan = planReview(f, ctx, mode, testing::policy());
        QCOMPARE(asked(plan).contains(QStringLiteral("persons[0].birth_date")), askedAgain);
        QCOMPARE(fromCard(plan).contains(QStringLiteral("persons[0].birth_date")), !askedAgain);
    }

    void selfServiceMovingInAsksTheAddressByTaps()
    {
        const auto ctx = contextFor(KioskMode::SelfService);
        FormInstance f = filled(QStringLiteral("tennyu"), KioskMode::SelfService);
        ReviewPlan plan = planReview(f, ctx, KioskMode::SelfService, testing::policy());
        QCOMPARE(plan.find(QStringLiteral("new_address.address"))->kind, EditorKind::Address);
        QCOMPARE(plan.find(QStringLiteral("new_address.address"))->pairedPostal,
                 QStringLiteral("new_address.postal_code"));
        QVERIFY(!asked(plan).contains(QStringLiteral("new_address.postal_code"))); // inside the composer
        QVERIFY(!fromCard(plan).contains(QStringLiteral("movers[0].individual_number")));
        QVERIFY(!plan.find(QStringLiteral("movers[0].individual_number")));
        // The one allowed notifier (the person moving) is answered, not asked.
        QCOMPARE(plan.find(QStringLiteral("notifier.relation"))->onlyValue.toString(), QStringLiteral("mover"));
        for (const QString &path : asked(plan)) {
            QVERIFY2(plan.find(path)->kind != EditorKind::Text, qPrintable(path));
        }
        QCOMPARE(plan.find(QStringLiteral("movers"))->maxItems, 1);
        // A foreign resident's details are asked by taps too.
        f.setValue(QStringLiteral("movers[0].is_foreign"), true, forms::Provenance::Resident);
        f.derive(ctx);
        plan = planReview(f, ctx, KioskMode::SelfService, testing::policy());
        QCOMPARE(plan.find(QStringLiteral("movers[0].nationality"))->kind, EditorKind::Presets);
        QCOMPARE(plan.find(QStringLiteral("movers[0].residence_category"))->kind, EditorKind::Choice);
    }

    void counterShowsTheNumberAsACardValue()
    {
        const auto ctx = contextFor(KioskMode::Counter);
        const FormInstance f = filled(QStringLiteral("tennyu"), KioskMode::Counter);
        const ReviewPlan plan = planReview(f, ctx, KioskMode::Counter, testing::policy());
        const PlannedField *number = plan.find(QStringLiteral("movers[0].individual_number"));
        QVERIFY(number);
        QCOMPARE(number->kind, EditorKind::IndividualNumber);
        QVERIFY(number->fromCard);
        QVERIFY(plan.find(QStringLiteral("movers"))->firstItemFromCard);
    }

    void everySelfServiceFormCanBeAnswered()
    {
        // For the forms self-service offers, nothing required is left to typing once the deciding answers are the
        // ones self-service allows.
        const auto ctx = contextFor(KioskMode::SelfService);
        for (const QString &id : testing::catalog().ids()) {
            if (!testing::policy().formInSelfService(id)) {
                continue;
            }
            const FormInstance f = filled(id, KioskMode::SelfService);
            const ReviewPlan plan = planReview(f, ctx, KioskMode::SelfService, testing::policy());
            QVERIFY2(plan.unaskable.isEmpty(),
                     qPrintable(id + QLatin1Char(' ') + plan.unaskable.join(QLatin1Char(' '))));
        }
        QVERIFY(!testing::policy().formInSelfService(QStringLiteral("koseki"))); // 本籍 and 筆頭者 need typing
    }

    void policyFileProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown key") << QByteArray(R"({"format": 1, "presets_fro": {}})")
                                     << QStringLiteral("unknown key");
        QTest::newRow("wrong format") << QByteArray(R"({"format": 2})") << QStringLiteral("format");
        QTest::newRow("missing preset list")
            << QByteArray(R"({"format": 1, "presets_for": {"purpose": "x"}})") << QStringLiteral("no preset list");
        QTest::newRow("unknown keypad") << QByteArray(R"({"format": 1, "keypads": {"phone": "letters"}})")
                                        << QStringLiteral("keypads");
    }

    void policyFileProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        QList<ConfigProblem> problems;
        FieldPolicy::parse(json, &problems);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().message.contains(fragment), qPrintable(problems.first().message));
    }

    void embeddedPolicyIsClean()
    {
        QList<ConfigProblem> problems;
        FieldPolicy::load(FieldPolicy::embeddedFile(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }
};

QTEST_GUILESS_MAIN(TestReviewPlan)
#include "TestReviewPlan.moc"
