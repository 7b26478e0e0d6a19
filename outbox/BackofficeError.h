#pragma once

#include "common/Expected.h"

#include "common/Error.h"

#include <QMetaType>
#include <QString>

namespace kakanai::backoffice {

Q_NAMESPACE

// Every way the back-office library can fail. The library never builds user-facing sentences: the UI maps the
// code to translated text; `key` names the configuration key concerned and `detail` gives IT staff the technical
// context. Neither ever holds personal data: database errors keep their SQLSTATE and the names of the constraint,
// table and column, never the server's message about a row (it can quote the row's values).
enum class BackofficeErrorCode
{
    Config,            // a configuration key is missing or invalid (see key)
    KeyMissing,        // the outbox data key file does not exist (create it with `kakanai-outbox init-key`)
    KeyUnreadable,     // the key file exists but cannot be read
    KeyPermissions,    // the key file (or the TLS client key) is not a regular file of ours with mode 0600 or less
    KeyWrongSize,      // the key file does not hold exactly 32 bytes
    KeyMismatch,       // the key is not the one this outbox was created with
    KeyExists,         // init-key refuses to overwrite an existing key (the queued requests would be lost)
    OutboxOpen,        // the outbox database cannot be created or opened
    OutboxCorrupt,     // the file is not an outbox of ours, or SQLite reports it damaged
    OutboxIo,          // a statement or the commit failed (disk full, I/O error, locked too long)
    SecondSqlite,      // another SQLite library (SQLCipher) is mapped into the process
    Tampered,          // a stored payload failed authentication: changed, moved to another row, or truncated
    InvalidRequest,    // enqueue: not a valid request document (detail: JSON pointer and schema keyword)
    RequestConflict,   // enqueue: a request with this id is queued with different content
    Crypto,            // an OpenSSL failure on our side (random generator, cipher setup)
    IntakeUnavailable, // the intake database cannot be reached (refused, timed out, shut down, connection lost)
    IntakeTls,         // the TLS handshake failed: server not trusted, expired, wrong host name, client cert refused
    IntakeAuth,        // the server refused the login (no client certificate, unknown role, pg_hba)
    IntakePermission,  // the role lacks a privilege (SQLSTATE 42501)
    IntakeSchema,      // the intake schema is missing or older than this program (run `kakanai-inbox migrate`)
    IntakeRejected,    // the server refused the data itself (SQLSTATE class 22 or 23): permanent for that request
    IntakeError,       // any other server error (see sqlState)
    MigrationChanged,  // an applied migration's file has changed since it was applied
    NotFound,          // no such request
    InvalidTransition, // the status change does not follow the workflow
    Io,                // reading or writing a file failed
    OutboxFull,        // the outbox's disk (or its quota) is full (SQLITE_FULL): nothing was committed
    OutboxReadOnly,    // the outbox's file system is read-only (remounted after errors) or the file is not writable
    Internal,          // a bug: should not happen
};
Q_ENUM_NS(BackofficeErrorCode)

struct BackofficeError : kakanai::Error<BackofficeErrorCode, BackofficeErrorCode::Internal>
{
    QString key;      // the configuration key ("intake/sslkey") or file concerned, when there is one
    QString sqlState; // PostgreSQL's SQLSTATE, when the server answered with an error

    static BackofficeError make(BackofficeErrorCode code, QString detail = {}, QString key = {})
    {
        BackofficeError e;
        e.code = code;
        e.detail = std::move(detail);
        e.key = std::move(key);
        return e;
    }

    // "intake_tls: SSL error: certificate verify failed" style summary; contains no personal data.
    QString toLogString() const;
    // True when trying again later may succeed without anyone changing anything (network, server restart).
    bool isTransient() const;
    // True for the errors of reaching the intake (unavailable, TLS, login): the status line says "offline".
    bool isConnectionProblem() const;
};

template<typename T>
using Result = kakanai::Expected<T, BackofficeError>;
using Done = kakanai::Done;

} // namespace kakanai::backoffice

Q_DECLARE_METATYPE(kakanai::backoffice::BackofficeError)
