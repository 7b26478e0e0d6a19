// bench_intake: many kiosks, one intake (issue 10, item 8). Not a test: prints, never asserts (exit status 1 only
// when a request was lost, duplicated or delivered under the wrong kiosk, or the run could not be made).
// Each kiosk is its own `kakanai-outbox sync` process with its own outbox, key, client certificate and login role
// (tests/outbox/KioskFleet.h); requests are queued by `kakanai-outbox enqueue` processes, one per kiosk.
//   1. backlog: every request queued first, then all sync processes started at once: the aggregate delivery rate
//   2. live: sync running, every kiosk queues its requests at once: rate and enqueue-to-delivery p50/p99
//   3. live with two restarts: the same, with PostgreSQL stopped twice for a second while kiosks keep queuing
// Delivery time = the intake's received_at (clock_timestamp() of the INSERT) minus the enqueued_at the outbox
// acknowledged; both clocks are this machine's. Run with the test PostgreSQL's environment (scripts/lib/common.sh:
// kakanai_start_postgres), e.g. bench_intake --kiosks 20 --requests 10000.
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/outbox/KioskFleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace kakanai::backoffice;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto i =
        static_cast<size_t>(std::min<double>(static_cast<double>(v.size() - 1), p * static_cast<double>(v.size())));
    return v[i];
}

// CPU seconds (user + system) of what ended so far: this process's children (the kakanai-outbox processes, once
// reaped) and the server's (the postmaster's reaped children: the backends of closed connections). Where the time of
// a delivery goes, on a machine whose two cores every part shares.
struct Cpu
{
    double kiosks = 0;
    double server = 0;
};

Cpu cpuNow()
{
    Cpu c;
    rusage u{};
    if (getrusage(RUSAGE_CHILDREN, &u) == 0) {
        c.kiosks = static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
                   static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }
    // KAKANAI_PG_CTL lives beside the cluster's data folder (scripts/lib/common.sh).
    const QString pidFile =
        QFileInfo(qEnvironmentVariable("KAKANAI_PG_CTL")).dir().filePath(QStringLiteral("data/postmaster.pid"));
    const QByteArray pid = fixtures::readFile(pidFile).split('\n').value(0).trimmed();
    const QList<QByteArray> stat = fixtures::readFile(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)))
                                       .split(')')
                                       .value(1)
                                       .trimmed()
                                       .split(' ');
    // After "(comm)": state is field 3, so cutime/cstime (16, 17) are at indexes 13 and 14.
    if (stat.size() > 14) {
        c.server = static_cast<double>(stat.at(13).toLongLong() + stat.at(14).toLongLong()) /
                   static_cast<double>(sysconf(_SC_CLK_TCK));
    }
    return c;
}

SyncConfig syncConfig(int batchSize)
{
    SyncConfig s;
    s.batchSize = batchSize;
    s.backoffMinMs = 100;
    s.backoffMaxMs = 1000;
    s.pollIntervalMs = 100; // the enqueuing process is not the syncing one: it polls
    return s;
}

// Checks the intake against what was acknowledged and prints the figures; false when something is wrong.
bool report(fixtures::KioskFleet &fleet, const QString &name, int total)
{
    auto rows = fleet.intakeRows();
    if (!rows) {
        out() << name << ": cannot read the intake" << Qt::endl;
        return false;
    }
    QHash<QString, const fixtures::FleetKiosk *> byId;
    for (const auto &k : fleet.kiosks()) {
        byId.insert(k->id, k.get());
    }
    int wrong = 0;
    QSet<QString> seen;
    std::vector<double> ms;
    QDateTime first;
    QDateTime last;
    for (const fixtures::IntakeRow &row : std::as_const(*rows)) {
        const auto a = fleet.acknowledged().constFind(row.requestId);
        if (seen.contains(row.requestId) || a == fleet.acknowledged().cend() || row.kioskId != a->kioskId ||
            row.submittedBy != a->kioskId || row.document != byId.value(a->kioskId)->documents.value(row.requestId)) {
            ++wrong;
            continue;
        }
        seen.insert(row.requestId);
        ms.push_back(static_cast<double>(a->enqueuedAt.msecsTo(row.receivedAt)));
        if (!first.isValid() || a->enqueuedAt < first) {
            first = a->enqueuedAt;
        }
        if (!last.isValid() || row.receivedAt > last) {
            last = row.receivedAt;
        }
    }
    qsizetype lost = 0;
    for (auto it = fleet.acknowledged().cbegin(); it != fleet.acknowledged().cend(); ++it) {
        lost += seen.contains(it.key()) ? 0 : 1;
    }
    const double s = static_cast<double>(first.msecsTo(last)) / 1000.0;
    out() << QStringLiteral("%1: %2 kiosks, %3 requests acknowledged, %4 at the intake, %5 lost, %6 wrong "
                            "(duplicated, other kiosk or content); first enqueue to last delivery %7 s = %8 "
                            "requests/s; enqueue to delivery: p50 %9 ms, p99 %10 ms, max %11 ms")
                 .arg(name)
                 .arg(fleet.kiosks().size())
                 .arg(fleet.acknowledged().size())
                 .arg(rows->size())
                 .arg(lost)
                 .arg(wrong)
                 .arg(s, 0, 'f', 2)
                 .arg(s > 0 ? static_cast<double>(seen.size()) / s : 0.0, 0, 'f', 0)
                 .arg(percentile(ms, 0.5), 0, 'f', 0)
                 .arg(percentile(ms, 0.99), 0, 'f', 0)
                 .arg(ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()), 0, 'f', 0)
          << Qt::endl;
    return lost == 0 && wrong == 0 && rows->size() == total && fleet.acknowledged().size() == total;
}

// Every kiosk's outbox empty and nothing set aside (after the sync processes ended).
bool drained(fixtures::KioskFleet &fleet)
{
    for (const auto &k : fleet.kiosks()) {
        const QJsonObject s = fleet.status(*k);
        if (s.isEmpty() || s.value(QLatin1String("waiting")).toInt() != 0 ||
            s.value(QLatin1String("rejected")).toInt() != 0) {
            out() << k->id << " not drained: " << QJsonDocument(s).toJson(QJsonDocument::Compact) << Qt::endl;
            return false;
        }
    }
    return true;
}

bool backlog(const QString &root, int kiosks, int perKiosk, int batchSize)
{
    fixtures::KioskFleet fleet(QDir(root).filePath(QStringLiteral("backlog")), fixtures::uniqueKioskId("bench"), kiosks,
                               syncConfig(batchSize));
    if (!fleet.setUp()) {
        out() << "backlog: " << fleet.error() << Qt::endl;
        return false;
    }
    const auto files = fleet.writeRequests(perKiosk, 0);
    QElapsedTimer t;
    t.start();
    if (!fleet.enqueue(files)) {
        out() << "backlog: " << fleet.error() << Qt::endl;
        return false;
    }
    const double enqueueS = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const int total = kiosks * perKiosk;
    out() << QStringLiteral("backlog: %1 kiosk processes queued %2 requests (synchronous=FULL) in %3 s = %4 "
                            "requests/s")
                 .arg(kiosks)
                 .arg(total)
                 .arg(enqueueS, 0, 'f', 2)
                 .arg(total / enqueueS, 0, 'f', 0)
          << Qt::endl;
    t.restart();
    const Cpu before = cpuNow();
    fleet.startSync();
    if (!fleet.waitForIntake(total, 300000)) {
        out() << "backlog: " << fleet.error() << Qt::endl;
        return false;
    }
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const bool stopped = fleet.stopSync();
    QThread::msleep(200); // the server's backends of the closed connections end
    const Cpu after = cpuNow();
    out() << QStringLiteral("backlog: %1 sync processes (TLS, batch %2) delivered %3 requests in %4 s = %5 "
                            "requests/s aggregate (from their start: connect and TLS handshake included); CPU: "
                            "kiosk processes %6 s, PostgreSQL %7 s")
                 .arg(kiosks)
                 .arg(batchSize)
                 .arg(total)
                 .arg(s, 0, 'f', 2)
                 .arg(total / s, 0, 'f', 0)
                 .arg(after.kiosks - before.kiosks, 0, 'f', 2)
                 .arg(after.server - before.server, 0, 'f', 2)
          << Qt::endl;
    return stopped && drained(fleet) && report(fleet, QStringLiteral("backlog"), total);
}

bool live(const QString &root, int kiosks, int perKiosk, int batchSize, bool restarts)
{
    const QString name = restarts ? QStringLiteral("live, two restarts") : QStringLiteral("live");
    fixtures::KioskFleet fleet(QDir(root).filePath(restarts ? QStringLiteral("restarts") : QStringLiteral("live")),
                               fixtures::uniqueKioskId("bench"), kiosks, syncConfig(batchSize));
    if (!fleet.setUp()) {
        out() << name << ": " << fleet.error() << Qt::endl;
        return false;
    }
    const int total = kiosks * perKiosk;
    // Waves: all of it at once, or 40 % and then 30 % during each outage.
    const int first = restarts ? perKiosk * 4 / 10 : perKiosk;
    const int second = restarts ? perKiosk * 3 / 10 : 0;
    const int third = perKiosk - first - second;
    QList<QHash<fixtures::FleetKiosk *, QStringList>> waves{fleet.writeRequests(first, 0)};
    if (restarts) {
        waves.append(fleet.writeRequests(second, 1));
        waves.append(fleet.writeRequests(third, 2));
    }
    fleet.startSync();
    QThread::msleep(500); // connected and idle, as kiosks are when residents come
    if (!fleet.enqueue(waves.at(0))) {
        out() << name << ": " << fleet.error() << Qt::endl;
        return false;
    }
    QList<qint64> downMs;
    for (int w = 1; w < waves.size(); ++w) {
        QElapsedTimer down;
        if (!fixtures::pgctl({QStringLiteral("stop")})) {
            out() << name << ": the server did not stop" << Qt::endl;
            return false;
        }
        down.start();
        const bool queued = fleet.enqueue(waves.at(w)); // the kiosks keep taking requests
        QThread::msleep(static_cast<unsigned long>(qMax<qint64>(0, 1000 - down.elapsed())));
        if (!fixtures::pgctl({QStringLiteral("start")}) || !queued) {
            out() << name << ": " << (queued ? QStringLiteral("the server did not start") : fleet.error()) << Qt::endl;
            return false;
        }
        downMs.append(down.elapsed());
        if (w + 1 < waves.size() && !fleet.waitForIntake(fleet.intakeCount() + total / 10, 120000)) {
            out() << name << ": " << fleet.error() << Qt::endl;
            return false;
        }
    }
    if (!fleet.waitForIntake(total, 300000)) {
        out() << name << ": " << fleet.error() << Qt::endl;
        return false;
    }
    const bool stopped = fleet.stopSync();
    if (!downMs.isEmpty()) {
        out() << name << ": server down for " << downMs.at(0) << " ms and " << downMs.value(1) << " ms" << Qt::endl;
    }
    return stopped && drained(fleet) && report(fleet, name, total);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Many kiosks, one intake: delivery rate and times"));
    parser.addHelpOption();
    const QCommandLineOption kiosksOpt(QStringLiteral("kiosks"), QStringLiteral("kiosk processes (20)"),
                                       QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption requestsOpt(QStringLiteral("requests"), QStringLiteral("requests in all (10000)"),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("intake/batch_size (100)"),
                                      QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"), QStringLiteral("backlog | live | restarts"),
                                     QStringLiteral("PART"));
    parser.addOptions({kiosksOpt, requestsOpt, batchOpt, onlyOpt});
    parser.process(app);
    const int kiosks = qBound(1, parser.value(kiosksOpt).toInt(), 30);
    const int perKiosk = qMax(10, parser.value(requestsOpt).toInt() / kiosks);
    const int batch = qBound(1, parser.value(batchOpt).toInt(), 1000);
    const QString only = parser.value(onlyOpt);

    if (!fixtures::pgAvailable() || qEnvironmentVariable("KAKANAI_PG_OWNED") != QLatin1String("1")) {
        out() << "no test PostgreSQL of our own: run with the environment of kakanai_start_postgres" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench_intake-XXXXXX")));
    if (!dir.isValid()) {
        out() << "cannot create a folder for the kiosks" << Qt::endl;
        return 1;
    }
    bool ok = true;
    if (only.isEmpty() || only == QLatin1String("backlog")) {
        ok = backlog(dir.path(), kiosks, perKiosk, batch) && ok;
    }
    if (only.isEmpty() || only == QLatin1String("live")) {
        ok = live(dir.path(), kiosks, perKiosk, batch, false) && ok;
    }
    if (only.isEmpty() || only == QLatin1String("restarts")) {
        ok = live(dir.path(), kiosks, perKiosk, batch, true) && ok;
    }
    fixtures::pgctl({QStringLiteral("start")});
    return ok ? 0 : 1;
}
