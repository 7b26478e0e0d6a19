#pragma once

#include <cstdint>

// A test SQLite VFS in the spirit of SQLite's own crash tests (test6.c): it wraps the default VFS, counts the
// writes, truncations and syncs of database and WAL files, and can
//   - simulate a power cut at the n-th of them: every write and truncation since that file's last xSync is undone
//     on disk (what a power loss does to data only in the page cache or the disk's volatile cache), then the
//     process ends at once with _exit, as if the machine stopped;
//   - fail from the n-th of them on with an error code (SQLITE_FULL: a full disk; SQLITE_IOERR_*: a failing one).
//
// Qt's QSQLITE driver on Debian links the system libsqlite3.so.0, the same library this registers in: the one
// SQLite of the process (Outbox::open refuses a second). install() makes the VFS the default, so the outbox needs
// no change to be tested through it. Not thread-safe against install(); the counters are.
namespace kakanai::testing::faultvfs {

// Registers the VFS as the process's default (idempotent). False when SQLite refused it.
bool install();
// Power cut at the `atOperation`-th counted operation from now (1 = the next one). Before exiting it writes
// `message` (a line, e.g. "cut\n") to standard output, so a parent knows the cut happened.
void armPowerCut(std::int64_t atOperation, const char *message);
// Every counted operation from the `fromOperation`-th on (1 = the next one) fails with `sqliteCode`; the failing
// operation is not performed. disarm() lifts it ("the disk was emptied").
void armFailure(std::int64_t fromOperation, int sqliteCode);
void disarm();
// Counted operations since install().
std::int64_t operations();
// Operations that failed because of armFailure.
std::int64_t failedOperations();

} // namespace kakanai::testing::faultvfs
