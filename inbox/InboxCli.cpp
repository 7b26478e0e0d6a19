#include "inbox/InboxCli.h"

#include "forms/FormCatalog.h"
#include "inbox/Export.h"
#include "inbox/IntakeAudit.h"
#include "inbox/IntakeRepository.h"
#include "outbox/Migrator.h"
#include "outbox/Pg.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

namespace kakanai::backoffice::cli {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(int code, const QString &message)
{
    err() << "kakanai-inbox: " << message << Qt::endl;
    return code;
}

std::optional<QDateTime> parseSince(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    const QDate dateOnly = QDate::fromString(t, Qt::ISODate);
    if (dateOnly.isValid() && t.size() == 10) {
        return QDateTime(dateOnly, QTime(0, 0), zone);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        return std::nullopt;
    }
    if (dt.timeSpec() == Qt::LocalTime) {
        // No offset given: the time is meant in the city's time zone, not the machine's.
        dt = QDateTime(dt.date(), dt.time(), zone);
    }
    return dt;
}

} // namespace

int migrate(const BackofficeConfig &config)
{
    auto migrations = Migrator::embedded();
    if (!migrations) {
        return fail(ExitDatabase, migrations.error().toLogString());
    }
    ConnectionSettings admin = config.admin;
    admin.applicationName = QStringLiteral("kakanai-inbox migrate");
    auto db = PgConnection::connect(admin);
    if (!db) {
        return fail(ExitDatabase, db.error().toLogString());
    }
    auto report = Migrator::apply(**db, *migrations);
    if (!report) {
        return fail(ExitDatabase, report.error().toLogString());
    }
    QTextStream out(stdout);
    for (int v : std::as_const(report->applied)) {
        for (const Migration &m : std::as_const(*migrations)) {
            if (m.version == v) {
                out << "applied " << QStringLiteral("%1").arg(v, 4, 10, QLatin1Char('0')) << " " << m.name << Qt::endl;
            }
        }
    }
    out << "schema up to date: " << report->applied.size() << " applied now, " << report->alreadyApplied
        << " already applied" << Qt::endl;
    return ExitOk;
}

int purge(const BackofficeConfig &config)
{
    QJsonObject days;
    for (auto it = config.retentionPolicy.days.cbegin(); it != config.retentionPolicy.days.cend(); ++it) {
        days.insert(it.key(), it.value());
    }
    const QJsonObject policy{{QStringLiteral("default_days"), config.retentionPolicy.defaultDays},
                             {QStringLiteral("days"), days}};
    ConnectionSettings retention = config.retention;
    retention.applicationName = QStringLiteral("kakanai-inbox purge");
    auto db = PgConnection::connect(retention);
    if (!db) {
        return fail(ExitDatabase, db.error().toLogString());
    }
    // One statement, so one transaction: the rows go and the run is recorded together, or neither.
    auto result = (*db)->exec(
        QStringLiteral("WITH policy AS (SELECT key AS procedure_id, value::integer AS days"
                       "                  FROM jsonb_each_text($1::jsonb -> 'days')),"
                       " gone AS (DELETE FROM intake.requests r"
                       "           WHERE r.received_at < clock_timestamp() - make_interval(days => coalesce("
                       "                 (SELECT p.days FROM policy p WHERE p.procedure_id = r.procedure_id),"
                       "                 ($1::jsonb ->> 'default_days')::integer))"
                       "          RETURNING r.request_id, r.procedure_id),"
                       " counted AS (SELECT procedure_id, count(*) AS n FROM gone GROUP BY procedure_id)"
                       " INSERT INTO intake.retention_runs (policy, removed_count, removed_counts, removed_ids)"
                       " SELECT $1::jsonb, (SELECT count(*) FROM gone),"
                       "        coalesce((SELECT jsonb_object_agg(procedure_id, n) FROM counted), '{}'),"
                       "        coalesce((SELECT array_agg(request_id ORDER BY request_id) FROM gone), '{}')"
                       " RETURNING run_id, removed_count, removed_counts::text, array_to_string(removed_ids, ' ')"),
        {QJsonDocument(policy).toJson(QJsonDocument::Compact)});
    if (!result) {
        return fail(ExitDatabase, result.error().toLogString());
    }
    QTextStream out(stdout);
    out << "retention run " << result->text(0, 0) << ": removed " << result->text(0, 1) << " " << result->text(0, 2)
        << Qt::endl;
    const QString ids = result->text(0, 3);
    for (const QString &id : ids.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        out << "removed " << id << Qt::endl;
    }
    return ExitOk;
}

int exportRequests(const BackofficeConfig &config, const QString &since, const QString &format, const QString &output,
                   bool bom)
{
    const auto fmt = exportFormatFromName(format);
    if (!fmt) {
        return fail(ExitUsage, QStringLiteral("--format must be jsonl or csv, not '%1'").arg(format));
    }
    if (bom && *fmt != ExportFormat::Csv) {
        return fail(ExitUsage,
                    QStringLiteral("--bom is for --format csv only (JSON text never has a byte order mark)"));
    }
    const QTimeZone zone(config.inbox.timeZone.toUtf8());
    const auto from = parseSince(since, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    if (!from) {
        return fail(ExitUsage, QStringLiteral("--since '%1' is not an ISO 8601 date or time").arg(since));
    }
    // The stored requests are read with the form definitions compiled in (forms::readRequest), as the inbox does.
    const auto catalog = forms::FormCatalog::load();
    if (!catalog) {
        return fail(ExitUsage, QStringLiteral("form catalog: ") + catalog.error().toLogString());
    }
    ConnectionSettings inbox = config.inbox;
    inbox.applicationName = QStringLiteral("kakanai-inbox export");
    auto db = PgConnection::connect(inbox);
    if (!db) {
        return fail(ExitDatabase, db.error().toLogString());
    }

    // A file is written completely or not at all (QSaveFile renames at commit), readable by its owner only:
    // it holds personal data.
    QSaveFile file(output);
    QFile standardOutput;
    QIODevice *device = nullptr;
    if (output.isEmpty() || output == QLatin1String("-")) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            return fail(ExitOutput, QStringLiteral("cannot write to standard output"));
        }
        device = &standardOutput;
    } else {
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(ExitOutput, QStringLiteral("%1: %2").arg(output, file.errorString()));
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        device = &file;
    }
    ExportOptions options;
    options.byteOrderMark = bom;
    ExportWriter writer(*device, *fmt, zone, *catalog, options);
    if (auto begun = writer.begin(); !begun) {
        return fail(ExitOutput, begun.error().toLogString());
    }
    QDateTime latest;
    IntakeRepository repository(**db);
    auto count = repository.forEachSince(*from, [&](const RequestDetail &r) -> Result<Done> {
        latest = r.summary.receivedAt;
        return writer.write(r);
    });
    if (!count) {
        if (file.isOpen()) {
            file.cancelWriting();
        }
        return fail(count.error().code == BackofficeErrorCode::Io ? ExitOutput : ExitDatabase,
                    count.error().toLogString());
    }
    // The export is a staff action: recorded before the file is committed, so no export leaves without its entry.
    auto entry = IntakeAudit(**db, config.inboxOptions.workstationId, config.inbox.user)
                     .append(AuditAction::Export, QString(), {format, QStringLiteral("count=%1").arg(*count)});
    if (!entry) {
        if (file.isOpen()) {
            file.cancelWriting();
        }
        return fail(ExitDatabase, QStringLiteral("audit: ") + entry.error().toLogString());
    }
    if (file.isOpen() && !file.commit()) {
        return fail(ExitOutput, QStringLiteral("%1: %2").arg(output, file.errorString()));
    }
    standardOutput.flush();
    err() << "exported " << *count << " request(s) received since "
          << from->toTimeZone(zone).toString(Qt::ISODateWithMs);
    if (latest.isValid()) {
        err() << "; latest received_at " << latest.toTimeZone(zone).toString(Qt::ISODateWithMs);
    }
    err() << Qt::endl;
    return ExitOk;
}

namespace {

std::unique_ptr<PgConnection> connectForAudit(const BackofficeConfig &config, const char *what, int *exitCode)
{
    ConnectionSettings inbox = config.inbox;
    inbox.applicationName = QLatin1String("kakanai-inbox ") + QLatin1String(what);
    auto db = PgConnection::connect(inbox);
    if (!db) {
        *exitCode = fail(ExitDatabase, db.error().toLogString());
        return nullptr;
    }
    return std::move(*db);
}

QString breakText(const QString &reason)
{
    if (reason == QLatin1String("hash")) {
        return QStringLiteral("the entry was changed (its hash does not match its contents)");
    }
    if (reason == QLatin1String("prev_hash")) {
        return QStringLiteral("the entry before it was changed or removed (prev_hash does not match)");
    }
    if (reason == QLatin1String("gap")) {
        return QStringLiteral("entries before it are missing (deleted)");
    }
    return QStringLiteral("the chain does not start at 1 (its first entries are missing)");
}

} // namespace

int auditVerify(const BackofficeConfig &config)
{
    int exitCode = ExitOk;
    auto db = connectForAudit(config, "audit verify", &exitCode);
    if (!db) {
        return exitCode;
    }
    auto rows = IntakeAudit::all(*db);
    if (!rows) {
        return fail(ExitDatabase, rows.error().toLogString());
    }
    QList<AuditEntry> entries;
    QHash<QString, qint64> rowIds; // "kind/source/seq" → intake row id, to name the broken row
    auto key = [](AuditEntry::SourceKind kind, const QString &source, qint64 seq) -> QString {
        return AuditEntry::sourceKindName(kind) + QLatin1Char('/') + source + QLatin1Char('/') + QString::number(seq);
    };
    for (const IntakeAudit::Row &r : std::as_const(*rows)) {
        entries.append(r.entry);
        rowIds.insert(key(r.entry.sourceKind, r.entry.sourceId, r.entry.seq), r.id);
    }
    const AuditChainReport report = verifyAuditChains(entries);
    QTextStream out(stdout);
    for (const AuditChainReport::Chain &c : report.chains) {
        const auto broken = std::find_if(report.breaks.cbegin(), report.breaks.cend(),
                                         [&](const auto &b) { return b.kind == c.kind && b.sourceId == c.sourceId; });
        out << AuditEntry::sourceKindName(c.kind) << ' ' << c.sourceId << ": " << c.entries << " entries, ";
        if (broken == report.breaks.cend()) {
            out << "ok (head " << c.headHash.left(16) << ")" << Qt::endl;
        } else {
            out << "BROKEN at seq " << broken->seq << " (intake.audit id "
                << rowIds.value(key(broken->kind, broken->sourceId, broken->seq)) << "): " << broken->reason << ": "
                << breakText(broken->reason) << Qt::endl;
        }
    }
    err() << report.chains.size() << " chain(s), " << entries.size() << " entries, " << report.breaks.size()
          << " broken" << Qt::endl;
    return report.ok() ? ExitOk : ExitAuditBroken;
}

int auditList(const BackofficeConfig &config, const QString &requestId)
{
    if (requestId.isEmpty()) {
        return fail(ExitUsage, QStringLiteral("audit list needs --request ID"));
    }
    int exitCode = ExitOk;
    auto db = connectForAudit(config, "audit list", &exitCode);
    if (!db) {
        return exitCode;
    }
    auto rows = IntakeAudit::forRequest(*db, requestId);
    if (!rows) {
        return fail(ExitDatabase, rows.error().toLogString());
    }
    const QTimeZone configured(config.inbox.timeZone.toUtf8());
    const QTimeZone zone = configured.isValid() ? configured : QTimeZone::systemTimeZone();
    QTextStream out(stdout);
    out << "at\tsource_kind\tsource_id\tseq\tstaff_id\taction\tdetail" << Qt::endl;
    for (const IntakeAudit::Row &r : std::as_const(*rows)) {
        const AuditEntry &e = r.entry;
        out << e.at.toTimeZone(zone).toString(Qt::ISODateWithMs) << '\t' << AuditEntry::sourceKindName(e.sourceKind)
            << '\t' << e.sourceId << '\t' << e.seq << '\t' << e.staffId << '\t' << e.action << '\t'
            << e.detail.join(QLatin1Char(',')) << Qt::endl;
    }
    err() << rows->size() << " entr" << (rows->size() == 1 ? "y" : "ies") << Qt::endl;
    return ExitOk;
}

int search(const BackofficeConfig &config, const QString &text, const QString &status, const QString &day,
           const QString &limit)
{
    RequestFilter filter;
    filter.text = text;
    if (!status.isEmpty()) {
        filter.status = statusFromName(status);
        if (!filter.status) {
            return fail(
                ExitUsage,
                QStringLiteral("--status must be received, accepted, registered or returned, not '%1'").arg(status));
        }
    }
    if (!day.isEmpty()) {
        filter.day = QDate::fromString(day, Qt::ISODate);
        if (!filter.day.isValid()) {
            return fail(ExitUsage, QStringLiteral("--date '%1' is not a date (YYYY-MM-DD)").arg(day));
        }
    }
    bool ok = false;
    filter.limit = limit.toInt(&ok);
    if (!ok || filter.limit < 1) {
        return fail(ExitUsage, QStringLiteral("--limit '%1' is not a positive number").arg(limit));
    }
    ConnectionSettings inbox = config.inbox;
    inbox.applicationName = QStringLiteral("kakanai-inbox search");
    auto db = PgConnection::connect(inbox);
    if (!db) {
        return fail(ExitDatabase, db.error().toLogString());
    }
    auto rows = IntakeRepository(**db).list(filter);
    if (!rows) {
        return fail(ExitDatabase, rows.error().toLogString());
    }
    const QTimeZone configured(config.inbox.timeZone.toUtf8());
    const QTimeZone zone = configured.isValid() ? configured : QTimeZone::systemTimeZone();
    QTextStream out(stdout);
    out << "received_at\treceipt_number\tstatus\tprocedure_id\tkiosk_id\trequest_id" << Qt::endl;
    for (const RequestSummary &r : std::as_const(*rows)) {
        out << r.receivedAt.toTimeZone(zone).toString(Qt::ISODate) << '\t' << r.receiptNumber << '\t'
            << statusName(r.status) << '\t' << r.procedureId << '\t' << r.kioskId << '\t' << r.requestId << Qt::endl;
    }
    err() << rows->size() << " request(s)" << Qt::endl;
    return ExitOk;
}

} // namespace kakanai::backoffice::cli
