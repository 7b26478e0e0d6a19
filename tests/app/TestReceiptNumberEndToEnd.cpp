// One receipt number (受付番号) per request, followed through every output (issue 8): a 転入 life-event request
// submitted through the kiosk's window and the production sink (encrypted outbox, PDF paper, the sync worker to the
// test PostgreSQL) shows the same number on the done screen, in the text of the receipt, of every A4 form page and
// of the guidance slip, in `kakanai-inbox search` and in both export formats. Then the kiosk restarts on the same
// outbox with the intake unreachable: its numbers go on (never one handed out before), and a second kiosk with its
// own prefix counting from 1 never collides with it.
#include "tests/app/GuiTestSupport.h"
#include "tests/app/OutboxKioskSupport.h"
#include "tests/support/ProgramRun.h"

#include "forms/ReceiptNumber.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

namespace {

using Run = kakanai::testsupport::ProgramRun;

Run run(const QString &program, const QStringList &args)
{
    return kakanai::testsupport::runProgram(program, args);
}

// The text layer of a PDF, page by page (pdftotext of each page, as a person comparing the paper would).
QStringList pdfPages(const QString &file)
{
    const Run info = run(QStringLiteral("pdfinfo"), {file});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    QStringList pages;
    for (int i = 1; m.hasMatch() && i <= m.captured(1).toInt(); ++i) {
        pages.append(QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(i), QStringLiteral("-l"),
                                              QString::number(i), file, QStringLiteral("-")})
                .out));
    }
    return pages;
}

} // namespace

class TestReceiptNumberEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kioskId;
    QString m_inboxIni;

    // One kiosk process: its outbox service (with the sync worker when the intake is given), the production sink
    // printing into a PDF folder, and the window with a scripted card. Destroyed window first, then the sink.
    struct Kiosk
    {
        FakeCardPort card;
        std::unique_ptr<OutboxPrintSink> sink;
        std::unique_ptr<KioskHarness> k;
        ~Kiosk() { k.reset(); }
    };

    std::unique_ptr<Kiosk> startKiosk(const QString &folder, const QString &prefix, bool intakeReachable)
    {
        auto kiosk = std::make_unique<Kiosk>();
        kiosk->sink = testing::makeOutboxPrintSink(folder, intakeReachable);
        if (!kiosk->sink) {
            return nullptr;
        }
        KioskHarness::Setup setup;
        setup.card = &kiosk->card;
        setup.sink = kiosk->sink.get();
        setup.adjust = [this, prefix](KioskConfig &c) {
            c.kioskId = m_kioskId;
            c.receiptPrefix = prefix;
        };
        kiosk->k = std::make_unique<KioskHarness>(setup);
        if (!kiosk->k->app) {
            return nullptr;
        }
        kiosk->card.remove();
        return kiosk;
    }

    // From the idle screen to the procedure choice: card, PIN, the card read.
    static bool toProcedure(Kiosk &kiosk)
    {
        kiosk.card.insert();
        kiosk.card.answerTries(3);
        if (!kiosk.k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")) ||
            !kiosk.k->click(QStringLiteral("pin_ok"))) {
            return false;
        }
        kiosk.card.answerRead(testing::demoResident());
        return kiosk.k->state() == S::ProcedureChoice;
    }

    // The resident's and the staff's confirmation by taps, then the done screen's receipt number.
    static QString confirmAndSubmit(Kiosk &kiosk)
    {
        if (!kiosk.k->waitFor(S::ResidentConfirm) || !kiosk.k->click(QStringLiteral("confirm_yes"))) {
            return {};
        }
        // Staff sign in for the first request; for the next ones they still are.
        if (kiosk.k->state() == S::StaffSignIn && !kiosk.k->signInStaff()) {
            return {};
        }
        if (!kiosk.k->waitFor(S::StaffConfirm) || !kiosk.k->click(QStringLiteral("staff_confirm")) ||
            !kiosk.k->waitFor(S::Done, 30000)) {
            return {};
        }
        auto *label = kiosk.k->window()->findChild<QLabel *>(QStringLiteral("receipt_number"));
        const QString shown = label && label->isVisible() ? label->text() : QString();
        return shown == kiosk.k->session()->receiptNumber() ? shown : QStringLiteral("(label and session differ)");
    }

    // A 転入届 through the 引っ越してきた life event (so that a guidance slip is printed).
    static QString movingIn(Kiosk &kiosk, QString *requestId)
    {
        KioskSession *s = kiosk.k->session();
        if (!toProcedure(kiosk) || !s->chooseLifeEvent(QStringLiteral("moving_in")) ||
            !s->answerQuestions({QStringLiteral("kokuho"), QStringLiteral("has_children")})) {
            return {};
        }
        // The 転入届 asks for the individual number: read over the card the PIN verified (no second PIN).
        if (s->state() == S::Reading) {
            kiosk.card.answerRead(testing::demoResident(true));
        }
        if (s->state() != S::Review) {
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
                return {};
            }
        }
        if (!s->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"), forms::Provenance::Staff) ||
            !s->reviewNext()) {
            return {};
        }
        const QString receipt = confirmAndSubmit(kiosk);
        *requestId = s->requestId();
        return receipt;
    }

    // A 住民票の写し request, the shortest one.
    static QString juminhyo(Kiosk &kiosk)
    {
        KioskSession *s = kiosk.k->session();
        if (!toProcedure(kiosk) || !s->chooseForms({QStringLiteral("juminhyo")})) {
            return {};
        }
        if (!s->setValue(QStringLiteral("relation"), QStringLiteral("self"), forms::Provenance::Resident) ||
            !s->setValue(QStringLiteral("scope"), QStringLiteral("all_household"), forms::Provenance::Resident) ||
            !s->setValue(QStringLiteral("purpose"), QStringLiteral("就職・転職"), forms::Provenance::Resident) ||
            !s->setValue(QStringLiteral("id_document"), QStringLiteral("mynumber_card"), forms::Provenance::Staff) ||
            !s->reviewNext()) {
            return {};
        }
        return confirmAndSubmit(kiosk);
    }

    static bool finish(Kiosk &kiosk)
    {
        const bool ok = kiosk.k->click(QStringLiteral("done_finish")) && kiosk.k->state() == S::Idle;
        kiosk.card.remove();
        return ok;
    }

    Run inbox(const QStringList &args)
    {
        return run(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                   QStringList{QStringLiteral("--config"), m_inboxIni} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        QVERIFY(m_dir.isValid());
        QVERIFY2(run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}).exitCode == 0, "pdftotext (poppler-utils)");
        m_kioskId = fixtures::uniqueKioskId("receipt");
        m_inboxIni = m_dir.filePath(QStringLiteral("inbox.ini"));
        QVERIFY(fixtures::writeFile(
            m_inboxIni, (fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox"))) +
                         QStringLiteral("time_zone=Asia/Tokyo\n"))
                            .toUtf8()));
    }

    void oneNumberEverywhere()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const QString folder = m_dir.filePath(QStringLiteral("kiosk-kt"));
        auto kiosk = startKiosk(folder, QStringLiteral("KT"), true);
        QVERIFY(kiosk);
        QString requestId;
        const QString receipt = movingIn(*kiosk, &requestId);
        // The first number of the kiosk's day, as the resident reads it on the done screen.
        QCOMPARE(receipt, QStringLiteral("KT-001"));
        QVERIFY(!requestId.isEmpty());

        // The paper: receipt, every page of the forms, the guidance slip.
        const QDir paper(QDir(folder).filePath(QStringLiteral("paper")));
        QTRY_VERIFY_WITH_TIMEOUT(kiosk->k->session()->printOutcome().has_value(), 60000);
        QCOMPARE(kiosk->k->session()->printOutcome()->status, PrintStatus::Printed);
        for (const char *kind : {"receipt", "forms", "slip"}) {
            const QString file =
                paper.filePath(requestId + QLatin1Char('-') + QLatin1String(kind) + QStringLiteral(".pdf"));
            QVERIFY2(QFile::exists(file), kind);
            const QStringList pages = pdfPages(file);
            QVERIFY2(!pages.isEmpty(), kind);
            for (int i = 0; i < pages.size(); ++i) {
                QVERIFY2(
                    pages.at(i).contains(receipt),
                    qPrintable(QStringLiteral("%1 page %2 lacks %3").arg(QLatin1String(kind)).arg(i + 1).arg(receipt)));
            }
        }
        QVERIFY(finish(*kiosk));

        // The back office: the sync worker delivers it; the inbox's search finds it by the number staff call out,
        // typed as staff type it, on the kiosk's day.
        QString line;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Run r = inbox({QStringLiteral("search"), QStringLiteral("kt-1"), QStringLiteral("--date"),
                                     QStringLiteral("2025-04-01")});
                for (const QString &l : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
                    if (l.endsWith(requestId)) {
                        line = l;
                    }
                }
                return !line.isEmpty();
            }(),
            60000);
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields.at(1), receipt);
        QCOMPARE(fields.at(3), QStringLiteral("moving_in"));
        QCOMPARE(fields.at(4), m_kioskId);
        // Another day's KT-001 is not this one.
        const Run otherDay =
            inbox({QStringLiteral("search"), receipt, QStringLiteral("--date"), QStringLiteral("2025-04-02")});
        QCOMPARE(otherDay.exitCode, 0);
        QVERIFY(!otherDay.out.contains(requestId.toUtf8()));

        // The export, both formats.
        const Run jsonl =
            inbox({QStringLiteral("export"), QStringLiteral("--since"), before.toString(Qt::ISODateWithMs),
                   QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(jsonl.exitCode, 0);
        int found = 0;
        for (const QByteArray &l : jsonl.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            if (o.value(QLatin1String("request_id")).toString() == requestId) {
                QCOMPARE(o.value(QLatin1String("receipt_number")).toString(), receipt);
                QCOMPARE(
                    o.value(QLatin1String("document")).toObject().value(QLatin1String("receipt_number")).toString(),
                    receipt);
                ++found;
            }
        }
        QCOMPARE(found, 1);
        const Run csv = inbox({QStringLiteral("export"), QStringLiteral("--since"), before.toString(Qt::ISODateWithMs),
                               QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = csv.out.split('\n');
        QVERIFY(rows.first().startsWith("request_id,receipt_number,"));
        found = 0;
        for (const QByteArray &row : rows) {
            if (row.startsWith(QByteArray(requestId.toUtf8() + ','))) {
                QVERIFY2(row.startsWith((requestId + QLatin1Char(',') + receipt + QLatin1Char(',')).toUtf8()),
                         row.constData());
                ++found;
            }
        }
        QVERIFY(found > 1); // one row per value, each with the number
    }

    // The same kiosk restarted on its outbox, offline: it goes on counting; a second kiosk with its own prefix
    // counts from 1 in its own outbox and never shows a number of the first.
    void uniqueAcrossRestartAndOffline()
    {
        const QString folder = m_dir.filePath(QStringLiteral("kiosk-kt"));
        QStringList numbers;
        {
            auto kiosk = startKiosk(folder, QStringLiteral("KT"), false);
            QVERIFY(kiosk);
            for (int i = 0; i < 2; ++i) {
                numbers.append(juminhyo(*kiosk));
                QVERIFY(finish(*kiosk));
            }
            // Offline: both wait in the outbox, and were acknowledged all the same.
            QTRY_VERIFY_WITH_TIMEOUT(kiosk->sink->outbox().status().link == backoffice::OutboxStatus::Link::Offline,
                                     20000);
            QCOMPARE(kiosk->sink->outbox().outbox().counts()->waiting, 2);
        }
        {
            auto again = startKiosk(folder, QStringLiteral("KT"), false); // restarted once more
            QVERIFY(again);
            numbers.append(juminhyo(*again));
            QVERIFY(finish(*again));
        }
        // KT-001 went to the request of oneNumberEverywhere before the first restart.
        QCOMPARE(numbers, (QStringList{QStringLiteral("KT-002"), QStringLiteral("KT-003"), QStringLiteral("KT-004")}));

        auto other = startKiosk(m_dir.filePath(QStringLiteral("kiosk-c")), QStringLiteral("C"), false);
        QVERIFY(other);
        const QString first = juminhyo(*other);
        QCOMPARE(first, QStringLiteral("C-001")); // the same sequence, another kiosk: another number
        QVERIFY(forms::isReceiptNumber(first));
        QVERIFY(!numbers.contains(first) && first != QStringLiteral("KT-001"));
    }
};

QTEST_MAIN(TestReceiptNumberEndToEnd)
#include "TestReceiptNumberEndToEnd.moc"
