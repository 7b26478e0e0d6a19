// The back office's live connection on its own thread: list and search, LISTEN/NOTIFY for new requests and status
// changes, open with the document, status changes, and reconnection after the database went away.
#include "common/Clock.h"
#include "inbox/InboxClient.h"
#include "inbox/IntakeRepository.h"
#include "outbox/Outbox.h"
#include "outbox/Pg.h"
#include "outbox/SyncEngine.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kakanai::backoffice;
using kakanai::ManualClock;

class TestInboxClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const DataKey> m_key;
    std::shared_ptr<ManualClock> m_clock;
    QThread m_thread;
    InboxClient *m_client = nullptr;
    QString m_kiosk;

    QStringList deliver(const QList<QJsonObject> &requests)
    {
        QStringList ids;
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("outbox.sqlite")), m_key);
        if (!outbox) {
            return ids;
        }
        for (const QJsonObject &r : requests) {
            ids.append((*outbox)->enqueue(r)->requestId);
        }
        SyncEngine engine(**outbox, fixtures::pgSettings(QStringLiteral("kiosk")), 100);
        if (!engine.deliverBatch()) {
            ids.clear();
        }
        return ids;
    }

    void refresh(const RequestFilter &filter)
    {
        QMetaObject::invokeMethod(
            m_client, [this, filter] { m_client->refresh(filter); }, Qt::QueuedConnection);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        QVERIFY(m_dir.isValid());
        m_key = fixtures::randomKey();
        m_kiosk = fixtures::uniqueKioskId("inbox");
        m_clock = std::make_shared<ManualClock>();
        m_client = new InboxClient(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox")), m_clock,
                                   Backoff::Policy{1000, 4000, 0.0});
        m_client->moveToThread(&m_thread);
        QSignalSpy connected(m_client, &InboxClient::connectionChanged);
        QVERIFY(connected.isValid());
        connect(&m_thread, &QThread::started, m_client, &InboxClient::start);
        m_thread.start();
        QTRY_VERIFY(!connected.isEmpty());
        QCOMPARE(connected.last().at(0).toBool(), true);
    }

    void cleanupTestCase()
    {
        if (m_client) {
            QMetaObject::invokeMethod(m_client, &InboxClient::stop, Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
            delete m_client;
        }
        if (fixtures::pgAvailable()) {
            fixtures::pgctl({QStringLiteral("start")});
        }
    }

    void newRequestsAreAnnounced()
    {
        QSignalSpy notified(m_client, &InboxClient::notified);
        QVERIFY(notified.isValid());
        const QStringList ids =
            deliver({fixtures::syntheticRequest(m_kiosk, 1), fixtures::syntheticRequest(m_kiosk, 2)});
        QCOMPARE(ids.size(), 2);
        QStringList announced;
        QTRY_VERIFY([&] {
            for (const QList<QVariant> &args : std::as_const(notified)) {
                announced += args.at(0).toStringList();
            }
            notified.clear();
            return announced.contains(ids.at(0)) && announced.contains(ids.at(1));
        }());
    }

    void listSearchAndFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("the kiosk id") << "$KIOSK" << QString() << 3;
        QTest::newRow("a name with an ASCII space for the U+3000") << "検索　三郎" << QString() << 1;
        QTest::newRow("a name typed with an ASCII space") << "検索 三郎" << QString() << 1;
        QTest::newRow("part of an address") << "霞が関９丁目" << QString() << 1;
        QTest::newRow("request id prefix") << "$ID8" << QString() << 1;
        QTest::newRow("LIKE characters are literal") << "100%_" << QString() << 0;
        QTest::newRow("kiosk and status") << "$KIOSK" << QStringLiteral("received") << 3;
        QTest::newRow("kiosk and another status") << "$KIOSK" << QStringLiteral("registered") << 0;
    }
    void listSearchAndFilter()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(int, expected);
        static QString searchId;
        if (searchId.isEmpty()) {
            const QStringList ids = deliver({fixtures::syntheticRequest(m_kiosk, 3, QStringLiteral("検索　三郎"),
                                                                        QStringLiteral("東京都千代田区霞が関９丁目"))});
            QCOMPARE(ids.size(), 1);
            searchId = ids.first();
        }
        text.replace(QStringLiteral("$KIOSK"), m_kiosk).replace(QStringLiteral("$ID8"), searchId.left(13));
        QSignalSpy listed(m_client, &InboxClient::listed);
        QVERIFY(listed.isValid());
        RequestFilter filter;
        filter.text = text;
        filter.status = statusFromName(status);
        refresh(filter);
        QTRY_COMPARE(listed.count(), 1);
        const auto rows = listed.first().at(0).value<QList<RequestSummary>>();
        int ours = 0;
        for (const RequestSummary &r : rows) {
            ours += r.kioskId == m_kiosk ? 1 : 0;
        }
        QCOMPARE(ours, expected);
        for (int i = 1; i < rows.size(); ++i) {
            QVERIFY(rows.at(i - 1).receivedAt >= rows.at(i).receivedAt); // newest first
        }
    }

    // 受付番号: what staff call out finds exactly its requests, typed however staff type it; the day narrows it.
    void findsByReceiptNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QStringList>("expected"); // receipt numbers of our rows
        const QString d = QStringLiteral("2025-04-01");
        QTest::newRow("as printed") << "A-007" << QString()
                                    << QStringList{QStringLiteral("A-007"), QStringLiteral("A-007")};
        QTest::newRow("lower case, no zeros")
            << "a-7" << QString() << QStringList{QStringLiteral("A-007"), QStringLiteral("A-007")};
        QTest::newRow("full-width") << "Ａ－００７" << QString()
                                    << QStringList{QStringLiteral("A-007"), QStringLiteral("A-007")};
        QTest::newRow("longer prefix without hyphen") << "KA007" << QString() << QStringList{QStringLiteral("KA-007")};
        QTest::newRow("with the day") << "A-007" << d << QStringList{QStringLiteral("A-007")};
        QTest::newRow("another day") << "A-007"
                                     << "2025-04-03" << QStringList{};
        QTest::newRow("a number nobody has") << "A-008" << QString() << QStringList{};
        QTest::newRow("only the day") << QString() << d
                                      << QStringList{QStringLiteral("A-007"), QStringLiteral("KA-007")};
    }
    void findsByReceiptNumber()
    {
        QFETCH(QString, text);
        QFETCH(QString, day);
        QFETCH(QStringList, expected);
        static bool delivered = false;
        if (!delivered) {
            auto numbered = [this](int n, const char *receipt, const char *createdAt) {
                QJsonObject r = fixtures::syntheticRequest(m_kiosk, n);
                r[QStringLiteral("receipt_number")] = QLatin1String(receipt);
                r[QStringLiteral("created_at")] = QLatin1String(createdAt);
                return r;
            };
            // The same number on two days (the counter starts again every day) and a longer prefix containing it.
            QCOMPARE(deliver({numbered(10, "A-007", "2025-04-01T09:00:00.000+09:00"),
                              numbered(11, "A-007", "2025-04-02T09:00:00.000+09:00"),
                              numbered(12, "KA-007", "2025-04-01T09:05:00.000+09:00")})
                         .size(),
                     3);
            delivered = true;
        }
        QSignalSpy listed(m_client, &InboxClient::listed);
        QVERIFY(listed.isValid());
        RequestFilter filter;
        filter.text = text;
        filter.day = QDate::fromString(day, Qt::ISODate);
        refresh(filter);
        QTRY_COMPARE(listed.count(), 1);
        QStringList ours;
        for (const RequestSummary &r : listed.first().at(0).value<QList<RequestSummary>>()) {
            if (r.kioskId == m_kiosk) {
                ours.append(r.receiptNumber);
            }
        }
        ours.sort();
        QCOMPARE(ours, expected);
    }

    void receiptNumberQueries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: not a receipt number
        QTest::newRow("as printed") << "A-007"
                                    << "A-007";
        QTest::newRow("spaces around") << "  kt-1234 "
                                       << "KT-1234";
        QTest::newRow("five digits") << "Y-99999"
                                     << "Y-99999";
        QTest::newRow("error: look-alike letter") << "O-007" << QString();
        QTest::newRow("error: zero") << "A-000" << QString();
        QTest::newRow("error: six digits") << "A-123456" << QString();
        QTest::newRow("error: four letters") << "ACDE-1" << QString();
        QTest::newRow("error: a name") << "山田" << QString();
    }
    void receiptNumberQueries()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(receiptNumberQuery(text).value_or(QString()), expected);
    }

    void openAndChangeStatus()
    {
        const QJsonObject request = fixtures::syntheticRequest(m_kiosk, 9);
        const QString id = deliver({request}).value(0);
        QVERIFY(!id.isEmpty());
        QSignalSpy opened(m_client, &InboxClient::opened);
        QSignalSpy statusSet(m_client, &InboxClient::statusSet);
        QSignalSpy failed(m_client, &InboxClient::failed);
        QSignalSpy notified(m_client, &InboxClient::notified);
        QVERIFY(opened.isValid() && statusSet.isValid() && failed.isValid() && notified.isValid());

        QMetaObject::invokeMethod(
            m_client, [this, id] { m_client->open(id); }, Qt::QueuedConnection);
        QTRY_COMPARE(opened.count(), 1);
        const auto detail = opened.first().at(0).value<RequestDetail>();
        QCOMPARE(detail.document, request);
        QCOMPARE(detail.summary.status, RequestStatus::Received);

        QMetaObject::invokeMethod(
            m_client, [this, id] { m_client->setStatus(id, RequestStatus::Accepted, QString()); },
            Qt::QueuedConnection);
        QTRY_COMPARE(statusSet.count(), 1);
        QCOMPARE(statusSet.first().at(0).value<RequestSummary>().status, RequestStatus::Accepted);
        // Other inbox windows hear of it.
        QTRY_VERIFY([&] {
            for (const QList<QVariant> &args : std::as_const(notified)) {
                if (args.at(1).toStringList().contains(id)) {
                    return true;
                }
            }
            return false;
        }());

        QMetaObject::invokeMethod(
            m_client, [this, id] { m_client->setStatus(id, RequestStatus::Received, QString()); },
            Qt::QueuedConnection);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("status"));
        QCOMPARE(failed.first().at(1).value<BackofficeError>().code, BackofficeErrorCode::InvalidTransition);
    }

    void reconnectsAfterTheDatabaseWasGone()
    {
        if (qEnvironmentVariable("KAKANAI_PG_OWNED") != QLatin1String("1")) {
            QSKIP("the test PostgreSQL is not ours to stop");
        }
        QSignalSpy connection(m_client, &InboxClient::connectionChanged);
        QVERIFY(connection.isValid());
        QVERIFY(fixtures::pgctl({QStringLiteral("stop")}));
        // The server's goodbye arrives on the LISTEN socket: no query is needed to notice.
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 20000);
        QCOMPARE(connection.last().at(0).toBool(), false);
        m_clock->advanceMs(1000); // one retry against the stopped server
        QTest::qWait(200);
        QCOMPARE(connection.last().at(0).toBool(), false);
        QVERIFY(fixtures::pgctl({QStringLiteral("start")}));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_clock->advanceMs(4000);
                return connection.last().at(0).toBool();
            }(),
            30000);
        // And it hears new requests again.
        QSignalSpy notified(m_client, &InboxClient::notified);
        const QString id = deliver({fixtures::syntheticRequest(m_kiosk, 10)}).value(0);
        QTRY_VERIFY([&] {
            for (const QList<QVariant> &args : std::as_const(notified)) {
                if (args.at(0).toStringList().contains(id)) {
                    return true;
                }
            }
            return false;
        }());
    }
};

QTEST_GUILESS_MAIN(TestInboxClient)
#include "TestInboxClient.moc"
