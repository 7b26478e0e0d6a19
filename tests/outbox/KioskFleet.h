#pragma once

// Many kiosks on one intake (issue 10, item 8), shared by test_outbox_manykiosks and bench_intake: each kiosk is a
// folder with its own outbox, data key, client certificate (CN = its kiosk id, signed by the test CA of
// kakanai_start_postgres) and login role (a member of kakanai_kiosk, named like the certificate), and the shipped
// program does the work: `kakanai-outbox enqueue --json` queues its requests and `kakanai-outbox sync` (the
// SyncWorker) delivers them, as separate processes. Needs the test PostgreSQL's environment (fixtures::pgAvailable).
#include "outbox/Pg.h"
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/support/ProgramRun.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonParseError>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <memory>
#include <vector>

namespace fixtures {

// A request as the kiosk acknowledged it: `kakanai-outbox enqueue --json` printed its id and time.
struct Acknowledged
{
    QString kioskId;
    QDateTime enqueuedAt;
};

// A row of the intake, as the staff role reads it.
struct IntakeRow
{
    QString requestId;
    QString kioskId;     // extracted from the document by the intake's trigger
    QString submittedBy; // the login role of the inserting connection = the CN of its client certificate
    QDateTime receivedAt;
    QByteArray document; // canonical compact JSON (keys sorted), comparable byte for byte with FleetKiosk::documents
};

struct FleetKiosk
{
    QString id; // kiosk id = login role = CN of its certificate
    QString dir;
    QString ini;
    QHash<QString, QByteArray> documents; // request id → canonical compact JSON of what it queued
    std::unique_ptr<QProcess> sync;
};

class KioskFleet
{
public:
    // `root`: an empty folder of the caller's; kiosk ids are `prefix-NN` (a prefix no other run uses).
    KioskFleet(QString root, QString prefix, int kiosks, SyncConfig sync)
        : m_root(std::move(root))
        , m_prefix(std::move(prefix))
        , m_sync(sync)
    {
        for (int i = 0; i < kiosks; ++i) {
            auto k = std::make_unique<FleetKiosk>();
            k->id = QStringLiteral("%1-%2").arg(m_prefix).arg(i + 1, 2, 10, QLatin1Char('0'));
            k->dir = QDir(m_root).filePath(k->id);
            k->ini = QDir(k->dir).filePath(QStringLiteral("kiosk.ini"));
            m_kiosks.push_back(std::move(k));
        }
    }
    ~KioskFleet() { stopSync(); }
    KioskFleet(const KioskFleet &) = delete;
    KioskFleet &operator=(const KioskFleet &) = delete;

    const std::vector<std::unique_ptr<FleetKiosk>> &kiosks() const { return m_kiosks; }
    const QHash<QString, Acknowledged> &acknowledged() const { return m_acknowledged; }
    QString error() const { return m_error; }

    // Folders, client certificates, login roles, data keys (`kakanai-outbox init-key`) and INI files.
    bool setUp()
    {
        const QString tls = qEnvironmentVariable("KAKANAI_PG_TLS");
        const QString caKey = QDir(tls).filePath(QStringLiteral("ca.key"));
        if (!QFile::exists(caKey)) {
            return fail(QStringLiteral("the test CA's key is missing in KAKANAI_PG_TLS"));
        }
        QString roles;
        for (const auto &k : m_kiosks) {
            if (!QDir().mkpath(k->dir)) {
                return fail(QStringLiteral("cannot create %1").arg(k->dir));
            }
            // As kakanai_pg_certs signs the shared client certificates: P-256, clientAuth, CN = role.
            const QString key = QDir(k->dir).filePath(QStringLiteral("client.key"));
            const QString csr = QDir(k->dir).filePath(QStringLiteral("client.csr"));
            const QString crt = QDir(k->dir).filePath(QStringLiteral("client.crt"));
            const QString ext = QDir(k->dir).filePath(QStringLiteral("client.ext"));
            writeFile(ext,
                      "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n");
            if (!run(QStringLiteral("openssl"),
                     {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                      QStringLiteral("/O=Kakanai test/CN=%1").arg(k->id)}) ||
                !run(QStringLiteral("openssl"),
                     {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                      QDir(tls).filePath(QStringLiteral("ca.crt")), QStringLiteral("-CAkey"), caKey,
                      QStringLiteral("-set_serial"), QString::number(QRandomGenerator::global()->bounded(1, 1 << 30)),
                      QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"), ext,
                      QStringLiteral("-out"), crt})) {
                return false;
            }
            QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq insists
            QFile::remove(csr);
            QFile::remove(ext);

            ConnectionSettings intake = pgSettings(QStringLiteral("kiosk"));
            intake.user = k->id;
            intake.sslcert = crt;
            intake.sslkey = key;
            const QString ini = QStringLiteral("[outbox]\npath=%1\nkey_file=%2\n\n%3batch_size=%4\nbackoff_min_ms=%5\n"
                                               "backoff_max_ms=%6\npoll_interval_ms=%7\nconnect_timeout=5\n")
                                    .arg(QDir(k->dir).filePath(QStringLiteral("outbox.sqlite")),
                                         QDir(k->dir).filePath(QStringLiteral("outbox.key")), iniGroup(intake))
                                    .arg(m_sync.batchSize)
                                    .arg(m_sync.backoffMinMs)
                                    .arg(m_sync.backoffMaxMs)
                                    .arg(m_sync.pollIntervalMs);
            if (!writeFile(k->ini, ini.toUtf8()) ||
                !run(binPath(QStringLiteral("kakanai-outbox")),
                     {QStringLiteral("--config"), k->ini, QStringLiteral("init-key")})) {
                return fail(m_error.isEmpty() ? QStringLiteral("cannot write %1").arg(k->ini) : m_error);
            }
            roles += QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE kakanai_kiosk;\n").arg(k->id);
        }
        // The DBA's step of outbox/README.md: one login role per kiosk, named like its certificate's CN.
        auto admin = PgConnection::connect(pgSettings(QStringLiteral("admin"), QStringLiteral("admin")));
        if (!admin) {
            return fail(admin.error().toLogString());
        }
        if (auto created = (*admin)->execScript(roles.toUtf8()); !created) {
            return fail(created.error().toLogString());
        }
        return true;
    }

    // Writes `perKiosk` request files for every kiosk (`wave` keeps the files of several waves apart). Each document
    // names its kiosk and carries a name and address of its own, so that a row delivered under the wrong kiosk or
    // with another row's content is seen.
    QHash<FleetKiosk *, QStringList> writeRequests(int perKiosk, int wave)
    {
        QHash<FleetKiosk *, QStringList> files;
        for (int n = 0; n < static_cast<int>(m_kiosks.size()); ++n) {
            FleetKiosk *k = m_kiosks[static_cast<size_t>(n)].get();
            for (int i = 0; i < perKiosk; ++i) {
                const QJsonObject r =
                    syntheticRequest(k->id, i, QStringLiteral("試験　花子%1-%2-%3").arg(n).arg(wave).arg(i),
                                     QStringLiteral("東京都千代田区霞が関%1-%2-%3").arg(n).arg(wave).arg(i));
                const QByteArray bytes = QJsonDocument(r).toJson(QJsonDocument::Compact);
                const QString path = QDir(k->dir).filePath(QStringLiteral("w%1-%2.json").arg(wave).arg(i));
                writeFile(path, bytes);
                k->documents.insert(r.value(QLatin1String("request_id")).toString(), bytes);
                files[k].append(path);
            }
        }
        return files;
    }

    // One `kakanai-outbox enqueue --json FILE…` per kiosk, all at once; records what each acknowledged.
    // Returns false if any process failed or any request was not acknowledged.
    bool enqueue(const QHash<FleetKiosk *, QStringList> &files)
    {
        std::vector<std::pair<FleetKiosk *, std::unique_ptr<QProcess>>> running;
        for (auto it = files.begin(); it != files.end(); ++it) {
            auto p = std::make_unique<QProcess>();
            p->start(binPath(QStringLiteral("kakanai-outbox")),
                     QStringList{QStringLiteral("--config"), it.key()->ini, QStringLiteral("enqueue"),
                                 QStringLiteral("--json")} +
                         it.value());
            running.emplace_back(it.key(), std::move(p));
        }
        bool ok = true;
        for (auto &[k, p] : running) {
            if (!p->waitForFinished(300000) || p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                ok = fail(QStringLiteral("enqueue for %1 failed: %2")
                              .arg(k->id, QString::fromUtf8(p->readAllStandardError())));
                continue;
            }
            for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
                if (line.trimmed().isEmpty()) {
                    continue;
                }
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                const QString id = o.value(QLatin1String("request_id")).toString();
                if (!k->documents.contains(id) || o.value(QLatin1String("already_queued")).toBool()) {
                    ok = fail(QStringLiteral("unexpected receipt from %1: %2").arg(k->id, QString::fromUtf8(line)));
                    continue;
                }
                m_acknowledged.insert(
                    id, Acknowledged{k->id, QDateTime::fromString(o.value(QLatin1String("enqueued_at")).toString(),
                                                                  Qt::ISODateWithMs)});
            }
        }
        return ok;
    }

    // `kakanai-outbox status --json` of one kiosk (an empty object when it fails).
    QJsonObject status(const FleetKiosk &k) const
    {
        const auto r = kakanai::testsupport::runProgram(
            binPath(QStringLiteral("kakanai-outbox")),
            {QStringLiteral("--config"), k.ini, QStringLiteral("status"), QStringLiteral("--json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }

    // Starts `kakanai-outbox sync` (until SIGTERM) for every kiosk; its output goes to files in the kiosk's folder.
    void startSync()
    {
        for (const auto &k : m_kiosks) {
            k->sync = std::make_unique<QProcess>();
            k->sync->setStandardOutputFile(QDir(k->dir).filePath(QStringLiteral("sync.out")), QIODevice::Append);
            k->sync->setStandardErrorFile(QDir(k->dir).filePath(QStringLiteral("sync.err")), QIODevice::Append);
            k->sync->start(binPath(QStringLiteral("kakanai-outbox")),
                           {QStringLiteral("--config"), k->ini, QStringLiteral("sync")});
        }
    }

    // SIGTERM to every sync process; true when each ended by itself with exit status 0.
    bool stopSync()
    {
        bool ok = true;
        for (const auto &k : m_kiosks) {
            if (!k->sync) {
                continue;
            }
            k->sync->terminate();
            if (!k->sync->waitForFinished(30000)) {
                k->sync->kill();
                k->sync->waitForFinished();
                ok = fail(QStringLiteral("sync of %1 did not end on SIGTERM").arg(k->id));
            } else if (k->sync->exitStatus() != QProcess::NormalExit || k->sync->exitCode() != 0) {
                ok = fail(QStringLiteral("sync of %1 ended with %2").arg(k->id).arg(k->sync->exitCode()));
            }
            k->sync.reset();
        }
        return ok;
    }

    bool syncRunning() const
    {
        for (const auto &k : m_kiosks) {
            if (!k->sync || k->sync->state() == QProcess::NotRunning) {
                return false;
            }
        }
        return true;
    }

    // The last lines of a kiosk's sync log (for failure messages; ids and error codes only).
    QString syncLog(const FleetKiosk &k, int lines = 10) const
    {
        const QList<QByteArray> all = readFile(QDir(k.dir).filePath(QStringLiteral("sync.err"))).split('\n');
        return QString::fromUtf8(all.mid(qMax<qsizetype>(0, all.size() - lines - 1)).join('\n'));
    }

    // Rows of this fleet at the intake (-1: not reachable, e.g. while the server is stopped).
    int intakeCount()
    {
        auto r = staffQuery(QStringLiteral("SELECT count(*) FROM intake.requests WHERE kiosk_id LIKE $1"),
                            {(m_prefix + QStringLiteral("-%")).toUtf8()});
        return r ? r->text(0, 0).toInt() : -1;
    }

    // Waits (polling every 50 ms) until the intake holds at least `n` rows of the fleet; false after `timeoutMs`.
    bool waitForIntake(int n, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (intakeCount() >= n) {
                return true;
            }
            QThread::msleep(50);
        }
        return fail(QStringLiteral("the intake holds %1 of %2 after %3 ms").arg(intakeCount()).arg(n).arg(timeoutMs));
    }

    // Every row of the fleet at the intake.
    std::optional<QList<IntakeRow>> intakeRows()
    {
        auto r = staffQuery(QStringLiteral("SELECT request_id::text, kiosk_id, submitted_by,"
                                           " to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'),"
                                           " document::text FROM intake.requests WHERE kiosk_id LIKE $1"),
                            {(m_prefix + QStringLiteral("-%")).toUtf8()});
        if (!r) {
            return std::nullopt;
        }
        QList<IntakeRow> rows;
        rows.reserve(r->rows());
        for (int i = 0; i < r->rows(); ++i) {
            IntakeRow row;
            row.requestId = r->text(i, 0);
            row.kioskId = r->text(i, 1);
            row.submittedBy = r->text(i, 2);
            row.receivedAt = QDateTime::fromString(r->text(i, 3) + QLatin1Char('Z'), Qt::ISODateWithMs);
            row.document = QJsonDocument::fromJson(r->bytes(i, 4)).toJson(QJsonDocument::Compact);
            rows.append(row);
        }
        return rows;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool run(const QString &program, const QStringList &args)
    {
        const auto r = kakanai::testsupport::runProgram(program, args);
        if (r.exitCode != 0) {
            return fail(QStringLiteral("%1 %2 failed: %3").arg(program, args.value(0), QString::fromUtf8(r.err)));
        }
        return true;
    }

    // The staff role's connection, made again after a server restart.
    Result<PgResult> staffQuery(const QString &sql, const QList<QByteArray> &params)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!m_staff || !m_staff->isHealthy()) {
                auto c = PgConnection::connect(pgSettings(QStringLiteral("staff"), QStringLiteral("inbox")));
                if (!c) {
                    return c.error();
                }
                m_staff = std::move(*c);
            }
            auto r = m_staff->exec(sql, params);
            if (r || attempt == 1) {
                return r;
            }
            m_staff.reset();
        }
        return BackofficeError{};
    }

    QString m_root;
    QString m_prefix;
    SyncConfig m_sync;
    std::vector<std::unique_ptr<FleetKiosk>> m_kiosks;
    QHash<QString, Acknowledged> m_acknowledged;
    std::unique_ptr<PgConnection> m_staff;
    QString m_error;
};

} // namespace fixtures
