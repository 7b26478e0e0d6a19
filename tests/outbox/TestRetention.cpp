// Retention at the intake (migration 0003, `kakanai-inbox purge`): the retention role, and only it, may delete; a
// purge removes exactly the requests past their procedure's period (its own, else the default) and nothing else,
// in one transaction with its record in intake.retention_runs (counts and ids; no personal data), and says so on
// standard output without any document content.
#include "outbox/Pg.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;

class TestRetention : public QObject
{
    Q_OBJECT

    QString m_kiosk;

    static std::unique_ptr<PgConnection> connectAs(const QString &role)
    {
        auto c = PgConnection::connect(fixtures::pgSettings(role));
        if (!c) {
            qWarning("%s: %s", qPrintable(role), qPrintable(c.error().toLogString()));
            return nullptr;
        }
        return std::move(*c);
    }

    // A request of `procedure` delivered by the kiosk role, then aged `ageDays` by the schema owner.
    QString delivered(const QString &procedure, int ageDays, const QString &name)
    {
        QJsonObject r = fixtures::syntheticRequest(m_kiosk, ageDays, name);
        r[QStringLiteral("procedure")] =
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("form")}, {QStringLiteral("id"), procedure}};
        const QString id = r.value(QLatin1String("request_id")).toString();
        auto kiosk = connectAs(QStringLiteral("kiosk"));
        auto admin = connectAs(QStringLiteral("admin"));
        if (!kiosk || !admin ||
            !kiosk->exec(QStringLiteral("INSERT INTO intake.requests (document) VALUES ($1::jsonb)"),
                         {QJsonDocument(r).toJson(QJsonDocument::Compact)}) ||
            !admin->exec(QStringLiteral("UPDATE intake.requests SET received_at = clock_timestamp() - make_interval("
                                        "days => $2::integer) WHERE request_id = $1::uuid"),
                         {id.toLatin1(), QByteArray::number(ageDays)})) {
            return {};
        }
        return id;
    }

    static bool present(PgConnection &admin, const QString &id)
    {
        auto r =
            admin.exec(QStringLiteral("SELECT 1 FROM intake.requests WHERE request_id = $1::uuid"), {id.toLatin1()});
        return r && r->rows() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        if (qEnvironmentVariable("KAKANAI_PG_RETENTION_USER").isEmpty()) {
            QSKIP("the test PostgreSQL has no retention role (scripts/lib/common.sh before migration 0003)");
        }
        m_kiosk = fixtures::uniqueKioskId("retention");
    }

    void onlyRetentionMayDelete_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        const QString del = QStringLiteral("DELETE FROM intake.requests WHERE request_id = $1::uuid");
        QTest::newRow("error: kiosk DELETE") << QStringLiteral("kiosk") << del << false;
        QTest::newRow("error: staff DELETE") << QStringLiteral("staff") << del << false;
        QTest::newRow("error: retention reads the document")
            << QStringLiteral("retention")
            << QStringLiteral("SELECT document FROM intake.requests WHERE request_id = $1::uuid") << false;
        QTest::newRow("error: retention UPDATE")
            << QStringLiteral("retention")
            << QStringLiteral("UPDATE intake.requests SET status = 'accepted' WHERE request_id = $1::uuid") << false;
        QTest::newRow("error: retention INSERT")
            << QStringLiteral("retention")
            << QStringLiteral("INSERT INTO intake.requests (document) SELECT '{}'::jsonb WHERE $1::uuid IS NOT NULL")
            << false;
        QTest::newRow("error: retention rewrites its record")
            << QStringLiteral("retention")
            << QStringLiteral("UPDATE intake.retention_runs SET removed_count = 0 WHERE $1::uuid IS NOT NULL") << false;
        QTest::newRow("retention DELETE") << QStringLiteral("retention") << del << true;
    }
    void onlyRetentionMayDelete()
    {
        QFETCH(QString, role);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        const QString id = delivered(QStringLiteral("tenkyo"), 1, QStringLiteral("試験　削除"));
        QVERIFY(!id.isEmpty());
        auto c = connectAs(role);
        QVERIFY(c);
        auto result = c->exec(sql, {id.toLatin1()});
        QCOMPARE(result.ok(), allowed);
        if (!allowed) {
            QCOMPARE(result.error().code, BackofficeErrorCode::IntakePermission);
        }
        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(present(*admin, id), !allowed || !sql.startsWith(QLatin1String("DELETE")));
    }

    // default 365 days, tennyu 1825: exactly the tenkyo of 400 days and the tennyu of 2000 days go.
    void purgeRemovesWhatIsDueAndNothingElse()
    {
        const QString name = QStringLiteral("保存　期間");
        const QString oldTenkyo = delivered(QStringLiteral("tenkyo"), 400, name);
        const QString newTenkyo = delivered(QStringLiteral("tenkyo"), 10, name);
        const QString keptTennyu = delivered(QStringLiteral("tennyu"), 400, name);
        const QString oldTennyu = delivered(QStringLiteral("tennyu"), 2000, name);
        QVERIFY(!oldTenkyo.isEmpty() && !newTenkyo.isEmpty() && !keptTennyu.isEmpty() && !oldTennyu.isEmpty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("retention.ini"));
        QVERIFY(fixtures::writeFile(
            ini, (fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("retention"), QStringLiteral("retention"))) +
                  QStringLiteral("default_days=365\n[retention_days]\ntennyu=1825\n"))
                     .toUtf8()));
        QProcess purge;
        purge.start(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                    {QStringLiteral("--config"), ini, QStringLiteral("purge")});
        QVERIFY(purge.waitForFinished(60000));
        const QByteArray out = purge.readAllStandardOutput();
        QVERIFY2(purge.exitCode() == 0, purge.readAllStandardError().constData());
        QVERIFY2(out.contains(oldTenkyo.toLatin1()) && out.contains(oldTennyu.toLatin1()), out.constData());
        QVERIFY(!out.contains(newTenkyo.toLatin1()) && !out.contains(keptTennyu.toLatin1()));
        QVERIFY(!out.contains(name.toUtf8()));

        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(!present(*admin, oldTenkyo));
        QVERIFY(!present(*admin, oldTennyu));
        QVERIFY(present(*admin, newTenkyo));
        QVERIFY(present(*admin, keptTennyu));
        auto run = admin->exec(QStringLiteral("SELECT run_by, removed_count, removed_counts::text, removed_ids::text[],"
                                              " policy::text FROM intake.retention_runs ORDER BY run_id DESC LIMIT 1"));
        QVERIFY(run && run->rows() == 1);
        QCOMPARE(run->text(0, 0), qEnvironmentVariable("KAKANAI_PG_RETENTION_USER"));
        QVERIFY(run->text(0, 1).toInt() >= 2);
        QVERIFY(run->text(0, 3).contains(oldTenkyo) && run->text(0, 3).contains(oldTennyu));
        QVERIFY(run->text(0, 4).contains(QLatin1String("\"tennyu\": 1825")));

        // A second run finds nothing of ours due.
        QProcess again;
        again.start(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                    {QStringLiteral("--config"), ini, QStringLiteral("purge")});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(present(*admin, newTenkyo) && present(*admin, keptTennyu));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
