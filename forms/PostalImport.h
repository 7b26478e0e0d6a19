#pragma once

#include "forms/FormsError.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Building the postal directory database from its two source formats:
//  - the bundled table (resources/postal/jp_postal_codes.tsv.gz: UTF-8, tab-separated, header line, one row per
//    (postal code, town), towns already cleaned), the embedded default;
//  - Japan Post's KEN_ALL.CSV (15 columns, Shift_JIS/CP932 or the UTF-8 edition, CRLF), the monthly update path.
namespace kakanai::forms {

struct PostalRow
{
    QString postalCode;
    QString municipalityCode;
    QString prefecture;
    QString prefectureKana;
    QString municipality;
    QString municipalityKana;
    QString town;
    QString townKana;
    QString note;

    friend bool operator==(const PostalRow &, const PostalRow &) = default;
};

enum class PostalSourceFormat
{
    BundledTable,
    KenAll,
};

enum class TextEncoding
{
    Utf8,
    ShiftJis, // CP932 (Windows-31J), which is what Japan Post's "Shift_JIS" files really are
};

// Parses the bundled table. Errors: InvalidTable with the 1-based line number in `field` ("line 12").
Result<QList<PostalRow>> parsePostalTable(const QByteArray &utf8);

// Parses KEN_ALL.CSV in either encoding (UTF-8 when the bytes are valid UTF-8, CP932 otherwise), and cleans it the
// way every user of the file has to:
//  - a town name longer than the column (38 characters) continues on the following rows of the same code: rows are
//    joined until the full-width brackets balance;
//  - 「以下に掲載がない場合」, 「○○の次に番地がくる場合」 and 「○○一円」 (but not the real town 一円) mean "the whole
//    municipality": the town becomes empty;
//  - a bracketed note 「大通西（１～１９丁目）」 is split off into PostalRow::note, the town keeps its name;
//  - identical (code, town, note) rows collapse into one.
// Errors: UnknownEncoding, InvalidTable (field: "line N").
Result<QList<PostalRow>> parseKenAll(const QByteArray &bytes, TextEncoding *detected = nullptr);

// Detects the format (the bundled table starts with its header line) after inflating gzip input or taking the
// .CSV member out of a ZIP archive (Japan Post's ken_all.zip).
Result<QList<PostalRow>> parsePostalSource(const QByteArray &bytes, PostalSourceFormat *detected = nullptr);

// Writes a fresh database at `path` atomically (a temporary file renamed into place), with the meta table
// (schema_version, source, source_sha256, rows, built_at). Errors: DatabaseError, FileUnreadable.
Status writePostalDatabase(const QString &path, const QList<PostalRow> &rows, const QString &sourceName,
                           const QByteArray &sourceBytes);

// Reads `sourceFile` (either format, gzip or not; a Qt resource path works too) and writes the database.
Status buildPostalDatabase(const QString &sourceFile, const QString &databasePath);

// The embedded default table, compiled into the library as a Qt resource.
QString embeddedPostalTable();

// Build-on-first-use: returns the path of a database built from `sourceFile` inside `cacheDir`
// ("postal-<sha256 prefix>.sqlite"), building it only when no valid one for that exact source exists yet.
Result<QString> ensurePostalDatabase(const QString &cacheDir, const QString &sourceFile = embeddedPostalTable());

// Where the postal database is at run time, in this order:
//  1. `configured` (configuration key postal/database), when not empty: it must exist (no silent fallback from a
//     city's own KEN_ALL import to the bundled table);
//  2. <application dir>/../share/kakanai/postal.sqlite, built at build time and installed beside the binaries;
//  3. built on first use from the embedded table into `cacheDir` (postal/cache_dir; the caller passes
//     QStandardPaths::CacheLocation by default).
Result<QString> locatePostalDatabase(const QString &configured, const QString &cacheDir);

} // namespace kakanai::forms
