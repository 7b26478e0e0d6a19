// kakanai-outbox: the operators' and tests' view of a kiosk's outbox.
//
//   kakanai-outbox --config FILE init-key              create the data key file (mode 0600) once, at installation
//   kakanai-outbox --config FILE enqueue R.json…       queue request documents ("-": standard input)
//   kakanai-outbox --config FILE status [--json] [--probe]
//   kakanai-outbox --config FILE sync [--once]         deliver (--once: until the queue is empty, then the audit
//                                                      trail's waiting entries, then exit)
//   kakanai-outbox --config FILE requeue-rejected      put every set-aside request back in the queue
//   kakanai-outbox --config FILE retry ID              put one set-aside request back in the queue
//   kakanai-outbox --config FILE discard ID --reason TEXT [--staff ID]
//                                                      remove a set-aside request for good (audited)
//   kakanai-outbox --config FILE check                 SQLite integrity_check of the outbox
//   kakanai-outbox --config FILE rotate-key [--batch N] re-encrypt every record under key_file, retire the old keys
//
// Exit codes (the programs' convention, CommandLine.h): 0 done, 2 usage (command line or configuration), 3 key or
// outbox, 4 invalid request, 5 intake not reached or refused.
// Output names request ids, counts and error codes; never a document's content.
#include "common/Clock.h"
#include "outbox/AuditLog.h"
#include "outbox/AuditSync.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/DataKey.h"
#include "outbox/KeyRing.h"
#include "outbox/KeyRotation.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxStatus.h"
#include "outbox/SyncEngine.h"
#include "outbox/SyncWorker.h"
#include "platform/CommandLine.h"
#include "platform/SystemdIntegration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace kakanai::backoffice;
using kakanai::Clock;
using kakanai::ConfigProblem;
using kakanai::SystemClock;

namespace {

enum Exit
{
    ExitOk = 0,
    ExitUsage = kakanai::platform::ExitUsage,
    ExitConfig = kakanai::platform::ExitUsage,
    ExitOutbox = 3,
    ExitRequest = 4,
    ExitIntake = 5,
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(int code, const QString &message)
{
    err() << "kakanai-outbox: " << message << Qt::endl;
    return code;
}

int failWith(const BackofficeError &e)
{
    int code = ExitOutbox;
    if (e.code == BackofficeErrorCode::InvalidRequest || e.code == BackofficeErrorCode::RequestConflict) {
        code = ExitRequest;
    } else if (e.code == BackofficeErrorCode::Config) {
        code = ExitConfig;
    } else if (e.code >= BackofficeErrorCode::IntakeUnavailable && e.code <= BackofficeErrorCode::IntakeError) {
        code = ExitIntake;
    }
    return fail(code, e.toLogString());
}

struct Opened
{
    std::shared_ptr<const KeyRing> key;
    std::unique_ptr<Outbox> outbox;
};

Result<Opened> openOutbox(const BackofficeConfig &config, Clock *clock)
{
    // key_file and, during a key rotation, previous_key_files.
    auto key = KeyRing::load(config.outbox);
    if (!key) {
        return key.error();
    }
    Opened o;
    o.key = std::make_shared<const KeyRing>(std::move(*key));
    auto outbox = Outbox::open(config.outbox.path, o.key, OutboxOptions{clock, 5000});
    if (!outbox) {
        return outbox.error();
    }
    o.outbox = std::move(*outbox);
    return o;
}

// `discard`: removes a set-aside request for good and records it in the kiosk's audit trail (the chain of
// `kiosk/id` in the same INI file, as the kiosk names it: the host name when unset), after the discard committed.
// The entry holds the request id, who (`--staff`), and the error the request was set aside for (its code and
// SQLSTATE, the part of the stored error line before any free text); never the reason, which is free text and
// stays in the outbox's `discarded` table only.
int discard(const QString &configFile, Outbox &outbox, Clock *clock, const QString &requestId, const QString &reason,
            const QString &staffId)
{
    QString lastError;
    if (auto aside = outbox.setAside()) {
        for (const SetAsideRequest &r : *aside) {
            if (r.requestId == requestId) {
                lastError = r.lastError;
            }
        }
    }
    if (auto done = outbox.discard(requestId, reason); !done) {
        return failWith(done.error());
    }
    out() << "discarded " << requestId << Qt::endl;
    const QString kioskId = QSettings(configFile, QSettings::IniFormat)
                                .value(QStringLiteral("kiosk/id"), QSysInfo::machineHostName())
                                .toString();
    AuditLog log(outbox, kioskId, clock);
    const QStringList detail = lastError.section(QLatin1Char(':'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto entry = log.append(staffId, AuditAction::RequestDiscarded, requestId, detail);
    if (!entry) {
        err() << "kakanai-outbox: discarded, but not recorded in the audit trail: " << entry.error().toLogString()
              << Qt::endl;
        return ExitOutbox;
    }
    out() << "audit " << kioskId << " #" << entry->seq << ": " << entry->action << Qt::endl;
    return ExitOk;
}

int enqueue(Outbox &outbox, const QStringList &files, bool json)
{
    if (files.isEmpty()) {
        return fail(ExitUsage, QStringLiteral("enqueue needs at least one request file"));
    }
    int worst = ExitOk;
    for (const QString &file : files) {
        QFile f;
        const bool ok = file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(file), f.open(QIODevice::ReadOnly));
        if (!ok) {
            worst = qMax(worst, fail(ExitRequest, QStringLiteral("%1: %2").arg(file, f.errorString())));
            continue;
        }
        QByteArray bytes = f.readAll();
        auto receipt = outbox.enqueueJson(bytes);
        kakanai::wipe(bytes);
        if (!receipt) {
            worst = qMax(worst, fail(receipt.error().code == BackofficeErrorCode::InvalidRequest ||
                                             receipt.error().code == BackofficeErrorCode::RequestConflict
                                         ? ExitRequest
                                         : ExitOutbox,
                                     QStringLiteral("%1: %2").arg(file, receipt.error().toLogString())));
            continue;
        }
        if (json) {
            out() << QJsonDocument(
                         QJsonObject{{QStringLiteral("request_id"), receipt->requestId},
                                     {QStringLiteral("enqueued_at"), receipt->enqueuedAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("already_queued"), receipt->alreadyQueued}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            out() << (receipt->alreadyQueued ? "already queued " : "queued ") << receipt->requestId << Qt::endl;
        }
    }
    return worst;
}

int status(const BackofficeConfig &config, Outbox &outbox, bool json, bool probe)
{
    auto counts = outbox.counts();
    if (!counts) {
        return failWith(counts.error());
    }
    auto record = outbox.syncRecord();
    if (!record) {
        return failWith(record.error());
    }
    OutboxStatus s;
    s.waiting = counts->waiting;
    s.rejected = counts->rejected;
    s.oldestWaitingSince = counts->oldestWaitingSince;
    s.lastAttemptAt = record->lastAttemptAt;
    s.lastDeliveryAt = record->lastDeliveryAt;
    if (!config.intake.isConfigured()) {
        s.link = OutboxStatus::Link::NotConfigured;
    } else if (!record->lastAttemptAt.isValid()) {
        s.link = OutboxStatus::Link::Unknown;
    } else {
        s.link = record->lastAttemptOk ? OutboxStatus::Link::Online : OutboxStatus::Link::Offline;
    }
    if (!record->lastErrorCode.isEmpty()) {
        BackofficeError e;
        e.detail = record->lastErrorDetail;
        e.code = kakanai::errorCodeFromName<BackofficeErrorCode>(record->lastErrorCode)
                     .value_or(BackofficeErrorCode::Internal);
        s.lastError = e;
        if (!e.isConnectionProblem() && s.link == OutboxStatus::Link::Offline) {
            s.link = OutboxStatus::Link::Online;
        }
    }
    if (probe && config.intake.isConfigured()) {
        SyncEngine engine(outbox, config.intake, config.sync.batchSize);
        engine.setMaxFailedAttempts(config.sync.maxFailedAttempts);
        auto connected = engine.ensureConnected(true);
        s.link = connected ? OutboxStatus::Link::Online : OutboxStatus::Link::Offline;
        if (!connected) {
            s.lastError = connected.error();
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        out() << QJsonDocument(s.toJson(now)).toJson(QJsonDocument::Indented);
    } else {
        out() << "link: " << linkName(s.link) << Qt::endl;
        out() << "waiting: " << s.waiting << Qt::endl;
        out() << s.rejected << " set aside" << Qt::endl;
        if (s.rejected > 0) {
            // Ids and error codes only: what IT staff need for `retry` or `discard`.
            auto rows = outbox.setAside();
            if (!rows) {
                return failWith(rows.error());
            }
            for (const SetAsideRequest &r : *rows) {
                out() << "  set aside " << r.requestId << " " << r.procedureId << " queued "
                      << r.enqueuedAt.toLocalTime().toString(Qt::ISODate) << " attempts " << r.attempts << ": "
                      << r.lastError << Qt::endl;
            }
        }
        if (s.oldestWaitingSince.isValid()) {
            out() << "oldest waiting since: " << s.oldestWaitingSince.toLocalTime().toString(Qt::ISODate) << " ("
                  << s.oldestWaitingAgeSeconds(now) << " s)" << Qt::endl;
        }
        if (s.lastAttemptAt.isValid()) {
            out() << "last attempt: " << s.lastAttemptAt.toLocalTime().toString(Qt::ISODate) << Qt::endl;
        }
        if (s.lastError) {
            out() << "last error: " << s.lastError->toLogString() << Qt::endl;
        }
        // A key rotation that has not finished: records still sealed under an older key.
        if (auto perKey = KeyRotation::recordsPerKey(outbox)) {
            const int current = outbox.keys().sealId();
            int older = 0;
            for (auto it = perKey->cbegin(); it != perKey->cend(); ++it) {
                older += it.key() == current ? 0 : it.value();
            }
            if (older > 0) {
                out() << "key rotation pending: " << older << " under older keys (current key " << current
                      << "): run rotate-key" << Qt::endl;
            }
        }
    }
    return ExitOk;
}

// rotate-key: re-encrypts every record under key_file's key, retires the other keys, removes their files.
int rotateKey(Outbox &outbox, int batchSize)
{
    KeyRotation::Options options;
    options.batchSize = batchSize;
    auto report = KeyRotation::run(outbox, options);
    if (!report) {
        out() << "not finished: run rotate-key again once the cause is fixed (it resumes)" << Qt::endl;
        return failWith(report.error());
    }
    out() << "current key " << report->currentKey << ": re-encrypted " << report->resealed << " in " << report->batches
          << " transactions" << Qt::endl;
    for (quint8 id : std::as_const(report->retired)) {
        out() << "retired key " << id << Qt::endl;
    }
    int worst = ExitOk;
    // The files of retired keys: removed where they are plain files of ours; a credential is the operator's.
    const OutboxKeys &keys = outbox.keys();
    for (quint8 id : keys.registeredIds()) {
        const QString file = keys.fileOf(id);
        if (id == report->currentKey || file.isEmpty()) {
            continue;
        }
        if (auto removed = DataKey::remove(file); removed) {
            out() << "removed " << file << " (key " << id << "); remove it from previous_key_files" << Qt::endl;
        } else {
            worst = ExitOutbox;
            err() << "kakanai-outbox: key " << id << " is retired, but " << removed.error().toLogString()
                  << ": remove it yourself (a systemd credential: its LoadCredentialEncrypted= line and its file "
                     "in /etc/credstore.encrypted), and from previous_key_files"
                  << Qt::endl;
        }
    }
    for (auto it = report->records.cbegin(); it != report->records.cend(); ++it) {
        out() << "records under key " << it.key() << ": " << it.value() << Qt::endl;
    }
    return worst;
}

int syncOnce(const BackofficeConfig &config, Outbox &outbox)
{
    SyncEngine engine(outbox, config.intake, config.sync.batchSize);
    engine.setMaxFailedAttempts(config.sync.maxFailedAttempts);
    DeliveryReport total;
    for (;;) {
        auto report = engine.deliverBatch();
        if (!report) {
            out() << "delivered " << total.sent << " before the error" << Qt::endl;
            return failWith(report.error());
        }
        total.sent += report->sent;
        total.inserted += report->inserted;
        total.duplicates += report->duplicates;
        total.rejected += report->rejected;
        total.failed += report->failed;
        if (report->sent == 0 || report->sent == report->failed) {
            break;
        }
    }
    auto counts = outbox.counts();
    out() << "delivered " << total.sent << " (new " << total.inserted << ", already there " << total.duplicates
          << ", set aside " << total.rejected << ", failed " << total.failed << "); waiting "
          << (counts ? counts->waiting : -1) << ", set aside in all " << (counts ? counts->rejected : -1) << Qt::endl;
    // Then the audit trail, as the sync worker does: a kiosk emptied before it leaves service leaves no entry behind.
    AuditLog log(outbox, QString());
    AuditSync audit(log, config.intake);
    auto entries = audit.deliverPending();
    if (!entries) {
        return failWith(entries.error());
    }
    out() << "audit entries delivered " << *entries << Qt::endl;
    return total.rejected > 0 || total.failed > 0 ? ExitIntake : ExitOk;
}

// SIGINT/SIGTERM end `sync` cleanly: the handler only writes a byte; the event loop does the rest.
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char b = 1;
    (void)::write(signalPipe[1], &b, 1);
}

int syncForever(const BackofficeConfig &config, std::shared_ptr<const KeyRing> key)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return fail(ExitOutbox, QStringLiteral("socketpair failed"));
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });

    ConnectionSettings intake = config.intake;
    intake.applicationName = QStringLiteral("kakanai-outbox");
    SyncWorker worker(config.outbox.path, std::move(key), intake, config.sync, std::make_shared<SystemClock>());
    OutboxStatus last;
    QObject::connect(&worker, &SyncWorker::statusChanged, qApp, [&last](const OutboxStatus &s) {
        if (s.link != last.link || s.waiting != last.waiting || s.rejected != last.rejected) {
            out() << QDateTime::currentDateTime().toString(Qt::ISODate) << " " << linkName(s.link) << " waiting "
                  << s.waiting << " set aside " << s.rejected
                  << (s.lastError ? QStringLiteral(" error ") + s.lastError->codeName() : QString()) << Qt::endl;
        }
        last = s;
    });
    worker.start();
    const int rc = QCoreApplication::exec();
    worker.stop();
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    kakanai::platform::disableCoreDumps(); // the data key and decrypted requests are in its memory
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-outbox"));
    // Status lines are for the service journal; an operator sees warnings (QT_LOGGING_RULES overrides).
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.info=false\nkakanai.*.debug=false"));
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(qEnvironmentVariable("QT_LOGGING_RULES"));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kakanai outbox: the kiosk's encrypted queue to the back office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("INI file ([outbox], [intake])"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON output"));
    const QCommandLineOption onceOpt(QStringLiteral("once"), QStringLiteral("sync: deliver until empty, then exit"));
    const QCommandLineOption probeOpt(QStringLiteral("probe"), QStringLiteral("status: connect to the intake now"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"),
                                       QStringLiteral("discard: why (kept in the outbox; never personal data)"),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption staffOpt(QStringLiteral("staff"),
                                      QStringLiteral("discard: the staff id of who discards (the audit trail)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"),
                                      QStringLiteral("rotate-key: records per transaction (default 50)"),
                                      QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({configOpt, jsonOpt, onceOpt, probeOpt, reasonOpt, staffOpt, batchOpt});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("init-key | enqueue FILE… | status | sync | requeue-rejected | "
                       "retry ID | discard ID --reason TEXT [--staff ID] | check | rotate-key"));
    const QString epilog = QStringLiteral(
        "Commands:\n"
        "  init-key             create the 32-byte data key file (mode 0600) once, at installation\n"
        "  enqueue FILE...      queue request documents (\"-\": standard input)\n"
        "  status [--json] [--probe]\n"
        "                       link state, requests waiting and since when (--probe: connect to the intake now)\n"
        "  sync [--once]        deliver to the intake (--once: until the queue is empty, then the audit\n"
        "                       trail's waiting entries, then exit)\n"
        "  requeue-rejected     put every set-aside request back in the queue\n"
        "  retry ID             put one set-aside request back in the queue\n"
        "  discard ID --reason TEXT [--staff ID]\n"
        "                       remove a set-aside request for good (its document is wiped from every file;\n"
        "                       id, times and reason stay). The reason must not name the resident. Recorded in\n"
        "                       the kiosk's audit trail (kiosk/id): request id, --staff, the error it was set\n"
        "                       aside for; not the reason\n"
        "  check                SQLite integrity_check of the outbox\n"
        "  rotate-key [--batch N]\n"
        "                       re-encrypt every waiting and set-aside request under the key of key_file (a new\n"
        "                       key: its old one in previous_key_files), then retire the old keys and remove their\n"
        "                       files; interrupted, it resumes when run again. The kiosk may keep running if it was\n"
        "                       restarted with the new key_file first (outbox/README.md, \"Key rotation\"). "
        "Undelivered\n"
        "                       audit entries keep their key until delivered (sync --once, then run it again).\n\n"
        "Configuration:\n"
        "  --config FILE is required: the kiosk's INI (/etc/kakanai/kakanai.ini on a kiosk), groups [outbox]\n"
        "  (path /var/lib/kakanai/outbox.sqlite, key_file /var/lib/kakanai/outbox.key, previous_key_files) and\n"
        "  [intake] (host,\n"
        "  port 5432, dbname kakanai, user, sslrootcert, sslcert, sslkey, sslcrl, batch_size 100, backoff\n"
        "  1000-30000 ms, max_failed_attempts 5). Run it as the kiosk's user (kakanai): the key file must belong to "
        "the user that\n"
        "  reads it, mode 0600.\n\n"
        "Environment:\n"
        "  QT_LOGGING_RULES  log categories (kakanai.backoffice.info=true for the sync worker's status)\n\n"
        "Exit status:\n"
        "  0 done; 2 usage (command line or configuration); 3 data key or outbox; 4 invalid request; 5 intake\n"
        "  not reached or refused.\n");
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || !parser.isSet(configOpt)) {
        return fail(ExitUsage, QStringLiteral("usage: kakanai-outbox --config FILE COMMAND (see --help)"));
    }
    const QString command = args.first();
    const QStringList known{QStringLiteral("init-key"),         QStringLiteral("enqueue"),
                            QStringLiteral("status"),           QStringLiteral("sync"),
                            QStringLiteral("requeue-rejected"), QStringLiteral("retry"),
                            QStringLiteral("discard"),          QStringLiteral("check"),
                            QStringLiteral("rotate-key")};
    if (!known.contains(command)) {
        return fail(ExitUsage, QStringLiteral("unknown command '%1' (see --help)").arg(command));
    }

    const auto parts = command == QLatin1String("init-key") ? BackofficeConfig::Parts(BackofficeConfig::Outbox)
                                                            : BackofficeConfig::Outbox | BackofficeConfig::Intake;
    QList<ConfigProblem> problems;
    const BackofficeConfig config = BackofficeConfig::load(parser.value(configOpt), parts, &problems);
    if (!problems.isEmpty()) {
        for (const ConfigProblem &p : std::as_const(problems)) {
            err() << "kakanai-outbox: config " << (p.key.isEmpty() ? QStringLiteral("file") : p.key) << ": "
                  << p.message << Qt::endl;
        }
        return ExitConfig;
    }

    if (command == QLatin1String("init-key")) {
        auto created = DataKey::create(config.outbox.keyFile);
        if (!created) {
            return failWith(created.error());
        }
        out() << "created " << config.outbox.keyFile << " (32 random bytes, mode 0600)" << Qt::endl;
        return ExitOk;
    }

    if ((command == QLatin1String("retry") || command == QLatin1String("discard")) && args.size() != 2) {
        return fail(ExitUsage, QStringLiteral("usage: kakanai-outbox --config FILE %1 REQUEST_ID").arg(command));
    }
    if (command == QLatin1String("discard") && parser.value(reasonOpt).trimmed().isEmpty()) {
        return fail(ExitUsage, QStringLiteral("discard needs --reason TEXT (why it can never be delivered)"));
    }

    SystemClock clock;
    auto opened = openOutbox(config, &clock);
    if (!opened) {
        return failWith(opened.error());
    }
    Outbox &outbox = *opened->outbox;

    if (command == QLatin1String("enqueue")) {
        return enqueue(outbox, args.mid(1), parser.isSet(jsonOpt));
    }
    if (command == QLatin1String("status")) {
        return status(config, outbox, parser.isSet(jsonOpt), parser.isSet(probeOpt));
    }
    if (command == QLatin1String("check")) {
        auto result = outbox.integrityCheck();
        if (!result) {
            return failWith(result.error());
        }
        out() << "integrity_check: " << *result << Qt::endl;
        return *result == QLatin1String("ok") ? ExitOk : ExitOutbox;
    }
    if (command == QLatin1String("rotate-key")) {
        bool ok = false;
        const int batch = parser.value(batchOpt).toInt(&ok);
        if (!ok || batch < 1 || batch > 10000) {
            return fail(ExitUsage, QStringLiteral("--batch must be a number from 1 to 10000"));
        }
        return rotateKey(outbox, batch);
    }
    if (command == QLatin1String("requeue-rejected")) {
        auto n = outbox.requeueRejected();
        if (!n) {
            return failWith(n.error());
        }
        out() << "requeued " << *n << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("retry")) {
        if (auto done = outbox.retry(args.at(1)); !done) {
            return failWith(done.error());
        }
        out() << "requeued " << args.at(1) << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("discard")) {
        return discard(parser.value(configOpt), outbox, &clock, args.at(1), parser.value(reasonOpt),
                       parser.value(staffOpt));
    }
    // sync
    if (!config.intake.isConfigured()) {
        return fail(ExitConfig, QStringLiteral("config intake/host: sync needs the intake database"));
    }
    if (parser.isSet(onceOpt)) {
        return syncOnce(config, outbox);
    }
    auto key = opened->key;
    opened->outbox.reset();
    return syncForever(config, key);
}
