// Pre-entry at the kiosk (KioskSession::applyPreEntry): a code read on the idle screen is kept until the card has
// been read and then opens its procedure pre-filled; on the procedure screen it opens it at once; the card and the
// PIN are still needed; the card's values stay the card's; unusable codes change nothing and keep nothing.
#include "app/core/KioskSession.h"
#include "preentry/PreEntryCodec.h"
#include "tests/app/AppTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using S = kakanai::kiosk::SessionState;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray code(const QString &event, const QString &form, const QJsonObject &answers, QDate created,
                const forms::NavigatorAnswers &navigator = {})
{
    preentry::PreEntry e;
    e.eventId = event;
    e.navigator = navigator;
    e.created = created;
    e.forms.append({form, testing::catalog().form(form)->version, answers});
    const auto text = preentry::PreEntryCodec::encode(e, testing::catalog(), &testing::navigator());
    if (!text) {
        qFatal("encode: %s", qPrintable(text.error().toLogString()));
    }
    return *text;
}

} // namespace

class TestKioskPreEntry : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KioskSession> m_session;

    QDate today() const { return m_clock->now().date(); }

    void readCard()
    {
        m_card->insert();
        m_card->answerTries(3);
        QCOMPARE(m_session->state(), S::PinEntry);
        QVERIFY(m_session->submitPin(std::make_shared<SecretBytes>(QByteArrayLiteral("1234"))));
        m_card->answerRead(testing::demoResident());
    }

private Q_SLOTS:
    void init()
    {
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        m_clock = std::make_unique<ManualClock>();
        KioskSession::Services services;
        services.card = m_card.get();
        services.catalog = &testing::catalog();
        services.navigator = &testing::navigator();
        services.sink = m_sink.get();
        services.clock = m_clock.get();
        m_session = std::make_unique<KioskSession>(testing::testConfig(KioskMode::SelfService), services);
    }

    void cleanup()
    {
        m_session.reset();
        m_card.reset();
    }

    void onIdleThenCard()
    {
        QSignalSpy accepted(m_session.get(), &KioskSession::preEntryAccepted);
        QVERIFY(accepted.isValid());
        const QByteArray text = code({}, QStringLiteral("juminhyo"),
                                     object(R"({"relation": "self", "scope": "all_household", "purpose": "就職・転職",
                                                "copies": 2})"),
                                     today().addDays(-2));
        QVERIFY(m_session->applyPreEntry(text));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().first().toString(), QStringLiteral("juminhyo"));
        // Still idle: the card and the PIN come first.
        QCOMPARE(m_session->state(), S::Idle);
        QVERIFY(m_session->hasPendingPreEntry());
        readCard();
        QCOMPARE(m_session->state(), S::Review);
        QVERIFY(!m_session->hasPendingPreEntry());
        QCOMPARE(m_session->formIds(), QStringList{QStringLiteral("juminhyo")});
        const forms::FormInstance &f = m_session->form(0);
        QCOMPARE(f.value(QStringLiteral("purpose"))->value.toString(), QStringLiteral("就職・転職"));
        QCOMPARE(f.value(QStringLiteral("purpose"))->provenance, forms::Provenance::PreEntry);
        QCOMPARE(f.value(QStringLiteral("copies"))->value.toInt(), 2);
        // The card's values are the card's, and the requester is copied from them as always.
        QCOMPARE(f.value(QStringLiteral("counter_person.name"))->provenance, forms::Provenance::Card);
        QCOMPARE(f.value(QStringLiteral("requester.name"))->value.toString(), testing::demoResident().name);
        QVERIFY(!m_session->hasErrors(0));
        QVERIFY(m_session->preEntryDropped().isEmpty());
    }

    void onProcedureScreenLifeEvent()
    {
        readCard();
        QCOMPARE(m_session->state(), S::ProcedureChoice);
        const QByteArray text =
            code(QStringLiteral("moving_in"), QStringLiteral("tennyu"),
                 object(R"({"path": "ordinary", "moving_out_certificate": true, "notifier.relation": "mover",
                            "movers": [{"relation": "head", "is_foreign": false}]})"),
                 today(), {{QStringLiteral("kokuho"), true}, {QStringLiteral("has_children"), false}});
        QVERIFY(m_session->applyPreEntry(text));
        // The questions were answered at home: straight to the review.
        QCOMPARE(m_session->state(), S::Review);
        QCOMPARE(m_session->lifeEventId(), QStringLiteral("moving_in"));
        QCOMPARE(m_session->navigatorAnswers().value(QStringLiteral("kokuho")), true);
        QVERIFY(!m_session->navigatorAnswers().contains(QStringLiteral("over_65"))); // not asked: stays unasked
        QVERIFY(m_session->yesAnswers().contains(QStringLiteral("kokuho")));
        const forms::FormInstance &f = m_session->form(0);
        QCOMPARE(f.value(QStringLiteral("movers[0].relation"))->provenance, forms::Provenance::PreEntry);
        QCOMPARE(f.value(QStringLiteral("movers[0].name"))->provenance, forms::Provenance::Card);
        QCOMPARE(f.value(QStringLiteral("path"))->value.toString(), QStringLiteral("ordinary"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("onProcedureScreen");
        const QDate day = ManualClock().now().date();
        const QByteArray good = code({}, QStringLiteral("inkan"), object(R"({"copies": 1})"), day);
        QByteArray damaged = good;
        damaged[12] = damaged[12] == 'A' ? 'B' : 'A';
        QTest::newRow("error: damaged on idle") << damaged << int(preentry::PreEntryErrorCode::Damaged) << false;
        QTest::newRow("error: damaged on the procedure screen")
            << damaged << int(preentry::PreEntryErrorCode::Damaged) << true;
        QTest::newRow("error: a receipt's code") << QByteArray("KKN1:0196:chiyoda-01:form.juminhyo:20250410T010000Z")
                                                 << int(preentry::PreEntryErrorCode::Foreign) << false;
        QTest::newRow("error: expired") << code({}, QStringLiteral("inkan"), object(R"({"copies": 1})"),
                                                day.addDays(-31))
                                        << int(preentry::PreEntryErrorCode::Expired) << true;
        QTest::newRow("error: newer format")
            << QByteArray("KKP2" + good.mid(4)) << int(preentry::PreEntryErrorCode::UnsupportedVersion) << false;
    }

    void refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(bool, onProcedureScreen);
        if (onProcedureScreen) {
            readCard();
        }
        const S before = m_session->state();
        QSignalSpy accepted(m_session.get(), &KioskSession::preEntryAccepted);
        preentry::PreEntryError error;
        QVERIFY(!m_session->applyPreEntry(text, &error));
        QCOMPARE(int(error.code), kind);
        QCOMPARE(m_session->state(), before);
        QVERIFY(!m_session->hasPendingPreEntry());
        QCOMPARE(accepted.count(), 0);
        if (!onProcedureScreen) {
            // Nothing was kept: after the card the resident chooses as usual.
            readCard();
            QCOMPARE(m_session->state(), S::ProcedureChoice);
        }
    }

    void notDuringReview()
    {
        readCard();
        QVERIFY(m_session->chooseForms({QStringLiteral("juminhyo")}));
        const QByteArray text = code({}, QStringLiteral("inkan"), object(R"({"copies": 1})"), today());
        QVERIFY(!m_session->applyPreEntry(text));
        QCOMPARE(m_session->formIds(), QStringList{QStringLiteral("juminhyo")});
    }

    void aKeptCodeExpiresWithoutACard()
    {
        QSignalSpy forgotten(m_session.get(), &KioskSession::preEntryForgotten);
        QVERIFY(forgotten.isValid());
        QVERIFY(m_session->applyPreEntry(code({}, QStringLiteral("inkan"), object(R"({"copies": 1})"), today())));
        m_clock->advanceMs(KioskSession::PendingPreEntryMs - 1000);
        QCoreApplication::processEvents();
        QVERIFY(m_session->hasPendingPreEntry());
        m_clock->advanceMs(2000);
        QTRY_VERIFY(!m_session->hasPendingPreEntry());
        QCOMPARE(forgotten.count(), 1);
        // The next resident's card opens the procedure choice, not the previous resident's form.
        readCard();
        QCOMPARE(m_session->state(), S::ProcedureChoice);
    }

    void cancelForgetsThePendingCode()
    {
        QVERIFY(m_session->applyPreEntry(code({}, QStringLiteral("inkan"), object(R"({"copies": 1})"), today())));
        QVERIFY(m_session->hasPendingPreEntry());
        m_card->insert();
        m_session->cancel();
        QVERIFY(!m_session->hasPendingPreEntry());
    }
};

QTEST_GUILESS_MAIN(TestKioskPreEntry)
#include "TestKioskPreEntry.moc"
