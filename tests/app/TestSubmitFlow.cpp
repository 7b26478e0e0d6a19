// SubmitFlow alone, against a recording sink and a manual clock: the first attempt names the request and reserves
// its receipt number before building it; a retry sends the same id and number; the sink's answers count only for
// the current ticket and while waited for (an abandoned attempt's paper is held at the sink); a refused reservation or
// an out-of-range sequence fails the attempt with nothing handed over.
#include "app/core/SubmitFlow.h"
#include "forms/Request.h"
#include "tests/app/AppTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeSink;

class TestSubmitFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<SubmitFlow> m_flow;
    std::vector<forms::FormInstance> m_forms;
    int m_contentCalls = 0;

    void make(const QString &prefix)
    {
        m_flow.reset();
        m_clock = std::make_unique<ManualClock>();
        m_sink = std::make_unique<FakeSink>();
        KioskConfig config = testing::testConfig(KioskMode::SelfService);
        config.receiptPrefix = prefix;
        m_flow = std::make_unique<SubmitFlow>(config, m_sink.get(), m_clock.get(), [this] {
            ++m_contentCalls;
            RequestContent c;
            c.forms = &m_forms;
            c.formIds = {QStringLiteral("juminhyo")};
            c.integrity = card::IntegrityStatus::Verified;
            c.language = QStringLiteral("en");
            return c;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_contentCalls = 0;
        m_forms.clear();
        m_forms.emplace_back(testing::catalog().shared(QStringLiteral("juminhyo")));
        make(QStringLiteral("A"));
    }

    void firstAttemptReservesThenBuilds()
    {
        QSignalSpy committed(m_flow.get(), &SubmitFlow::committed);
        QVERIFY(committed.isValid());
        m_flow->prepare();
        QVERIFY(m_flow->awaiting());
        QVERIFY(!m_flow->requestId().isEmpty());
        QCOMPARE(m_flow->createdAt(), m_clock->now());
        QCOMPARE(m_contentCalls, 0);
        m_flow->send();
        QCOMPARE(m_sink->reservedDays, QList<QDate>{m_clock->now().date()});
        QCOMPARE(m_flow->receiptNumber(), QStringLiteral("A-001"));
        QCOMPARE(m_contentCalls, 1);
        QCOMPARE(m_sink->submissions.size(), 1);
        const Submission &s = m_sink->submissions.first();
        QCOMPARE(s.requestId, m_flow->requestId());
        QCOMPARE(s.receiptNumber, QStringLiteral("A-001"));
        QCOMPARE(s.language, QStringLiteral("en"));
        const QJsonObject request = QJsonDocument::fromJson(m_sink->json.first()).object();
        QCOMPARE(request.value(QStringLiteral("request_id")).toString(), m_flow->requestId());
        QCOMPARE(request.value(QStringLiteral("receipt_number")).toString(), QStringLiteral("A-001"));
        QCOMPARE(request.value(QStringLiteral("kiosk_id")).toString(), QStringLiteral("test-kiosk"));
        m_sink->commit();
        QCOMPARE(committed.count(), 1);
        QVERIFY(!m_flow->awaiting());
        QCOMPARE(m_flow->printOutcome()->status, PrintStatus::Printed);
    }

    void retryKeepsIdAndNumber()
    {
        QSignalSpy failed(m_flow.get(), &SubmitFlow::failed);
        QVERIFY(failed.isValid());
        m_flow->prepare();
        m_flow->send();
        const QString id = m_flow->requestId();
        m_sink->failLast();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_flow->submitError()->code, SinkErrorCode::StorageFailed);
        m_clock->advanceMs(60'000);
        m_flow->prepare();
        QVERIFY(!m_flow->submitError());
        m_flow->send();
        QCOMPARE(m_sink->reservedDays.size(), 1); // no second number
        QCOMPARE(m_sink->submissions.size(), 2);
        QCOMPARE(m_sink->submissions.last().requestId, id);
        QCOMPARE(m_sink->submissions.last().receiptNumber, QStringLiteral("A-001"));
        QCOMPARE(m_sink->tickets.at(1), m_sink->tickets.at(0) + 1);
    }

    void reservationFails_data()
    {
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("sequence");
        QTest::newRow("error: counter not stored") << true << 1;
        QTest::newRow("error: sequence out of range") << false << 1'000'000;
    }
    void reservationFails()
    {
        QFETCH(bool, refused);
        QFETCH(int, sequence);
        QSignalSpy failed(m_flow.get(), &SubmitFlow::failed);
        QVERIFY(failed.isValid());
        m_sink->failReservation = refused;
        m_sink->nextSequence = sequence;
        m_flow->prepare();
        m_flow->send();
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_flow->submitError());
        QVERIFY(m_sink->submissions.isEmpty());
        QVERIFY(m_flow->receiptNumber().isEmpty());
    }

    // Answers for an older ticket or after reset change nothing; the control: the same answers count when current.
    void staleAnswersIgnored()
    {
        QSignalSpy committed(m_flow.get(), &SubmitFlow::committed);
        QSignalSpy printed(m_flow.get(), &SubmitFlow::printFinished);
        QVERIFY(committed.isValid() && printed.isValid());
        m_flow->prepare();
        m_flow->send();
        const quint64 first = m_sink->tickets.last();
        m_sink->failLast();
        m_flow->prepare();
        m_flow->send();
        Q_EMIT m_sink->committed(first);
        Q_EMIT m_sink->printFinished(first, {PrintStatus::Printed, {}, {}});
        QCOMPARE(committed.count(), 0);
        QCOMPARE(printed.count(), 0);
        m_flow->abandon();
        QVERIFY(m_flow->requestId().isEmpty());
        QCOMPARE(m_sink->held, QList<quint64>{m_sink->tickets.last()}); // left before the commit: paper held
        m_sink->commit();
        QCOMPARE(committed.count(), 0);
        QCOMPARE(printed.count(), 0); // the print result of an abandoned attempt reaches nobody

        m_flow->prepare();
        m_flow->send();
        m_sink->commit();
        QCOMPARE(committed.count(), 1);
        QCOMPARE(m_flow->printOutcome()->status, PrintStatus::Printed);
    }
};

QTEST_GUILESS_MAIN(TestSubmitFlow)
#include "TestSubmitFlow.moc"
