#include "forms/PostalDirectory.h"

#include "forms/FormsLogging.h"
#include "forms/JapaneseText.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace kakanai::forms {

QJsonObject PostalCandidate::toJson() const
{
    QJsonObject o{
        {QStringLiteral("postal_code"), postalCode},
        {QStringLiteral("prefecture"), prefecture},
        {QStringLiteral("municipality"), municipality},
        {QStringLiteral("municipality_code"), municipalityCode},
        {QStringLiteral("town"), town},
    };
    if (!note.isEmpty()) {
        o.insert(QStringLiteral("note"), note);
    }
    return o;
}

std::optional<QString> normalisePostalCode(QStringView input)
{
    QString s = text::toNarrow(input).trimmed();
    if (s.startsWith(QChar(u'〒'))) {
        s = s.mid(1).trimmed();
    }
    if (s.size() == 8 && (text::isHyphenLike(s[3]) || s[3] == QChar(u'ー'))) {
        s.remove(3, 1);
    }
    if (s.size() != 7) {
        return std::nullopt;
    }
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return std::nullopt;
        }
    }
    return s;
}

PostalDirectory::PostalDirectory(QString path)
    : m_path(std::move(path))
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("kakanai.postal.%1").arg(counter.fetch_add(1));
}

PostalDirectory::~PostalDirectory()
{
    m_lookup.reset();
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<PostalDirectory>> PostalDirectory::open(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath)) {
        return FormsError::make(FormsErrorCode::FileNotFound, databasePath);
    }
    std::unique_ptr<PostalDirectory> dir(new PostalDirectory(databasePath));
    dir->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), dir->m_connectionName);
    dir->m_db.setDatabaseName(databasePath);
    dir->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!dir->m_db.open()) {
        return FormsError::make(FormsErrorCode::DatabaseError, databasePath, {}, dir->m_db.lastError().text());
    }
    const QString version = dir->metadata(QStringLiteral("schema_version"));
    if (version.isEmpty()) {
        return FormsError::make(FormsErrorCode::DatabaseError, databasePath, QStringLiteral("meta"),
                                QStringLiteral("not a postal database"));
    }
    if (version != QString::number(SchemaVersion)) {
        return FormsError::make(FormsErrorCode::DatabaseOutdated, databasePath, QStringLiteral("schema_version"),
                                version);
    }
    dir->m_lookup = std::make_unique<QSqlQuery>(dir->m_db);
    if (!dir->m_lookup->prepare(
            QStringLiteral("SELECT postal_code, prefecture, municipality, municipality_code, town, note FROM postal "
                           "WHERE postal_code = ? ORDER BY rowid"))) {
        return FormsError::make(FormsErrorCode::DatabaseError, databasePath, {}, dir->m_lookup->lastError().text());
    }
    qCDebug(lcPostal) << "opened postal directory, rows" << dir->metadata(QStringLiteral("rows"));
    return dir;
}

QString PostalDirectory::metadata(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next()) {
        return QString();
    }
    return q.value(0).toString();
}

Result<QList<PostalCandidate>> PostalDirectory::lookup(QStringView code) const
{
    const auto normalised = normalisePostalCode(code);
    if (!normalised) {
        return FormsError::make(FormsErrorCode::InvalidPostalCode);
    }
    m_lookup->addBindValue(*normalised);
    if (!m_lookup->exec()) {
        return FormsError::make(FormsErrorCode::DatabaseError, m_path, {}, m_lookup->lastError().text());
    }
    QList<PostalCandidate> out;
    while (m_lookup->next()) {
        PostalCandidate c;
        c.postalCode = m_lookup->value(0).toString();
        c.prefecture = m_lookup->value(1).toString();
        c.municipality = m_lookup->value(2).toString();
        c.municipalityCode = m_lookup->value(3).toString();
        c.town = m_lookup->value(4).toString();
        c.note = m_lookup->value(5).toString();
        out.append(std::move(c));
    }
    m_lookup->finish();
    return out;
}

const QList<Municipality> &PostalDirectory::municipalities() const
{
    if (!m_municipalities) {
        QList<Municipality> list;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT municipality_code, prefecture, municipality FROM postal "
                                  "GROUP BY municipality_code, prefecture, municipality ORDER BY municipality_code"))) {
            while (q.next()) {
                list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
            }
        } else {
            qCWarning(lcPostal) << "municipality list failed:" << q.lastError().text();
        }
        m_municipalities = std::move(list);
    }
    return *m_municipalities;
}

const QStringList &PostalDirectory::towns(const QString &municipalityCode) const
{
    auto it = m_towns.find(municipalityCode);
    if (it == m_towns.end()) {
        QStringList list;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT DISTINCT town FROM postal WHERE municipality_code = ? AND town <> ''"));
        q.addBindValue(municipalityCode);
        if (q.exec()) {
            while (q.next()) {
                list.append(q.value(0).toString());
            }
        }
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        it = m_towns.insert(municipalityCode, list);
    }
    return *it;
}

} // namespace kakanai::forms
