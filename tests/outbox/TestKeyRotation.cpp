// Key rotation (issue 10, item 6; outbox/README.md "Key rotation"): `kakanai-outbox rotate-key` re-encrypts every
// waiting and set-aside record under the new key, retires the old key once no record uses it, and leaves no record
// sealed under the old key in the database, its WAL or a journal (the scan's positive control: the same scan finds
// those records before the rotation). Interrupted anywhere — after some batches, by kill -9 of the real CLI, by
// simulated power cuts (FaultVfs.h, in the child outbox_crash_writer) — it resumes on the next run, every
// acknowledged request still decrypts byte for byte and integrity_check is ok. The kiosk keeps working while a
// rotation waits; a kiosk still running with the old key is refused once that key is retired, never served by it.
#include "outbox/Aead.h"
#include "outbox/AuditLog.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/KeyRing.h"
#include "outbox/KeyRotation.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/support/ProgramRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;

class TestKeyRotation : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString dbPath() const { return path(QStringLiteral("outbox.sqlite")); }
    QString keyA() const { return path(QStringLiteral("a.key")); }
    QString keyB() const { return path(QStringLiteral("b.key")); }

    static std::shared_ptr<const KeyRing> ring(const QString &current, const QStringList &previous = {})
    {
        OutboxConfig config;
        config.keyFile = current;
        config.previousKeyFiles = previous;
        auto keys = KeyRing::load(config);
        if (!keys) {
            qWarning("%s", qPrintable(keys.error().toLogString()));
            return nullptr;
        }
        return std::make_shared<const KeyRing>(std::move(*keys));
    }

    static QString errorOf(const BackofficeError &e) { return e.codeName(); }

    // Every record of the outbox: request id → record.
    static QHash<QString, QByteArray> records(const Outbox &outbox)
    {
        QHash<QString, QByteArray> out;
        QSqlQuery q(QSqlDatabase::database(outbox.connectionName()));
        if (q.exec(QStringLiteral("SELECT request_id, payload FROM requests"))) {
            while (q.next()) {
                out.insert(q.value(0).toString(), q.value(1).toByteArray());
            }
        }
        return out;
    }

    // Records under key `id`, read over a read-only connection of its own while another process writes (WAL).
    int recordsUnderKey(int id) const
    {
        int n = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rotation-reader"));
            db.setDatabaseName(dbPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM requests WHERE substr(payload, 2, 1) = x'%1'")
                               .arg(id, 2, 16, QLatin1Char('0'))) &&
                    q.next()) {
                    n = q.value(0).toInt();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rotation-reader"));
        return n;
    }

    // The part of a record the scans look for: 48 bytes of its ciphertext.
    static QByteArray needle(const QByteArray &record) { return record.mid(20, 48); }

    // An outbox under key A (id 1) with crashRequest(0 … count-1), every seventh set aside, its WAL checkpointed into
    // the database file. Returns each request's record under key A; the scan finds every one of them (the positive
    // control of every "nothing left under the old key" check below).
    QHash<QString, QByteArray> makeOutboxUnderKeyA(int count, QHash<QString, qint64> *ids)
    {
        if (!QFile::exists(keyA()) && !DataKey::create(keyA()).ok()) {
            return {};
        }
        if (!QFile::exists(keyB()) && !DataKey::create(keyB()).ok()) {
            return {};
        }
        auto outbox = Outbox::open(dbPath(), ring(keyA()));
        if (!outbox) {
            return {};
        }
        for (int i = 0; i < count; ++i) {
            auto receipt = (*outbox)->enqueue(fixtures::crashRequest(i));
            if (!receipt) {
                return {};
            }
            ids->insert(receipt->requestId, i);
            if (i % 7 == 3) {
                (void)(*outbox)->reject(receipt->requestId, BackofficeError::make(BackofficeErrorCode::IntakeRejected,
                                                                                  QStringLiteral("test")));
            }
        }
        if (auto checkpointed = (*outbox)->checkpoint(); !checkpointed || !*checkpointed) {
            return {};
        }
        const auto all = records(**outbox);
        const QByteArray files = fixtures::outboxFileBytes(dbPath());
        for (const QByteArray &record : all) {
            if (aead::recordKeyId(record) != 1 || !files.contains(needle(record))) {
                qWarning("positive control failed: a record under key A is not found in the files");
                return {};
            }
        }
        return all;
    }

    // Every request of `ids` decrypts to exactly what was queued; "" or what is wrong.
    static QString checkIntact(const Outbox &outbox, const QHash<QString, qint64> &ids)
    {
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            auto payload = outbox.payload(it.key());
            if (!payload) {
                return QStringLiteral("request %1 (%2): %3")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(payload.error().toLogString());
            }
            if (QJsonDocument::fromJson(*payload).object() != fixtures::crashRequest(it.value())) {
                return QStringLiteral("request %1 (%2) changed").arg(it.key()).arg(it.value());
            }
        }
        return {};
    }

    // How many of the old records (their needles) are still in any file of the outbox.
    static int oldRecordsInFiles(const QString &db, const QHash<QString, QByteArray> &old)
    {
        const QByteArray files = fixtures::outboxFileBytes(db);
        int found = 0;
        for (const QByteArray &record : old) {
            found += files.contains(needle(record)) ? 1 : 0;
        }
        return found;
    }

    static int runCount(const char *variable, int fallback)
    {
        const int n = qEnvironmentVariableIntValue(variable);
        return n > 0 ? n : fallback;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    // Which keys open which outbox: the ring's keys get the outbox's ids; a new current key is registered only when
    // a known previous key vouches for it; a retired key never seals again.
    void keyRingBinding_data()
    {
        QTest::addColumn<bool>("rotatedBefore"); // a complete rotation A → B first
        QTest::addColumn<QString>("current");
        QTest::addColumn<QStringList>("previous");
        QTest::addColumn<QString>("error"); // codeName, "" when it opens
        QTest::addColumn<int>("sealId");
        QTest::addColumn<QList<int>>("opens"); // the ids it can open records of

        // previous: key names separated by commas ("a", "c", "gone": a file that does not exist).
        auto row = [](const char *name, bool rotated, const char *current, const char *previous, const char *error,
                      int sealId, QList<int> opens) {
            QTest::newRow(name) << rotated << QString::fromLatin1(current)
                                << QString::fromLatin1(previous).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                << QString::fromLatin1(error) << sealId << opens;
        };
        row("key A alone", false, "a", "", "", 1, {1});
        row("new key B, previous A: the rotation begins", false, "b", "a", "", 2, {2, 1});
        row("A with a missing previous file", false, "a", "gone", "", 1, {1});
        row("error: new key B without previous A", false, "b", "", "key_mismatch", 0, {});
        row("error: new key B, previous an unknown key C", false, "b", "c", "key_mismatch", 0, {});
        row("after rotation: B alone", true, "b", "", "", 2, {2});
        row("after rotation: retired A as previous is left out", true, "b", "a", "", 2, {2});
        row("error: after rotation, retired A as the current key", true, "a", "", "key_mismatch", 0, {});
        row("error: after rotation, new key C vouched for by retired A only", true, "c", "a", "key_mismatch", 0, {});
    }
    void keyRingBinding()
    {
        QFETCH(bool, rotatedBefore);
        QFETCH(QString, current);
        QFETCH(QStringList, previous);
        QFETCH(QString, error);
        QFETCH(int, sealId);
        QFETCH(QList<int>, opens);

        QHash<QString, qint64> ids;
        QVERIFY(!makeOutboxUnderKeyA(3, &ids).isEmpty());
        QVERIFY(DataKey::create(path(QStringLiteral("c.key"))).ok());
        if (rotatedBefore) {
            auto outbox = Outbox::open(dbPath(), ring(keyB(), {keyA()}));
            QVERIFY(outbox.ok());
            auto report = KeyRotation::run(**outbox);
            QVERIFY(report.ok());
            QVERIFY(report->complete);
        }
        auto file = [this](const QString &name) { return path(name + QStringLiteral(".key")); };
        QStringList previousFiles;
        for (const QString &p : previous) {
            previousFiles.append(file(p));
        }
        auto keys = ring(file(current), previousFiles);
        QVERIFY(keys);
        auto outbox = Outbox::open(dbPath(), keys);
        if (!error.isEmpty()) {
            QVERIFY(!outbox.ok());
            QCOMPARE(errorOf(outbox.error()), error);
            QCOMPARE(outbox.error().key, QStringLiteral("outbox/key_file"));
            return;
        }
        QVERIFY2(outbox.ok(), outbox.ok() ? "" : qPrintable(outbox.error().toLogString()));
        QCOMPARE(int((*outbox)->keys().sealId()), sealId);
        QList<int> got;
        for (quint8 id : (*outbox)->keys().ids()) {
            got.append(id);
        }
        QCOMPARE(got, opens);
        QCOMPARE(checkIntact(**outbox, ids), QString()); // readable wherever it opens
    }

    // A previous key file is checked like the key file (owner, mode, size), and the error names its own key.
    void previousKeyFileProblemsNameTheirKey()
    {
        QVERIFY(DataKey::create(keyA()).ok());
        QVERIFY(DataKey::create(keyB()).ok());
        QVERIFY(QFile::setPermissions(keyA(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        OutboxConfig config;
        config.keyFile = keyB();
        config.previousKeyFiles = {keyA()};
        auto keys = KeyRing::load(config);
        QVERIFY(!keys.ok());
        QCOMPARE(errorOf(keys.error()), QStringLiteral("key_permissions"));
        QCOMPARE(keys.error().key, QStringLiteral("outbox/previous_key_files"));
        // Control: the same ring with the mode fixed loads.
        QVERIFY(QFile::setPermissions(keyA(), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(KeyRing::load(config).ok());
        // The INI: key_file named as a previous key too is a configuration error.
        const QString ini = path(QStringLiteral("kiosk.ini"));
        QVERIFY(fixtures::writeFile(ini, QStringLiteral("[outbox]\npath=%1\nkey_file=%2\nprevious_key_files=%3, %2\n")
                                             .arg(dbPath(), keyB(), keyA())
                                             .toUtf8()));
        QList<kakanai::ConfigProblem> problems;
        const BackofficeConfig loaded = BackofficeConfig::load(ini, BackofficeConfig::Outbox, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().key, QStringLiteral("outbox/previous_key_files"));
        QCOMPARE(loaded.outbox.previousKeyFiles, (QStringList{keyA(), keyB()}));
    }

    // The whole rotation: every record (waiting and set aside) under the new key, byte for byte the same request,
    // the old key retired, and none of the old records in any file; a second run has nothing to do.
    void rotationReencryptsEveryRecordAndLeavesNothingUnderTheOldKey()
    {
        QHash<QString, qint64> ids;
        const auto old = makeOutboxUnderKeyA(40, &ids);
        QCOMPARE(old.size(), 40);
        QCOMPARE(oldRecordsInFiles(dbPath(), old), 40); // positive control

        auto outbox = Outbox::open(dbPath(), ring(keyB(), {keyA()}));
        QVERIFY(outbox.ok());
        const int setAside = (*outbox)->counts()->rejected;
        QCOMPARE(setAside, 6);
        // The kiosk queues more while the rotation waits: under the new key at once.
        for (int i = 40; i < 45; ++i) {
            auto receipt = (*outbox)->enqueue(fixtures::crashRequest(i));
            QVERIFY(receipt.ok());
            ids.insert(receipt->requestId, i);
        }
        QCOMPARE(*KeyRotation::recordsPerKey(**outbox), (QMap<int, int>{{1, 40}, {2, 5}}));

        KeyRotation::Options options;
        options.batchSize = 4;
        int callbacks = 0;
        options.afterBatch = [&callbacks](int) { ++callbacks; };
        auto report = KeyRotation::run(**outbox, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toLogString()));
        QVERIFY(report->complete);
        QCOMPARE(report->currentKey, quint8(2));
        QCOMPARE(report->resealed, 40);
        QCOMPARE(report->batches, 10);
        QCOMPARE(callbacks, 10);
        QCOMPARE(report->retired, QList<quint8>{1});
        QCOMPARE(report->records, (QMap<int, int>{{2, 45}}));

        QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(checkIntact(**outbox, ids), QString());
        QCOMPARE((*outbox)->counts()->rejected, setAside); // set aside stays set aside
        QCOMPARE(QFileInfo(dbPath() + QStringLiteral("-wal")).size(), 0);
        QCOMPARE(oldRecordsInFiles(dbPath(), old), 0);

        // The new key alone opens everything; the old one is refused; a second run has nothing to do.
        outbox->reset();
        auto newOnly = Outbox::open(dbPath(), ring(keyB()));
        QVERIFY(newOnly.ok());
        QCOMPARE(checkIntact(**newOnly, ids), QString());
        auto again = KeyRotation::run(**newOnly);
        QVERIFY(again.ok());
        QVERIFY(again->complete);
        QCOMPARE(again->resealed, 0);
        QVERIFY(again->retired.isEmpty());
        QCOMPARE(errorOf(Outbox::open(dbPath(), ring(keyA())).error()), QStringLiteral("key_mismatch"));
    }

    // The audit trail's entries are append-only, so a rotation never rewrites them: an undelivered entry under the
    // old key keeps that key (rotate-key says so and retires nothing), a delivered one does not, and after the old
    // key is gone the chain goes on from the delivered head's number and hash.
    void auditEntriesKeepTheirKeyUntilDelivered()
    {
        QHash<QString, qint64> ids;
        QCOMPARE(makeOutboxUnderKeyA(3, &ids).size(), 3);
        {
            auto outbox = Outbox::open(dbPath(), ring(keyA()));
            QVERIFY(outbox.ok());
            AuditLog log(**outbox, QStringLiteral("kiosk-01"));
            QVERIFY(log.append(QStringLiteral("S001"), AuditAction::StaffSignIn).ok());
            QVERIFY(log.append(QStringLiteral("S001"), AuditAction::Confirmation, ids.keys().first()).ok());
        }
        auto outbox = Outbox::open(dbPath(), ring(keyB(), {keyA()}));
        QVERIFY(outbox.ok());
        AuditLog log(**outbox, QStringLiteral("kiosk-01"));
        auto pending = log.pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2); // opened with key A, their own

        auto first = KeyRotation::run(**outbox);
        QVERIFY(!first.ok());
        QVERIFY2(first.error().detail.contains(QStringLiteral("2 audit entries")), qPrintable(first.error().detail));
        QCOMPARE(*KeyRotation::recordsPerKey(**outbox), (QMap<int, int>{{2, 3}})); // the requests are done
        QVERIFY(QFile::exists(keyA()));                                            // nothing retired

        QCOMPARE(*log.markDelivered(*pending), 2);
        auto second = KeyRotation::run(**outbox);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toLogString()));
        QCOMPARE(second->retired, QList<quint8>{1});
        outbox->reset();

        // Key A is retired; its file is gone from the ring: the chain continues from the delivered head.
        auto newOnly = Outbox::open(dbPath(), ring(keyB()));
        QVERIFY(newOnly.ok());
        AuditLog after(**newOnly, QStringLiteral("kiosk-01"));
        auto next = after.append(QStringLiteral("S002"), AuditAction::StaffSignIn);
        QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().toLogString()));
        QCOMPARE(next->seq, qint64(3));
        QCOMPARE(next->prevHash, pending->last().hash);
        auto waiting = after.pending(10);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->size(), 1);
    }

    // A rotation that stopped half-way waits: the kiosk (restarted with the new key_file and the old key in
    // previous_key_files) queues, delivers from both keys and reports as usual; a process still on the old key
    // reads only its own records (the others wait, none is set aside as damaged) until the rotation retires its key,
    // and from then on it is refused: no record is ever sealed under a retired key.
    void interruptedRotationWaitsWhileTheKioskWorks()
    {
        QHash<QString, qint64> ids;
        const auto old = makeOutboxUnderKeyA(30, &ids);
        QCOMPARE(old.size(), 30);
        {
            auto outbox = Outbox::open(dbPath(), ring(keyB(), {keyA()}));
            QVERIFY(outbox.ok());
            KeyRotation::Options options;
            options.batchSize = 5;
            options.maxBatches = 2;
            auto report = KeyRotation::run(**outbox, options);
            QVERIFY(report.ok());
            QVERIFY(!report->complete);
            QCOMPARE(report->records, (QMap<int, int>{{1, 20}, {2, 10}}));
        }

        BackofficeConfig config;
        config.outbox.path = dbPath();
        config.outbox.keyFile = keyB();
        config.outbox.previousKeyFiles = {keyA()};
        auto service = OutboxService::create(config);
        QVERIFY2(service.ok(), service.ok() ? "" : qPrintable(service.error().toLogString()));
        auto receipt = (*service)->enqueue(fixtures::crashRequest(100));
        QVERIFY(receipt.ok());
        ids.insert(receipt->requestId, 100);
        QCOMPARE((*service)->status().waiting + (*service)->status().rejected, 31);
        QCOMPARE((*service)->status().rejected, 4);

        auto kiosk = Outbox::open(dbPath(), ring(keyB(), {keyA()}));
        QVERIFY(kiosk.ok());
        auto batch = (*kiosk)->nextBatch(100);
        QVERIFY(batch.ok());
        QCOMPARE(int(batch->size()), 31 - 4); // every waiting request, whichever key sealed it
        QCOMPARE((*kiosk)->counts()->rejected, 4);

        auto oldKiosk = Outbox::open(dbPath(), ring(keyA()));
        QVERIFY(oldKiosk.ok());
        auto oldBatch = (*oldKiosk)->nextBatch(100);
        QVERIFY(oldBatch.ok());
        for (const PendingRequest &r : *oldBatch) {
            QVERIFY(ids.value(r.requestId) >= 10); // only what is still under key A
        }
        QCOMPARE((*oldKiosk)->counts()->rejected, 4); // nothing set aside for being under an unknown key
        auto oldReceipt = (*oldKiosk)->enqueue(fixtures::crashRequest(101));
        QVERIFY(oldReceipt.ok()); // key A is not retired yet
        ids.insert(oldReceipt->requestId, 101);

        auto report = KeyRotation::run(**kiosk);
        QVERIFY(report.ok());
        QVERIFY(report->complete);
        QCOMPARE(report->resealed, 21); // the 20 left and the old kiosk's one
        QCOMPARE(report->records, (QMap<int, int>{{2, 32}}));
        QCOMPARE(checkIntact(**kiosk, ids), QString());
        QCOMPARE(oldRecordsInFiles(dbPath(), old), 0);

        auto refused = (*oldKiosk)->enqueue(fixtures::crashRequest(102));
        QVERIFY(!refused.ok());
        QCOMPARE(errorOf(refused.error()), QStringLiteral("key_mismatch"));
        QVERIFY(!(*kiosk)->payload(fixtures::crashRequest(102).value(QLatin1String("request_id")).toString()).ok());
        auto after = (*service)->enqueue(fixtures::crashRequest(103));
        QVERIFY(after.ok());
    }

    // A kiosk process writing all through the rotation (outbox_crash_writer: enqueues, purges, records failures):
    // with the new key_file it simply goes on (the rotation's batches and its commits take the write lock in turn);
    // still on the old key it goes on until the rotation retires that key, then it is refused. Either way every
    // request it acknowledged is there, under the new key, byte for byte.
    void kioskWritingDuringRotation_data()
    {
        QTest::addColumn<bool>("newKey");
        QTest::newRow("kiosk restarted with the new key") << true;
        QTest::newRow("kiosk still on the old key") << false;
    }
    void kioskWritingDuringRotation()
    {
        QFETCH(bool, newKey);
        QHash<QString, qint64> ids;
        const auto old = makeOutboxUnderKeyA(150, &ids);
        QCOMPARE(old.size(), 150);

        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (newKey) {
            env.insert(QStringLiteral("KAKANAI_CRASH_PREVIOUS_KEYS"), keyA());
        }
        writer.setProcessEnvironment(env);
        writer.start(fixtures::binPath(QStringLiteral("outbox_crash_writer")),
                     {dbPath(), newKey ? keyB() : keyA(), QStringLiteral("1000")});
        QVERIFY(writer.waitForStarted());
        // The rotation starts once the kiosk is writing.
        QByteArray seen;
        while (!seen.contains("\nack ") && writer.waitForReadyRead(10000)) {
            seen += writer.peek(1 << 20);
        }
        QVERIFY(seen.contains("\nack "));

        auto outbox = Outbox::open(dbPath(), ring(keyB(), {keyA()}));
        QVERIFY(outbox.ok());
        KeyRotation::Options options;
        options.batchSize = 1; // many short transactions, the kiosk's commits between them
        auto report = KeyRotation::run(**outbox, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toLogString()));
        QVERIFY(report->complete);
        QTest::qWait(100);
        if (newKey) {
            QCOMPARE(writer.state(), QProcess::Running);
            writer.kill();
        }
        // (waitForFinished is false for a process that already ended during the wait above.)
        QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(10000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        QSet<QString> purging;
        int acked = 0;
        QByteArray error;
        for (qsizetype l = 0; l + 1 < lines.size(); ++l) {
            const QList<QByteArray> f = lines.at(l).split(' ');
            if (f.first() == "ack" && f.size() == 3) {
                ids.insert(QString::fromLatin1(f.at(2)), f.at(1).toLongLong());
                ++acked;
            } else if (f.first() == "purging") {
                for (qsizetype k = 1; k < f.size(); ++k) {
                    purging.insert(QString::fromLatin1(f.at(k)));
                }
            } else if (f.first() == "error") {
                error = lines.at(l);
            }
        }
        QVERIFY(acked > 0);
        if (newKey) {
            QVERIFY2(error.isEmpty(), error.constData());
        } else {
            QVERIFY2(error.contains("key_mismatch"), error.constData()); // refused once key A was retired
            QCOMPARE(writer.exitCode(), 2);
        }
        for (const QString &id : std::as_const(purging)) {
            ids.remove(id); // delivered and purged by the writer (or about to be)
        }
        auto check = Outbox::open(dbPath(), ring(keyB()));
        QVERIFY(check.ok());
        QCOMPARE(*(*check)->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(checkIntact(**check, ids), QString());
        const auto perKey = *KeyRotation::recordsPerKey(**check);
        QCOMPARE(perKey.keys(), QList<int>{2});
        QCOMPARE(oldRecordsInFiles(dbPath(), old), 0);
        qInfo("%d requests acknowledged by a kiosk %s during the rotation; %d re-encrypted", acked,
              newKey ? "on the new key" : "on the old key", report->resealed);
    }

    // Simulated power cuts (FaultVfs.h) at random writes, truncations and syncs of a rotation that a kiosk writes
    // into after every batch (outbox_crash_writer DB B rotate): after each cut integrity_check is ok and every
    // request — those queued before and those acknowledged during the rotation — decrypts byte for byte; the next
    // run completes the rotation, and then no record under the old key is in any file.
    void powerCutsDuringRotation()
    {
        QHash<QString, qint64> templateIds;
        const auto old = makeOutboxUnderKeyA(24, &templateIds);
        QCOMPARE(old.size(), 24);
        const QString templateDb = path(QStringLiteral("template.sqlite"));
        QVERIFY(QFile::copy(dbPath(), templateDb)); // the WAL is empty after the checkpoint
        const QString runDb = path(QStringLiteral("run.sqlite"));

        auto runChild = [&](qint64 cutAt, QByteArray *output) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(runDb + suffix);
            }
            if (!QFile::copy(templateDb, runDb)) {
                return false;
            }
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KAKANAI_POWER_CUT_AT"), QString::number(cutAt));
            env.insert(QStringLiteral("KAKANAI_CRASH_PREVIOUS_KEYS"), keyA());
            child.setProcessEnvironment(env);
            child.start(fixtures::binPath(QStringLiteral("outbox_crash_writer")),
                        {runDb, keyB(), QStringLiteral("rotate"), QStringLiteral("1000")});
            if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit) {
                return false;
            }
            *output = child.readAllStandardOutput();
            return true;
        };

        // How many counted operations a whole rotation takes: the cuts land anywhere in it.
        QByteArray output;
        QVERIFY(runChild(1000000000, &output));
        const QList<QByteArray> calibration = output.trimmed().split('\n');
        QVERIFY2(calibration.last().startsWith("rotated "), output.constData());
        const qint64 operations = calibration.last().mid(8).toLongLong();
        QVERIFY(operations > 20);

        const int runs = runCount("KAKANAI_ROTATION_CUT_RUNS", 60);
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int beforeFirstBatch = 0;
        int midRotation = 0;
        int afterRetirement = 0;
        int completed = 0;
        qint64 acknowledged = 0;
        QElapsedTimer wall;
        wall.start();
        for (int run = 0; run < runs; ++run) {
            const qint64 cutAt = rng.bounded(qint64(1), operations + 1);
            QVERIFY(runChild(cutAt, &output));
            QHash<QString, qint64> ids = templateIds;
            const QList<QByteArray> lines = output.split('\n');
            bool cut = false;
            int acks = 0;
            for (qsizetype l = 0; l + 1 < lines.size(); ++l) {
                const QList<QByteArray> f = lines.at(l).split(' ');
                QVERIFY2(f.first() != "error", lines.at(l).constData());
                if (f.first() == "ack" && f.size() == 3) {
                    ids.insert(QString::fromLatin1(f.at(2)), f.at(1).toLongLong());
                    ++acks;
                }
                cut = cut || f.first() == "cut";
            }
            acknowledged += acks;
            const QString where = QStringLiteral("run %1, cut at %2 of %3").arg(run).arg(cutAt).arg(operations);

            // After the cut, before any resumption: nothing lost, nothing damaged.
            {
                auto outbox = Outbox::open(runDb, ring(keyB(), {keyA()}));
                QVERIFY2(outbox.ok(), qPrintable(where + QStringLiteral(": ") +
                                                 (outbox.ok() ? QString() : outbox.error().toLogString())));
                QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
                const QString intact = checkIntact(**outbox, ids);
                QVERIFY2(intact.isEmpty(), qPrintable(where + QStringLiteral(": ") + intact));
                const bool retired = !(*outbox)->keys().ids().contains(1);
                if (!cut) {
                    ++completed;
                } else if (retired) {
                    ++afterRetirement;
                } else if (acks == 0) {
                    ++beforeFirstBatch;
                } else {
                    ++midRotation;
                }
                // The next run: resumes and completes.
                auto report = KeyRotation::run(**outbox);
                QVERIFY2(report.ok(), qPrintable(where + QStringLiteral(": ") +
                                                 (report.ok() ? QString() : report.error().toLogString())));
                QVERIFY(report->complete);
                QCOMPARE(report->records.keys(), QList<int>{2});
                QCOMPARE(report->records.value(2), int(ids.size()));
            }
            auto outbox = Outbox::open(runDb, ring(keyB()));
            QVERIFY(outbox.ok());
            QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
            const QString intact = checkIntact(**outbox, ids);
            QVERIFY2(intact.isEmpty(), qPrintable(where + QStringLiteral(": ") + intact));
            const int left = oldRecordsInFiles(runDb, old);
            QVERIFY2(left == 0, qPrintable(where + QStringLiteral(": %1 old records still in a file").arg(left)));
        }
        QVERIFY(midRotation >= runs / 4);
        qInfo("%d simulated power cuts during key rotations in %lld s (%lld operations per rotation): %d before the "
              "first batch, %d mid-rotation, %d after the old key was retired, %d runs finished first; %lld requests "
              "acknowledged during the rotations + %lld before, 0 lost, integrity ok after every cut, 0 old records "
              "in any file after resuming",
              runs, static_cast<long long>(wall.elapsed() / 1000), static_cast<long long>(operations), beforeFirstBatch,
              midRotation, afterRetirement, completed, static_cast<long long>(acknowledged),
              static_cast<long long>(qint64(runs) * templateIds.size()));
    }

    // kill -9 of the real `kakanai-outbox rotate-key` at random moments; each time the outbox is intact, and the
    // last run completes: every request under the new key, the old key file removed, nothing old in any file, and
    // `status` says no rotation is pending.
    void killNineOfTheCliMidRotation()
    {
        QHash<QString, qint64> ids;
        const auto old = makeOutboxUnderKeyA(300, &ids);
        QCOMPARE(old.size(), 300);
        const QString ini = path(QStringLiteral("kiosk.ini"));
        QVERIFY(fixtures::writeFile(ini, QStringLiteral("[outbox]\npath=%1\nkey_file=%2\nprevious_key_files=%3\n")
                                             .arg(dbPath(), keyB(), keyA())
                                             .toUtf8()));
        const QString cli = fixtures::binPath(QStringLiteral("kakanai-outbox"));
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int killedMidRotation = 0;
        const int kills = 12;
        for (int run = 0; run < kills; ++run) {
            QProcess p;
            p.start(cli, {QStringLiteral("--config"), ini, QStringLiteral("rotate-key"), QStringLiteral("--batch"),
                          QStringLiteral("2")});
            QVERIFY(p.waitForStarted());
            // Kill once the rotation is under way (a record under key 2 is visible to a reader), at a random moment
            // after that: a fixed delay would, on a loaded or a fast machine, kill before it starts or after it ends.
            QElapsedTimer started;
            started.start();
            while (p.state() != QProcess::NotRunning && started.elapsed() < 20000 && recordsUnderKey(2) == 0) {
                QTest::qWait(2);
            }
            QTest::qWait(static_cast<int>(rng.bounded(0, 15)));
            const bool finishedFirst = p.state() == QProcess::NotRunning;
            if (!finishedFirst) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(10000));
            }
            auto outbox = Outbox::open(dbPath(), ring(keyB(), {keyA()}));
            QVERIFY2(outbox.ok(), outbox.ok() ? "" : qPrintable(outbox.error().toLogString()));
            QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
            QCOMPARE(checkIntact(**outbox, ids), QString());
            const auto perKey = *KeyRotation::recordsPerKey(**outbox);
            killedMidRotation += perKey.value(1) > 0 && perKey.value(2) > 0 ? 1 : 0;
            if (finishedFirst) {
                QCOMPARE(p.exitCode(), 0);
                break; // finished before the kill
            }
        }
        QVERIFY(killedMidRotation >= 1);

        const auto done =
            kakanai::testsupport::runProgram(cli, {QStringLiteral("--config"), ini, QStringLiteral("rotate-key")});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QVERIFY(done.out.contains("records under key 2: 300"));
        QVERIFY(!QFile::exists(keyA())); // removed by this run or by a killed one after the retirement
        auto outbox = Outbox::open(dbPath(), ring(keyB()));
        QVERIFY(outbox.ok());
        QCOMPARE(checkIntact(**outbox, ids), QString());
        QCOMPARE(oldRecordsInFiles(dbPath(), old), 0);

        // The INI still names the removed file: the kiosk and the CLI start all the same, and nothing is pending.
        const auto status =
            kakanai::testsupport::runProgram(cli, {QStringLiteral("--config"), ini, QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains("waiting: "));
        QVERIFY(!status.out.contains("key rotation pending"));
        qInfo("%d kill -9 of rotate-key, %d mid-rotation; resumed: 300 requests intact under the new key", kills,
              killedMidRotation);
    }

    // `status` tells a rotation that has not finished (the control of the check above).
    void statusShowsAPendingRotation()
    {
        QHash<QString, qint64> ids;
        QCOMPARE(makeOutboxUnderKeyA(10, &ids).size(), 10);
        const QString ini = path(QStringLiteral("kiosk.ini"));
        QVERIFY(fixtures::writeFile(ini, QStringLiteral("[outbox]\npath=%1\nkey_file=%2\nprevious_key_files=%3\n")
                                             .arg(dbPath(), keyB(), keyA())
                                             .toUtf8()));
        const QString cli = fixtures::binPath(QStringLiteral("kakanai-outbox"));
        const auto status =
            kakanai::testsupport::runProgram(cli, {QStringLiteral("--config"), ini, QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("key rotation pending: 10 under older keys (current key 2)"),
                 status.out.constData());
        const auto rotated =
            kakanai::testsupport::runProgram(cli, {QStringLiteral("--config"), ini, QStringLiteral("rotate-key")});
        QCOMPARE(rotated.exitCode, 0);
        QVERIFY(rotated.out.contains("re-encrypted 10"));
        QVERIFY(rotated.out.contains("retired key 1"));
        QVERIFY(!QFile::exists(keyA()));
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "TestKeyRotation.moc"
