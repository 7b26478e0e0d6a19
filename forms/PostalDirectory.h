#pragma once

#include "forms/FormsError.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

class QSqlQuery;

namespace kakanai::forms {

// One (postal code, town) pair of the directory.
struct PostalCandidate
{
    QString postalCode;       // 7 ASCII digits
    QString prefecture;       // 東京都
    QString municipality;     // 千代田区
    QString municipalityCode; // 5-digit 全国地方公共団体コード without check digit (13101)
    QString town;             // 町域; empty where the code covers the whole municipality
    QString note;             // KEN_ALL's bracketed note (１～１９丁目, 地階・階層不明), empty otherwise

    // {"postal_code", "prefecture", "municipality", "municipality_code", "town"} (+ "note" when set).
    QJsonObject toJson() const;
    friend bool operator==(const PostalCandidate &, const PostalCandidate &) = default;
};

struct Municipality
{
    QString code;
    QString prefecture;
    QString name;
};

// "1000001", "100-0001", "〒100－0001", "１００ー０００１" → "1000001"; nullopt unless exactly 7 digits remain
// after dropping one hyphen-like character between the third and fourth digit, surrounding spaces and 〒.
std::optional<QString> normalisePostalCode(QStringView input);

// The postal-code directory: a read-only SQLite database (Qt Sql's QSQLITE driver, the process's one SQLite)
// built by PostalDatabaseBuilder. Like every QSqlDatabase connection it must be used on the thread that opened it.
class PostalDirectory
{
public:
    // The schema this code reads; a database of another version is refused (DatabaseOutdated), so an old cache
    // is rebuilt rather than misread.
    static constexpr int SchemaVersion = 1;

    static Result<std::unique_ptr<PostalDirectory>> open(const QString &databasePath);
    ~PostalDirectory();
    PostalDirectory(const PostalDirectory &) = delete;
    PostalDirectory &operator=(const PostalDirectory &) = delete;

    // Candidates for a code in any accepted spelling, in source order. An empty list when the code is well formed
    // but unknown; InvalidPostalCode when it is not a postal code at all.
    Result<QList<PostalCandidate>> lookup(QStringView code) const;

    // Every municipality (about 1,900), sorted by code; loaded once.
    const QList<Municipality> &municipalities() const;
    // Distinct town names of one municipality, longest first (for prefix matching); cached per municipality.
    const QStringList &towns(const QString &municipalityCode) const;

    // The meta table: schema_version, source, source_sha256, rows, built_at.
    QString metadata(const QString &key) const;
    QString path() const { return m_path; }

private:
    explicit PostalDirectory(QString path);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_lookup;
    mutable std::optional<QList<Municipality>> m_municipalities;
    mutable QHash<QString, QStringList> m_towns;
};

} // namespace kakanai::forms
