// The kiosk's audit trail (issue 9 item 4): every staff action of the session (KioskSession::staffAction: sign-in,
// correction, confirmation, sending back, closing the kiosk) and every refused sign-in (the sign-in screen) is
// recorded, with the staff id only where it names an account and codes instead of values; OutboxAuditSink writes
// entries to the encrypted outbox in the order they were recorded, on its own thread.
#include "app/core/OutboxAuditSink.h"
#include "app/core/Totp.h"
#include "tests/app/GuiTestSupport.h"

#include "outbox/AuditLog.h"
#include "outbox/DataKey.h"
#include "outbox/KeyRing.h"
#include "outbox/Outbox.h"

#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>

using namespace kakanai;
using namespace kakanai::kiosk;
using backoffice::AuditAction;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using kakanai::testing::RecordingAuditSink;
using S = kakanai::kiosk::SessionState;

class TestKioskAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<RecordingAuditSink> m_audit;
    std::unique_ptr<KioskHarness> m_k;

    bool signInAndWait(const char *id, const char *pin, const char *code = nullptr)
    {
        auto *message = m_k->window()->findChild<QLabel *>(QStringLiteral("sign_in_message"));
        const qsizetype before = m_audit->entries.size();
        return message && m_k->signInStaff(id, pin, code) &&
               QTest::qWaitFor([&] { return m_audit->entries.size() > before; }, 10000);
    }

    // Card, PIN, the card read, a 住民票 request filled in and under review (no staff step yet).
    bool toJuminhyoReview()
    {
        KioskSession *s = m_k->session();
        m_card->insert();
        m_card->answerTries(3);
        if (!m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")) || !m_k->click(QStringLiteral("pin_ok"))) {
            return false;
        }
        m_card->answerRead(testing::demoResident());
        return m_k->state() == S::ProcedureChoice && s->chooseForms({QStringLiteral("juminhyo")}) &&
               s->setValue(QStringLiteral("relation"), QStringLiteral("self"), forms::Provenance::Resident) &&
               s->setValue(QStringLiteral("scope"), QStringLiteral("all_household"), forms::Provenance::Resident) &&
               s->setValue(QStringLiteral("purpose"), QStringLiteral("就職・転職"), forms::Provenance::Resident) &&
               s->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"), forms::Provenance::Staff);
    }

private Q_SLOTS:
    void init()
    {
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        m_audit = std::make_unique<RecordingAuditSink>();
        KioskHarness::Setup setup;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        setup.audit = m_audit.get();
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        m_card->remove();
    }
    void cleanup()
    {
        m_k.reset();
        m_audit.reset();
    }

    void signInOutcomesAndClosingAreRecorded_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("recordedId");
        QTest::addColumn<QStringList>("detail");
        QTest::newRow("error: wrong PIN of a known id")
            << QStringLiteral("S002") << QStringLiteral("000000") << QStringLiteral("S002")
            << QStringList{QStringLiteral("wrong_credentials"), QStringLiteral("known_id")};
        QTest::newRow("error: unknown id")
            << QStringLiteral("S999") << QStringLiteral("000000") << QString()
            << QStringList{QStringLiteral("wrong_credentials"), QStringLiteral("unknown_id")};
        // A PIN typed into the id field is never recorded.
        QTest::newRow("error: a PIN in the id field")
            << QStringLiteral("258046") << QStringLiteral("258046") << QString()
            << QStringList{QStringLiteral("wrong_credentials"), QStringLiteral("unknown_id")};
    }
    void signInOutcomesAndClosingAreRecorded()
    {
        QFETCH(QString, id);
        QFETCH(QString, pin);
        QFETCH(QString, recordedId);
        QFETCH(QStringList, detail);
        QVERIFY(m_k->click(QStringLiteral("staff_menu")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(m_audit->entries.isEmpty());
        QVERIFY(signInAndWait(id.toLatin1().constData(), pin.toLatin1().constData()));
        QCOMPARE(m_audit->entries.size(), 1);
        const auto refused = m_audit->entries.last();
        QCOMPARE(refused.action, AuditAction::StaffSignInFailed);
        QCOMPARE(refused.staffId, recordedId);
        QCOMPARE(refused.detail, detail);
        QVERIFY(refused.requestId.isEmpty());
        QCOMPARE(m_k->state(), S::StaffSignIn);

        QVERIFY(signInAndWait("S001", "258046"));
        QVERIFY(m_k->waitFor(S::Admin));
        QCOMPARE(m_audit->entries.last().action, AuditAction::StaffSignIn);
        QCOMPARE(m_audit->entries.last().staffId, QStringLiteral("S001"));

        QVERIFY(m_k->click(QStringLiteral("admin_exit")));
        QCOMPARE(m_audit->entries.size(), 3);
        QCOMPARE(m_audit->entries.last().action, AuditAction::KioskClosed);
        QCOMPARE(m_audit->entries.last().staffId, QStringLiteral("S001"));
        for (const auto &e : std::as_const(m_audit->entries)) {
            QVERIFY(!e.staffId.contains(QLatin1String("258046")));
            QVERIFY(!e.detail.join(QLatin1Char(' ')).contains(QLatin1String("258046")));
        }
    }

    // A 住民票 request through the window in counter mode, with a staff correction of a value the card gave: the
    // entries come in the order staff acted, each with the staff id and the id of the request the session produced
    // (named when staff were first asked for, before the refused sign-in), the correction naming the form and field
    // only. No entry holds the resident's name, address or the corrected value
    // (positive control: the request handed to the sink holds them).
    void staffConfirmedRequestIsRecordedInOrder()
    {
        KioskSession *s = m_k->session();
        QVERIFY(toJuminhyoReview());
        QVERIFY(m_audit->entries.isEmpty()); // nothing staff did yet

        // Staff correct the name the card gave: a refused sign-in first, then theirs.
        const QString corrected = QStringLiteral("山田　華子");
        QVERIFY(s->requestCorrection());
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(signInAndWait("S001", "000000"));
        QVERIFY(signInAndWait("S001", "258046"));
        QVERIFY(m_k->waitFor(S::Review));
        QVERIFY(s->setValue(QStringLiteral("counter_person.name"), corrected, forms::Provenance::Staff));
        QVERIFY(s->reviewNext());
        QVERIFY(m_k->waitFor(S::ResidentConfirm));
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QVERIFY(m_k->waitFor(S::StaffConfirm)); // signed in for this session already
        QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
        QVERIFY(m_k->waitFor(S::Submitting));
        const QString requestId = s->requestId();
        QVERIFY(!requestId.isEmpty());
        m_sink->commit();
        QVERIFY(m_k->waitFor(S::Done));

        struct Expected
        {
            AuditAction action;
            QString requestId;
            QStringList detail;
        };
        const QList<Expected> expected{
            {AuditAction::StaffSignInFailed,
             requestId,
             {QStringLiteral("wrong_credentials"), QStringLiteral("known_id")}},
            {AuditAction::StaffSignIn, requestId, {QStringLiteral("pin")}},
            {AuditAction::Correction, requestId, {QStringLiteral("juminhyo/counter_person.name:card->staff")}},
            {AuditAction::Confirmation, requestId, {}},
        };
        QCOMPARE(m_audit->entries.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto &e = m_audit->entries.at(i);
            QCOMPARE(e.action, expected.at(i).action);
            QCOMPARE(e.staffId, QStringLiteral("S001"));
            QCOMPARE(e.requestId, expected.at(i).requestId);
            QCOMPARE(e.detail, expected.at(i).detail);
        }

        const QString resident = testing::demoResident().name;
        const QString address = testing::demoResident().address;
        QCOMPARE(m_sink->json.size(), 1);
        const QString request = QString::fromUtf8(m_sink->json.first());
        for (const QString &personal : {resident, address, corrected}) {
            QVERIFY(request.contains(personal)); // the control: the data was there to leak
            for (const auto &e : std::as_const(m_audit->entries)) {
                QVERIFY(!e.staffId.contains(personal) && !e.requestId.contains(personal));
                QVERIFY(!e.detail.join(QLatin1Char(' ')).contains(personal));
            }
        }
    }

    // Sending a request back to the review is recorded too, with who did it.
    void sendingBackIsRecorded()
    {
        KioskSession *s = m_k->session();
        QVERIFY(toJuminhyoReview());
        QVERIFY(s->reviewNext());
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(signInAndWait("S002", "137913"));
        QVERIFY(m_k->waitFor(S::StaffConfirm));
        QVERIFY(s->staffSendBack(0));
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_audit->entries.size(), 2);
        QCOMPARE(m_audit->entries.at(0).action, AuditAction::StaffSignIn);
        QCOMPARE(m_audit->entries.at(1).action, AuditAction::SentBack);
        QCOMPARE(m_audit->entries.at(1).staffId, QStringLiteral("S002"));
        // Both under the id of the request the session will produce.
        QVERIFY(!s->requestId().isEmpty());
        QCOMPARE(m_audit->entries.at(0).requestId, s->requestId());
        QCOMPARE(m_audit->entries.at(1).requestId, s->requestId());
    }

    // Each resident's session names its own request: the staff steps of two sessions carry two ids, and the staff
    // menu's sign-in (no request) carries none.
    void eachSessionHasItsOwnRequestId()
    {
        KioskSession *s = m_k->session();
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            QVERIFY(toJuminhyoReview());
            QVERIFY(s->requestCorrection());
            QVERIFY(signInAndWait("S001", "258046"));
            QVERIFY(m_k->waitFor(S::Review));
            QCOMPARE(m_audit->entries.last().action, AuditAction::StaffSignIn);
            ids << m_audit->entries.last().requestId;
            QVERIFY(!ids.last().isEmpty());
            QCOMPARE(ids.last(), s->requestId());
            m_card->remove();
            QVERIFY(m_k->waitFor(S::Idle));
            QVERIFY(s->requestId().isEmpty());
        }
        QVERIFY(ids.at(0) != ids.at(1));
        QVERIFY(m_k->click(QStringLiteral("staff_menu")));
        QVERIFY(signInAndWait("S001", "258046"));
        QVERIFY(m_k->waitFor(S::Admin));
        QCOMPARE(m_audit->entries.last().action, AuditAction::StaffSignIn);
        QVERIFY(m_audit->entries.last().requestId.isEmpty());
    }

    // The production sink: entries in the encrypted outbox, in the order recorded, across its thread.
    void outboxAuditSinkWritesInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QString keyFile = dir.filePath(QStringLiteral("outbox.key"));
        QVERIFY(backoffice::DataKey::create(keyFile).ok());
        auto loaded = backoffice::DataKey::load(keyFile);
        QVERIFY(loaded.ok());
        auto key = std::make_shared<const backoffice::DataKey>(std::move(*loaded));
        auto clock = std::make_shared<ManualClock>();
        {
            OutboxAuditSink sink(path, std::make_shared<const backoffice::KeyRing>(backoffice::KeyRing::fromKeys(key)),
                                 QStringLiteral("kiosk-07"), clock);
            QSignalSpy appended(&sink, &OutboxAuditSink::appended);
            QVERIFY(appended.isValid());
            sink.record(AuditAction::StaffSignIn, QStringLiteral("S001"));
            sink.record(AuditAction::Confirmation, QStringLiteral("S001"), QStringLiteral("r-1"));
            sink.record(AuditAction::Correction, QStringLiteral("S001"), QStringLiteral("r-1"),
                        {correctionDetail(QStringLiteral("juminhyo"), QStringLiteral("name"))});
            QTRY_COMPARE(appended.count(), 3);
            sink.record(AuditAction::KioskClosed, QStringLiteral("S001")); // written before the sink goes
        }
        auto outbox = backoffice::Outbox::open(path, key);
        QVERIFY(outbox.ok());
        backoffice::AuditLog log(**outbox, QStringLiteral("kiosk-07"));
        auto pending = log.pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 4);
        QCOMPARE(pending->at(0).action, QStringLiteral("staff_sign_in"));
        QCOMPARE(pending->at(2).detail, QStringList{QStringLiteral("juminhyo/name:card->staff")});
        QCOMPARE(pending->at(3).action, QStringLiteral("kiosk_closed"));
        QVERIFY(backoffice::verifyAuditChains(*pending).ok());
    }

    // The second factor through the sign-in screen (kiosk/staff_second_factor=totp): the screen asks for the code,
    // the PIN alone cannot sign in, a wrong code is refused and recorded like a wrong PIN, and the right one signs
    // in with the factors named in the entry.
    void secondFactorThroughTheSignInScreen()
    {
        const QByteArray key = QByteArrayLiteral("kakanai-gui-totp-key!");
        m_k.reset();
        KioskHarness::Setup setup;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        setup.audit = m_audit.get();
        setup.staffTotpKey = key;
        setup.adjust = [](KioskConfig &c) { c.staffTotp = true; };
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        QVERIFY(m_k->click(QStringLiteral("staff_menu")));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QVERIFY(m_k->find(QStringLiteral("staff_code"))->isVisible());
        const QByteArray code = Totp::code(key, m_k->clock.now().toSecsSinceEpoch());
        const QByteArray wrong = code == "000000" ? "111111" : "000000";

        // The PIN alone: the sign-in button stays disabled.
        QVERIFY(!m_k->signInStaff("S001", "258046"));
        QVERIFY(m_audit->entries.isEmpty());
        QVERIFY(m_k->click(QStringLiteral("key_clear"), QStringLiteral("StaffSignInScreen"))); // the PIN typed

        QVERIFY(signInAndWait("S001", "258046", wrong.constData()));
        QCOMPARE(m_k->state(), S::StaffSignIn);
        QCOMPARE(m_audit->entries.last().action, AuditAction::StaffSignInFailed);
        QCOMPARE(m_audit->entries.last().detail,
                 (QStringList{QStringLiteral("wrong_credentials"), QStringLiteral("known_id")}));

        QVERIFY(signInAndWait("S001", "258046", code.constData()));
        QVERIFY(m_k->waitFor(S::Admin));
        QCOMPARE(m_audit->entries.last().action, AuditAction::StaffSignIn);
        QCOMPARE(m_audit->entries.last().detail, QStringList{QStringLiteral("pin+totp")});
        for (const auto &e : std::as_const(m_audit->entries)) {
            QVERIFY(!e.detail.join(QLatin1Char(' ')).contains(QString::fromLatin1(code))); // never the code
        }
    }
};

QTEST_MAIN(TestKioskAudit)
#include "TestKioskAudit.moc"
