// Fuzz target: the export for 基幹 systems over any stored document (JSON Lines and CSV). Whatever the document,
// the writer gives lines or InvalidRequest, never a crash; and no CSV cell it writes can start a spreadsheet
// formula (csvCell).
#include "inbox/Export.h"

#include "forms/FormCatalog.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace kakanai::backoffice;

namespace {

const kakanai::forms::FormCatalog *catalog()
{
    static const auto loaded = kakanai::forms::FormCatalog::load();
    return loaded ? &loaded.value() : nullptr;
}

bool startsFormula(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && triggers.contains(cell.front());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (!catalog()) {
        __builtin_trap(); // the embedded catalog always loads
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    RequestDetail d;
    d.document = QJsonDocument::fromJson(bytes).object();
    d.summary.requestId = d.document.value(QLatin1String("request_id")).toString();
    d.summary.kioskId = d.document.value(QLatin1String("kiosk_id")).toString();
    d.summary.procedureId = d.document.value(QLatin1String("procedure_id")).toString();
    d.summary.statusReason = QString::fromUtf8(bytes.left(16));
    const QTimeZone zone("Asia/Tokyo");
    if (const auto rows = ExportWriter::csvRows(d, zone, *catalog())) {
        for (const QStringList &row : *rows) {
            for (const QString &cell : row) {
                if (startsFormula(ExportWriter::csvCell(cell))) {
                    __builtin_trap();
                }
            }
            (void)ExportWriter::csvLine(row);
        }
    }
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::JsonLines}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.byteOrderMark = format == ExportFormat::Csv;
        ExportWriter writer(buffer, format, zone, *catalog(), options);
        if (!writer.begin().ok()) {
            __builtin_trap();
        }
        (void)writer.write(d);
    }
    return 0;
}
