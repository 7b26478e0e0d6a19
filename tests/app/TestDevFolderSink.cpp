// The development sink: the request written durably (0600, complete file) before committed, nothing printed and
// said so; a folder it cannot write reported as a failure, not as success; receipt numbers counted per day in the
// folder, kept across a new sink on the same folder. And the unconfigured sink refusing.
#include "app/core/DevFolderSink.h"
#include "tests/app/AppTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;

namespace {

Submission submission(const QString &id)
{
    Submission s;
    s.requestId = id;
    s.receiptNumber = QStringLiteral("A-001");
    s.requestJson = std::make_shared<const SecretBytes>(QByteArrayLiteral(R"({"request_id":")") + id.toLatin1() +
                                                        QByteArrayLiteral(R"("})"));
    return s;
}

} // namespace

class TestDevFolderSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SinkError>();
        qRegisterMetaType<PrintOutcome>();
    }

    void writesThenCommits()
    {
        QTemporaryDir dir;
        DevFolderSink sink(dir.filePath(QStringLiteral("requests")));
        QSignalSpy committed(&sink, &RequestSink::committed);
        QSignalSpy printed(&sink, &RequestSink::printFinished);
        QSignalSpy failed(&sink, &RequestSink::failed);
        const QString id = QStringLiteral("0195f0a2-7c3e-7d41-8b2a-1c2d3e4f5a6b");
        sink.submit(7, submission(id));
        QCOMPARE(committed.count(), 0); // never from inside submit()
        QTRY_COMPARE(committed.count(), 1);
        QCOMPARE(committed.first().first().toULongLong(), 7ULL);
        QCOMPARE(failed.count(), 0);
        const QString path = dir.filePath(QStringLiteral("requests/") + id + QStringLiteral(".json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("request_id")).toString(), id);
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QTRY_COMPARE(printed.count(), 1);
        QCOMPARE(printed.first().at(1).value<PrintOutcome>().status, PrintStatus::NotPrinted);
        QVERIFY(sink.describe().contains(QStringLiteral("dev folder")));
    }

    void unwritableFolderFails()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DevFolderSink sink(dir.filePath(QStringLiteral("file/requests"))); // a folder under a file
        QSignalSpy committed(&sink, &RequestSink::committed);
        QSignalSpy failed(&sink, &RequestSink::failed);
        sink.submit(1, submission(QStringLiteral("0195f0a2-7c3e-7d41-8b2a-1c2d3e4f5a6b")));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(committed.count(), 0);
        QCOMPARE(failed.first().at(1).value<SinkError>().code, SinkErrorCode::StorageFailed);
    }

    void refusesIdsThatAreNotUuids()
    {
        QTemporaryDir dir;
        DevFolderSink sink(dir.path());
        QSignalSpy failed(&sink, &RequestSink::failed);
        sink.submit(1, submission(QStringLiteral("../../etc/passwd")));
        QTRY_COMPARE(failed.count(), 1);
    }

    void unconfiguredSinkRefusesHonestly()
    {
        UnconfiguredSink sink;
        QSignalSpy failed(&sink, &RequestSink::failed);
        QSignalSpy committed(&sink, &RequestSink::committed);
        QVERIFY(!sink.isConfigured());
        sink.submit(3, submission(QStringLiteral("0195f0a2-7c3e-7d41-8b2a-1c2d3e4f5a6b")));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<SinkError>().code, SinkErrorCode::NotConfigured);
        QCOMPARE(committed.count(), 0);
    }

    static int reserve(DevFolderSink &sink, quint64 ticket, QDate day)
    {
        QSignalSpy reserved(&sink, &RequestSink::receiptReserved);
        QSignalSpy failed(&sink, &RequestSink::failed);
        sink.reserveReceipt(ticket, day);
        if (reserved.count() + failed.count() != 0) {
            return -1; // never from inside reserveReceipt()
        }
        if (!QTest::qWaitFor([&] { return reserved.count() + failed.count() > 0; }, 5000) || failed.count() > 0) {
            return 0;
        }
        return reserved.first().at(0).toULongLong() == ticket ? reserved.first().at(1).toInt() : -2;
    }

    void receiptNumbersPerDay_data()
    {
        QTest::addColumn<QList<QDate>>("days");
        QTest::addColumn<QList<int>>("expected");
        const QDate d1(2025, 4, 1);
        const QDate d2(2025, 4, 2);
        QTest::newRow("one day counts up") << QList<QDate>{d1, d1, d1} << QList<int>{1, 2, 3};
        QTest::newRow("a new day starts at 1") << QList<QDate>{d1, d1, d2, d2} << QList<int>{1, 2, 1, 2};
        QTest::newRow("back to an earlier day continues it") << QList<QDate>{d1, d2, d1} << QList<int>{1, 1, 2};
        QTest::newRow("error: no day") << QList<QDate>{QDate()} << QList<int>{0};
    }

    void receiptNumbersPerDay()
    {
        QFETCH(QList<QDate>, days);
        QFETCH(QList<int>, expected);
        QTemporaryDir dir;
        DevFolderSink sink(dir.path());
        QList<int> got;
        for (int i = 0; i < days.size(); ++i) {
            got.append(reserve(sink, quint64(i + 1), days.at(i)));
        }
        QCOMPARE(got, expected);
    }

    void receiptNumbersSurviveANewSink()
    {
        QTemporaryDir dir;
        const QDate day(2025, 4, 1);
        {
            DevFolderSink sink(dir.path());
            QCOMPARE(reserve(sink, 1, day), 1);
            QCOMPARE(reserve(sink, 2, day), 2);
        }
        DevFolderSink again(dir.path()); // the kiosk restarted
        QCOMPARE(reserve(again, 1, day), 3);
        QFile counters(dir.filePath(QStringLiteral("receipt-counters.json")));
        QCOMPARE(counters.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void damagedCounterIsNotRestarted()
    {
        QTemporaryDir dir;
        QFile counters(dir.filePath(QStringLiteral("receipt-counters.json")));
        QVERIFY(counters.open(QIODevice::WriteOnly));
        counters.write("{\"2025-04-01\": 4"); // cut short
        counters.close();
        DevFolderSink sink(dir.path());
        QCOMPARE(reserve(sink, 1, QDate(2025, 4, 1)), 0); // refused, rather than starting again at 1
    }

    void unconfiguredSinkHasNoReceiptNumbers()
    {
        UnconfiguredSink sink;
        QSignalSpy failed(&sink, &RequestSink::failed);
        QSignalSpy reserved(&sink, &RequestSink::receiptReserved);
        sink.reserveReceipt(4, QDate(2025, 4, 1));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<SinkError>().code, SinkErrorCode::NotConfigured);
        QCOMPARE(reserved.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDevFolderSink)
#include "TestDevFolderSink.moc"
