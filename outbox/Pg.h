#pragma once

#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace kakanai::backoffice {

// A result of libpq, freed on every path. Values come back as text (UTF-8).
class PgResult
{
public:
    explicit PgResult(pg_result *result = nullptr);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    // Rows inserted, updated or deleted by the statement (PQcmdTuples).
    qint64 affected() const;
    pg_result *get() const { return m_result; }

private:
    pg_result *m_result;
};

struct PgNotification
{
    QString channel;
    QString payload;
};

// One connection to the intake database through libpq, used by one thread. Connections are always TLS with
// certificate verification against the configured CA and host name (sslmode=verify-full), TLS 1.2 at least,
// with keepalives and a TCP user timeout so that a server that vanished is noticed within about 30 s instead of
// blocking forever. Errors are classified into BackofficeErrorCode; a server message that may quote data
// (SQLSTATE classes 22, 23, P0) is never kept, only its SQLSTATE and the names of the constraint, table, column.
class PgConnection
{
public:
    static Result<std::unique_ptr<PgConnection>> connect(const ConnectionSettings &settings);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // One statement; parameters are text ($1, $2, …; a null QByteArray is SQL NULL).
    Result<PgResult> exec(const QString &sql, const QList<QByteArray> &params = {});
    // Several statements in one string, no parameters (migrations).
    Result<Done> execScript(const QByteArray &sql);

    bool isHealthy() const;
    int socket() const;
    // Reads what the server sent since the last call (notifications); false when the connection is lost.
    bool consumeInput();
    QList<PgNotification> takeNotifications();
    int serverVersion() const;

private:
    explicit PgConnection(pg_conn *conn);
    BackofficeError resultError(const pg_result *result, const QString &what) const;

    pg_conn *m_conn;
};

// The libpq keywords of a configuration, in order (for tests and for IT staff: `kakanai-outbox status --json`).
QList<QPair<QByteArray, QByteArray>> connectionParameters(const ConnectionSettings &settings);

// Classifies the text libpq gives for a failed connection attempt (there is no SQLSTATE at that point). The
// OpenSSL reasons inside it ("certificate verify failed", "tlsv1 alert unknown ca") are never translated.
BackofficeError classifyConnectionFailure(const QString &message);
// Classifies a server error by SQLSTATE.
BackofficeErrorCode classifySqlState(const QString &sqlState);

} // namespace kakanai::backoffice
