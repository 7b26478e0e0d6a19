#pragma once

#include "BackofficeError.h"
#include "IntakeTypes.h"

#include <QStringList>
#include <QTimeZone>

class QIODevice;

namespace kakanai::backoffice {

// The file layout for 基幹 systems that import files (`kakanai-inbox export`), documented in backoffice/README.md
// ("Export layout"). Both formats are UTF-8 without a byte order mark, every character kept as delivered (names
// outside JIS included); times are ISO 8601 with milliseconds and the offset of the configured time zone.
//   jsonl: one JSON object per request and line (LF).
//   csv:   RFC 4180 (CRLF, quotes doubled), a header line, then one line per value of each request, so a request
//          with its people, lists and provenance becomes rows an importer can pivot as it needs.
enum class ExportFormat
{
    JsonLines,
    Csv,
};

std::optional<ExportFormat> exportFormatFromName(const QString &name); // "jsonl", "csv"

class ExportWriter
{
public:
    ExportWriter(QIODevice &out, ExportFormat format, QTimeZone zone);

    Result<Done> begin();
    Result<Done> write(const RequestDetail &request);
    int count() const { return m_count; }

    static QStringList csvColumns();
    static QList<QStringList> csvRows(const RequestDetail &request, const QTimeZone &zone);
    static QByteArray csvLine(const QStringList &fields);
    static QJsonObject jsonObject(const RequestDetail &request, const QTimeZone &zone);

private:
    Result<Done> put(const QByteArray &bytes);

    QIODevice &m_out;
    ExportFormat m_format;
    QTimeZone m_zone;
    int m_count = 0;
};

} // namespace kakanai::backoffice
