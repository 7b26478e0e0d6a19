// Many kiosks, one intake (issue 10, item 8): kiosk processes, each with its own outbox, data key, client
// certificate (CN = kiosk id) and login role, queue requests with `kakanai-outbox enqueue` and deliver them with
// `kakanai-outbox sync` into one PostgreSQL over TLS, while the server is stopped and started twice. Afterwards:
// nothing lost (every acknowledged request at the intake, its document byte for byte), nothing duplicated, every
// row under the kiosk whose outbox held it and the login of its certificate, every outbox drained.
//
// CI size: 6 kiosks, 1,500 requests. KAKANAI_LOAD_KIOSKS and KAKANAI_LOAD_REQUESTS set the size (the run:
// 20 and 10000; bench_intake prints the figures).
#include "outbox/Pg.h"
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/outbox/KioskFleet.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;

class TestManyKiosks : public QObject
{
    Q_OBJECT

    // Sum of `waiting` over the kiosks; -1 if a status could not be read.
    static int waitingInAll(fixtures::KioskFleet &fleet)
    {
        int sum = 0;
        for (const auto &k : fleet.kiosks()) {
            const QJsonObject s = fleet.status(*k);
            if (s.isEmpty() || s.value(QLatin1String("rejected")).toInt() != 0) {
                return -1;
            }
            sum += s.value(QLatin1String("waiting")).toInt();
        }
        return sum;
    }

    // With the server stopped, queue a wave (the kiosks keep taking requests) and wait until every kiosk's sync
    // worker has met the stopped server with requests waiting; then start the server again.
    static void restartWithWave(fixtures::KioskFleet &fleet, int perKiosk, int wave)
    {
        const int before = fleet.intakeCount();
        QVERIFY(before >= 0);
        QVERIFY(fixtures::pgctl({QStringLiteral("stop")}));
        QCOMPARE(fleet.intakeCount(), -1); // control: the server is really down
        QVERIFY2(fleet.enqueue(fleet.writeRequests(perKiosk, wave)), qPrintable(fleet.error()));
        for (const auto &k : fleet.kiosks()) {
            QJsonObject s;
            QTRY_VERIFY_WITH_TIMEOUT(
                (s = fleet.status(*k)).value(QLatin1String("link")).toString() == QLatin1String("offline"), 30000);
            QVERIFY(s.value(QLatin1String("waiting")).toInt() > 0);
            QCOMPARE(s.value(QLatin1String("last_error")).toObject().value(QLatin1String("code")).toString(),
                     QStringLiteral("intake_unavailable"));
        }
        QVERIFY(fleet.syncRunning()); // the workers wait out the outage; none gave up
        QVERIFY(fixtures::pgctl({QStringLiteral("start")}));
        qInfo("restart %d: %d rows at the intake when the server stopped, %d more queued while it was down", wave,
              before, perKiosk * static_cast<int>(fleet.kiosks().size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        if (qEnvironmentVariable("KAKANAI_PG_OWNED") != QLatin1String("1")) {
            QSKIP("the test PostgreSQL is not ours to stop");
        }
        QVERIFY(fixtures::pgctl({QStringLiteral("start")}));
    }

    void cleanupTestCase()
    {
        // Whatever happened, leave the server running for the other tests.
        if (fixtures::pgAvailable()) {
            fixtures::pgctl({QStringLiteral("start")});
        }
    }

    void manyKiosksThroughTwoRestarts()
    {
        const int kiosks = qEnvironmentVariableIntValue("KAKANAI_LOAD_KIOSKS") > 0
                               ? qEnvironmentVariableIntValue("KAKANAI_LOAD_KIOSKS")
                               : 6;
        const int requests = qEnvironmentVariableIntValue("KAKANAI_LOAD_REQUESTS") > 0
                                 ? qEnvironmentVariableIntValue("KAKANAI_LOAD_REQUESTS")
                                 : 1500;
        const int perKiosk = requests / kiosks;
        // Three waves per kiosk: 40 % queued before any sync, 30 % during each outage.
        const int first = perKiosk * 4 / 10;
        const int second = perKiosk * 3 / 10;
        const int third = perKiosk - first - second;
        QVERIFY(first > 0 && second > 0 && third > 0);
        const int total = perKiosk * kiosks;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SyncConfig sync;
        sync.backoffMinMs = 100;
        sync.backoffMaxMs = 1000;
        sync.pollIntervalMs = 100; // the enqueuing process is not the syncing one: poll, as the README says
        fixtures::KioskFleet fleet(dir.path(), fixtures::uniqueKioskId("load"), kiosks, sync);
        QVERIFY2(fleet.setUp(), qPrintable(fleet.error()));

        // Positive control: the first wave is in the outboxes, encrypted and waiting, before any sync runs, and
        // none of it is at the intake.
        QVERIFY2(fleet.enqueue(fleet.writeRequests(first, 0)), qPrintable(fleet.error()));
        QCOMPARE(fleet.acknowledged().size(), first * kiosks);
        for (const auto &k : fleet.kiosks()) {
            const QJsonObject s = fleet.status(*k);
            QCOMPARE(s.value(QLatin1String("waiting")).toInt(), first);
            QCOMPARE(s.value(QLatin1String("rejected")).toInt(), 0);
            const QByteArray files = fixtures::outboxFileBytes(QDir(k->dir).filePath(QStringLiteral("outbox.sqlite")));
            QVERIFY(!files.contains(QStringLiteral("試験　花子").toUtf8())); // queued encrypted
        }
        QCOMPARE(fleet.intakeCount(), 0);

        fleet.startSync();
        QVERIFY2(fleet.waitForIntake(first * kiosks / 2, 60000), qPrintable(fleet.error()));
        restartWithWave(fleet, second, 1);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(fleet.waitForIntake((first + second / 2) * kiosks, 60000), qPrintable(fleet.error()));
        restartWithWave(fleet, third, 2);
        if (QTest::currentTestFailed()) {
            return;
        }
        if (!fleet.waitForIntake(total, 120000)) {
            for (const auto &k : fleet.kiosks()) {
                qWarning("%s: %s", qPrintable(k->id), qPrintable(fleet.syncLog(*k)));
            }
            QFAIL(qPrintable(fleet.error()));
        }
        QVERIFY2(fleet.stopSync(), qPrintable(fleet.error()));

        // Every outbox drained, nothing set aside.
        for (const auto &k : fleet.kiosks()) {
            const QJsonObject s = fleet.status(*k);
            QCOMPARE(s.value(QLatin1String("waiting")).toInt(), 0);
            QCOMPARE(s.value(QLatin1String("rejected")).toInt(), 0);
        }
        QCOMPARE(waitingInAll(fleet), 0);

        // At the intake: each acknowledged request once, under its kiosk and its certificate's login, intact.
        const QHash<QString, fixtures::Acknowledged> &acked = fleet.acknowledged();
        QCOMPARE(acked.size(), total);
        auto rows = fleet.intakeRows();
        QVERIFY(rows.has_value());
        QCOMPARE(rows->size(), total);
        QSet<QString> seen;
        QHash<QString, const fixtures::FleetKiosk *> byId;
        for (const auto &k : fleet.kiosks()) {
            byId.insert(k->id, k.get());
        }
        for (const fixtures::IntakeRow &row : std::as_const(*rows)) {
            QVERIFY2(!seen.contains(row.requestId), qPrintable(row.requestId)); // not duplicated
            seen.insert(row.requestId);
            QVERIFY2(acked.contains(row.requestId), qPrintable(row.requestId)); // nothing that was not queued
            const fixtures::Acknowledged &a = acked.value(row.requestId);
            QCOMPARE(row.kioskId, a.kioskId);     // the kiosk whose outbox held it
            QCOMPARE(row.submittedBy, a.kioskId); // the login of the certificate it came in on (CN = kiosk id)
            QCOMPARE(row.document, byId.value(a.kioskId)->documents.value(row.requestId)); // byte for byte
            QVERIFY(row.receivedAt >= a.enqueuedAt.addMSecs(-1));
        }
        QCOMPARE(seen.size(), total); // nothing lost
        qInfo("%d kiosks, %d requests, two restarts: %lld at the intake, 0 lost, 0 duplicated, every kiosk id and "
              "login right, every outbox drained",
              kiosks, total, static_cast<long long>(rows->size()));
    }
};

QTEST_GUILESS_MAIN(TestManyKiosks)
#include "TestManyKiosks.moc"
