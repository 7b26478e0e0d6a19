#include "printer/PrinterConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace kakanai::printer {

namespace {

bool isValidCupsServer(const QString &server)
{
    if (server.startsWith(QLatin1Char('/'))) {
        return true; // a domain socket (/run/cups/cups.sock)
    }
    const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? server.left(colon) : server;
    if (colon > 0) {
        bool ok = false;
        const int port = server.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            return false;
        }
    }
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.\\-\\[\\]]+$"));
    return !host.isEmpty() && hostPattern.match(host).hasMatch();
}

} // namespace

QString receiptFormatName(ReceiptFormat format)
{
    return format == ReceiptFormat::Roll80 ? QStringLiteral("roll80") : QStringLiteral("a6");
}

bool isValidQueueName(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.isEmpty() || utf8.size() > 127) {
        return false;
    }
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char('#') ||
            c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

PrinterConfig PrinterConfig::fromSettings(QSettings &settings, QList<ConfigProblem> *problems)
{
    PrinterConfig c;
    const QString municipality = settings.value(QStringLiteral("kiosk/municipality")).toString().trimmed();

    // An empty receipt_format is the default; an empty font family is a mistake (checked below).
    ConfigGroup g(settings, QStringLiteral("printer"), problems, ConfigGroup::Empty::MeansDefault);
    // A single text value: QSettings turns "a, b" into a list, which no key but fallback_fonts accepts.
    constexpr auto one = ConfigGroup::Lists::Refuse;
    c.printerName = g.string(QStringLiteral("name"), c.printerName, one);
    c.receiptPrinterName = g.string(QStringLiteral("receipt_name"), c.receiptPrinterName, one);
    c.fontFamily = g.string(QStringLiteral("font_family"), c.fontFamily, one);
    c.titleFontFamily = g.string(QStringLiteral("title_font_family"), c.titleFontFamily, one);
    c.cupsServer = g.string(QStringLiteral("cups_server"), c.cupsServer, one);
    c.pdfDirectory = g.string(QStringLiteral("pdf_directory"), c.pdfDirectory, one);
    c.addressee = g.string(QStringLiteral("addressee"), c.addressee, one);

    for (const auto &[key, value] :
         {std::pair{"name", c.printerName}, std::pair{"receipt_name", c.receiptPrinterName}}) {
        if (!value.isEmpty() && !isValidQueueName(value)) {
            g.problem(QLatin1String(key), QStringLiteral("not a CUPS queue name (no spaces, '/', '\\' or '#')"));
        }
    }
    const QString format = g.choice(QStringLiteral("receipt_format"), receiptFormatName(c.receiptFormat),
                                    {receiptFormatName(ReceiptFormat::Roll80), receiptFormatName(ReceiptFormat::A6)});
    c.receiptFormat = format == receiptFormatName(ReceiptFormat::A6) ? ReceiptFormat::A6 : ReceiptFormat::Roll80;
    if (c.fontFamily.isEmpty()) {
        g.problem(QStringLiteral("font_family"), QStringLiteral("expects a font family"));
    }
    if (c.titleFontFamily.isEmpty()) {
        g.problem(QStringLiteral("title_font_family"), QStringLiteral("expects a font family"));
    }
    c.fallbackFontFamilies = g.list(QStringLiteral("fallback_fonts"), {});
    if (!c.cupsServer.isEmpty() && !isValidCupsServer(c.cupsServer)) {
        g.problem(QStringLiteral("cups_server"), QStringLiteral("host[:port] or an absolute socket path"));
    }
    if (!c.pdfDirectory.isEmpty()) {
        const QFileInfo dir(c.pdfDirectory);
        if (!dir.isAbsolute() || !dir.isDir() || !dir.isWritable()) {
            g.problem(QStringLiteral("pdf_directory"),
                      QStringLiteral("expects an absolute path of an existing, writable folder"));
        } else {
            c.pdfDirectory = dir.absoluteFilePath();
        }
    }
    if (c.addressee.isEmpty() && !municipality.isEmpty()) {
        c.addressee = municipality + QStringLiteral("長");
    }
    return c;
}

Result<PrinterConfig> PrinterConfig::load(QSettings &settings)
{
    QList<ConfigProblem> problems;
    PrinterConfig c = fromSettings(settings, &problems);
    if (!problems.isEmpty()) {
        return PrintError::make(PrintErrorCode::InvalidConfiguration, problems.first().message, problems.first().key);
    }
    return c;
}

} // namespace kakanai::printer
