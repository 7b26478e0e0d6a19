// The intake schema's migrations on a fresh database: applied in order, each in one transaction with its row in
// schema_migrations; idempotent; a changed file is refused; a failing migration leaves nothing behind. And 0002,
// the receipt number: upgrading a database that already holds requests, the columns filled from the document.
#include "outbox/Migrator.h"
#include "outbox/Pg.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;

class TestMigrations : public QObject
{
    Q_OBJECT

    QString m_db; // a scratch database for this run

    std::unique_ptr<PgConnection> adminTo(const QString &dbname)
    {
        ConnectionSettings s = fixtures::pgSettings(QStringLiteral("admin"), QStringLiteral("admin"));
        s.dbname = dbname;
        auto c = PgConnection::connect(s);
        if (!c) {
            qWarning("%s", qPrintable(c.error().toLogString()));
            return nullptr;
        }
        return std::move(*c);
    }

    int count(PgConnection &db, const QString &sql)
    {
        auto r = db.exec(sql);
        return r && r->rows() == 1 ? r->text(0, 0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        m_db = QStringLiteral("kakanai_migrate_%1").arg(QRandomGenerator::global()->generate() % 1000000);
        auto admin = adminTo(qEnvironmentVariable("KAKANAI_PG_DBNAME"));
        QVERIFY(admin);
        QVERIFY((admin->exec(QStringLiteral("CREATE DATABASE ") + m_db)).ok());
    }

    void cleanupTestCase()
    {
        if (m_db.isEmpty()) {
            return;
        }
        if (auto admin = adminTo(qEnvironmentVariable("KAKANAI_PG_DBNAME"))) {
            QVERIFY(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db)).ok());
        }
    }

    void embeddedMigrationsAreOrdered()
    {
        auto migrations = Migrator::embedded();
        QVERIFY(migrations.ok());
        QVERIFY(!migrations->isEmpty());
        for (qsizetype i = 0; i < migrations->size(); ++i) {
            // Increasing, not necessarily contiguous: two branches may each add a number (0003, 0004).
            QVERIFY(migrations->at(i).version > (i == 0 ? 0 : migrations->at(i - 1).version));
            QCOMPARE(migrations->at(i).checksum.size(), 64);
        }
        // What is compiled in is what is in the repository.
        QCOMPARE(migrations->first().sql,
                 fixtures::readFile(fixtures::sourcePath(QStringLiteral("outbox/schema/0001_intake_requests.sql"))));
    }

    void applyTwice()
    {
        auto db = adminTo(m_db);
        QVERIFY(db);
        auto migrations = Migrator::embedded();
        auto first = Migrator::apply(*db, *migrations);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toLogString()));
        QCOMPARE(first->applied.size(), migrations->size());
        QCOMPARE(first->alreadyApplied, 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM public.schema_migrations")), int(migrations->size()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'intake'"
                                           " AND tablename = 'requests'")),
                 1);
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT relrowsecurity::int FROM pg_class WHERE oid = 'intake.requests'::regclass")),
                 1);
        auto second = Migrator::apply(*db, *migrations);
        QVERIFY(second.ok());
        QVERIFY(second->applied.isEmpty());
        QCOMPARE(second->alreadyApplied, int(migrations->size()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM public.schema_migrations")), int(migrations->size()));
    }

    void changedFileIsRefused()
    {
        auto db = adminTo(m_db);
        QVERIFY(db);
        auto migrations = Migrator::embedded();
        QVERIFY(Migrator::apply(*db, *migrations).ok());
        QList<Migration> changed = *migrations;
        changed.first().sql += "\n-- edited after release\n";
        changed.first().checksum = QStringLiteral("0").repeated(64);
        auto r = Migrator::apply(*db, changed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, BackofficeErrorCode::MigrationChanged);
    }

    void failingMigrationLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto migrations = Migrator::embedded();
        for (const Migration &m : *migrations) {
            QVERIFY(fixtures::writeFile(
                dir.filePath(QStringLiteral("%1_%2.sql").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name)), m.sql));
        }
        const int next = migrations->last().version + 1; // versions may have gaps (0003 and 0004 of two branches)
        QVERIFY(fixtures::writeFile(dir.filePath(QStringLiteral("%1_broken.sql").arg(next, 4, 10, QLatin1Char('0'))),
                                    "CREATE TABLE intake.half_done (x int);\nSELECT * FROM no_such_table;\n"));
        auto withBroken = Migrator::fromDirectory(dir.path());
        QVERIFY(withBroken.ok());
        QCOMPARE(withBroken->size(), migrations->size() + 1);
        auto db = adminTo(m_db);
        auto r = Migrator::apply(*db, *withBroken);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, BackofficeErrorCode::IntakeSchema);
        QVERIFY(r.error().detail.contains(QStringLiteral("broken")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'")), 0);
        QCOMPARE(
            count(*db, QStringLiteral("SELECT count(*) FROM public.schema_migrations WHERE version = %1").arg(next)),
            0);
        // The connection is usable afterwards (no transaction left open, the advisory lock released).
        QVERIFY(Migrator::apply(*db, *migrations).ok());
    }

    // 0002 on a database migrated to 0001 that already holds requests (with and without a receipt number): the
    // columns are filled from the documents, new requests get theirs from the document whatever the inserting
    // role wrote, a malformed number is refused, and the search index exists.
    void receiptNumberMigration()
    {
        const QString name = m_db + QStringLiteral("_receipt");
        auto admin = adminTo(qEnvironmentVariable("KAKANAI_PG_DBNAME"));
        QVERIFY(admin);
        QVERIFY(admin->exec(QStringLiteral("CREATE DATABASE ") + name).ok());
        struct Drop
        {
            PgConnection &admin;
            QString name;
            ~Drop() { (void)admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); }
        } drop{*admin, name};
        auto db = adminTo(name);
        QVERIFY(db);
        auto migrations = Migrator::embedded();
        QVERIFY(migrations.ok());
        QVERIFY(migrations->size() >= 2);
        QCOMPARE(migrations->at(1).name, QStringLiteral("receipt_number"));
        QVERIFY(Migrator::apply(*db, migrations->mid(0, 1)).ok());

        auto insert = [&](const QJsonObject &request) {
            return db->exec(QStringLiteral("INSERT INTO intake.requests (document) VALUES ($1::jsonb)"),
                            {QJsonDocument(request).toJson(QJsonDocument::Compact)});
        };
        QJsonObject old = fixtures::syntheticRequest(QStringLiteral("kiosk-m"), 1);
        old[QStringLiteral("created_at")] = QStringLiteral("2025-04-01T23:59:00.000+09:00");
        QVERIFY(insert(old).ok()); // from before receipt numbers
        QJsonObject numbered = fixtures::syntheticRequest(QStringLiteral("kiosk-m"), 2);
        numbered[QStringLiteral("receipt_number")] = QStringLiteral("A-007");
        numbered[QStringLiteral("created_at")] = QStringLiteral("2025-04-01T00:10:00.000+09:00");
        QVERIFY(insert(numbered).ok()); // the 0001 schema ignores the member, keeps it in the document

        auto applied = Migrator::apply(*db, *migrations);
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().toLogString()));
        QVERIFY(applied->applied.contains(2));
        auto row = [&](const QJsonObject &r) {
            auto q = db->exec(QStringLiteral("SELECT coalesce(receipt_number, '-'), receipt_date::text"
                                             " FROM intake.requests WHERE request_id = $1::uuid"),
                              {r.value(QLatin1String("request_id")).toString().toUtf8()});
            return q && q->rows() == 1 ? q->text(0, 0) + QLatin1Char(' ') + q->text(0, 1) : QString();
        };
        // The kiosk's local day, even where it is the previous day in UTC.
        QCOMPARE(row(old), QStringLiteral("- 2025-04-01"));
        QCOMPARE(row(numbered), QStringLiteral("A-007 2025-04-01"));

        QJsonObject fresh = fixtures::syntheticRequest(QStringLiteral("kiosk-m"), 3);
        fresh[QStringLiteral("receipt_number")] = QStringLiteral("KT-1234");
        fresh[QStringLiteral("created_at")] = QStringLiteral("2025-04-02T08:00:00.000+09:00");
        // An inserting role that writes the columns itself is overruled by the document.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO intake.requests (document, receipt_number, receipt_date)"
                                        " VALUES ($1::jsonb, 'X-001', '1999-01-01')"),
                         {QJsonDocument(fresh).toJson(QJsonDocument::Compact)})
                    .ok());
        QCOMPARE(row(fresh), QStringLiteral("KT-1234 2025-04-02"));

        QJsonObject bad = fixtures::syntheticRequest(QStringLiteral("kiosk-m"), 4);
        bad[QStringLiteral("receipt_number")] = QStringLiteral("O-001"); // O looks like 0: not a prefix letter
        auto refused = insert(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().sqlState, QStringLiteral("23514")); // check_violation
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'intake'"
                                           " AND indexname = 'requests_receipt'")),
                 1);
    }

    void badFileNamesRefused()
    {
        QTemporaryDir dir;
        QVERIFY(fixtures::writeFile(dir.filePath(QStringLiteral("1_first.sql")), "SELECT 1;"));
        QVERIFY(!Migrator::fromDirectory(dir.path()).ok());
    }

    void commandLine()
    {
        // `kakanai-inbox migrate` against the shared database (already migrated by scripts/test): nothing to do.
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("admin.ini"));
        QVERIFY(fixtures::writeFile(
            ini, fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("admin"), QStringLiteral("admin"))).toUtf8()));
        QProcess p;
        p.start(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                {QStringLiteral("--config"), ini, QStringLiteral("migrate")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardOutput().contains("0 applied now"), "");
        // A broken [admin] names its key.
        QVERIFY(fixtures::writeFile(ini, QByteArrayLiteral("[admin]\nhost=localhost\nport=none\n")));
        p.start(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                {QStringLiteral("--config"), ini, QStringLiteral("migrate")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("admin/port"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
