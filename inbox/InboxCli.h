#pragma once

#include "outbox/BackofficeConfig.h"

#include <QString>

// The command-line half of kakanai-inbox (no widgets, no display needed).
namespace kakanai::backoffice::cli {

// The programs' convention (CommandLine.h): 2 for a wrong command line or configuration.
enum Exit
{
    ExitOk = 0,
    ExitUsage = 2,
    ExitConfig = 2,
    ExitDatabase = 3,
    ExitOutput = 4,
    ExitAuditBroken = 5, // `audit verify`: a chain does not verify
};

// `migrate`: applies outbox/schema/ with the [admin] connection (the schema owner).
int migrate(const BackofficeConfig &config);
// `export --since TIME --format jsonl|csv [--output FILE] [--bom]`: requests received since TIME, oldest first, with
// the [inbox] connection (staff role). TIME is ISO 8601; without an offset it is read in [inbox] time_zone. `bom`
// (CSV only; a usage error with jsonl): the file starts with the UTF-8 byte order mark, for Excel.
int exportRequests(const BackofficeConfig &config, const QString &since, const QString &format, const QString &output,
                   bool bom = false);
// `search [TEXT] [--status S] [--date DAY] [--limit N]`: the inbox list's search (IntakeRepository::list; a
// receipt number such as "A-007" finds exactly its requests) with the [inbox] connection, newest first, one
// tab-separated line per request: received_at (in [inbox] time_zone), receipt_number, status, procedure_id,
// kiosk_id, request_id, after a header line.
int search(const BackofficeConfig &config, const QString &text, const QString &status, const QString &day,
           const QString &limit);

// `audit verify`: recomputes every hash chain of intake.audit (each kiosk's, each workstation's) and prints one line
// per chain; a broken chain names its first broken link (source, sequence number, intake row id, what is wrong).
// Exit 5 when any chain is broken.
int auditVerify(const BackofficeConfig &config);
// `audit list --request ID`: a request's history from every chain, oldest first, tab-separated: at (in [inbox]
// time_zone), source_kind, source_id, seq, staff_id, action, detail (comma-separated), after a header line.
int auditList(const BackofficeConfig &config, const QString &requestId);
// `purge`: deletes, with the [retention] connection (a kakanai_retention member, the only role that may DELETE),
// every request received longer ago than its procedure's period ([retention_days], else [retention]
// default_days), in one transaction that also records the run in intake.retention_runs (policy, counts per
// procedure, ids). Prints the run id, the counts and the ids removed; never a document's content.
int purge(const BackofficeConfig &config);

} // namespace kakanai::backoffice::cli
