// The production sink: the request committed to the encrypted outbox before committed(), then its forms and
// receipt rendered and written (PDF folder) on the print thread; a printer failure leaves the request queued; a
// document the outbox refuses is reported as rejected and nothing is printed. And the status line's view of the
// outbox.
#include "app/core/OutboxPrintSink.h"
#include "tests/app/AppTestSupport.h"

#include "outbox/BackofficeConfig.h"
#include "outbox/DataKey.h"
#include "outbox/OutboxService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace kakanai;
using namespace kakanai::kiosk;

namespace {

QByteArray exampleRequest(const QString &form)
{
    QFile f(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/examples/requests/") + form + QStringLiteral(".json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every "name" value of the request (the people's names), to look for in the outbox's bytes.
QStringList requestNames(const QByteArray &json)
{
    QStringList out;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("name") && it.value().isObject()) {
                    out.append(it.value().toObject().value(QStringLiteral("value")).toString());
                }
                walk(it.value());
            }
        } else if (v.isArray()) {
            for (const QJsonValue &e : v.toArray()) {
                walk(e);
            }
        }
    };
    walk(root);
    out.removeAll(QString());
    return out;
}

QString requestIdOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("request_id")).toString();
}

} // namespace

class TestOutboxPrintSink : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<OutboxPrintSink> makeSink(const printer::PrinterConfig &printerConfig, bool withIntake = false)
    {
        backoffice::BackofficeConfig config;
        config.outbox.path = m_dir->filePath(QStringLiteral("outbox.sqlite"));
        config.outbox.keyFile = m_dir->filePath(QStringLiteral("outbox.key"));
        if (!QFile::exists(config.outbox.keyFile)) {
            if (!backoffice::DataKey::create(config.outbox.keyFile)) {
                return nullptr;
            }
        }
        if (withIntake) {
            // An intake nobody listens on: the worker's first attempt fails, the link is offline.
            config.intake.group = QStringLiteral("intake");
            config.intake.host = QStringLiteral("127.0.0.1");
            config.intake.port = 9; // discard: closed here
            config.intake.user = QStringLiteral("kiosk");
            config.intake.connectTimeoutS = 2;
            config.sync.backoffMinMs = 60000;
        }
        auto outbox = backoffice::OutboxService::create(config);
        if (!outbox) {
            qWarning("%s", qPrintable(outbox.error().toLogString()));
            return nullptr;
        }
        // The form data as the composition root loads it (built-in forms, navigator and example counters).
        QList<ConfigProblem> formProblems;
        auto formData = loadFormData(KioskConfig{}, &formProblems);
        return std::make_unique<OutboxPrintSink>(std::move(*outbox), printerConfig,
                                                 std::make_shared<const FormData>(std::move(*formData)));
    }

    Submission submission(const QByteArray &json)
    {
        Submission s;
        s.requestId = requestIdOf(json);
        // The receipt number is the request's own (receipt_number, the examples carry one).
        s.receiptNumber = QJsonDocument::fromJson(json).object().value(QStringLiteral("receipt_number")).toString();
        s.requestJson = std::make_shared<const SecretBytes>(json);
        s.formIds = {QStringLiteral("juminhyo")};
        s.language = QStringLiteral("ja");
        return s;
    }

    static int waiting(OutboxPrintSink &sink)
    {
        auto counts = sink.outbox().outbox().counts();
        return counts ? counts->waiting : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SinkError>();
        qRegisterMetaType<PrintOutcome>();
        qRegisterMetaType<QueueStatus>();
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void commitsThenPrints()
    {
        printer::PrinterConfig printerConfig;
        printerConfig.pdfDirectory = m_dir->filePath(QStringLiteral("paper"));
        QVERIFY(QDir().mkpath(printerConfig.pdfDirectory));
        auto sink = makeSink(printerConfig);
        QVERIFY(sink);
        QSignalSpy committed(sink.get(), &RequestSink::committed);
        QSignalSpy printed(sink.get(), &RequestSink::printFinished);
        QSignalSpy failed(sink.get(), &RequestSink::failed);
        const QByteArray json = exampleRequest(QStringLiteral("juminhyo"));
        QVERIFY(!json.isEmpty());
        const Submission s = submission(json);
        sink->submit(11, s);
        QCOMPARE(committed.count(), 0); // never from inside submit()
        QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, 10000);
        QCOMPARE(committed.first().first().toULongLong(), 11ULL);
        // Committed means in the outbox, encrypted: the row is there before any paper.
        QCOMPARE(waiting(*sink), 1);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
        const auto outcome = printed.first().at(1).value<PrintOutcome>();
        QCOMPARE(outcome.status, PrintStatus::Printed);
        QVERIFY(outcome.staffNotice.isEmpty());
        QCOMPARE(failed.count(), 0);
        const QDir paper(printerConfig.pdfDirectory);
        QVERIFY(paper.exists(s.requestId + QStringLiteral("-forms.pdf")));
        QVERIFY(paper.exists(s.requestId + QStringLiteral("-receipt.pdf")));
        // The receipt carries the receipt number the done screen shows.
        QVERIFY(!s.receiptNumber.isEmpty());
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {paper.filePath(s.requestId + QStringLiteral("-receipt.pdf")), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(s.receiptNumber),
                 qPrintable(s.receiptNumber));
        // The outbox file holds the request encrypted: the resident's name is nowhere in its bytes.
        QFile db(m_dir->filePath(QStringLiteral("outbox.sqlite")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QFile wal(m_dir->filePath(QStringLiteral("outbox.sqlite-wal")));
        const QByteArray walBytes = wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        const QStringList names = requestNames(json);
        QVERIFY(!names.isEmpty());
        for (const QString &needle : names) {
            QVERIFY2(!bytes.contains(needle.toUtf8()) && !walBytes.contains(needle.toUtf8()), "name in the clear");
        }
    }

    // Nothing printed for someone who left: a ticket held before its commit still commits (in the outbox), but
    // no paper comes out until staff release it; then the forms and the receipt are printed as any other. The
    // control is commitsThenPrints: the same request, not held, prints at once.
    void heldPrintWaitsForStaff()
    {
        printer::PrinterConfig printerConfig;
        printerConfig.pdfDirectory = m_dir->filePath(QStringLiteral("paper"));
        QVERIFY(QDir().mkpath(printerConfig.pdfDirectory));
        auto sink = makeSink(printerConfig);
        QVERIFY(sink);
        QSignalSpy committed(sink.get(), &RequestSink::committed);
        QSignalSpy printed(sink.get(), &RequestSink::printFinished);
        QSignalSpy held(sink.get(), &RequestSink::heldPrintsChanged);
        QVERIFY(committed.isValid() && printed.isValid() && held.isValid());
        const QByteArray json = exampleRequest(QStringLiteral("juminhyo"));
        const Submission s = submission(json);
        sink->submit(12, s);
        sink->holdPrint(12); // the card was pulled before the commit
        QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, 10000);
        QCOMPARE(waiting(*sink), 1); // committed all the same
        QTRY_COMPARE_WITH_TIMEOUT(held.count(), 1, 10000);
        QCOMPARE(sink->heldPrints().size(), 1);
        QCOMPARE(sink->heldPrints().first().requestId, s.requestId);
        QCOMPARE(sink->heldPrints().first().receiptNumber, s.receiptNumber);
        QTest::qWait(1500); // the print thread would have started by now
        QCOMPARE(printed.count(), 0);
        const QDir paper(printerConfig.pdfDirectory);
        QVERIFY(paper.entryList(QDir::Files).isEmpty());
        QVERIFY(!sink->releaseHeld(QStringLiteral("01961cfd-5380-7fff-8000-000000000000"))); // not held
        QVERIFY(sink->releaseHeld(s.requestId));
        QVERIFY(sink->heldPrints().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
        QCOMPARE(printed.first().at(1).value<PrintOutcome>().status, PrintStatus::Printed);
        QVERIFY(paper.exists(s.requestId + QStringLiteral("-forms.pdf")));
        QVERIFY(paper.exists(s.requestId + QStringLiteral("-receipt.pdf")));
        QVERIFY(!sink->releaseHeld(s.requestId)); // once only
    }

    // The outbox's per-day counter through the sink: answered queued, counting per day, kept across a restart.
    void reservesReceiptNumbersInTheOutbox()
    {
        const QDate day(2025, 4, 1);
        auto reserve = [](OutboxPrintSink &sink, quint64 ticket, QDate d) {
            QSignalSpy reserved(&sink, &RequestSink::receiptReserved);
            QSignalSpy failed(&sink, &RequestSink::failed);
            sink.reserveReceipt(ticket, d);
            if (reserved.count() + failed.count() != 0) {
                return -1; // never from inside reserveReceipt()
            }
            if (!QTest::qWaitFor([&] { return reserved.count() + failed.count() > 0; }, 10000) || failed.count() > 0) {
                return 0;
            }
            return reserved.first().at(0).toULongLong() == ticket ? reserved.first().at(1).toInt() : -2;
        };
        {
            auto sink = makeSink(printer::PrinterConfig{});
            QVERIFY(sink);
            QCOMPARE(reserve(*sink, 1, day), 1);
            QCOMPARE(reserve(*sink, 2, day), 2);
            QCOMPARE(reserve(*sink, 3, day.addDays(1)), 1);
            QCOMPARE(reserve(*sink, 4, QDate()), 0); // no day: refused
        }
        auto again = makeSink(printer::PrinterConfig{}); // the kiosk restarted on the same outbox
        QVERIFY(again);
        QCOMPARE(reserve(*again, 1, day), 3);
    }

    void characterTheFontLacksIsToldToStaff()
    {
        printer::PrinterConfig printerConfig;
        printerConfig.pdfDirectory = m_dir->filePath(QStringLiteral("paper"));
        QVERIFY(QDir().mkpath(printerConfig.pdfDirectory));
        auto sink = makeSink(printerConfig);
        QVERIFY(sink);
        QSignalSpy printed(sink.get(), &RequestSink::printFinished);
        // A 外字 in the private use area, as some registers keep them: no font draws it.
        QByteArray json = exampleRequest(QStringLiteral("juminhyo"));
        const QStringList names = requestNames(json);
        QVERIFY(!names.isEmpty());
        const QByteArray withGaiji = QString(names.first() + QChar(0xE123)).toUtf8();
        json.replace(names.first().toUtf8(), withGaiji);
        sink->submit(5, submission(json));
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
        const auto outcome = printed.first().at(1).value<PrintOutcome>();
        QCOMPARE(outcome.status, PrintStatus::Printed);
        QVERIFY2(outcome.staffNotice.contains(QStringLiteral("U+E123")), qPrintable(outcome.staffNotice));
        QVERIFY(!outcome.staffNotice.contains(names.first())); // the code point, never the name
    }

    void printerFailureLeavesTheRequestQueued()
    {
        printer::PrinterConfig printerConfig;
        printerConfig.printerName = QStringLiteral("kakanai-no-such-queue");
        printerConfig.cupsServer = m_dir->filePath(QStringLiteral("no-cupsd.sock")); // CUPS not reachable
        auto sink = makeSink(printerConfig);
        QVERIFY(sink);
        QSignalSpy committed(sink.get(), &RequestSink::committed);
        QSignalSpy printed(sink.get(), &RequestSink::printFinished);
        sink->submit(1, submission(exampleRequest(QStringLiteral("inkan"))));
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
        QCOMPARE(committed.count(), 1);
        const auto outcome = printed.first().at(1).value<PrintOutcome>();
        QCOMPARE(outcome.status, PrintStatus::Failed);
        QVERIFY2(outcome.detail.contains(QStringLiteral("cups_unavailable")), qPrintable(outcome.detail));
        QCOMPARE(waiting(*sink), 1); // still queued: the back office can print it again
    }

    void noPrinterIsSaidPlainly()
    {
        auto sink = makeSink(printer::PrinterConfig{});
        QVERIFY(sink);
        QSignalSpy printed(sink.get(), &RequestSink::printFinished);
        sink->submit(2, submission(exampleRequest(QStringLiteral("zeishomei"))));
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
        QCOMPARE(printed.first().at(1).value<PrintOutcome>().status, PrintStatus::NotPrinted);
        QCOMPARE(waiting(*sink), 1);
        QVERIFY(sink->describe().contains(QStringLiteral("outbox")));
    }

    // Every print outcome goes to the audit trail with the request and the staff member signed in for it.
    void printIsAudited()
    {
        auto sink = makeSink(printer::PrinterConfig{});
        QVERIFY(sink);
        testing::RecordingAuditSink audit;
        sink->setAuditSink(&audit);
        QSignalSpy printed(sink.get(), &RequestSink::printFinished);
        Submission s = submission(exampleRequest(QStringLiteral("zeishomei")));
        s.staffId = QStringLiteral("S001");
        sink->submit(3, s);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 30000);
        QCOMPARE(audit.entries.size(), 1);
        QCOMPARE(audit.entries[0].action, backoffice::AuditAction::Print);
        QCOMPARE(audit.entries[0].requestId, s.requestId);
        QCOMPARE(audit.entries[0].staffId, QStringLiteral("S001"));
        QCOMPARE(audit.entries[0].detail, QStringList{QStringLiteral("not_printed")});
    }

    void refusedDocumentIsRejectedAndNothingPrinted()
    {
        printer::PrinterConfig printerConfig;
        printerConfig.pdfDirectory = m_dir->filePath(QStringLiteral("paper"));
        auto sink = makeSink(printerConfig);
        QVERIFY(sink);
        QSignalSpy committed(sink.get(), &RequestSink::committed);
        QSignalSpy failed(sink.get(), &RequestSink::failed);
        QSignalSpy printed(sink.get(), &RequestSink::printFinished);
        Submission s = submission(exampleRequest(QStringLiteral("juminhyo")));
        s.requestJson = std::make_shared<const SecretBytes>(QByteArrayLiteral(R"({"request_id":"not a request"})"));
        sink->submit(3, s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().at(1).value<SinkError>().code, SinkErrorCode::Rejected);
        QTest::qWait(200);
        QCOMPARE(committed.count(), 0);
        QCOMPARE(printed.count(), 0);
        QCOMPARE(waiting(*sink), 0);
    }

    void statusLineFollowsTheOutbox()
    {
        auto sink = makeSink(printer::PrinterConfig{}, true);
        QVERIFY(sink);
        QueueStatusProvider *status = sink->queueStatus();
        QSignalSpy changed(status, &QueueStatusProvider::changed);
        QVERIFY(changed.isValid());
        sink->submit(4, submission(exampleRequest(QStringLiteral("koseki"))));
        // Nobody answers on the intake's port: offline, one waiting, since when it was queued.
        QTRY_VERIFY_WITH_TIMEOUT(status->current().link == QueueStatus::Link::Offline && status->current().queued == 1,
                                 15000);
        QVERIFY(status->current().oldestQueuedAt.isValid());
        QVERIFY(changed.count() >= 1);
    }

    void queueStatusMapping_data()
    {
        using L = backoffice::OutboxStatus::Link;
        QTest::addColumn<int>("link");
        QTest::addColumn<int>("waiting");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<int>("expectedLink");
        QTest::addColumn<int>("expectedQueued");
        QTest::newRow("no intake") << int(L::NotConfigured) << 2 << 0 << int(QueueStatus::Link::NotConfigured) << 2;
        QTest::newRow("not tried yet counts as offline")
            << int(L::Unknown) << 1 << 0 << int(QueueStatus::Link::Offline) << 1;
        QTest::newRow("online") << int(L::Online) << 0 << 0 << int(QueueStatus::Link::Online) << 0;
        QTest::newRow("offline with set-aside rows")
            << int(L::Offline) << 3 << 2 << int(QueueStatus::Link::Offline) << 5;
    }
    void queueStatusMapping()
    {
        QFETCH(int, link);
        QFETCH(int, waiting);
        QFETCH(int, rejected);
        QFETCH(int, expectedLink);
        QFETCH(int, expectedQueued);
        backoffice::OutboxStatus s;
        s.link = backoffice::OutboxStatus::Link(link);
        s.waiting = waiting;
        s.rejected = rejected;
        s.oldestWaitingSince = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        const QueueStatus q = toQueueStatus(s);
        QCOMPARE(int(q.link), expectedLink);
        QCOMPARE(q.queued, expectedQueued);
        QCOMPARE(q.oldestQueuedAt, s.oldestWaitingSince);
    }
};

QTEST_MAIN(TestOutboxPrintSink)
#include "TestOutboxPrintSink.moc"
