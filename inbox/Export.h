#pragma once

#include "inbox/IntakeTypes.h"
#include "outbox/BackofficeError.h"

#include "forms/FormCatalog.h"

#include <QStringList>
#include <QTimeZone>

class QIODevice;

namespace kakanai::backoffice {

// The file layout for 基幹 systems that import files (`kakanai-inbox export`), documented in outbox/README.md
// ("Export layout"). Both formats are UTF-8, every character kept as delivered (names outside JIS included); times
// are ISO 8601 with milliseconds and the offset of the configured time zone.
//   jsonl: one JSON object per request and line (LF); never a byte order mark.
//   csv:   RFC 4180 (CRLF, quotes doubled), a header line, then one line per value of each request, so a request
//          with its people, lists and provenance becomes rows an importer can pivot as it needs. A cell that a
//          spreadsheet would run as a formula gets a leading apostrophe (csvCell); a byte order mark on request.
enum class ExportFormat
{
    JsonLines,
    Csv,
};

std::optional<ExportFormat> exportFormatFromName(const QString &name); // "jsonl", "csv"

struct ExportOptions
{
    // CSV only: start the file with the UTF-8 byte order mark (EF BB BF). Excel on Japanese Windows reads a CSV
    // without it as Shift_JIS and garbles every name; importers that expect plain UTF-8 want it off (the default).
    bool byteOrderMark = false;
};

class ExportWriter
{
public:
    // `catalog`: the form definitions the stored requests are read with (forms::readRequest).
    // A byte order mark with JSON Lines is refused by begin() (BackofficeErrorCode::Config): JSON text never has one.
    ExportWriter(QIODevice &out, ExportFormat format, QTimeZone zone, const forms::FormCatalog &catalog,
                 ExportOptions options = {});

    Result<Done> begin();
    Result<Done> write(const RequestDetail &request);
    int count() const { return m_count; }

    static QStringList csvColumns();
    // One row per value, read with forms::readRequest. InvalidRequest when the document does not read (a form
    // the catalog does not know, a value outside its definition): the export stops rather than drop values.
    static Result<QList<QStringList>> csvRows(const RequestDetail &request, const QTimeZone &zone,
                                              const forms::FormCatalog &catalog);
    static QByteArray csvLine(const QStringList &fields);
    // One cell as written: a text a spreadsheet would evaluate (beginning with = + - @, tab or CR) and a text that
    // already begins with an apostrophe get one apostrophe in front, so the importer's rule is simply "a cell that
    // begins with ' : drop that first character" and every value comes back exactly.
    static QString csvCell(const QString &text);
    static QJsonObject jsonObject(const RequestDetail &request, const QTimeZone &zone);

private:
    Result<Done> put(const QByteArray &bytes);

    QIODevice &m_out;
    ExportFormat m_format;
    QTimeZone m_zone;
    ExportOptions m_options;
    const forms::FormCatalog &m_catalog;
    int m_count = 0;
};

} // namespace kakanai::backoffice
