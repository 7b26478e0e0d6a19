#include "PrinterConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <optional>

namespace kakanai::printer {

namespace {

constexpr const char *KnownKeys[] = {"name",        "receipt_name",      "receipt_format",
                                     "font_family", "title_font_family", "fallback_fonts",
                                     "cups_server", "pdf_directory",     "addressee"};

PrintError configError(const QString &key, const QString &detail)
{
    return PrintError::make(PrintErrorCode::InvalidConfiguration, detail, QStringLiteral("printer/") + key);
}

// A single text value; QSettings turns "a, b" into a list, which no key but fallback_fonts accepts.
std::optional<PrintError> readString(QSettings &s, const char *key, QString &out)
{
    const QVariant v = s.value(QLatin1String(key));
    if (!v.isValid()) {
        return std::nullopt;
    }
    if (v.typeId() == QMetaType::QStringList) {
        return configError(QLatin1String(key),
                           QStringLiteral("expects one value, not a list (quote it if it holds a comma)"));
    }
    out = v.toString().trimmed();
    return std::nullopt;
}

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

Result<PrinterConfig> PrinterConfig::load(QSettings &settings)
{
    PrinterConfig c;
    const QString municipality = settings.value(QStringLiteral("kiosk/municipality")).toString().trimmed();

    settings.beginGroup(QStringLiteral("printer"));
    struct GroupGuard
    {
        QSettings &s;
        ~GroupGuard() { s.endGroup(); }
    } guard{settings};

    for (const QString &key : settings.childKeys()) {
        bool known = false;
        for (const char *k : KnownKeys) {
            known = known || key == QLatin1String(k);
        }
        if (!known) {
            return configError(key, QStringLiteral("unknown key"));
        }
    }

    QString format;
    for (const auto &[key, target] :
         std::initializer_list<std::pair<const char *, QString *>>{{"name", &c.printerName},
                                                                   {"receipt_name", &c.receiptPrinterName},
                                                                   {"receipt_format", &format},
                                                                   {"font_family", &c.fontFamily},
                                                                   {"title_font_family", &c.titleFontFamily},
                                                                   {"cups_server", &c.cupsServer},
                                                                   {"pdf_directory", &c.pdfDirectory},
                                                                   {"addressee", &c.addressee}}) {
        if (auto e = readString(settings, key, *target)) {
            return *e;
        }
    }

    for (const auto &[key, value] :
         {std::pair{"name", c.printerName}, std::pair{"receipt_name", c.receiptPrinterName}}) {
        if (!value.isEmpty() && !isValidQueueName(value)) {
            return configError(QLatin1String(key),
                               QStringLiteral("not a CUPS queue name (no spaces, '/', '\\' or '#')"));
        }
    }
    if (format.isEmpty() || format == QLatin1String("roll80")) {
        c.receiptFormat = ReceiptFormat::Roll80;
    } else if (format == QLatin1String("a6")) {
        c.receiptFormat = ReceiptFormat::A6;
    } else {
        return configError(QStringLiteral("receipt_format"), QStringLiteral("roll80 or a6"));
    }
    if (c.fontFamily.isEmpty()) {
        return configError(QStringLiteral("font_family"), QStringLiteral("expects a font family"));
    }
    if (c.titleFontFamily.isEmpty()) {
        return configError(QStringLiteral("title_font_family"), QStringLiteral("expects a font family"));
    }
    const QVariant fallbacks = settings.value(QStringLiteral("fallback_fonts"));
    if (fallbacks.isValid()) {
        const QStringList list = fallbacks.typeId() == QMetaType::QStringList
                                     ? fallbacks.toStringList()
                                     : fallbacks.toString().split(QLatin1Char(','));
        for (const QString &f : list) {
            if (!f.trimmed().isEmpty()) {
                c.fallbackFontFamilies.append(f.trimmed());
            }
        }
    }
    if (!c.cupsServer.isEmpty() && !isValidCupsServer(c.cupsServer)) {
        return configError(QStringLiteral("cups_server"), QStringLiteral("host[:port] or an absolute socket path"));
    }
    if (!c.pdfDirectory.isEmpty()) {
        const QFileInfo dir(c.pdfDirectory);
        if (!dir.isAbsolute() || !dir.isDir() || !dir.isWritable()) {
            return configError(QStringLiteral("pdf_directory"),
                               QStringLiteral("expects an absolute path of an existing, writable folder"));
        }
        c.pdfDirectory = dir.absoluteFilePath();
    }
    if (c.addressee.isEmpty() && !municipality.isEmpty()) {
        c.addressee = municipality + QStringLiteral("長");
    }
    return c;
}

} // namespace kakanai::printer
