#pragma once

#include "printer/PrinterError.h"

#include "common/Config.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace kakanai::printer {

// Paper of the receipt (受付票): an 80 mm thermal roll (the page is as long as its content) or an A6 sheet.
enum class ReceiptFormat
{
    Roll80,
    A6,
};

QString receiptFormatName(ReceiptFormat format);

// The [printer] group of the kiosk's INI file; every key is documented in printer/README.md. A misspelt key or a
// value that cannot work is an InvalidConfiguration error naming the key, reported at start-up.
struct PrinterConfig
{
    QString printerName;                                     // name: CUPS queue for the A4 forms and the guidance slip
    QString receiptPrinterName;                              // receipt_name: CUPS queue for receipts (default: name)
    ReceiptFormat receiptFormat = ReceiptFormat::Roll80;     // receipt_format: roll80 | a6
    QString fontFamily = QStringLiteral("Noto Sans CJK JP"); // font_family: labels and values
    QString titleFontFamily = QStringLiteral("Noto Serif CJK JP"); // title_font_family: form titles
    QStringList fallbackFontFamilies; // fallback_fonts: tried in order for characters font_family lacks
    QString cupsServer;               // cups_server: host[:port] or a socket path; empty = libcups default
    QString pdfDirectory;             // pdf_directory: write PDF files here instead of (or without) CUPS
    QString addressee;                // addressee: 「（あて先）…」 line; default "<kiosk/municipality>長"

    // Reads [printer] (and kiosk/municipality for the default addressee); every problem is appended with its key.
    static PrinterConfig fromSettings(QSettings &settings, QList<ConfigProblem> *problems);
    // The same for callers that want one error: the first problem as InvalidConfiguration (field: its key).
    static Result<PrinterConfig> load(QSettings &settings);

    // The queue a receipt goes to.
    QString receiptQueue() const { return receiptPrinterName.isEmpty() ? printerName : receiptPrinterName; }
};

// CUPS queue names: 1–127 bytes, printable, no space, tab, '/', '\\' or '#'.
bool isValidQueueName(const QString &name);

} // namespace kakanai::printer
