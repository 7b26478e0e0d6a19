// Crash safety (reliability goal R1): 200 runs of a writer process killed with SIGKILL at a random moment, while it
// enqueues, purges or records failures. After every kill: integrity_check is ok, every request acknowledged before
// the kill is present and decrypts to exactly what was queued (unless its purge had begun), and every purge that
// was reported done is complete. And the receipt counter: a number reported before a kill is never handed out again.
#include "outbox/Outbox.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineAtRandomMoments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QString keyFile = dir.filePath(QStringLiteral("outbox.key"));
        QVERIFY(DataKey::create(keyFile).ok());
        auto key = DataKey::load(keyFile);
        QVERIFY(key.ok());
        const auto sharedKey = std::make_shared<const DataKey>(std::move(*key));

        const int runs = qEnvironmentVariableIntValue("KAKANAI_CRASH_RUNS") > 0
                             ? qEnvironmentVariableIntValue("KAKANAI_CRASH_RUNS")
                             : 200;
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        QHash<QString, qint64> acked; // id → i, over all runs
        QSet<QString> purgeBegun;     // ids whose purge may or may not have happened
        QSet<QString> purged;         // ids whose purge was reported complete
        int killedWhileWriting = 0;
        QElapsedTimer wall;
        wall.start();

        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(fixtures::binPath(QStringLiteral("outbox_crash_writer")),
                         {db, keyFile, QString::number(qint64(run) * 1000000)});
            QVERIFY(writer.waitForStarted());
            // Most kills land in the enqueue/purge loop, some during start-up and opening.
            QTest::qWait(static_cast<int>(rng.bounded(20, 260)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            QHash<QString, qint64> newAcks;
            QStringList currentPurge;
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            // The last element is an unterminated (cut) line or empty: only complete lines count.
            for (qsizetype l = 0; l + 1 < lines.size(); ++l) {
                const QList<QByteArray> f = lines.at(l).split(' ');
                if (f.first() == "error") {
                    QFAIL(lines.at(l).constData());
                } else if (f.first() == "ack" && f.size() == 3) {
                    newAcks.insert(QString::fromLatin1(f.at(2)), f.at(1).toLongLong());
                } else if (f.first() == "purging") {
                    currentPurge.clear();
                    for (qsizetype k = 1; k < f.size(); ++k) {
                        currentPurge.append(QString::fromLatin1(f.at(k)));
                        purgeBegun.insert(QString::fromLatin1(f.at(k)));
                    }
                } else if (f.first() == "purged") {
                    for (const QString &id : std::as_const(currentPurge)) {
                        purged.insert(id);
                    }
                    currentPurge.clear();
                }
            }
            killedWhileWriting += newAcks.isEmpty() ? 0 : 1;
            acked.insert(newAcks);

            auto outbox = Outbox::open(db, sharedKey);
            QVERIFY2(outbox.ok(), outbox.ok() ? "" : qPrintable(outbox.error().toLogString()));
            QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
            for (auto it = newAcks.cbegin(); it != newAcks.cend(); ++it) {
                auto payload = (*outbox)->payload(it.key());
                if (purgeBegun.contains(it.key())) {
                    QVERIFY(payload.ok() || payload.error().code == BackofficeErrorCode::NotFound);
                    if (purged.contains(it.key())) {
                        QVERIFY2(!payload.ok(), "a purge reported done left its row");
                    }
                    continue;
                }
                QVERIFY2(payload.ok(),
                         qPrintable(QStringLiteral("acknowledged request %1 lost in run %2").arg(it.key()).arg(run)));
                QCOMPARE(QJsonDocument::fromJson(*payload).object(), fixtures::crashRequest(it.value()));
            }
        }

        // Everything acknowledged over all runs and never handed to a purge is still there, intact.
        auto outbox = Outbox::open(db, sharedKey);
        QVERIFY(outbox.ok());
        QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
        int present = 0;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            if (purgeBegun.contains(it.key())) {
                continue;
            }
            auto payload = (*outbox)->payload(it.key());
            QVERIFY2(payload.ok(), qPrintable(it.key()));
            QCOMPARE(QJsonDocument::fromJson(*payload).object(), fixtures::crashRequest(it.value()));
            ++present;
        }
        QVERIFY(killedWhileWriting >= runs / 2);
        qInfo("%d kill -9 runs in %lld s: %lld acknowledged, %d kept intact, %lld purged, 0 lost, integrity ok "
              "after every run (%d runs killed while writing)",
              runs, static_cast<long long>(wall.elapsed() / 1000), static_cast<long long>(acked.size()), present,
              static_cast<long long>(purged.size()), killedWhileWriting);
    }

    // kill -9 while the writer takes receipt numbers (and between a number and its request's enqueue): every run
    // after a kill starts above every number handed out before it, so no number is ever handed out twice.
    void receiptNumbersSurviveKillNine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QString keyFile = dir.filePath(QStringLiteral("outbox.key"));
        QVERIFY(DataKey::create(keyFile).ok());
        const int runs = qEnvironmentVariableIntValue("KAKANAI_CRASH_RUNS") > 0
                             ? qMin(40, qEnvironmentVariableIntValue("KAKANAI_CRASH_RUNS"))
                             : 40;
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        QSet<int> handedOut;
        int highest = 0;
        int killedWhileCounting = 0;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(fixtures::binPath(QStringLiteral("outbox_crash_writer")),
                         {db, keyFile, QStringLiteral("receipts")});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(static_cast<int>(rng.bounded(20, 200)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            int inThisRun = 0;
            for (qsizetype l = 0; l + 1 < lines.size(); ++l) {
                const QList<QByteArray> f = lines.at(l).split(' ');
                QVERIFY2(f.first() != "error", lines.at(l).constData());
                if (f.first() != "receipt") {
                    continue;
                }
                const int n = f.at(1).toInt();
                QVERIFY2(n > highest, qPrintable(QStringLiteral("receipt %1 after %2").arg(n).arg(highest)));
                QVERIFY(!handedOut.contains(n));
                handedOut.insert(n);
                highest = n;
                ++inThisRun;
            }
            killedWhileCounting += inThisRun > 0 ? 1 : 0;
        }
        QVERIFY(killedWhileCounting >= runs / 2);
        auto key = DataKey::load(keyFile);
        QVERIFY(key.ok());
        auto outbox = Outbox::open(db, std::make_shared<const DataKey>(std::move(*key)));
        QVERIFY(outbox.ok());
        QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
        QVERIFY(*(*outbox)->nextReceiptSequence(QDate(2025, 4, 1)) > highest);
        qInfo("%d kill -9 runs: %lld receipt numbers handed out, none twice", runs,
              static_cast<long long>(handedOut.size()));
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "TestOutboxCrash.moc"
