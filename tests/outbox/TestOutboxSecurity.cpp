// Personal data at rest and in logs: the persona's name, address and individual number never appear in any byte of
// the outbox files (database, WAL, shared memory, journal), before delivery or after; after purge not even the
// ciphertext of a delivered request remains; and no log line or error carries them.
#include "common/Clock.h"
#include "outbox/Aead.h"
#include "outbox/Outbox.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;
using kakanai::ManualClock;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

// What must never be found: the persona's strings in UTF-8, and the individual number's digits.
QList<QByteArray> secrets(const QList<fixtures::Persona> &people)
{
    QList<QByteArray> out;
    for (const fixtures::Persona &p : people) {
        out.append(p.name.toUtf8());
        out.append(p.address.toUtf8());
        out.append(p.individualNumber.toUtf8());
        // The family name alone (before the U+3000 space), as a partial leak would show it.
        out.append(p.name.section(QChar(0x3000), 0, 0).toUtf8());
    }
    return out;
}

} // namespace

class TestOutboxSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const DataKey> m_key;
    ManualClock m_clock;
    QList<fixtures::Persona> m_people;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    void verifyAbsent(const QByteArray &bytes, const QString &where)
    {
        for (const QByteArray &s : secrets(m_people)) {
            QVERIFY2(!bytes.contains(s), qPrintable(QStringLiteral("personal data found in %1").arg(where)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_people = fixtures::personas();
        QVERIFY(m_people.size() >= 6);
        previousHandler = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*=true"));
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_key = fixtures::randomKey();
        QMutexLocker lock(&logMutex);
        capturedLog.clear();
    }
    void cleanup()
    {
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(capturedLog)) {
            for (const QByteArray &s : secrets(m_people)) {
                QVERIFY2(!line.toUtf8().contains(s), "personal data in a log line");
            }
        }
        m_dir.reset();
    }

    void nothingReadableBeforeOrAfterPurge()
    {
        const QList<QJsonObject> requests = fixtures::kioskRequests(QStringLiteral("kiosk-01"), m_people);
        QVERIFY(requests.size() >= 20);
        int withNumber = 0;
        for (const QJsonObject &r : requests) {
            withNumber += QJsonDocument(r).toJson().contains("individual_number") ? 1 : 0;
        }
        QVERIFY2(withNumber >= 4, "the fixtures must include forms that carry the individual number");

        auto outbox = Outbox::open(dbPath(), m_key, OutboxOptions{&m_clock, 5000});
        QVERIFY(outbox.ok());
        QStringList ids;
        for (const QJsonObject &r : requests) {
            auto receipt = (*outbox)->enqueue(r);
            QVERIFY(receipt.ok());
            ids.append(receipt->requestId);
        }
        // Queued: only ciphertext (the rows sit in the WAL until a checkpoint).
        QStringList files;
        verifyAbsent(fixtures::outboxFileBytes(dbPath(), &files), QStringLiteral("the queued outbox"));
        QVERIFY(files.contains(QStringLiteral("outbox.sqlite-wal")));
        QVERIFY((*outbox)->checkpoint().ok());
        verifyAbsent(fixtures::outboxFileBytes(dbPath()), QStringLiteral("the checkpointed outbox"));

        // The records as stored, to look for after the purge.
        QList<QByteArray> records;
        {
            QSqlQuery q(QSqlDatabase::database((*outbox)->connectionName()));
            QVERIFY(q.exec(QStringLiteral("SELECT payload FROM requests")));
            while (q.next()) {
                records.append(q.value(0).toByteArray());
            }
        }
        QCOMPARE(records.size(), requests.size());

        // Half delivered first (purged while others stay queued), then the rest.
        const qsizetype half = ids.size() / 2;
        QVERIFY((*outbox)->purge(ids.mid(0, half)).ok());
        QVERIFY((*outbox)->purge(ids.mid(half)).ok());
        QCOMPARE((*outbox)->counts()->waiting, 0);

        QStringList present;
        const QByteArray after = fixtures::outboxFileBytes(dbPath(), &present);
        verifyAbsent(after, QStringLiteral("the purged outbox"));
        QCOMPARE(QFileInfo(dbPath() + QStringLiteral("-wal")).size(), qint64(0));
        QVERIFY(!present.contains(QStringLiteral("outbox.sqlite-journal")));
        // Not even the ciphertext (nonce, body or tag) of a delivered request is left: secure_delete zeroed it and
        // the truncating checkpoint removed the WAL frames that held it.
        for (const QByteArray &record : std::as_const(records)) {
            QVERIFY2(!after.contains(record.mid(aead::HeaderSize, aead::NonceSize)), "a nonce survived the purge");
            QVERIFY2(!after.contains(record.mid(aead::HeaderSize + aead::NonceSize, 24)),
                     "ciphertext survived the purge");
            QVERIFY2(!after.contains(record.right(aead::TagSize)), "a tag survived the purge");
        }
        QCOMPARE(*(*outbox)->integrityCheck(), QStringLiteral("ok"));
        // No temporary file beside the outbox.
        const QStringList beside = QDir(m_dir->path()).entryList(QDir::Files);
        for (const QString &f : beside) {
            QVERIFY2(f.startsWith(QLatin1String("outbox.sqlite")), qPrintable(f));
        }
    }

    void errorsCarryNoPersonalData()
    {
        auto outbox = Outbox::open(dbPath(), m_key, OutboxOptions{&m_clock, 5000});
        QVERIFY(outbox.ok());
        const fixtures::Persona &p = m_people.first();
        // A request broken where the personal data is: the error names the place, not the value.
        QJsonObject r =
            fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1, p.name, p.address, p.individualNumber);
        r[QStringLiteral("kiosk_id")] = QString(p.name + p.address + QString(64, QLatin1Char('x')));
        auto refused = (*outbox)->enqueue(r);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().toLogString().contains(p.name));
        QVERIFY(!refused.error().toLogString().contains(p.address));

        // A tampered row: logged by request id only.
        QJsonObject good =
            fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 2, p.name, p.address, p.individualNumber);
        QVERIFY((*outbox)->enqueue(good).ok());
        {
            QSqlQuery q(QSqlDatabase::database((*outbox)->connectionName()));
            QVERIFY(q.exec(QStringLiteral("UPDATE requests SET payload = substr(payload, 1, 50)")));
        }
        QVERIFY((*outbox)->nextBatch(10).ok());
        QCOMPARE((*outbox)->counts()->rejected, 1);
        QMutexLocker lock(&logMutex);
        QVERIFY(!capturedLog.isEmpty()); // the log was captured (cleanup() scans it)
    }
};

QTEST_GUILESS_MAIN(TestOutboxSecurity)
#include "TestOutboxSecurity.moc"
