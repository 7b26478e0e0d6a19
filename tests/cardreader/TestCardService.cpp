// CardService as the kiosk uses it: on its own worker thread, through the real pcscd and the virtual card.
// Card inserted and removed, reads, a card pulled mid-read, and pcscd killed and restarted underneath it.
#include "cardreader/CardService.h"
#include "tests/cardreader/IntegrationSupport.h"
#include "tests/support/VirtualCardProcess.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace kakanai;
using namespace kakanai::card;
using kakanai::testing::VirtualCardProcess;

namespace {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

} // namespace

class TestCardService : public QObject
{
    Q_OBJECT

    QThread m_thread;
    CardService *m_service = nullptr;
    std::unique_ptr<VirtualCardProcess> m_card;
    QJsonObject m_persona;

    std::shared_ptr<SecretBytes> pin() const
    {
        return std::make_shared<SecretBytes>(m_persona.value(QStringLiteral("pin")).toString().toLatin1());
    }

    bool cardPresentInSnapshot(bool present) const
    {
        const ReaderSnapshot s = m_service->lastSnapshot();
        for (const auto &r : s.readers) {
            if (r.name == integration::readerName()) {
                return r.cardPresent == present;
            }
        }
        return !present;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = integration::pcscdProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        m_card = std::make_unique<VirtualCardProcess>();
        QVERIFY2(m_card->start(VirtualCardProcess::persona(QStringLiteral("demo"))), qPrintable(m_card->errorString()));
        QVERIFY(integration::waitForCard(true));
        m_persona = integration::personaJson(VirtualCardProcess::persona(QStringLiteral("demo")));

        CardConfig config;
        config.reader = integration::readerName();
        config.issuerPublicKeyPem = integration::readFile(m_card->issuerPublicKeyPath());
        config.jpkiTrustAnchorPem = integration::readFile(m_card->trustAnchorPath());
        m_service = new CardService(config);
        m_service->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
        m_thread.start();
    }

    void cleanup()
    {
        m_thread.quit();
        m_thread.wait();
        m_service = nullptr;
        if (m_card) {
            m_card->stop();
            m_card.reset();
        }
    }

    void reportsCardComingAndGoing()
    {
        QSignalSpy inserted(m_service, &CardService::cardInserted);
        QSignalSpy removed(m_service, &CardService::cardRemoved);
        QSignalSpy available(m_service, &CardService::serviceAvailabilityChanged);
        QVERIFY(inserted.isValid() && removed.isValid() && available.isValid());
        m_service->start();
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 5000);
        QCOMPARE(inserted.first().first().toString(), integration::readerName());
        QCOMPARE(available.count(), 1);
        QVERIFY(available.first().first().toBool());

        QVERIFY(m_card->remove());
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QVERIFY(m_card->insert());
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 2, 5000);
        m_service->stop();
    }

    void readsOnItsOwnThread()
    {
        QSignalSpy read(m_service, &CardService::residentRead);
        QSignalSpy failed(m_service, &CardService::operationFailed);
        QSignalSpy busy(m_service, &CardService::busyChanged);
        m_service->start();
        ReadOptions options;
        const quint64 id = m_service->requestRead(options, pin());
        QTRY_COMPARE_WITH_TIMEOUT(read.count() + failed.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(read.first().at(0).toULongLong(), id);
        const auto outcome = read.first().at(1).value<ReadOutcome>();
        QCOMPARE(outcome.record.name, m_persona.value(QStringLiteral("name")).toString());
        QVERIFY(!outcome.record.individualNumber);
        QCOMPARE(outcome.integrity.status, IntegrityStatus::Verified);
        QTRY_COMPARE(busy.count(), 2); // busy, then idle
        QVERIFY(busy.at(0).first().toBool());
        QVERIFY(!busy.at(1).first().toBool());
    }

    void pinStatusAndWrongPin()
    {
        QSignalSpy status(m_service, &CardService::pinStatusReady);
        QSignalSpy failed(m_service, &CardService::operationFailed);
        m_service->requestPinStatus();
        QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 10000);
        QCOMPARE(status.first().at(1).value<PinStatus>().inputSupportPin.value_or(-1), 3);

        const quint64 id = m_service->requestRead({}, std::make_shared<SecretBytes>(QByteArrayLiteral("0000")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().at(0).toULongLong(), id);
        QCOMPARE(failed.first().at(1).value<CardOperation>(), CardOperation::ReadResident);
        const auto error = failed.first().at(2).value<CardError>();
        QCOMPARE(error.code, CardErrorCode::WrongPin);
        QCOMPARE(error.triesLeft.value_or(-1), 2);
    }

    void secretIsWipedAfterUse()
    {
        QSignalSpy read(m_service, &CardService::residentRead);
        auto secret = pin();
        m_service->requestRead({}, secret);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
        QVERIFY(secret->isEmpty()); // cleared as soon as the VERIFY was done, before the result was sent
        // Also when the card cannot even be opened.
        QVERIFY(m_card->remove());
        QVERIFY(integration::waitForCard(false));
        QSignalSpy failed(m_service, &CardService::operationFailed);
        auto another = pin();
        m_service->requestRead({}, another);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(another->isEmpty());
    }

    void cardPulledMidRead()
    {
        QSignalSpy read(m_service, &CardService::residentRead);
        QSignalSpy failed(m_service, &CardService::operationFailed);
        QSignalSpy removed(m_service, &CardService::cardRemoved);
        m_service->start();
        QVERIFY(waitUntil([this] { return cardPresentInSnapshot(true); }, 5000));
        m_card->pullAfter(4); // SELECT, query, VERIFY answered; the card goes during the first READ BINARY
        ReadOptions options;
        options.withNumber = true;
        m_service->requestRead(options, pin());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(read.count(), 0); // no partial data, ever
        QVERIFY(failed.first().at(2).value<CardError>().isConnectionLoss());
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        integration::letPcscdSeeTheCardOut();
        // Put back, the service reads normally without being restarted.
        QVERIFY(m_card->insert());
        QVERIFY(waitUntil([this] { return cardPresentInSnapshot(true); }, 5000));
        m_service->requestRead({}, pin());
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    }

    void survivesPcscdRestart()
    {
        if (qEnvironmentVariable("KAKANAI_PCSCD_OWNED") != QLatin1String("1")) {
            QSKIP("pcscd was not started by scripts/test; not restarting someone else's pcscd");
        }
        QSignalSpy available(m_service, &CardService::serviceAvailabilityChanged);
        QSignalSpy read(m_service, &CardService::residentRead);
        QSignalSpy failed(m_service, &CardService::operationFailed);
        m_service->start();
        QTRY_COMPARE_WITH_TIMEOUT(available.count(), 1, 5000);

        const qint64 pid = integration::readFile(QStringLiteral("/run/pcscd/pcscd.pid")).trimmed().toLongLong();
        QVERIFY(pid > 1);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(available.count() >= 2 && !available.last().first().toBool(), 10000);

        // While pcscd is away a read fails cleanly, with a typed error, and does not hang.
        m_service->requestRead({}, pin());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().at(2).value<CardError>().code, CardErrorCode::NoService);

        // pcscd back (as systemd's socket activation would bring it): the service finds it by itself, and the
        // emulator reconnects to the new vpcd.
        QFile::remove(QStringLiteral("/run/pcscd/pcscd.comm"));
        QProcess pcscd;
        pcscd.setProgram(QStringLiteral("pcscd"));
        pcscd.setArguments({QStringLiteral("--foreground")});
        pcscd.setStandardOutputFile(QProcess::nullDevice());
        pcscd.setStandardErrorFile(QProcess::nullDevice());
        QVERIFY(pcscd.startDetached());
        QTRY_VERIFY_WITH_TIMEOUT(available.last().first().toBool(), 15000);
        QVERIFY(integration::waitForCard(true, 15000));
        QVERIFY(waitUntil([this] { return cardPresentInSnapshot(true); }, 5000));
        m_service->requestRead({}, pin());
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestCardService)
#include "TestCardService.moc"
