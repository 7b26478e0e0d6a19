// The development sink: the request written durably (0600, complete file) before committed, nothing printed and
// said so; a folder it cannot write reported as a failure, not as success. And the unconfigured sink refusing.
#include "AppTestSupport.h"
#include "DevFolderSink.h"

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
    s.receiptNumber = receiptNumberFor(id);
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

    void receiptNumbers()
    {
        QCOMPARE(receiptNumberFor(QStringLiteral("0195f0a2-7c3e-7d41-8b2a-000000000000")), QStringLiteral("0000-0000"));
        const QString r = receiptNumberFor(QStringLiteral("0195f0a2-7c3e-7d41-8b2a-1c2d3e4f5a6b"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{4}$")).match(r).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestDevFolderSink)
#include "TestDevFolderSink.moc"
