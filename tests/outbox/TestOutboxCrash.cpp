// Crash safety (reliability goal R1): 200 runs of a writer process killed with SIGKILL at a random moment, while it
// enqueues, purges or records failures. After every kill: integrity_check is ok, every request acknowledged before
// the kill is present and decrypts to exactly what was queued (unless its purge had begun), and every purge that
// was reported done is complete. The same after 200 simulated power cuts (FaultVfs.h). And the receipt counter: a
// number reported before a kill is never handed out again.
#include "outbox/Outbox.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;

class TestOutboxCrash : public QObject
{
    Q_OBJECT

    // What the writers said over all runs.
    struct Ledger
    {
        QHash<QString, qint64> acked;          // id → i
        QSet<QString> purgeBegun;              // ids whose purge may or may not have happened
        QSet<QString> purged;                  // ids whose purge was reported complete
        QHash<QString, QByteArray> ciphertext; // id → a slice of its record, while it is in the outbox
    };

    // Reads one run's output (complete lines only: the last one may have been cut) into the ledger; returns the
    // run's new acknowledgements and the lines it did not know ("cut", "ready").
    static QHash<QString, qint64> readRun(const QByteArray &output, Ledger &ledger, QList<QByteArray> *other)
    {
        QHash<QString, qint64> newAcks;
        QStringList currentPurge;
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype l = 0; l + 1 < lines.size(); ++l) {
            const QList<QByteArray> f = lines.at(l).split(' ');
            if (f.first() == "ack" && f.size() == 3) {
                newAcks.insert(QString::fromLatin1(f.at(2)), f.at(1).toLongLong());
            } else if (f.first() == "purging") {
                currentPurge.clear();
                for (qsizetype k = 1; k < f.size(); ++k) {
                    currentPurge.append(QString::fromLatin1(f.at(k)));
                    ledger.purgeBegun.insert(QString::fromLatin1(f.at(k)));
                }
            } else if (f.first() == "purged") {
                for (const QString &id : std::as_const(currentPurge)) {
                    ledger.purged.insert(id);
                }
                currentPurge.clear();
            } else {
                other->append(lines.at(l));
            }
        }
        ledger.acked.insert(newAcks);
        return newAcks;
    }

    // After a run: integrity_check ok, every request acknowledged in it present and decrypting to exactly what was
    // queued (unless its purge had begun), every purge reported done complete.
    // With `scan`: a request whose purge deleted its row leaves no byte of its record (seen in an earlier run) in
    // the database, WAL, shared memory or journal, also when the cut came in the middle of that purge.
    static void checkRun(const QString &db, const std::shared_ptr<const DataKey> &key,
                         const QHash<QString, qint64> &newAcks, Ledger &ledger, int run, bool scan = false)
    {
        auto outbox = Outbox::open(db, key);
        QVERIFY2(outbox.ok(), outbox.ok() ? "" : qPrintable(outbox.error().toLogString()));
        QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
        if (scan) {
            const QByteArray files = fixtures::outboxFileBytes(db);
            QSqlQuery q(QSqlDatabase::database((*outbox)->connectionName()));
            q.prepare(QStringLiteral("SELECT payload FROM requests WHERE request_id = ?"));
            for (auto it = ledger.ciphertext.begin(); it != ledger.ciphertext.end();) {
                q.bindValue(0, it.key());
                QVERIFY(q.exec());
                if (q.next()) {
                    ++it;
                    continue;
                }
                QVERIFY2(!files.contains(it.value()),
                         qPrintable(QStringLiteral("run %1: the record of purged request %2 is still in a file")
                                        .arg(run)
                                        .arg(it.key())));
                it = ledger.ciphertext.erase(it);
            }
            for (auto it = newAcks.cbegin(); it != newAcks.cend(); ++it) {
                q.bindValue(0, it.key());
                QVERIFY(q.exec());
                if (q.next()) {
                    const QByteArray record = q.value(0).toByteArray();
                    QVERIFY(files.contains(record.mid(20, 48))); // the scan's positive control
                    ledger.ciphertext.insert(it.key(), record.mid(20, 48));
                }
            }
        }
        for (auto it = newAcks.cbegin(); it != newAcks.cend(); ++it) {
            auto payload = (*outbox)->payload(it.key());
            if (ledger.purgeBegun.contains(it.key())) {
                QVERIFY(payload.ok() || payload.error().code == BackofficeErrorCode::NotFound);
                if (ledger.purged.contains(it.key())) {
                    QVERIFY2(!payload.ok(), "a purge reported done left its row");
                }
                continue;
            }
            QVERIFY2(payload.ok(),
                     qPrintable(QStringLiteral("acknowledged request %1 lost in run %2").arg(it.key()).arg(run)));
            QCOMPARE(QJsonDocument::fromJson(*payload).object(), fixtures::crashRequest(it.value()));
        }
    }

    // Everything acknowledged over all runs and never handed to a purge is still there, intact. Returns how many.
    static int checkAll(const QString &db, const std::shared_ptr<const DataKey> &key, const Ledger &ledger)
    {
        auto outbox = Outbox::open(db, key);
        if (!outbox || *(*outbox)->integrityCheck() != QLatin1String("ok")) {
            return -1;
        }
        int present = 0;
        for (auto it = ledger.acked.cbegin(); it != ledger.acked.cend(); ++it) {
            if (ledger.purgeBegun.contains(it.key())) {
                continue;
            }
            auto payload = (*outbox)->payload(it.key());
            if (!payload || QJsonDocument::fromJson(*payload).object() != fixtures::crashRequest(it.value())) {
                qWarning("lost or changed: %s", qPrintable(it.key()));
                return -1;
            }
            ++present;
        }
        return present;
    }

    // The number of runs: the environment's (a longer run for the figures), else the CI-sized default.
    static int runCount(const char *variable, int fallback)
    {
        const int n = qEnvironmentVariableIntValue(variable);
        return n > 0 ? n : fallback;
    }

    static std::shared_ptr<const DataKey> newKey(const QString &keyFile)
    {
        if (!DataKey::create(keyFile).ok()) {
            return nullptr;
        }
        auto key = DataKey::load(keyFile);
        return key ? std::make_shared<const DataKey>(std::move(*key)) : nullptr;
    }

private Q_SLOTS:
    void killNineAtRandomMoments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QString keyFile = dir.filePath(QStringLiteral("outbox.key"));
        const auto sharedKey = newKey(keyFile);
        QVERIFY(sharedKey);

        const int runs = runCount("KAKANAI_CRASH_RUNS", 200);
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        Ledger ledger;
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

            QList<QByteArray> other;
            const auto newAcks = readRun(writer.readAllStandardOutput(), ledger, &other);
            for (const QByteArray &line : std::as_const(other)) {
                QVERIFY2(!line.startsWith("error"), line.constData());
            }
            killedWhileWriting += newAcks.isEmpty() ? 0 : 1;
            checkRun(db, sharedKey, newAcks, ledger, run);
            if (QTest::currentTestFailed()) {
                return;
            }
        }

        const int present = checkAll(db, sharedKey, ledger);
        QVERIFY(present >= 0);
        QVERIFY(killedWhileWriting >= runs / 2);
        qInfo("%d kill -9 runs in %lld s: %lld acknowledged, %d kept intact, %lld purged, 0 lost, integrity ok "
              "after every run (%d runs killed while writing)",
              runs, static_cast<long long>(wall.elapsed() / 1000), static_cast<long long>(ledger.acked.size()), present,
              static_cast<long long>(ledger.purged.size()), killedWhileWriting);
    }

    // Power cuts as SQLite's crash tests simulate them (FaultVfs.h): the writer runs on the fault VFS, which at a
    // random write, truncation or sync of the database or WAL undoes on disk everything written since that file's
    // last sync and ends the process. kill -9 cannot show this: the page cache survives it, so it passes even with
    // synchronous=OFF. The cuts land in enqueues, purges (and their WAL checkpoints) and failure records alike.
    // After each cut, the files are also scanned for the records of purged requests (none may remain).
    void powerCutsAtRandomWrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QString keyFile = dir.filePath(QStringLiteral("outbox.key"));
        const auto sharedKey = newKey(keyFile);
        QVERIFY(sharedKey);

        const int runs = runCount("KAKANAI_POWER_CUT_RUNS", 200);
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        Ledger ledger;
        int cutWhileWriting = 0;
        int cutAfterPurge = 0;
        QElapsedTimer wall;
        wall.start();
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            // About 4 operations per enqueue, more around a purge: up to ~100 requests per run.
            env.insert(QStringLiteral("KAKANAI_POWER_CUT_AT"), QString::number(rng.bounded(1, 400)));
            writer.setProcessEnvironment(env);
            writer.start(fixtures::binPath(QStringLiteral("outbox_crash_writer")),
                         {db, keyFile, QString::number(qint64(run) * 1000000)});
            QVERIFY(writer.waitForStarted());
            QVERIFY(writer.waitForFinished(60000));
            QCOMPARE(writer.exitStatus(), QProcess::NormalExit);

            QList<QByteArray> other;
            const qsizetype purgedBefore = ledger.purged.size();
            const auto newAcks = readRun(writer.readAllStandardOutput(), ledger, &other);
            QVERIFY2(!other.isEmpty() && other.last() == "cut",
                     qPrintable(QStringLiteral("run %1 ended without a power cut: %2")
                                    .arg(run)
                                    .arg(QString::fromLatin1(other.isEmpty() ? QByteArray() : other.last()))));
            cutWhileWriting += newAcks.isEmpty() ? 0 : 1;
            cutAfterPurge += ledger.purged.size() > purgedBefore ? 1 : 0;
            checkRun(db, sharedKey, newAcks, ledger, run, true);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        const int present = checkAll(db, sharedKey, ledger);
        QVERIFY(present >= 0);
        QVERIFY(cutWhileWriting >= runs / 2);
        QVERIFY(cutAfterPurge >= runs / 10);
        qInfo("%d simulated power cuts in %lld s: %lld acknowledged, %d kept intact, %lld purged, 0 lost, "
              "integrity ok after every cut (%d cut while writing, %d after a purge)",
              runs, static_cast<long long>(wall.elapsed() / 1000), static_cast<long long>(ledger.acked.size()), present,
              static_cast<long long>(ledger.purged.size()), cutWhileWriting, cutAfterPurge);
    }

    // The control: the same cuts with synchronous=OFF lose acknowledged requests, so the test above can fail.
    void powerCutsLoseRequestsWithoutSync()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QString keyFile = dir.filePath(QStringLiteral("outbox.key"));
        const auto sharedKey = newKey(keyFile);
        QVERIFY(sharedKey);
        Ledger ledger;
        int lost = 0;
        for (int run = 0; run < 10; ++run) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KAKANAI_POWER_CUT_AT"), QString::number(100 + 20 * run));
            env.insert(QStringLiteral("KAKANAI_CRASH_SYNCHRONOUS_OFF"), QStringLiteral("1"));
            writer.setProcessEnvironment(env);
            writer.start(fixtures::binPath(QStringLiteral("outbox_crash_writer")),
                         {db, keyFile, QString::number(qint64(run) * 1000000)});
            QVERIFY(writer.waitForFinished(60000));
            QList<QByteArray> other;
            const auto newAcks = readRun(writer.readAllStandardOutput(), ledger, &other);
            QVERIFY(!newAcks.isEmpty());
            auto outbox = Outbox::open(db, sharedKey);
            QVERIFY(outbox.ok());
            for (auto it = newAcks.cbegin(); it != newAcks.cend(); ++it) {
                lost += !ledger.purgeBegun.contains(it.key()) && !(*outbox)->payload(it.key()).ok() ? 1 : 0;
            }
        }
        QVERIFY2(lost > 0, "synchronous=OFF lost nothing: the power cut is not simulated");
        qInfo("control: with synchronous=OFF, %d acknowledged requests lost in 10 cuts", lost);
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
        const int runs = qMin(40, runCount("KAKANAI_CRASH_RUNS", 40));
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
