#pragma once

#include "common/Config.h"

#include <QFlags>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QSettings;

namespace kakanai::backoffice {

// How to reach the intake database: the [intake] (kiosk role), [inbox] (staff role) and [admin] (schema owner)
// groups share these keys. Security settings are not configurable: sslmode is always verify-full, TLS 1.2 at
// least, and only the configured CA is trusted (libpq never consults the system store for verify-full).
struct ConnectionSettings
{
    QString group;    // "intake", "inbox", "admin": for the keys named in errors
    QString host;     // empty: not configured
    QString hostaddr; // optional numeric address (skips DNS; the certificate is still checked against host)
    int port = 5432;
    QString dbname = QStringLiteral("kakanai");
    QString user;
    QString sslrootcert; // PEM: the CA that signed the server's certificate (the only trust anchor)
    QString sslcert;     // PEM: our client certificate (its CN is the role name)
    QString sslkey;      // PEM: its private key, mode 0600
    QString sslcrl;      // optional PEM CRL of the CA
    int connectTimeoutS = 10;
    QString timeZone;        // session TimeZone; empty: the server's
    QString applicationName; // shown in pg_stat_activity

    bool isConfigured() const { return !host.isEmpty(); }
    QString key(const char *name) const { return group + QLatin1Char('/') + QLatin1String(name); }
};

struct OutboxConfig
{
    QString path = QStringLiteral("/var/lib/kakanai/outbox.sqlite");
    QString keyFile = QStringLiteral("/var/lib/kakanai/outbox.key"); // the current key: seals every new record
    // Earlier keys, only to open records sealed before `kakanai-outbox rotate-key` re-encrypted them (KeyRing.h).
    QStringList previousKeyFiles;
};

struct SyncConfig
{
    int batchSize = 100;
    qint64 backoffMinMs = 1000;
    qint64 backoffMaxMs = 30000;
    qint64 pollIntervalMs = 30000;
    // A request the intake answered with an error this many times (alone, not for the link) is set aside, so that
    // one bad row never stalls the queue; a refusal of its data (SQLSTATE class 22/23) sets it aside at once.
    int maxFailedAttempts = 5;
};

struct InboxConfig
{
    int listLimit = 500;
    // workstation_id: this inbox's audit chain (intake.audit source_id); default the host name. 1–64 characters
    // of A–Z a–z 0–9 . _ -; every workstation needs its own (two sharing one break each other's chain).
    QString workstationId;
};

// How long the intake keeps a request (document, individual number included) after it was received: the city's
// policy under its 文書管理規程. `kakanai-inbox purge` deletes what is past its period.
struct RetentionPolicy
{
    int defaultDays = 365;   // [retention] default_days: every procedure without its own period
    QMap<QString, int> days; // [retention_days] <procedure id> = days (tenkyo = 1825, …)
};

struct BackofficeConfig
{
    enum Part
    {
        Outbox = 0x1,     // [outbox]
        Intake = 0x2,     // [intake] (with the sync settings)
        Inbox = 0x4,      // [inbox]
        Admin = 0x8,      // [admin] (falls back to [inbox] key by key)
        Retention = 0x10, // [retention] (a kakanai_retention member; falls back to [inbox]), [retention_days]
        All = 0x1F,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    OutboxConfig outbox;
    ConnectionSettings intake;
    SyncConfig sync;
    ConnectionSettings inbox;
    InboxConfig inboxOptions;
    ConnectionSettings admin;
    ConnectionSettings retention;
    RetentionPolicy retentionPolicy;

    // Reads the groups of `parts`; every problem is appended with its key (and the offending value left at its
    // default). Files named by the settings are checked here, so a broken path is reported at start-up, not at
    // the first delivery.
    static BackofficeConfig fromSettings(QSettings &settings, Parts parts, QList<ConfigProblem> *problems);
    // The same from an INI file; a missing or unparsable file is a problem of key "".
    static BackofficeConfig load(const QString &iniPath, Parts parts, QList<ConfigProblem> *problems);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(BackofficeConfig::Parts)

} // namespace kakanai::backoffice
