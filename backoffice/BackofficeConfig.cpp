#include "BackofficeConfig.h"

#include "DataKey.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>

namespace kakanai::backoffice {

namespace {

// Reads one group, remembering which keys were consumed so that the rest can be reported as unknown.
class GroupReader
{
public:
    GroupReader(QSettings &settings, QString group, QList<ConfigProblem> *problems)
        : m_settings(settings)
        , m_group(std::move(group))
        , m_problems(problems)
    {
        m_settings.beginGroup(m_group);
        m_present = m_settings.childKeys();
    }
    ~GroupReader() { m_settings.endGroup(); }
    GroupReader(const GroupReader &) = delete;
    GroupReader &operator=(const GroupReader &) = delete;

    QString key(const QString &name) const { return m_group + QLatin1Char('/') + name; }
    bool has(const QString &name) const { return m_present.contains(name); }

    void problem(const QString &name, const QString &message) { m_problems->append({key(name), message}); }

    // QSettings splits a value with commas into a list; a libpq host list "a,b" is one value to us.
    QString text(const QString &name, const QString &fallback = {})
    {
        m_known.append(name);
        if (!has(name)) {
            return fallback;
        }
        const QVariant v = m_settings.value(name);
        const QString s = v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(',')) : v.toString();
        return s.trimmed();
    }

    qint64 number(const QString &name, qint64 fallback, qint64 min, qint64 max)
    {
        const QString s = text(name);
        if (!has(name) || s.isEmpty()) {
            return fallback;
        }
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if (!ok || v < min || v > max) {
            problem(name, QStringLiteral("'%1' is not a whole number from %2 to %3").arg(s).arg(min).arg(max));
            return fallback;
        }
        return v;
    }

    void reportUnknown()
    {
        for (const QString &k : std::as_const(m_present)) {
            if (!m_known.contains(k)) {
                problem(k, QStringLiteral("unknown key (misspelt? see backoffice/README.md)"));
            }
        }
    }

private:
    QSettings &m_settings;
    QString m_group;
    QList<ConfigProblem> *m_problems;
    QStringList m_present;
    QStringList m_known;
};

void checkReadable(GroupReader &r, const QString &name, const QString &path, bool certificate)
{
    QFile f(path);
    if (!f.exists()) {
        r.problem(name, QStringLiteral("%1 does not exist").arg(path));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        r.problem(name, QStringLiteral("%1 cannot be read: %2").arg(path, f.errorString()));
        return;
    }
    if (certificate && !f.read(1 << 20).contains("-----BEGIN CERTIFICATE-----")) {
        r.problem(name, QStringLiteral("%1 holds no PEM certificate").arg(path));
    }
}

ConnectionSettings readConnection(QSettings &settings, const QString &group, const ConnectionSettings *fallback,
                                  bool required, QList<ConfigProblem> *problems)
{
    ConnectionSettings c;
    c.group = group;
    GroupReader r(settings, group, problems);
    auto text = [&](const char *name, const QString &def) {
        const QString n = QLatin1String(name);
        return r.text(n, def);
    };
    const ConnectionSettings defaults;
    const ConnectionSettings &base = fallback ? *fallback : defaults;
    c.host = text("host", fallback ? base.host : QString());
    c.hostaddr = text("hostaddr", base.hostaddr);
    c.port = static_cast<int>(r.number(QStringLiteral("port"), base.port, 1, 65535));
    c.dbname = text("dbname", base.dbname);
    c.user = text("user", fallback ? base.user : QString());
    c.sslrootcert = text("sslrootcert", base.sslrootcert);
    c.sslcert = text("sslcert", base.sslcert);
    c.sslkey = text("sslkey", base.sslkey);
    c.sslcrl = text("sslcrl", base.sslcrl);
    c.connectTimeoutS = static_cast<int>(r.number(QStringLiteral("connect_timeout"), base.connectTimeoutS, 1, 300));
    if (group != QLatin1String("intake")) {
        c.timeZone = text("time_zone", fallback ? base.timeZone : QStringLiteral("Asia/Tokyo"));
        if (!c.timeZone.isEmpty() && !QTimeZone(c.timeZone.toUtf8()).isValid()) {
            r.problem(QStringLiteral("time_zone"), QStringLiteral("'%1' is not a time zone name").arg(c.timeZone));
        }
    }
    if (!c.isConfigured()) {
        if (required) {
            r.problem(QStringLiteral("host"), QStringLiteral("required: the intake database's host name"));
        }
        return c;
    }
    if (c.dbname.isEmpty()) {
        r.problem(QStringLiteral("dbname"), QStringLiteral("must not be empty"));
    }
    if (c.user.isEmpty()) {
        r.problem(QStringLiteral("user"), QStringLiteral("required: the role to log in as (the CN of sslcert)"));
    }
    struct FileKey
    {
        const char *name;
        QString *value;
        bool certificate;
    };
    for (const FileKey &f : {FileKey{"sslrootcert", &c.sslrootcert, true}, FileKey{"sslcert", &c.sslcert, true}}) {
        if (f.value->isEmpty()) {
            r.problem(QLatin1String(f.name), QStringLiteral("required: TLS with certificates is the only way in"));
        } else {
            checkReadable(r, QLatin1String(f.name), *f.value, f.certificate);
        }
    }
    if (c.sslkey.isEmpty()) {
        r.problem(QStringLiteral("sslkey"), QStringLiteral("required: the client certificate's private key"));
    } else if (auto ok = checkPrivateFile(c.sslkey, c.key("sslkey")); !ok) {
        r.problem(QStringLiteral("sslkey"), ok.error().detail);
    }
    if (!c.sslcrl.isEmpty()) {
        checkReadable(r, QStringLiteral("sslcrl"), c.sslcrl, false);
    }
    return c;
}

} // namespace

BackofficeConfig BackofficeConfig::fromSettings(QSettings &settings, Parts parts, QList<ConfigProblem> *problems)
{
    BackofficeConfig config;
    if (parts & Outbox) {
        GroupReader r(settings, QStringLiteral("outbox"), problems);
        config.outbox.path = r.text(QStringLiteral("path"), config.outbox.path);
        config.outbox.keyFile = r.text(QStringLiteral("key_file"), config.outbox.keyFile);
        if (config.outbox.path.isEmpty()) {
            r.problem(QStringLiteral("path"), QStringLiteral("must not be empty"));
        } else if (!QFileInfo(QFileInfo(config.outbox.path).absolutePath()).isDir()) {
            r.problem(QStringLiteral("path"),
                      QStringLiteral("the folder of %1 does not exist").arg(config.outbox.path));
        }
        if (config.outbox.keyFile.isEmpty()) {
            r.problem(QStringLiteral("key_file"), QStringLiteral("must not be empty"));
        }
        r.reportUnknown();
    }
    if (parts & Intake) {
        config.intake = readConnection(settings, QStringLiteral("intake"), nullptr, false, problems);
        GroupReader r(settings, QStringLiteral("intake"), problems);
        // The connection keys were read above; mark them known for reportUnknown().
        for (const char *k : {"host", "hostaddr", "port", "dbname", "user", "sslrootcert", "sslcert", "sslkey",
                              "sslcrl", "connect_timeout"}) {
            r.text(QLatin1String(k));
        }
        config.sync.batchSize =
            static_cast<int>(r.number(QStringLiteral("batch_size"), config.sync.batchSize, 1, 1000));
        config.sync.backoffMinMs = r.number(QStringLiteral("backoff_min_ms"), config.sync.backoffMinMs, 10, 600000);
        config.sync.backoffMaxMs = r.number(QStringLiteral("backoff_max_ms"), config.sync.backoffMaxMs, 10, 3600000);
        config.sync.pollIntervalMs =
            r.number(QStringLiteral("poll_interval_ms"), config.sync.pollIntervalMs, 100, 3600000);
        if (config.sync.backoffMaxMs < config.sync.backoffMinMs) {
            r.problem(QStringLiteral("backoff_max_ms"),
                      QStringLiteral("must not be less than backoff_min_ms (%1)").arg(config.sync.backoffMinMs));
            config.sync.backoffMaxMs = config.sync.backoffMinMs;
        }
        r.reportUnknown();
    }
    if (parts & (Inbox | Admin)) {
        // For [admin] alone, [inbox] only lends its values: its own problems are not ours to report.
        QList<ConfigProblem> lendOnly;
        config.inbox = readConnection(settings, QStringLiteral("inbox"), nullptr, (parts & Inbox) != 0,
                                      (parts & Inbox) ? problems : &lendOnly);
        if (parts & Inbox) {
            GroupReader r(settings, QStringLiteral("inbox"), problems);
            for (const char *k : {"host", "hostaddr", "port", "dbname", "user", "sslrootcert", "sslcert", "sslkey",
                                  "sslcrl", "connect_timeout", "time_zone"}) {
                r.text(QLatin1String(k));
            }
            config.inboxOptions.listLimit =
                static_cast<int>(r.number(QStringLiteral("list_limit"), config.inboxOptions.listLimit, 10, 100000));
            r.reportUnknown();
        }
    }
    if (parts & Admin) {
        config.admin = readConnection(settings, QStringLiteral("admin"), &config.inbox, true, problems);
        GroupReader r(settings, QStringLiteral("admin"), problems);
        for (const char *k : {"host", "hostaddr", "port", "dbname", "user", "sslrootcert", "sslcert", "sslkey",
                              "sslcrl", "connect_timeout", "time_zone"}) {
            r.text(QLatin1String(k));
        }
        r.reportUnknown();
    }
    return config;
}

BackofficeConfig BackofficeConfig::load(const QString &iniPath, Parts parts, QList<ConfigProblem> *problems)
{
    if (!QFileInfo::exists(iniPath)) {
        problems->append({QString(), QStringLiteral("configuration file %1 does not exist").arg(iniPath)});
        return {};
    }
    if (!QFileInfo(iniPath).isReadable()) {
        problems->append({QString(), QStringLiteral("configuration file %1 cannot be read").arg(iniPath)});
        return {};
    }
    QSettings settings(iniPath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        problems->append({QString(), QStringLiteral("configuration file %1 is not a valid INI file").arg(iniPath)});
        return {};
    }
    return fromSettings(settings, parts, problems);
}

} // namespace kakanai::backoffice
