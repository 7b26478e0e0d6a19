// The kiosk's audit trail (issue 9 item 4): staff sign-in (success and refusal) and closing the kiosk are recorded
// from the screens, with the staff id only where it names an account; OutboxAuditSink writes entries to the
// encrypted outbox in the order they were recorded, on its own thread.
#include "app/core/OutboxAuditSink.h"
#include "tests/app/GuiTestSupport.h"

#include "outbox/AuditLog.h"
#include "outbox/DataKey.h"
#include "outbox/Outbox.h"

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

    bool signInAndWait(const char *id, const char *pin)
    {
        auto *message = m_k->window()->findChild<QLabel *>(QStringLiteral("sign_in_message"));
        const qsizetype before = m_audit->entries.size();
        return message && m_k->signInStaff(id, pin) &&
               QTest::qWaitFor([&] { return m_audit->entries.size() > before; }, 10000);
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
            OutboxAuditSink sink(path, key, QStringLiteral("kiosk-07"), clock);
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
        backoffice::AuditLog log(**outbox, key, QStringLiteral("kiosk-07"));
        auto pending = log.pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 4);
        QCOMPARE(pending->at(0).action, QStringLiteral("staff_sign_in"));
        QCOMPARE(pending->at(2).detail, QStringList{QStringLiteral("juminhyo/name:card->staff")});
        QCOMPARE(pending->at(3).action, QStringLiteral("kiosk_closed"));
        QVERIFY(backoffice::verifyAuditChains(*pending).ok());
    }
};

QTEST_MAIN(TestKioskAudit)
#include "TestKioskAudit.moc"
