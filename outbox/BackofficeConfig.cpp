#include "outbox/BackofficeConfig.h"

#include "outbox/DataKey.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>
#include <QTimeZone>

namespace kakanai::backoffice {

namespace {

// A PEM file that must exist and be readable (and hold a certificate, for `certificate`).
void checkReadable(ConfigGroup &g, const QString &name, const QString &path, bool certificate)
{
    const auto pem = g.readFile(name, path);
    if (pem && certificate && !pem->contains("-----BEGIN CERTIFICATE-----")) {
        g.problem(name, QStringLiteral("%1 holds no PEM certificate").arg(path));
    }
}

// The connection keys of [intake], [inbox] or [admin], read from `g` (which may go on to read the group's own keys).
ConnectionSettings readConnection(ConfigGroup &g, const ConnectionSettings *fallback, bool required)
{
    ConnectionSettings c;
    c.group = g.group();
    auto text = [&](const char *name, const QString &def) {
        // QSettings splits a value with commas into a list; a libpq host list "a,b" is one value to us.
        return g.string(QLatin1String(name), def, ConfigGroup::Lists::JoinComma);
    };
    const ConnectionSettings defaults;
    const ConnectionSettings &base = fallback ? *fallback : defaults;
    c.host = text("host", fallback ? base.host : QString());
    c.hostaddr = text("hostaddr", base.hostaddr);
    c.port = static_cast<int>(g.integer(QStringLiteral("port"), base.port, 1, 65535));
    c.dbname = text("dbname", base.dbname);
    c.user = text("user", fallback ? base.user : QString());
    c.sslrootcert = text("sslrootcert", base.sslrootcert);
    c.sslcert = text("sslcert", base.sslcert);
    c.sslkey = text("sslkey", base.sslkey);
    c.sslcrl = text("sslcrl", base.sslcrl);
    c.connectTimeoutS = static_cast<int>(g.integer(QStringLiteral("connect_timeout"), base.connectTimeoutS, 1, 300));
    if (c.group != QLatin1String("intake")) {
        c.timeZone = text("time_zone", fallback ? base.timeZone : QStringLiteral("Asia/Tokyo"));
        if (!c.timeZone.isEmpty() && !QTimeZone(c.timeZone.toUtf8()).isValid()) {
            g.problem(QStringLiteral("time_zone"), QStringLiteral("'%1' is not a time zone name").arg(c.timeZone));
        }
    }
    if (!c.isConfigured()) {
        if (required) {
            g.problem(QStringLiteral("host"), QStringLiteral("required: the intake database's host name"));
        }
        return c;
    }
    if (c.dbname.isEmpty()) {
        g.problem(QStringLiteral("dbname"), QStringLiteral("must not be empty"));
    }
    if (c.user.isEmpty()) {
        g.problem(QStringLiteral("user"), QStringLiteral("required: the role to log in as (the CN of sslcert)"));
    }
    struct FileKey
    {
        const char *name;
        QString *value;
        bool certificate;
    };
    for (const FileKey &f : {FileKey{"sslrootcert", &c.sslrootcert, true}, FileKey{"sslcert", &c.sslcert, true}}) {
        if (f.value->isEmpty()) {
            g.problem(QLatin1String(f.name), QStringLiteral("required: TLS with certificates is the only way in"));
        } else {
            checkReadable(g, QLatin1String(f.name), *f.value, f.certificate);
        }
    }
    if (c.sslkey.isEmpty()) {
        g.problem(QStringLiteral("sslkey"), QStringLiteral("required: the client certificate's private key"));
    } else if (auto ok = checkPrivateFile(c.sslkey, c.key("sslkey")); !ok) {
        g.problem(QStringLiteral("sslkey"), ok.error().detail);
    }
    if (!c.sslcrl.isEmpty()) {
        checkReadable(g, QStringLiteral("sslcrl"), c.sslcrl, false);
    }
    return c;
}

} // namespace

BackofficeConfig BackofficeConfig::fromSettings(QSettings &settings, Parts parts, QList<ConfigProblem> *problems)
{
    constexpr auto emptyMeansDefault = ConfigGroup::Empty::MeansDefault;
    BackofficeConfig config;
    if (parts & Outbox) {
        ConfigGroup r(settings, QStringLiteral("outbox"), problems, emptyMeansDefault);
        config.outbox.path = r.string(QStringLiteral("path"), config.outbox.path);
        config.outbox.keyFile = r.string(QStringLiteral("key_file"), config.outbox.keyFile);
        config.outbox.previousKeyFiles = r.list(QStringLiteral("previous_key_files"), {});
        if (config.outbox.path.isEmpty()) {
            r.problem(QStringLiteral("path"), QStringLiteral("must not be empty"));
        } else if (!QFileInfo(QFileInfo(config.outbox.path).absolutePath()).isDir()) {
            r.problem(QStringLiteral("path"),
                      QStringLiteral("the folder of %1 does not exist").arg(config.outbox.path));
        }
        if (config.outbox.keyFile.isEmpty()) {
            r.problem(QStringLiteral("key_file"), QStringLiteral("must not be empty"));
        } else if (config.outbox.previousKeyFiles.contains(config.outbox.keyFile)) {
            r.problem(QStringLiteral("previous_key_files"),
                      QStringLiteral("names key_file (%1): the current key is not a previous one")
                          .arg(config.outbox.keyFile));
        }
    }
    if (parts & Intake) {
        ConfigGroup r(settings, QStringLiteral("intake"), problems, emptyMeansDefault);
        config.intake = readConnection(r, nullptr, false);
        config.sync.batchSize =
            static_cast<int>(r.integer(QStringLiteral("batch_size"), config.sync.batchSize, 1, 1000));
        config.sync.backoffMinMs = r.integer(QStringLiteral("backoff_min_ms"), config.sync.backoffMinMs, 10, 600000);
        config.sync.backoffMaxMs = r.integer(QStringLiteral("backoff_max_ms"), config.sync.backoffMaxMs, 10, 3600000);
        config.sync.pollIntervalMs =
            r.integer(QStringLiteral("poll_interval_ms"), config.sync.pollIntervalMs, 100, 3600000);
        config.sync.maxFailedAttempts =
            static_cast<int>(r.integer(QStringLiteral("max_failed_attempts"), config.sync.maxFailedAttempts, 1, 1000));
        if (config.sync.backoffMaxMs < config.sync.backoffMinMs) {
            r.problem(QStringLiteral("backoff_max_ms"),
                      QStringLiteral("must not be less than backoff_min_ms (%1)").arg(config.sync.backoffMinMs));
            config.sync.backoffMaxMs = config.sync.backoffMinMs;
        }
    }
    if (parts & (Inbox | Admin | Retention)) {
        // For [admin] alone, [inbox] only lends its values: its own problems are not ours to report.
        QList<ConfigProblem> lendOnly;
        ConfigGroup r(settings, QStringLiteral("inbox"), (parts & Inbox) ? problems : &lendOnly, emptyMeansDefault);
        config.inbox = readConnection(r, nullptr, (parts & Inbox) != 0);
        config.inboxOptions.listLimit =
            static_cast<int>(r.integer(QStringLiteral("list_limit"), config.inboxOptions.listLimit, 10, 100000));
        // The host name as default, made to fit (a host name may be longer, or empty in a container).
        QString host = QSysInfo::machineHostName();
        host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
        host = host.left(64);
        config.inboxOptions.workstationId =
            r.string(QStringLiteral("workstation_id"), host.isEmpty() ? QStringLiteral("workstation") : host);
        static const QRegularExpression workstationPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,64}")));
        if (!workstationPattern.match(config.inboxOptions.workstationId).hasMatch()) {
            r.problem(QStringLiteral("workstation_id"),
                      QStringLiteral("must be 1-64 of A-Z a-z 0-9 . _ - (set it when the host name is not)"));
        }
    }
    if (parts & Admin) {
        ConfigGroup r(settings, QStringLiteral("admin"), problems, emptyMeansDefault);
        config.admin = readConnection(r, &config.inbox, true);
    }
    if (parts & Retention) {
        {
            ConfigGroup r(settings, QStringLiteral("retention"), problems, emptyMeansDefault);
            config.retention = readConnection(r, &config.inbox, true);
            config.retentionPolicy.defaultDays = static_cast<int>(
                r.integer(QStringLiteral("default_days"), config.retentionPolicy.defaultDays, 1, 365 * 150));
        }
        settings.beginGroup(QStringLiteral("retention_days"));
        const QStringList procedures = settings.childKeys();
        settings.endGroup();
        ConfigGroup r(settings, QStringLiteral("retention_days"), problems, emptyMeansDefault);
        static const QRegularExpression procedureId(QStringLiteral("^[a-z][a-z0-9_]*\\z"));
        for (const QString &procedure : procedures) {
            const qint64 days = r.integer(procedure, 0, 1, 365 * 150);
            if (!procedureId.match(procedure).hasMatch()) {
                r.problem(procedure, QStringLiteral("is not a procedure id (tenkyo, tennyu, …)"));
            } else if (days > 0) {
                config.retentionPolicy.days.insert(procedure, static_cast<int>(days));
            }
        }
    }
    return config;
}

BackofficeConfig BackofficeConfig::load(const QString &iniPath, Parts parts, QList<ConfigProblem> *problems)
{
    const auto settings = openIniFile(iniPath, problems);
    return settings ? fromSettings(*settings, parts, problems) : BackofficeConfig{};
}

} // namespace kakanai::backoffice
