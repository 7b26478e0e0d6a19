#include "outbox/Migrator.h"

#include "outbox/BackofficeLogging.h"
#include "outbox/Pg.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace kakanai::backoffice {

namespace {

// pg_advisory_lock key: "KKMG" (Kakanai migrations).
constexpr qint64 LockKey = 0x4B4B4D47;

Result<QList<Migration>> load(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> out;
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch()) {
            return BackofficeError::make(BackofficeErrorCode::Internal,
                                         QStringLiteral("migration file %1 is not named NNNN_name.sql").arg(file));
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            return BackofficeError::make(BackofficeErrorCode::Io, QStringLiteral("%1: %2").arg(file, f.errorString()));
        }
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.sql = f.readAll();
        mig.checksum = QString::fromLatin1(QCryptographicHash::hash(mig.sql, QCryptographicHash::Sha256).toHex());
        if (!out.isEmpty() && out.last().version == mig.version) {
            return BackofficeError::make(BackofficeErrorCode::Internal,
                                         QStringLiteral("two migrations have version %1").arg(mig.version));
        }
        out.append(mig);
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

} // namespace

Result<QList<Migration>> Migrator::embedded()
{
    return load(QStringLiteral(":/kakanai/backoffice/schema"));
}

Result<QList<Migration>> Migrator::fromDirectory(const QString &directory)
{
    return load(directory);
}

Result<MigrationReport> Migrator::apply(PgConnection &db, const QList<Migration> &migrations)
{
    const QByteArray lockKey = QByteArray::number(LockKey);
    if (auto locked = db.exec(QStringLiteral("SELECT pg_advisory_lock($1::bigint)"), {lockKey}); !locked) {
        return locked.error();
    }
    // Released on every path (the lock is per session: a lost connection releases it too).
    struct Unlock
    {
        PgConnection &db;
        QByteArray key;
        ~Unlock() { (void)db.exec(QStringLiteral("SELECT pg_advisory_unlock($1::bigint)"), {key}); }
    } unlock{db, lockKey};

    if (auto created = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_migrations ("
                                              " version integer PRIMARY KEY,"
                                              " name text NOT NULL,"
                                              " checksum text NOT NULL,"
                                              " applied_at timestamptz NOT NULL DEFAULT now(),"
                                              " applied_by name NOT NULL DEFAULT current_user)"));
        !created) {
        return created.error();
    }
    auto applied = db.exec(QStringLiteral("SELECT version, checksum FROM public.schema_migrations ORDER BY version"));
    if (!applied) {
        return applied.error();
    }
    QHash<int, QString> done;
    for (int r = 0; r < applied->rows(); ++r) {
        done.insert(applied->text(r, 0).toInt(), applied->text(r, 1));
    }

    MigrationReport report;
    for (const Migration &m : migrations) {
        if (done.contains(m.version)) {
            if (done.value(m.version) != m.checksum) {
                return BackofficeError::make(
                    BackofficeErrorCode::MigrationChanged,
                    QStringLiteral("migration %1 (%2) was changed after it was applied: add a new migration instead")
                        .arg(m.version, 4, 10, QLatin1Char('0'))
                        .arg(m.name));
            }
            ++report.alreadyApplied;
            continue;
        }
        if (auto begun = db.exec(QStringLiteral("BEGIN")); !begun) {
            return begun.error();
        }
        auto run = db.execScript(m.sql);
        if (run) {
            run = [&]() -> Result<Done> {
                auto row = db.exec(QStringLiteral("INSERT INTO public.schema_migrations (version, name, checksum)"
                                                  " VALUES ($1, $2, $3)"),
                                   {QByteArray::number(m.version), m.name.toUtf8(), m.checksum.toUtf8()});
                if (!row) {
                    return row.error();
                }
                auto committed = db.exec(QStringLiteral("COMMIT"));
                if (!committed) {
                    return committed.error();
                }
                return Done{};
            }();
        }
        if (!run) {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            BackofficeError e = run.error();
            e.detail =
                QStringLiteral("migration %1 (%2): %3").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name, e.detail);
            return e;
        }
        qCInfo(lcIntake, "applied migration %04d %s", m.version, qPrintable(m.name));
        report.applied.append(m.version);
    }
    return report;
}

} // namespace kakanai::backoffice
