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
};

// `migrate`: applies outbox/schema/ with the [admin] connection (the schema owner).
int migrate(const BackofficeConfig &config);
// `export --since TIME --format jsonl|csv [--output FILE]`: requests received since TIME, oldest first, with the
// [inbox] connection (staff role). TIME is ISO 8601; without an offset it is read in [inbox] time_zone.
int exportRequests(const BackofficeConfig &config, const QString &since, const QString &format, const QString &output);
// `search [TEXT] [--status S] [--date DAY] [--limit N]`: the inbox list's search (IntakeRepository::list; a
// receipt number such as "A-007" finds exactly its requests) with the [inbox] connection, newest first, one
// tab-separated line per request: received_at (in [inbox] time_zone), receipt_number, status, procedure_id,
// kiosk_id, request_id, after a header line.
int search(const BackofficeConfig &config, const QString &text, const QString &status, const QString &day,
           const QString &limit);

// `purge`: deletes, with the [retention] connection (a kakanai_retention member, the only role that may DELETE),
// every request received longer ago than its procedure's period ([retention_days], else [retention]
// default_days), in one transaction that also records the run in intake.retention_runs (policy, counts per
// procedure, ids). Prints the run id, the counts and the ids removed; never a document's content.
int purge(const BackofficeConfig &config);

} // namespace kakanai::backoffice::cli
