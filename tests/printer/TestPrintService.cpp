// Printing through CUPS and to PDF files, and every way it fails: no printer configured, CUPS not running, a queue
// that does not exist, out of paper, stopped, offline, not accepting. Failures are typed errors for staff, and the
// request stays as it was: printing it again once the printer is back works. The real-CUPS cases run a throw-away
// cupsd (ThrowawayCups) and are skipped, with the reason, where that is not possible.
#include "tests/printer/PrinterTestSupport.h"
#include "tests/printer/ThrowawayCups.h"

#include "printer/CupsClient.h"
#include "printer/PrintService.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <thread>

using namespace kakanai::printer;
using namespace kakanai::printer::testing;

class TestPrintService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void blockingProblems_data();
    void blockingProblems();
    void noPrinterConfigured();
    void pdfDirectory();
    void cupsNotRunning_data();
    void cupsNotRunning();
    void notAQueueName();
    void realCups_data();
    void realCups();
    void printsThroughCups();
    void noBannerPages();
    void remoteCupsOnlyOverTls_data();
    void remoteCupsOnlyOverTls();
    void cupsDownThenBack();

private:
    QJsonObject m_request;
    std::optional<RenderedDocument> m_forms;
    std::unique_ptr<ThrowawayCups> m_cups;
    QString m_cupsSkip;
};

void TestPrintService::initTestCase()
{
    m_request = fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("outside-jis")));
    auto doc = renderer().renderForms(m_request);
    QVERIFY(doc);
    m_forms = *doc;
    m_cups = std::make_unique<ThrowawayCups>();
    if (!m_cups->start(&m_cupsSkip)) {
        qWarning("real-CUPS cases skipped: %s", qPrintable(m_cupsSkip));
        m_cups.reset();
    }
}

void TestPrintService::cleanupTestCase()
{
    m_cups.reset();
}

void TestPrintService::blockingProblems_data()
{
    QTest::addColumn<int>("state"); // PrinterStatus::State
    QTest::addColumn<bool>("accepting");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<int>("code"); // -1: no problem, else PrintErrorCode

    const int idle = int(PrinterStatus::State::Idle);
    const int stopped = int(PrinterStatus::State::Stopped);
    QTest::newRow("idle, no reasons") << idle << true << QStringList() << -1;
    QTest::newRow("processing another job") << int(PrinterStatus::State::Processing) << true << QStringList() << -1;
    QTest::newRow("toner low is only a warning")
        << idle << true << QStringList{QStringLiteral("toner-low-warning")} << -1;
    QTest::newRow("media-empty-report is information")
        << idle << true << QStringList{QStringLiteral("media-empty-report")} << -1;
    QTest::newRow("error: out of paper (stopped, media-empty-error)")
        << stopped << true << QStringList{QStringLiteral("paused"), QStringLiteral("media-empty-error")}
        << int(PrintErrorCode::OutOfPaper);
    QTest::newRow("error: media-needed while idle")
        << idle << true << QStringList{QStringLiteral("media-needed")} << int(PrintErrorCode::OutOfPaper);
    QTest::newRow("error: media-empty-warning")
        << idle << true << QStringList{QStringLiteral("media-empty-warning")} << int(PrintErrorCode::OutOfPaper);
    QTest::newRow("error: offline") << idle << true << QStringList{QStringLiteral("offline-report")}
                                    << int(PrintErrorCode::PrinterOffline);
    QTest::newRow("error: paused by staff")
        << stopped << true << QStringList{QStringLiteral("paused")} << int(PrintErrorCode::PrinterStopped);
    QTest::newRow("error: paper jam") << stopped << true << QStringList{QStringLiteral("media-jam-error")}
                                      << int(PrintErrorCode::PrinterStopped);
    QTest::newRow("error: not accepting jobs")
        << idle << false << QStringList() << int(PrintErrorCode::PrinterNotAccepting);
}

void TestPrintService::blockingProblems()
{
    QFETCH(int, state);
    QFETCH(bool, accepting);
    QFETCH(QStringList, reasons);
    QFETCH(int, code);
    PrinterStatus status;
    status.name = QStringLiteral("counter-a4");
    status.state = PrinterStatus::State(state);
    status.accepting = accepting;
    status.reasons = reasons;
    const auto problem = CupsClient::blockingProblem(status);
    if (code < 0) {
        QVERIFY(!problem);
        return;
    }
    QVERIFY(problem);
    QCOMPARE(int(problem->code), code);
    QCOMPARE(problem->printer, QStringLiteral("counter-a4"));
    QCOMPARE(problem->reasons, reasons);
    QVERIFY(problem->isPrinterProblem());
}

void TestPrintService::noPrinterConfigured()
{
    const PrintService service{PrinterConfig{}};
    auto outcome = service.print(*m_forms);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, PrintErrorCode::NoPrinterConfigured);
    QCOMPARE(outcome.error().messageCode(), QStringLiteral("printer.error.no_printer_configured"));
}

void TestPrintService::pdfDirectory()
{
    QTemporaryDir dir;
    PrinterConfig config;
    config.pdfDirectory = dir.path();
    const PrintService service(config);
    auto outcome = service.print(*m_forms);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toLogString()));
    // Named by request id and kind, never by anything personal; readable by the service user only.
    QCOMPARE(QFileInfo(outcome->file).fileName(), m_forms->requestId + QStringLiteral("-forms.pdf"));
    QCOMPARE(readBytes(outcome->file), m_forms->pdf);
    QCOMPARE(QFile::permissions(outcome->file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());

    config.pdfDirectory = dir.filePath(QStringLiteral("gone"));
    auto unwritable = PrintService(config).print(*m_forms);
    QVERIFY(!unwritable);
    QCOMPARE(unwritable.error().code, PrintErrorCode::OutputUnwritable);
}

void TestPrintService::cupsNotRunning_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("error: no scheduler socket") << QStringLiteral("/nonexistent/kakanai/cups.sock");
    QTest::newRow("error: nothing listens on the port") << QStringLiteral("127.0.0.1:1");
}

void TestPrintService::cupsNotRunning()
{
    QFETCH(QString, server);
    const QByteArray before = QJsonDocument(m_request).toJson();
    PrinterConfig config;
    config.printerName = QStringLiteral("counter-a4");
    config.cupsServer = server;
    const PrintService service(config);
    auto outcome = service.print(*m_forms);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, PrintErrorCode::CupsUnavailable);
    QCOMPARE(outcome.error().printer, QStringLiteral("counter-a4"));
    QVERIFY(outcome.error().isPrinterProblem());
    // Nothing about the resident in the error, and the request is untouched.
    QVERIFY(!outcome.error().toLogString().contains(QStringLiteral("髙﨑")));
    QCOMPARE(QJsonDocument(m_request).toJson(), before);

    const CupsClient cups(server, 2000);
    QCOMPARE(cups.printerStatus(QStringLiteral("counter-a4")).error().code, PrintErrorCode::CupsUnavailable);
    QCOMPARE(cups.printers().error().code, PrintErrorCode::CupsUnavailable);
    QCOMPARE(cups.jobStatus(1).error().code, PrintErrorCode::CupsUnavailable);
}

void TestPrintService::notAQueueName()
{
    auto outcome = PrintService(PrinterConfig{}).printTo(QStringLiteral("no such/printer"), *m_forms);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, PrintErrorCode::PrinterNotFound);
}

void TestPrintService::realCups_data()
{
    QTest::addColumn<QString>("queue");
    QTest::addColumn<PrintErrorCode>("code");
    QTest::newRow("error: printer not found") << QStringLiteral("kakanai-nosuch") << PrintErrorCode::PrinterNotFound;
    QTest::newRow("error: out of paper") << QStringLiteral("kakanai-nopaper") << PrintErrorCode::OutOfPaper;
    QTest::newRow("error: stopped") << QStringLiteral("kakanai-paused") << PrintErrorCode::PrinterStopped;
    QTest::newRow("error: not accepting") << QStringLiteral("kakanai-rejecting") << PrintErrorCode::PrinterNotAccepting;
    QTest::newRow("error: offline") << QStringLiteral("kakanai-offline") << PrintErrorCode::PrinterOffline;
}

void TestPrintService::realCups()
{
    QFETCH(QString, queue);
    QFETCH(PrintErrorCode, code);
    if (!m_cups) {
        QSKIP(qPrintable(m_cupsSkip));
    }
    PrinterConfig config;
    config.printerName = queue;
    config.cupsServer = m_cups->socket();
    const int before = int(QDir(m_cups->outputDir()).entryList(QDir::Files).size());
    auto outcome = PrintService(config).print(*m_forms);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().code == code, qPrintable(outcome.error().toLogString()));
    QCOMPARE(outcome.error().printer, queue);
    // Nothing was queued: a resident's form never waits unattended in a stopped queue.
    QCOMPARE(int(QDir(m_cups->outputDir()).entryList(QDir::Files).size()), before);
}

void TestPrintService::printsThroughCups()
{
    if (!m_cups) {
        QSKIP(qPrintable(m_cupsSkip));
    }
    const CupsClient cups(m_cups->socket());
    auto queues = cups.printers();
    QVERIFY(queues);
    QVERIFY(queues->contains(QStringLiteral("kakanai-a4")));

    PrinterConfig config;
    config.printerName = QStringLiteral("kakanai-a4");
    config.cupsServer = m_cups->socket();
    auto outcome = PrintService(config).print(*m_forms);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toLogString() + m_cups->errorLog()));
    QCOMPARE(outcome->printer, QStringLiteral("kakanai-a4"));
    QVERIFY(outcome->jobId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(cups.jobStatus(outcome->jobId) && cups.jobStatus(outcome->jobId)->finished(), 20000);
    auto status = cups.jobStatus(outcome->jobId);
    QCOMPARE(status->state, JobStatus::State::Completed);
    // What reached the device is our PDF, byte for byte, text layer included.
    const QString printed = QDir(m_cups->outputDir()).filePath(QStringLiteral("job-%1.pdf").arg(outcome->jobId));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(printed), 5000);
    QCOMPARE(readBytes(printed), m_forms->pdf);
    QVERIFY(pdfText(printed).contains(persona(QStringLiteral("outside-jis")).name));

    auto lost = cups.jobStatus(999999);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, PrintErrorCode::JobLost);
}

// A queue may print a banner page (its title and user) before and after every job; a resident's job asks for
// none. Control: a job with the queue's defaults gets the banners.
void TestPrintService::noBannerPages()
{
    if (!m_cups) {
        QSKIP(qPrintable(m_cupsSkip));
    }
    const CupsClient cups(m_cups->socket());
    const int control = m_cups->submitWithQueueDefaults(QStringLiteral("kakanai-banner"), m_forms->pdf);
    QVERIFY2(control > 0, qPrintable(m_cups->errorLog()));
    auto controlStatus = cups.jobStatus(control);
    QVERIFY(controlStatus);
    QCOMPARE(controlStatus->sheets, (QStringList{QStringLiteral("standard"), QStringLiteral("standard")}));

    PrinterConfig config;
    config.printerName = QStringLiteral("kakanai-banner");
    config.cupsServer = m_cups->socket();
    auto outcome = PrintService(config).print(*m_forms);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toLogString()));
    auto status = cups.jobStatus(outcome->jobId);
    QVERIFY(status);
    QCOMPARE(status->sheets, (QStringList{QStringLiteral("none"), QStringLiteral("none")}));
}

// A CUPS server on another machine is reached over TLS from the first byte (a ClientHello, record type 0x16); this
// machine's own is not (control: the same listener on 127.0.0.1 reads a plain IPP request). Linux answers every
// 127.x address locally, so 127.0.0.2 stands in for "another machine" without a network.
void TestPrintService::remoteCupsOnlyOverTls_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("tls");
    QTest::newRow("another host (127.0.0.2)") << QStringLiteral("127.0.0.2") << true;
    QTest::newRow("this machine (127.0.0.1)") << QStringLiteral("127.0.0.1") << false;
}

void TestPrintService::remoteCupsOnlyOverTls()
{
    QFETCH(QString, address);
    QFETCH(bool, tls);
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_port = 0;
    QCOMPARE(inet_pton(AF_INET, address.toLatin1().constData(), &at.sin_addr), 1);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&at), sizeof(at)), 0);
    QCOMPARE(::listen(listener, 1), 0);
    socklen_t length = sizeof(at);
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&at), &length), 0);
    const int port = ntohs(at.sin_port);

    // The "server": takes one connection, keeps its first bytes, closes it.
    QByteArray first;
    std::thread server([&] {
        pollfd p{listener, POLLIN, 0};
        if (::poll(&p, 1, 10000) != 1) {
            return;
        }
        const int c = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        pollfd q{c, POLLIN, 0};
        char buffer[16];
        if (::poll(&q, 1, 10000) == 1) {
            const ssize_t n = ::recv(c, buffer, sizeof(buffer), 0);
            first = QByteArray(buffer, n > 0 ? int(n) : 0);
        }
        ::close(c);
    });
    const auto answer = CupsClient(QStringLiteral("%1:%2").arg(address).arg(port), 5000).printers();
    server.join();
    ::close(listener);
    QVERIFY(!answer); // nothing there speaks IPP
    QVERIFY2(first.size() >= 2, first.toHex().constData());
    if (tls) {
        QVERIFY2(first.at(0) == 0x16 && first.at(1) == 0x03, first.toHex().constData()); // TLS handshake record
    } else {
        QVERIFY2(first.startsWith("POST "), first.constData()); // a plain IPP request
    }
}

void TestPrintService::cupsDownThenBack()
{
    if (!m_cups) {
        QSKIP(qPrintable(m_cupsSkip));
    }
    PrinterConfig config;
    config.printerName = QStringLiteral("kakanai-a4");
    config.cupsServer = m_cups->socket();
    const PrintService service(config);
    m_cups->stop();
    auto down = service.print(*m_forms);
    QVERIFY(!down);
    QCOMPARE(down.error().code, PrintErrorCode::CupsUnavailable);
    // The printer never owned the request: once CUPS is back the same request renders and prints again.
    QString why;
    QVERIFY2(m_cups->start(&why), qPrintable(why));
    auto again = renderer().renderForms(m_request);
    QVERIFY(again);
    QCOMPARE(again->pdf.size() > 0, true);
    auto back = service.print(*again);
    QVERIFY2(back, back ? "" : qPrintable(back.error().toLogString()));
    QVERIFY(back->jobId > 0);
}

QTEST_MAIN(TestPrintService)
#include "TestPrintService.moc"
