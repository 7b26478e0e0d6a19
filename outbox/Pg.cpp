#include "outbox/Pg.h"

#include "outbox/BackofficeLogging.h"

#include <libpq-fe.h>

#include <optional>
#include <vector>

namespace kakanai::backoffice {

namespace {

QString oneLine(const char *text)
{
    QString s = QString::fromUtf8(text).trimmed();
    s.replace(QLatin1Char('\n'), QLatin1String(" | "));
    return s;
}

// Notices (for example "relation already exists, skipping") go to the debug log by SQLSTATE only.
void noticeReceiver(void *, const PGresult *result)
{
    qCDebug(lcIntake, "server notice %s", PQresultErrorField(result, PG_DIAG_SQLSTATE));
}

bool isDataClass(const QString &sqlState)
{
    return sqlState.startsWith(QLatin1String("22")) || sqlState.startsWith(QLatin1String("23")) ||
           sqlState.startsWith(QLatin1String("P0"));
}

} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}

PgResult::~PgResult()
{
    if (m_result) {
        PQclear(m_result);
    }
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result) {
            PQclear(m_result);
        }
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column)) {
        return {};
    }
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column)) {
        return {};
    }
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

QList<QPair<QByteArray, QByteArray>> connectionParameters(const ConnectionSettings &s)
{
    QList<QPair<QByteArray, QByteArray>> p;
    auto add = [&](const char *k, const QString &v) {
        if (!v.isEmpty()) {
            p.append({QByteArray(k), v.toUtf8()});
        }
    };
    add("host", s.host);
    add("hostaddr", s.hostaddr);
    add("port", QString::number(s.port));
    add("dbname", s.dbname);
    add("user", s.user);
    // Not configurable: full verification against the configured CA only, and TLS 1.2 or later.
    add("sslmode", QStringLiteral("verify-full"));
    add("sslrootcert", s.sslrootcert);
    add("sslcert", s.sslcert.isEmpty() ? QStringLiteral("/nonexistent/kakanai-no-client-certificate") : s.sslcert);
    add("sslkey", s.sslkey.isEmpty() ? QStringLiteral("/nonexistent/kakanai-no-client-key") : s.sslkey);
    add("sslcrl", s.sslcrl);
    add("ssl_min_protocol_version", QStringLiteral("TLSv1.2"));
    add("gssencmode", QStringLiteral("disable"));
    add("connect_timeout", QString::number(s.connectTimeoutS));
    add("application_name", s.applicationName.isEmpty() ? QStringLiteral("kakanai") : s.applicationName);
    add("client_encoding", QStringLiteral("UTF8"));
    // A server that disappears without a word (cable pulled, VM paused) is noticed by the keepalives and the TCP
    // user timeout instead of a read that blocks forever.
    add("keepalives", QStringLiteral("1"));
    add("keepalives_idle", QStringLiteral("10"));
    add("keepalives_interval", QStringLiteral("5"));
    add("keepalives_count", QStringLiteral("3"));
    add("tcp_user_timeout", QStringLiteral("30000"));
    add("target_session_attrs", QStringLiteral("read-write"));
    QString options = QStringLiteral("-c statement_timeout=60000");
    if (!s.timeZone.isEmpty()) {
        options += QStringLiteral(" -c TimeZone=") + s.timeZone;
    }
    add("options", options);
    return p;
}

BackofficeError classifyConnectionFailure(const QString &message)
{
    const QString m = message.toLower();
    BackofficeErrorCode code = BackofficeErrorCode::IntakeUnavailable;
    if (m.contains(QLatin1String("requires a valid client certificate")) ||
        m.contains(QLatin1String("certificate authentication failed")) ||
        m.contains(QLatin1String("no pg_hba.conf entry")) || m.contains(QLatin1String("authentication failed")) ||
        m.contains(QLatin1String("is not permitted to log in")) ||
        m.contains(QLatin1String("permission denied for database")) ||
        (m.contains(QLatin1String("role \"")) && m.contains(QLatin1String("does not exist")))) {
        code = BackofficeErrorCode::IntakeAuth;
    } else if (m.contains(QLatin1String("database \"")) && m.contains(QLatin1String("does not exist"))) {
        code = BackofficeErrorCode::IntakeSchema;
    } else if (m.contains(QLatin1String("ssl")) || m.contains(QLatin1String("certificate")) ||
               m.contains(QLatin1String("tls")) || m.contains(QLatin1String("host name"))) {
        code = BackofficeErrorCode::IntakeTls;
    }
    return BackofficeError::make(code, message);
}

BackofficeErrorCode classifySqlState(const QString &s)
{
    if (s.startsWith(QLatin1String("08")) || s == QLatin1String("57P01") || s == QLatin1String("57P02") ||
        s == QLatin1String("57P03") || s == QLatin1String("53300")) {
        return BackofficeErrorCode::IntakeUnavailable;
    }
    if (s.startsWith(QLatin1String("28"))) {
        return BackofficeErrorCode::IntakeAuth;
    }
    if (s == QLatin1String("42501")) {
        return BackofficeErrorCode::IntakePermission;
    }
    if (s == QLatin1String("42P01") || s == QLatin1String("3F000") || s == QLatin1String("42703") ||
        s == QLatin1String("42883") || s == QLatin1String("3D000")) {
        return BackofficeErrorCode::IntakeSchema;
    }
    if (isDataClass(s)) {
        return BackofficeErrorCode::IntakeRejected;
    }
    return BackofficeErrorCode::IntakeError;
}

PgConnection::PgConnection(pg_conn *conn)
    : m_conn(conn)
{
    PQsetNoticeReceiver(m_conn, noticeReceiver, nullptr);
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const ConnectionSettings &settings)
{
    if (!settings.isConfigured()) {
        return BackofficeError::make(BackofficeErrorCode::Config, QStringLiteral("no intake host configured"),
                                     settings.key("host"));
    }
    const auto params = connectionParameters(settings);
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const auto &[k, v] : params) {
        keys.push_back(k.constData());
        values.push_back(v.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (!conn) {
        return BackofficeError::make(BackofficeErrorCode::Internal, QStringLiteral("libpq out of memory"));
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        // Connection failures carry no row data: host, port, role and TLS reasons only.
        BackofficeError e = classifyConnectionFailure(oneLine(PQerrorMessage(conn)));
        PQfinish(conn);
        return e;
    }
    qCDebug(lcIntake, "connected to %s:%d as %s (TLS %s)", qPrintable(settings.host), settings.port,
            qPrintable(settings.user), PQsslAttribute(conn, "protocol"));
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

BackofficeError PgConnection::resultError(const pg_result *result, const QString &what) const
{
    const QString sqlState = QString::fromLatin1(result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr);
    if (sqlState.isEmpty()) {
        // No SQLSTATE: libpq itself gave up (connection lost, out of memory). Its text holds no data.
        BackofficeError e =
            BackofficeError::make(PQstatus(m_conn) == CONNECTION_BAD ? BackofficeErrorCode::IntakeUnavailable
                                                                     : BackofficeErrorCode::IntakeError,
                                  QStringLiteral("%1: %2").arg(what, oneLine(PQerrorMessage(m_conn))));
        return e;
    }
    QStringList parts{what};
    if (!isDataClass(sqlState)) {
        parts.append(oneLine(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)));
    }
    auto field = [&](int code, const char *label) {
        const char *v = PQresultErrorField(result, code);
        if (v && *v) {
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(label), QString::fromUtf8(v)));
        }
    };
    field(PG_DIAG_SCHEMA_NAME, "schema");
    field(PG_DIAG_TABLE_NAME, "table");
    field(PG_DIAG_COLUMN_NAME, "column");
    field(PG_DIAG_CONSTRAINT_NAME, "constraint");
    BackofficeError e = BackofficeError::make(classifySqlState(sqlState), parts.join(QLatin1Char(' ')));
    e.sqlState = sqlState;
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        e.code = BackofficeErrorCode::IntakeUnavailable;
    }
    return e;
}

Result<PgResult> PgConnection::exec(const QString &sql, const QList<QByteArray> &params)
{
    const QByteArray text = sql.toUtf8();
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const QByteArray &p : params) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(static_cast<int>(p.size()));
        formats.push_back(0);
    }
    PgResult result(PQexecParams(m_conn, text.constData(), static_cast<int>(params.size()), nullptr, values.data(),
                                 lengths.data(), formats.data(), 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return result;
    }
    // The first two words name the statement ("INSERT INTO", "SELECT request_id,"): never its parameters.
    return resultError(result.get(), sql.section(QLatin1Char(' '), 0, 1));
}

Result<Done> PgConnection::execScript(const QByteArray &sql)
{
    if (!PQsendQuery(m_conn, sql.constData())) {
        return BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, oneLine(PQerrorMessage(m_conn)));
    }
    std::optional<BackofficeError> error;
    while (PGresult *r = PQgetResult(m_conn)) {
        PgResult owned(r);
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && !error) {
            error = resultError(r, QStringLiteral("script"));
        }
    }
    if (error) {
        return *error;
    }
    return Done{};
}

bool PgConnection::isHealthy() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

bool PgConnection::consumeInput()
{
    return PQconsumeInput(m_conn) == 1 && PQstatus(m_conn) == CONNECTION_OK;
}

QList<PgNotification> PgConnection::takeNotifications()
{
    QList<PgNotification> out;
    while (PGnotify *n = PQnotifies(m_conn)) {
        out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return out;
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

} // namespace kakanai::backoffice
