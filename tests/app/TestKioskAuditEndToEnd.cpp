// The kiosk's audit trail end to end (issue 9 item 4): a staff-confirmed 転入 request through the kiosk's window and
// the production sinks (encrypted outbox with its audit table, PDF paper), first offline, then delivered by the sync
// worker to the test PostgreSQL. The staff actions are in the outbox's audit table in the order staff acted, reach
// intake.audit in that order, `kakanai-inbox audit verify` finds the kiosk's chain intact and `audit list --request`
// shows the request's whole history (the staff sign-in and correction made before the request was built carry its
// id too). Neither the outbox's entries nor the intake's rows hold the resident's name, address
// or individual number (positive control: the request in the outbox holds all three).
#include "app/core/OutboxAuditSink.h"
#include "tests/app/GuiTestSupport.h"
#include "tests/app/OutboxKioskSupport.h"
#include "tests/support/ProgramRun.h"

#include "outbox/AuditLog.h"
#include "outbox/KeyRing.h"
#include "outbox/Outbox.h"
#include "outbox/Pg.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

class TestKioskAuditEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kioskId;
    QString m_inboxIni;

    // One kiosk process: its outbox service (the sync worker), the audit sink on the same file, the production sink
    // printing into a PDF folder, and the window with a scripted card. Destroyed window first, then the sinks.
    struct Kiosk
    {
        FakeCardPort card;
        std::unique_ptr<OutboxAuditSink> audit;
        std::unique_ptr<OutboxPrintSink> sink;
        std::unique_ptr<KioskHarness> k;
        ~Kiosk()
        {
            k.reset();
            sink.reset();
        }
    };

    QString folder() const { return m_dir.filePath(QStringLiteral("kiosk")); }
    QString outboxPath() const { return testing::outboxPathIn(folder()); }

    std::shared_ptr<const backoffice::DataKey> key() const
    {
        auto loaded = backoffice::DataKey::load(testing::outboxKeyFileIn(folder()));
        return loaded ? std::make_shared<const backoffice::DataKey>(std::move(*loaded)) : nullptr;
    }

    std::unique_ptr<Kiosk> startKiosk(bool intakeReachable)
    {
        auto kiosk = std::make_unique<Kiosk>();
        kiosk->sink = testing::makeOutboxPrintSink(folder(), intakeReachable);
        if (!kiosk->sink) {
            return nullptr;
        }
        kiosk->audit = std::make_unique<OutboxAuditSink>(
            outboxPath(), std::make_shared<const backoffice::KeyRing>(backoffice::KeyRing::fromKeys(key())), m_kioskId,
            std::make_shared<SystemClock>());
        kiosk->sink->setAuditSink(kiosk->audit.get());
        KioskHarness::Setup setup;
        setup.card = &kiosk->card;
        setup.sink = kiosk->sink.get();
        setup.audit = kiosk->audit.get();
        setup.adjust = [this](KioskConfig &c) {
            c.kioskId = m_kioskId;
            c.receiptPrefix = QStringLiteral("AU");
        };
        kiosk->k = std::make_unique<KioskHarness>(setup);
        if (!kiosk->k->app) {
            return nullptr;
        }
        kiosk->card.remove();
        return kiosk;
    }

    static bool enterPin(Kiosk &kiosk)
    {
        return kiosk.k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")) &&
               kiosk.k->click(QStringLiteral("pin_ok"));
    }

    // A 転入届 with the individual number read from the card, a staff correction of the name the card gave, the
    // resident's and the staff's confirmation; returns the request id once the paper is printed.
    static QString movingIn(Kiosk &kiosk, const QString &corrected)
    {
        KioskSession *s = kiosk.k->session();
        kiosk.card.insert();
        kiosk.card.answerTries(3);
        if (!enterPin(kiosk)) {
            return {};
        }
        kiosk.card.answerRead(testing::demoResident());
        // The 転入届 asks for the individual number: read at once over the card the PIN verified.
        if (kiosk.k->state() != S::ProcedureChoice || !s->chooseLifeEvent(QStringLiteral("moving_in")) ||
            !s->answerQuestions({}) || kiosk.k->state() != S::Reading) {
            return {};
        }
        kiosk.card.answerRead(testing::demoResident(true));
        if (!kiosk.k->waitFor(S::Review) || !s->individualNumberRead()) {
            return {};
        }
        const QList<std::pair<const char *, QString>> values = {
            {"path", QStringLiteral("special")},
            {"moved_on", QStringLiteral("2025-03-28")},
            {"planned_move_out_on", QStringLiteral("2025-03-25")},
            {"new_address.postal_code", QStringLiteral("1050011")},
            {"new_address.address", QStringLiteral("東京都港区芝公園４丁目２－８")},
            {"movers[0].relation", QStringLiteral("head")},
            {"notifier.relation", QStringLiteral("mover")},
        };
        for (const auto &[path, value] : values) {
            if (!s->setValue(QLatin1String(path), value, forms::Provenance::Resident)) {
                qWarning("value %s refused", path);
                return {};
            }
        }
        if (!s->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"), forms::Provenance::Staff)) {
            return {};
        }
        // Staff correct the name the card gave (signing in for this session), then confirm.
        if (!s->requestCorrection() || !kiosk.k->waitFor(S::StaffSignIn) || !kiosk.k->signInStaff() ||
            !kiosk.k->waitFor(S::Review) ||
            !s->setValue(QStringLiteral("movers[0].name"), corrected, forms::Provenance::Staff) || !s->reviewNext() ||
            !kiosk.k->waitFor(S::ResidentConfirm) || !kiosk.k->click(QStringLiteral("confirm_yes")) ||
            !kiosk.k->waitFor(S::StaffConfirm) || !kiosk.k->click(QStringLiteral("staff_confirm")) ||
            !kiosk.k->waitFor(S::Done, 30000)) {
            qWarning("stopped in state %s", qPrintable(sessionStateName(kiosk.k->state())));
            return {};
        }
        const QString requestId = s->requestId();
        if (!QTest::qWaitFor([s] { return s->printOutcome().has_value(); }, 60000) ||
            s->printOutcome()->status != PrintStatus::Printed) {
            return {};
        }
        kiosk.k->click(QStringLiteral("done_finish"));
        kiosk.card.remove();
        return requestId;
    }

    kakanai::testsupport::ProgramRun inbox(const QStringList &args)
    {
        return kakanai::testsupport::runProgram(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                                                QStringList{QStringLiteral("--config"), m_inboxIni} + args);
    }

    // Every byte of the outbox's files (database, WAL, journal) as one buffer.
    QByteArray outboxFiles() const
    {
        QByteArray all;
        QDirIterator it(folder(), {QStringLiteral("outbox.sqlite*")}, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                all += f.readAll();
            }
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        QVERIFY(m_dir.isValid());
        m_kioskId = fixtures::uniqueKioskId("audit");
        m_inboxIni = m_dir.filePath(QStringLiteral("inbox.ini"));
        QVERIFY(fixtures::writeFile(
            m_inboxIni, (fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox"))) +
                         QStringLiteral("time_zone=Asia/Tokyo\nworkstation_id=ws-audit-e2e\n"))
                            .toUtf8()));
    }

    void staffConfirmedRequestReachesTheIntakeInOrder()
    {
        const QString corrected = QStringLiteral("山田　華子");
        const QString name = testing::demoResident().name;
        const QString address = testing::demoResident().address;
        const QString number = QStringLiteral("123456789018");
        QString requestId;
        QByteArray request;
        {
            auto kiosk = startKiosk(false); // offline: the entries wait in the outbox
            QVERIFY(kiosk);
            requestId = movingIn(*kiosk, corrected);
            QVERIFY(!requestId.isEmpty());
            auto payload = kiosk->sink->outbox().outbox().payload(requestId);
            QVERIFY(payload.ok());
            request = *payload;
        }
        // The control: the request in the outbox holds what must not be in the trail.
        for (const QString &personal : {name, address, number, corrected}) {
            QVERIFY2(request.contains(personal.toUtf8()), "a personal value is not in the request");
        }

        // In the outbox: the kiosk's chain, in the order staff acted, ids and codes only.
        const QStringList actions{QStringLiteral("staff_sign_in"), QStringLiteral("correction"),
                                  QStringLiteral("confirmation"), QStringLiteral("print")};
        {
            auto outbox = backoffice::Outbox::open(outboxPath(), key());
            QVERIFY(outbox.ok());
            backoffice::AuditLog log(**outbox, m_kioskId);
            auto pending = log.pending(100);
            QVERIFY(pending.ok());
            QStringList seen;
            for (const auto &e : std::as_const(*pending)) {
                seen.append(e.action);
                QCOMPARE(e.staffId, QStringLiteral("S001"));
                const QString text = QString::fromUtf8(e.canonicalText());
                for (const QString &personal : {name, address, number, corrected}) {
                    QVERIFY(!text.contains(personal));
                }
            }
            QCOMPARE(seen, actions);
            QCOMPARE(pending->at(1).detail, QStringList{QStringLiteral("tennyu/movers[0].name:card->staff")});
            for (const auto &e : std::as_const(*pending)) {
                QCOMPARE(e.requestId, requestId); // the sign-in and the correction too, before the request was built
            }
            QCOMPARE(pending->at(3).detail, QStringList{QStringLiteral("printed")});
            QVERIFY(backoffice::verifyAuditChains(*pending).ok());
        }
        const QByteArray files = outboxFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &personal : {name, address, number, corrected}) {
            QVERIFY(!files.contains(personal.toUtf8())); // encrypted, entries and request alike
        }

        // Online again (the kiosk restarted): the sync worker delivers the request, then the entries.
        auto kiosk = startKiosk(true);
        QVERIFY(kiosk);
        auto staff = backoffice::PgConnection::connect(fixtures::pgSettings(QStringLiteral("staff")));
        QVERIFY(staff.ok());
        const auto rows = [&]() -> std::optional<backoffice::PgResult> {
            auto r = (*staff)->exec(QStringLiteral("SELECT action, staff_id, request_id, detail::text, seq"
                                                   " FROM intake.audit WHERE source_kind = 'kiosk' AND source_id = $1"
                                                   " ORDER BY seq"),
                                    {m_kioskId.toUtf8()});
            return r ? std::optional<backoffice::PgResult>(std::move(*r)) : std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rows() && rows()->rows() == actions.size(), 60000);
        const auto delivered = rows();
        for (int i = 0; i < delivered->rows(); ++i) {
            QCOMPARE(delivered->text(i, 0), actions.at(i));
            QCOMPARE(delivered->text(i, 1), QStringLiteral("S001"));
            QCOMPARE(delivered->text(i, 4).toInt(), i + 1);
            const QString row =
                delivered->text(i, 0) + delivered->text(i, 1) + delivered->text(i, 2) + delivered->text(i, 3);
            for (const QString &personal : {name, address, number, corrected}) {
                QVERIFY(!row.contains(personal));
            }
        }
        for (int i = 0; i < delivered->rows(); ++i) {
            QCOMPARE(delivered->text(i, 2), requestId);
        }

        // The chain is intact, and the request's history names who confirmed and printed it.
        const auto verify = inbox({QStringLiteral("audit"), QStringLiteral("verify")});
        bool chainOk = false;
        for (const QByteArray &line : verify.out.split('\n')) {
            if (line.startsWith(QString(QStringLiteral("kiosk ") + m_kioskId + QStringLiteral(": ")).toUtf8())) {
                chainOk = line.contains(", ok");
                QVERIFY2(chainOk, line.constData());
            }
        }
        QVERIFY2(chainOk, verify.out.constData());
        const auto history =
            inbox({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--request"), requestId});
        QCOMPARE(history.exitCode, 0);
        QStringList listed;
        for (const QByteArray &line : history.out.split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() >= 6 && fields.at(2) == m_kioskId.toUtf8()) {
                listed.append(QString::fromUtf8(fields.at(5)));
            }
        }
        QCOMPARE(listed, actions); // sign-in, correction, confirmation, print: the whole history of one request
    }
};

QTEST_MAIN(TestKioskAuditEndToEnd)
#include "TestKioskAuditEndToEnd.moc"
