// `kakanai-inbox export`: the files 基幹 systems import, in the documented layout, written private and whole.
#include "inbox/Export.h"
#include "outbox/Outbox.h"
#include "outbox/SyncEngine.h"
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/support/ProgramRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai::backoffice;

class TestInboxExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ini;
    QString m_kiosk;
    QList<QJsonObject> m_requests;
    QDateTime m_before;

    using Run = kakanai::testsupport::ProgramRun;

    Run inbox(const QStringList &args, const QString &ini = {})
    {
        return kakanai::testsupport::runProgram(fixtures::binPath(QStringLiteral("kakanai-inbox")),
                                                QStringList{QStringLiteral("--config"), ini.isEmpty() ? m_ini : ini} +
                                                    args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        QVERIFY(m_dir.isValid());
        m_ini = m_dir.filePath(QStringLiteral("inbox.ini"));
        QVERIFY(fixtures::writeFile(
            m_ini, (fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox"))) +
                    QStringLiteral("time_zone=Asia/Tokyo\n"))
                       .toUtf8()));
        m_kiosk = fixtures::uniqueKioskId("export");
        m_before = QDateTime::currentDateTimeUtc().addSecs(-2);
        m_requests = fixtures::kioskRequests(m_kiosk).mid(0, 6);
        QCOMPARE(m_requests.size(), 6);
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("outbox.sqlite")), fixtures::randomKey());
        QVERIFY(outbox.ok());
        for (const QJsonObject &r : std::as_const(m_requests)) {
            QVERIFY((*outbox)->enqueue(r).ok());
        }
        SyncEngine engine(**outbox, fixtures::pgSettings(QStringLiteral("kiosk")), 100);
        QVERIFY(engine.deliverBatch().ok());
    }

    void jsonLines()
    {
        const QString out = m_dir.filePath(QStringLiteral("new.jsonl"));
        const Run r = inbox({QStringLiteral("export"), QStringLiteral("--since"), m_before.toString(Qt::ISODateWithMs),
                             QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--output"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("exported"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QStringList ours;
        QDateTime previous;
        for (const QByteArray &line : fixtures::readFile(out).split('\n')) {
            if (line.isEmpty()) {
                continue;
            }
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(!o.isEmpty());
            const QDateTime received =
                QDateTime::fromString(o.value(QLatin1String("received_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(o.value(QLatin1String("received_at")).toString().endsWith(QLatin1String("+09:00")));
            QVERIFY(!previous.isValid() || previous <= received); // oldest first
            previous = received;
            if (o.value(QLatin1String("kiosk_id")).toString() != m_kiosk) {
                continue;
            }
            const QString id = o.value(QLatin1String("request_id")).toString();
            ours.append(id);
            for (const QJsonObject &req : std::as_const(m_requests)) {
                if (req.value(QLatin1String("request_id")).toString() == id) {
                    QCOMPARE(o.value(QLatin1String("document")).toObject(), req);
                }
            }
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("received"));
        }
        QCOMPARE(ours.size(), m_requests.size());
    }

    void csv()
    {
        const Run r = inbox({QStringLiteral("export"), QStringLiteral("--since"), m_before.toString(Qt::ISODateWithMs),
                             QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(ExportWriter::csvLine(ExportWriter::csvColumns())));
        const QString text = QString::fromUtf8(r.out);
        for (const QJsonObject &req : std::as_const(m_requests)) {
            QVERIFY(text.contains(req.value(QLatin1String("request_id")).toString()));
        }
        // The individual number is exported where the form carries it (基幹 needs it); names as delivered.
        const fixtures::Persona p = fixtures::personas().first();
        QVERIFY(text.contains(p.name));
        QVERIFY(r.out.count("\r\n") > m_requests.size() * 5);
    }

    void since_data()
    {
        QTest::addColumn<QString>("since");
        QTest::addColumn<bool>("includesOurs");
        QTest::newRow("before, with offset") << m_before.toString(Qt::ISODateWithMs) << true;
        QTest::newRow("a date: from its midnight in Tokyo")
            << QDate::currentDate().addDays(-1).toString(Qt::ISODate) << true;
        QTest::newRow("in the future") << QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate) << false;
    }
    void since()
    {
        QFETCH(QString, since);
        QFETCH(bool, includesOurs);
        const Run r = inbox({QStringLiteral("export"), QStringLiteral("--since"), since});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.contains(m_kiosk.toUtf8()), includesOurs);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no --since") << QStringList{QStringLiteral("export")} << 2 << QByteArray("--since");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("--since"),
                                                       QStringLiteral("2025-04-01"), QStringLiteral("--format"),
                                                       QStringLiteral("xml")}
                                        << 2 << QByteArray("jsonl or csv");
        QTest::newRow("since is not a time")
            << QStringList{QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("yesterday")} << 2
            << QByteArray("ISO 8601");
        QTest::newRow("output folder missing")
            << QStringList{QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("2025-04-01"),
                           QStringLiteral("--output"), QStringLiteral("/nonexistent/folder/out.csv")}
            << 4 << QByteArray("/nonexistent/folder/out.csv");
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, says);
        const Run r = inbox(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(says), r.err.constData());
    }

    void kioskRoleCannotExport()
    {
        const QString ini = m_dir.filePath(QStringLiteral("kiosk.ini"));
        QVERIFY(fixtures::writeFile(
            ini, fixtures::iniGroup(fixtures::pgSettings(QStringLiteral("kiosk"), QStringLiteral("inbox"))).toUtf8()));
        const Run r = inbox({QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("2025-04-01")}, ini);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("intake_permission"));
        QVERIFY(r.out.isEmpty() || !r.out.contains(m_kiosk.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestInboxExport)
#include "TestInboxExport.moc"
