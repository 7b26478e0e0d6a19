#include "forms/PostalImport.h"

#include "forms/FormsLogging.h"
#include "forms/Gzip.h"
#include "forms/PostalDirectory.h"
#include "forms/Zip.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

#include <atomic>
#include <cstdio>

namespace kakanai::forms {

namespace {

FormsError tableError(qsizetype line, const QString &detail)
{
    return FormsError::make(FormsErrorCode::InvalidTable, {}, QStringLiteral("line %1").arg(line), detail);
}

// Splits one CSV record of KEN_ALL (fields optionally in double quotes, "" for a quote inside quotes).
std::optional<QStringList> splitCsvLine(QStringView line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    current.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current.append(c);
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(current);
            current.clear();
            fieldStarted = false;
        } else {
            current.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        return std::nullopt;
    }
    fields.append(current);
    return fields;
}

bool allDigits(const QString &s, qsizetype length)
{
    if (s.size() != length) {
        return false;
    }
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return false;
        }
    }
    return true;
}

qsizetype countOf(const QString &s, QChar c)
{
    return s.count(c);
}

// Cleans a joined KEN_ALL town name and its kana; see parseKenAll.
void cleanTown(PostalRow &row)
{
    static const QString NotListed = QStringLiteral("以下に掲載がない場合");
    static const QString NextIsBanchi = QStringLiteral("の次に番地がくる場合");
    static const QString WholeArea = QStringLiteral("一円");
    if (row.town == NotListed || row.town.endsWith(NextIsBanchi) ||
        (row.town.endsWith(WholeArea) && row.town != WholeArea)) {
        row.town.clear();
        row.townKana.clear();
        return;
    }
    const qsizetype open = row.town.indexOf(QChar(u'（'));
    if (open >= 0 && row.town.endsWith(QChar(u'）'))) {
        row.note = row.town.mid(open + 1, row.town.size() - open - 2);
        row.town.truncate(open);
        const qsizetype kanaOpen = row.townKana.indexOf(QLatin1Char('('));
        if (kanaOpen >= 0) {
            row.townKana.truncate(kanaOpen);
        }
    }
}

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> readAll(const QString &file)
{
    QFile f(file);
    if (!f.exists()) {
        return FormsError::make(FormsErrorCode::FileNotFound, file);
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return FormsError::make(FormsErrorCode::FileUnreadable, file, {}, f.errorString());
    }
    return f.readAll();
}

} // namespace

Result<QList<PostalRow>> parsePostalTable(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString all = decoder.decode(utf8);
    if (decoder.hasError()) {
        return tableError(0, QStringLiteral("not UTF-8"));
    }
    QList<PostalRow> rows;
    rows.reserve(all.size() / 60);
    qsizetype lineNo = 0;
    bool header = true;
    for (QStringView line : QStringView(all).split(QLatin1Char('\n'))) {
        ++lineNo;
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (header) {
            if (!line.startsWith(QLatin1String("postal_code\tmunicipality_code\t"))) {
                return tableError(lineNo, QStringLiteral("missing header"));
            }
            header = false;
            continue;
        }
        if (line.isEmpty()) {
            continue;
        }
        const auto cols = line.split(QLatin1Char('\t'));
        if (cols.size() != 7) {
            return tableError(lineNo, QStringLiteral("expected 7 columns"));
        }
        PostalRow row;
        row.postalCode = cols[0].toString();
        row.municipalityCode = cols[1].toString();
        row.prefecture = cols[2].toString();
        row.prefectureKana = cols[3].toString();
        row.municipality = cols[4].toString();
        row.municipalityKana = cols[5].toString();
        row.town = cols[6].toString();
        if (!allDigits(row.postalCode, 7) || !allDigits(row.municipalityCode, 5) || row.prefecture.isEmpty() ||
            row.municipality.isEmpty()) {
            return tableError(lineNo, QStringLiteral("bad code or empty name"));
        }
        rows.append(std::move(row));
    }
    if (header) {
        return tableError(1, QStringLiteral("empty table"));
    }
    return rows;
}

Result<QList<PostalRow>> parseKenAll(const QByteArray &bytes, TextEncoding *detected)
{
    QString all;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        all = utf8.decode(bytes);
        TextEncoding encoding = TextEncoding::Utf8;
        if (utf8.hasError()) {
            QStringDecoder sjis("CP932");
            if (!sjis.isValid()) {
                sjis = QStringDecoder("Shift_JIS");
            }
            if (!sjis.isValid()) {
                return FormsError::make(FormsErrorCode::UnknownEncoding, {}, {},
                                        QStringLiteral("no Shift_JIS decoder (Qt built without ICU)"));
            }
            all = sjis.decode(bytes);
            if (sjis.hasError()) {
                return FormsError::make(FormsErrorCode::UnknownEncoding);
            }
            encoding = TextEncoding::ShiftJis;
        }
        if (detected) {
            *detected = encoding;
        }
    }
    if (all.startsWith(QChar(0xFEFF))) {
        all.remove(0, 1);
    }

    QList<PostalRow> rows;
    QSet<QString> seen;
    std::optional<PostalRow> pending; // a row whose town name continues on the next line(s)
    qsizetype pendingLine = 0;
    auto emitRow = [&](PostalRow row) {
        cleanTown(row);
        const QString key = row.postalCode + QChar(0x1F) + row.town + QChar(0x1F) + row.note;
        if (!seen.contains(key)) {
            seen.insert(key);
            rows.append(std::move(row));
        }
    };

    qsizetype lineNo = 0;
    for (QStringView line : QStringView(all).split(QLatin1Char('\n'))) {
        ++lineNo;
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto cols = splitCsvLine(line);
        if (!cols || cols->size() != 15) {
            return tableError(lineNo, QStringLiteral("expected 15 CSV columns"));
        }
        PostalRow row;
        row.municipalityCode = cols->at(0).trimmed();
        row.postalCode = cols->at(2).trimmed();
        row.prefectureKana = cols->at(3);
        row.municipalityKana = cols->at(4);
        row.townKana = cols->at(5);
        row.prefecture = cols->at(6);
        row.municipality = cols->at(7);
        row.town = cols->at(8);
        if (!allDigits(row.postalCode, 7) || !allDigits(row.municipalityCode, 5) || row.prefecture.isEmpty() ||
            row.municipality.isEmpty()) {
            return tableError(lineNo, QStringLiteral("bad code or empty name"));
        }
        if (pending) {
            if (pending->postalCode == row.postalCode && pending->municipalityCode == row.municipalityCode) {
                pending->town += row.town;
                pending->townKana += row.townKana;
                if (countOf(pending->town, QChar(u'（')) <= countOf(pending->town, QChar(u'）'))) {
                    emitRow(std::move(*pending));
                    pending.reset();
                }
                continue;
            }
            // The continuation never came: keep what we have rather than lose the code.
            qCWarning(lcPostal) << "KEN_ALL: unbalanced town name from line" << pendingLine;
            emitRow(std::move(*pending));
            pending.reset();
        }
        if (countOf(row.town, QChar(u'（')) > countOf(row.town, QChar(u'）'))) {
            pending = std::move(row);
            pendingLine = lineNo;
            continue;
        }
        emitRow(std::move(row));
    }
    if (pending) {
        qCWarning(lcPostal) << "KEN_ALL: unbalanced town name from line" << pendingLine;
        emitRow(std::move(*pending));
    }
    if (rows.isEmpty()) {
        return tableError(lineNo, QStringLiteral("no rows"));
    }
    return rows;
}

Result<QList<PostalRow>> parsePostalSource(const QByteArray &bytes, PostalSourceFormat *detected)
{
    QByteArray plain = bytes;
    if (isZip(bytes)) {
        // Japan Post's ken_all.zip as published: its one member KEN_ALL.CSV.
        auto csv = unzipMember(bytes, QStringLiteral(".csv"));
        if (!csv) {
            return csv.error();
        }
        plain = std::move(csv.value());
    } else if (isGzip(bytes)) {
        auto inflated = gunzip(bytes);
        if (!inflated) {
            return inflated.error();
        }
        plain = std::move(inflated.value());
    }
    if (plain.startsWith("postal_code\t")) {
        if (detected) {
            *detected = PostalSourceFormat::BundledTable;
        }
        return parsePostalTable(plain);
    }
    if (detected) {
        *detected = PostalSourceFormat::KenAll;
    }
    return parseKenAll(plain);
}

Status writePostalDatabase(const QString &path, const QList<PostalRow> &rows, const QString &sourceName,
                           const QByteArray &sourceBytes)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("kakanai.postal.build.%1").arg(counter.fetch_add(1));
    const QString temp = path + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath())) {
        return FormsError::make(FormsErrorCode::FileUnreadable, path, {}, QStringLiteral("cannot create folder"));
    }

    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(temp);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            auto run = [&q, &failure](const QString &sql) {
                if (failure.isEmpty() && !q.exec(sql)) {
                    failure = q.lastError().text();
                }
            };
            // A throw-away file that is renamed into place only when complete: no journal needed.
            run(QStringLiteral("PRAGMA journal_mode = OFF"));
            run(QStringLiteral("PRAGMA synchronous = OFF"));
            run(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
            run(QStringLiteral("CREATE TABLE postal (postal_code TEXT NOT NULL, municipality_code TEXT NOT NULL, "
                               "prefecture TEXT NOT NULL, prefecture_kana TEXT NOT NULL, municipality TEXT NOT NULL, "
                               "municipality_kana TEXT NOT NULL, town TEXT NOT NULL, town_kana TEXT NOT NULL, "
                               "note TEXT NOT NULL)"));
            if (failure.isEmpty() && !db.transaction()) {
                failure = db.lastError().text();
            }
            if (failure.isEmpty()) {
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral("INSERT INTO postal VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                for (const PostalRow &r : rows) {
                    insert.bindValue(0, notNull(r.postalCode));
                    insert.bindValue(1, notNull(r.municipalityCode));
                    insert.bindValue(2, notNull(r.prefecture));
                    insert.bindValue(3, notNull(r.prefectureKana));
                    insert.bindValue(4, notNull(r.municipality));
                    insert.bindValue(5, notNull(r.municipalityKana));
                    insert.bindValue(6, notNull(r.town));
                    insert.bindValue(7, notNull(r.townKana));
                    insert.bindValue(8, notNull(r.note));
                    if (!insert.exec()) {
                        failure = insert.lastError().text();
                        break;
                    }
                }
                QSqlQuery meta(db);
                meta.prepare(QStringLiteral("INSERT INTO meta VALUES (?, ?)"));
                const QList<std::pair<QString, QString>> entries = {
                    {QStringLiteral("schema_version"), QString::number(PostalDirectory::SchemaVersion)},
                    {QStringLiteral("source"), sourceName},
                    {QStringLiteral("source_sha256"), sha256Hex(sourceBytes)},
                    {QStringLiteral("rows"), QString::number(rows.size())},
                    {QStringLiteral("built_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                };
                for (const auto &[key, value] : entries) {
                    meta.addBindValue(key);
                    meta.addBindValue(value);
                    if (failure.isEmpty() && !meta.exec()) {
                        failure = meta.lastError().text();
                    }
                }
                if (failure.isEmpty() && !db.commit()) {
                    failure = db.lastError().text();
                }
            }
            // Indexes after the bulk insert: one sort instead of 120,000 B-tree insertions.
            run(QStringLiteral("CREATE INDEX postal_by_code ON postal (postal_code)"));
            run(QStringLiteral("CREATE INDEX postal_by_municipality ON postal (municipality_code, town)"));
            run(QStringLiteral("ANALYZE"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty()) {
        QFile::remove(temp);
        return FormsError::make(FormsErrorCode::DatabaseError, path, {}, failure);
    }
    // rename(2) replaces the old file atomically; a reader that has it open keeps the old inode.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return FormsError::make(FormsErrorCode::DatabaseError, path, {}, QStringLiteral("rename failed"));
    }
    qCInfo(lcPostal) << "postal database written, rows" << rows.size();
    return success();
}

Status buildPostalDatabase(const QString &sourceFile, const QString &databasePath)
{
    auto bytes = readAll(sourceFile);
    if (!bytes) {
        return bytes.error();
    }
    auto rows = parsePostalSource(*bytes);
    if (!rows) {
        FormsError e = rows.error();
        e.file = sourceFile;
        return e;
    }
    return writePostalDatabase(databasePath, *rows, QFileInfo(sourceFile).fileName(), *bytes);
}

QString embeddedPostalTable()
{
    return QStringLiteral(":/kakanai/postal/jp_postal_codes.tsv.gz");
}

Result<QString> ensurePostalDatabase(const QString &cacheDir, const QString &sourceFile)
{
    auto bytes = readAll(sourceFile);
    if (!bytes) {
        return bytes.error();
    }
    const QString hash = sha256Hex(*bytes);
    const QString path = QDir(cacheDir).filePath(QStringLiteral("postal-%1.sqlite").arg(hash.left(16)));
    if (QFileInfo::exists(path)) {
        auto existing = PostalDirectory::open(path);
        if (existing && (*existing)->metadata(QStringLiteral("source_sha256")) == hash) {
            return path;
        }
        qCInfo(lcPostal) << "rebuilding postal cache";
    }
    auto rows = parsePostalSource(*bytes);
    if (!rows) {
        FormsError e = rows.error();
        e.file = sourceFile;
        return e;
    }
    const Status written = writePostalDatabase(path, *rows, QFileInfo(sourceFile).fileName(), *bytes);
    if (!written) {
        return written.error();
    }
    return path;
}

Result<QString> locatePostalDatabase(const QString &configured, const QString &cacheDir)
{
    if (!configured.isEmpty()) {
        if (!QFileInfo::exists(configured)) {
            return FormsError::make(FormsErrorCode::FileNotFound, configured);
        }
        return configured;
    }
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/kakanai/postal.sqlite"));
    if (QFileInfo::exists(installed)) {
        return QDir::cleanPath(installed);
    }
    return ensurePostalDatabase(cacheDir);
}

} // namespace kakanai::forms
