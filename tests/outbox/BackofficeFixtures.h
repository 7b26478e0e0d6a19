#pragma once

// Shared by the back-office tests: request documents built from the fictional personas and sample answers the way
// the kiosk builds them, the strings of personal data to look for in files and logs, keys, INI files, and the
// throw-away PostgreSQL that scripts/test starts (kakanai_start_postgres in scripts/lib/common.sh).
#include "outbox/BackofficeConfig.h"
#include "outbox/DataKey.h"

#include "forms/FormCatalog.h"
#include "forms/FormFiller.h"
#include "forms/Request.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <memory>
#include <openssl/rand.h>

namespace fixtures {

using namespace kakanai::backoffice;

inline QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(KAKANAI_SOURCE_DIR)).filePath(relative);
}

inline QString binPath(const QString &name)
{
    return QDir(QStringLiteral(KAKANAI_BIN_DIR)).filePath(name);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline std::shared_ptr<const DataKey> randomKey()
{
    QByteArray bytes(DataKey::Size, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), DataKey::Size);
    return std::make_shared<const DataKey>(DataKey::fromBytes(bytes));
}

inline QString newRequestId()
{
    return kakanai::forms::uuidV7(QDateTime::currentMSecsSinceEpoch());
}

// The personal data of a persona: what must never appear in the clear in the outbox files or in a log line.
struct Persona
{
    QString file;
    QString name;
    QString address;
    QString individualNumber;
    QByteArray residentJson; // in the shape of `kakanai-card read --json`
};

// The example residents and the card personas (resources/personas) that carry the four attributes and a number.
inline QList<Persona> personas()
{
    QList<Persona> out;
    auto add = [&](const QString &path) {
        const QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
        if (!o.contains(QLatin1String("name")) || !o.contains(QLatin1String("individual_number")) ||
            !o.contains(QLatin1String("birth_date"))) {
            return;
        }
        Persona p;
        p.file = QFileInfo(path).fileName();
        p.name = o.value(QLatin1String("name")).toString();
        p.address = o.value(QLatin1String("address")).toString();
        p.individualNumber = o.value(QLatin1String("individual_number")).toString();
        QJsonObject resident{{QStringLiteral("name"), p.name},
                             {QStringLiteral("address"), p.address},
                             {QStringLiteral("birth_date"), o.value(QLatin1String("birth_date"))},
                             {QStringLiteral("sex"), o.value(QLatin1String("sex"))},
                             {QStringLiteral("integrity"), QStringLiteral("verified")},
                             {QStringLiteral("individual_number"), p.individualNumber}};
        p.residentJson = QJsonDocument(resident).toJson(QJsonDocument::Compact);
        out.append(p);
    };
    for (const QString &dir : {QStringLiteral("resources/examples/residents"), QStringLiteral("resources/personas")}) {
        const QDir d(sourcePath(dir));
        for (const QString &f : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            add(d.filePath(f));
        }
    }
    return out;
}

// The embedded form catalog, loaded once (the inbox and the export read requests with it).
inline const kakanai::forms::FormCatalog &catalog()
{
    static const kakanai::forms::FormCatalog loaded = [] {
        auto c = kakanai::forms::FormCatalog::load();
        if (!c) {
            qFatal("form catalog does not load");
        }
        return std::move(*c);
    }();
    return loaded;
}

// Requests as the kiosk builds them: every form of the catalog × every persona, filled with the sample answers of
// resources/examples/answers (combinations the form's rules refuse are left out, as the kiosk would).
inline QList<QJsonObject> kioskRequests(const QString &kioskId, const QList<Persona> &people = personas())
{
    using namespace kakanai::forms;
    auto catalog = FormCatalog::load();
    if (!catalog) {
        qFatal("form catalog does not load");
    }
    FormContext context;
    context.today = QDate(2025, 4, 10);
    context.municipality = QStringLiteral("東京都千代田区");
    context.municipalityCode = QStringLiteral("13101");
    context.mode = Mode::Counter;
    QList<QJsonObject> out;
    for (const QString &formId : catalog->ids()) {
        auto answers =
            parseAnswersJson(readFile(sourcePath(QStringLiteral("resources/examples/answers/%1.json").arg(formId))));
        if (!answers) {
            continue;
        }
        for (const Persona &p : people) {
            auto resident = parseResidentJson(p.residentJson);
            if (!resident) {
                continue;
            }
            const FillOutcome outcome = fillForm(catalog->shared(formId), resident->record, *answers, context);
            if (outcome.hasErrors()) {
                continue;
            }
            RequestOptions options;
            options.kioskId = kioskId;
            options.createdAt = QDateTime::currentDateTime();
            options.cardIntegrity = resident->integrity;
            out.append(buildRequest({{&outcome.instance, outcome.warnings()}}, context, options));
        }
    }
    return out;
}

// A small valid request without the forms library (fast, for thousands): a 転居届-like form with a mover's name,
// address and individual number, so it carries the same kinds of personal data.
inline QJsonObject syntheticRequest(const QString &kioskId, int n, const QString &name = QStringLiteral("試験　花子"),
                                    const QString &address = QStringLiteral("東京都千代田区霞が関１丁目２－３"),
                                    const QString &number = QStringLiteral("123456789018"))
{
    auto v = [](const QJsonValue &value, const char *provenance) {
        return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("provenance"), QLatin1String(provenance)}};
    };
    const QJsonObject mover{{QStringLiteral("role"), QStringLiteral("mover")},
                            {QStringLiteral("index"), 0},
                            {QStringLiteral("values"),
                             QJsonObject{{QStringLiteral("name"), v(name, "card")},
                                         {QStringLiteral("individual_number"), v(number, "card")},
                                         {QStringLiteral("birth_date"), v(QStringLiteral("1985-04-12"), "card")}}}};
    const QJsonObject form{
        {QStringLiteral("form_id"), QStringLiteral("tenkyo")},
        {QStringLiteral("form_version"), 1},
        {QStringLiteral("title"), QStringLiteral("住民異動届（転居届）")},
        {QStringLiteral("category"), QStringLiteral("notification")},
        {QStringLiteral("legal_basis"), QStringLiteral("住民基本台帳法 第23条")},
        {QStringLiteral("people"), QJsonArray{mover}},
        {QStringLiteral("values"),
         QJsonObject{{QStringLiteral("previous_address"), v(address, "card")},
                     {QStringLiteral("new_address.katagaki"), v(QStringLiteral("%1号室").arg(n % 5 + 1), "resident")}}},
        {QStringLiteral("warnings"), QJsonArray{}},
    };
    return QJsonObject{
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("request_id"), newRequestId()},
        {QStringLiteral("kiosk_id"), kioskId},
        {QStringLiteral("created_at"),
         QDateTime::currentDateTime().toOffsetFromUtc(9 * 3600).toString(Qt::ISODateWithMs)},
        {QStringLiteral("mode"), QStringLiteral("counter")},
        {QStringLiteral("municipality_code"), QStringLiteral("13101")},
        {QStringLiteral("procedure"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("form")},
                                                  {QStringLiteral("id"), QStringLiteral("tenkyo")}}},
        {QStringLiteral("forms"), QJsonArray{form}},
    };
}

// The i-th request of the crash test: the same bytes every time for the same i, so that what was acknowledged can
// be compared with what is found after a kill.
inline QJsonObject crashRequest(qint64 i)
{
    QJsonObject r = syntheticRequest(QStringLiteral("kiosk-crash"), static_cast<int>(i % 1000),
                                     QStringLiteral("試験　花子%1").arg(i),
                                     QStringLiteral("東京都千代田区霞が関%1").arg(i), QStringLiteral("123456789018"));
    quint64 state = static_cast<quint64>(i) * 0x9E3779B97F4A7C15ULL + 1;
    r[QStringLiteral("request_id")] = kakanai::forms::uuidV7(1735689600000LL + i, [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    });
    r[QStringLiteral("created_at")] = QStringLiteral("2025-04-01T09:30:00.000+09:00");
    return r;
}

// A kiosk id no other test run uses, so that tests sharing the database count only their own rows.
inline QString uniqueKioskId(const char *test)
{
    return QStringLiteral("t-%1-%2")
        .arg(QLatin1String(test))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// ---- the throw-away PostgreSQL (scripts/test; see outbox/README.md "Test database") ----

inline bool pgAvailable()
{
    return qEnvironmentVariableIsSet("KAKANAI_PG_PORT") && qEnvironmentVariableIsSet("KAKANAI_PG_TLS");
}

#define KAKANAI_REQUIRE_PG()                                                                                           \
    do {                                                                                                               \
        if (!fixtures::pgAvailable()) {                                                                                \
            QSKIP("no test PostgreSQL: run scripts/test, or source scripts/lib/common.sh and call "                    \
                  "kakanai_start_postgres");                                                                           \
        }                                                                                                              \
    } while (false)

// Connection settings for a role of the test server: "kiosk", "staff", "retention", "admin" (client certificate
// <role>.crt).
inline ConnectionSettings pgSettings(const QString &role, const QString &group = QStringLiteral("intake"))
{
    const QString tls = qEnvironmentVariable("KAKANAI_PG_TLS");
    ConnectionSettings s;
    s.group = group;
    s.host = qEnvironmentVariable("KAKANAI_PG_HOST", QStringLiteral("localhost"));
    s.port = qEnvironmentVariable("KAKANAI_PG_PORT").toInt();
    s.dbname = qEnvironmentVariable("KAKANAI_PG_DBNAME", QStringLiteral("kakanai"));
    if (role == QLatin1String("kiosk")) {
        s.user = qEnvironmentVariable("KAKANAI_PG_KIOSK_USER");
    } else if (role == QLatin1String("staff")) {
        s.user = qEnvironmentVariable("KAKANAI_PG_STAFF_USER");
    } else if (role == QLatin1String("retention")) {
        s.user = qEnvironmentVariable("KAKANAI_PG_RETENTION_USER");
    } else {
        s.user = qEnvironmentVariable("KAKANAI_PG_ADMIN_USER");
    }
    s.sslrootcert = QDir(tls).filePath(QStringLiteral("ca.crt"));
    s.sslcert = QDir(tls).filePath(role + QStringLiteral(".crt"));
    s.sslkey = QDir(tls).filePath(role + QStringLiteral(".key"));
    s.connectTimeoutS = 5;
    s.timeZone = group == QLatin1String("intake") ? QString() : QStringLiteral("Asia/Tokyo");
    return s;
}

inline QString iniGroup(const ConnectionSettings &s)
{
    QString t = QStringLiteral("[%1]\nhost=%2\nport=%3\ndbname=%4\nuser=%5\nsslrootcert=%6\nsslcert=%7\nsslkey=%8\n")
                    .arg(s.group, s.host)
                    .arg(s.port)
                    .arg(s.dbname, s.user, s.sslrootcert, s.sslcert, s.sslkey);
    if (!s.hostaddr.isEmpty()) {
        t += QStringLiteral("hostaddr=%1\n").arg(s.hostaddr);
    }
    return t;
}

// `$KAKANAI_PG_CTL stop|start|tls expired|tls normal`: true when it succeeded.
inline bool pgctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("KAKANAI_PG_CTL"), args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Every byte of the outbox's files: the database, its WAL, its shared memory index and any rollback journal.
inline QByteArray outboxFileBytes(const QString &dbPath, QStringList *present = nullptr)
{
    QByteArray all;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile f(dbPath + suffix);
        if (f.exists() && f.open(QIODevice::ReadOnly)) {
            if (present) {
                present->append(QFileInfo(f).fileName());
            }
            all += f.readAll();
        }
    }
    return all;
}

} // namespace fixtures
