#pragma once

#include "outbox/BackofficeError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kakanai::backoffice {

class PgConnection;

// One file of outbox/schema/: "0001_intake_requests.sql" → version 1, name "intake_requests".
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
    QString checksum; // SHA-256 of the file, hex
};

struct MigrationReport
{
    QList<int> applied;     // versions applied by this run
    int alreadyApplied = 0; // versions found applied
};

// Applies the intake schema's ordered migrations. Each runs in its own transaction together with its row in
// schema_migrations (version, name, checksum, applied_at, applied_by), so a migration is applied completely or not
// at all. Running again applies nothing (idempotent); an applied migration whose file changed since is an error,
// never silently ignored. A session advisory lock keeps two migrators from running at once.
class Migrator
{
public:
    // The migrations compiled into the library (":/kakanai/backoffice/schema/*.sql"), ordered by version.
    static Result<QList<Migration>> embedded();
    // From a folder (tests: a modified copy).
    static Result<QList<Migration>> fromDirectory(const QString &directory);

    static Result<MigrationReport> apply(PgConnection &connection, const QList<Migration> &migrations);
};

} // namespace kakanai::backoffice
