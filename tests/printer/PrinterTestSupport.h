#pragma once

// Shared helpers of the printer tests: the repository's personas and example answers, requests filled from them
// through the forms library, a renderer on the default configuration, and the poppler/zbar tools that read the
// PDFs back (pdftotext, pdftoppm, pdffonts, zbarimg; Debian packages poppler-utils and zbar-tools).
#include "printer/PrintRenderer.h"
#include "printer/PrinterConfig.h"

#include "forms/FormCatalog.h"
#include "forms/FormFiller.h"
#include "forms/LifeEvents.h"
#include "forms/Request.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace kakanai::printer::testing {

inline QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(KAKANAI_SOURCE_DIR)).filePath(relative);
}

inline QString binPath(const QString &relative)
{
    return QDir(QStringLiteral(KAKANAI_BIN_DIR)).filePath(relative);
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

inline QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}

inline const forms::FormCatalog &catalog()
{
    static const forms::FormCatalog c = [] {
        auto loaded = forms::FormCatalog::load();
        if (!loaded) {
            qFatal("catalog: %s", qPrintable(loaded.error().toLogString()));
        }
        return std::move(loaded.value());
    }();
    return c;
}

inline const forms::LifeEventNavigator &navigator()
{
    static const forms::LifeEventNavigator n = [] {
        auto loaded = forms::LifeEventNavigator::loadFile(forms::LifeEventNavigator::embeddedFile(), catalog().ids());
        if (!loaded) {
            qFatal("navigator: %s", qPrintable(loaded.error().toLogString()));
        }
        // The example city's counters, as the kiosk loads them without [forms] counters.
        if (auto counters = loaded->loadCountersFile(); !counters) {
            qFatal("counters: %s", qPrintable(counters.error().toLogString()));
        }
        return std::move(loaded.value());
    }();
    return n;
}

// A persona of the virtual card (resources/personas) as the card read gives it to the forms: name, address, birth
// date, sex (and the individual number when `withNumber`).
struct Persona
{
    QString id;
    QString name;
    QString address;
    QString municipality; // where the persona lives, as a kiosk there would be configured
    QString municipalityCode;
    QJsonObject resident; // the `kakanai-card read --json` document
};

inline Persona persona(const QString &id, bool withNumber = false)
{
    const QJsonObject p = readObject(sourcePath(QStringLiteral("resources/personas/%1.json").arg(id)));
    Persona out;
    out.id = id;
    out.name = p.value(QStringLiteral("name")).toString();
    out.address = p.value(QStringLiteral("address")).toString();
    for (const auto &[prefix, code] : {std::pair{QStringLiteral("東京都千代田区"), QStringLiteral("13101")},
                                       std::pair{QStringLiteral("北海道札幌市中央区"), QStringLiteral("01101")},
                                       std::pair{QStringLiteral("宮崎県宮崎市"), QStringLiteral("45201")}}) {
        if (out.address.startsWith(prefix)) {
            out.municipality = prefix;
            out.municipalityCode = code;
        }
    }
    for (const char *key : {"name", "address", "birth_date", "sex"}) {
        out.resident.insert(QLatin1String(key), p.value(QLatin1String(key)));
    }
    out.resident.insert(QStringLiteral("integrity"), QStringLiteral("verified"));
    if (withNumber) {
        out.resident.insert(QStringLiteral("individual_number"), p.value(QStringLiteral("individual_number")));
    }
    return out;
}

// The personas whose data the printouts must carry exactly: a 231-byte address, characters outside JIS and the
// BMP (髙﨑　𠮷乃), full-width digits and U+FF0D in an address.
inline QStringList edgePersonas()
{
    return {QStringLiteral("long-address"), QStringLiteral("outside-jis"), QStringLiteral("demo")};
}

inline quint64 fixedRandom()
{
    static quint64 state = 0x9E3779B97F4A7C15ULL;
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

// A request for one form (or the forms of a life event) filled from a persona with the example answers of
// resources/examples/requests/answers/. The kiosk stands in the persona's municipality for the notifications that
// happen there (転居, 転出, 税証明) and in 千代田区 otherwise. The request carries `receiptNumber` (empty: none).
inline const QString ExampleReceiptNumber = QStringLiteral("KT-042");
inline QJsonObject fillRequest(const QStringList &formIds, const Persona &who, const QString &lifeEvent = {},
                               forms::Mode mode = forms::Mode::Counter,
                               const QString &receiptNumber = ExampleReceiptNumber,
                               const forms::NavigatorAnswers &navigatorAnswers = {})
{
    auto resident = forms::parseResidentJson(QJsonDocument(who.resident).toJson());
    if (!resident) {
        qFatal("persona %s: %s", qPrintable(who.id), qPrintable(resident.error().toLogString()));
    }
    const bool local = formIds.contains(QStringLiteral("tenkyo")) || formIds.contains(QStringLiteral("tenshutsu")) ||
                       formIds.contains(QStringLiteral("zeishomei"));
    forms::FormContext context;
    context.today = QDate(2025, 4, 10);
    context.municipality = local ? who.municipality : QStringLiteral("東京都千代田区");
    context.municipalityCode = local ? who.municipalityCode : QStringLiteral("13101");
    context.mode = mode;
    QList<forms::FillOutcome> outcomes;
    for (const QString &id : formIds) {
        auto answers = forms::parseAnswersJson(
            readBytes(sourcePath(QStringLiteral("resources/examples/requests/answers/%1.json").arg(id))));
        if (!answers) {
            qFatal("answers %s", qPrintable(id));
        }
        outcomes.append(forms::fillForm(catalog().shared(id), resident->record, *answers, context));
    }
    QList<forms::RequestForm> forms;
    for (const forms::FillOutcome &o : outcomes) {
        forms.append({&o.instance, o.warnings()});
    }
    forms::RequestOptions options;
    options.kioskId = QStringLiteral("chiyoda-01");
    options.createdAt = QDateTime(QDate(2025, 4, 10), QTime(10, 0), QTimeZone(9 * 3600));
    options.lifeEvent = lifeEvent;
    options.cardIntegrity = resident->integrity;
    options.random = fixedRandom;
    options.receiptNumber = receiptNumber;
    options.navigatorAnswers = navigatorAnswers;
    return forms::buildRequest(forms, context, options);
}

inline PrintRenderer renderer(const PrinterConfig &config = {})
{
    auto r = PrintRenderer::create(config, catalog());
    if (!r) {
        qFatal("renderer: %s", qPrintable(r.error().toLogString()));
    }
    return std::move(r.value());
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a tool of poppler-utils / zbar-tools; a missing tool fails the test with the package to install.
inline ToolRun runTool(const QString &tool, const QStringList &args, const QByteArray &input = {})
{
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        qFatal("%s is not installed (Debian packages poppler-utils and zbar-tools, see scripts/lib/common.sh)",
               qPrintable(tool));
    }
    QProcess p;
    p.start(tool, args);
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        qFatal("%s did not finish", qPrintable(tool));
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

// pdftotext -raw (content-stream order) with the line breaks of wrapped text removed: a value drawn over two lines
// reads back as one string.
inline QString pdfText(const QString &pdf)
{
    const ToolRun r = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                            QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return QString::fromUtf8(r.out).remove(QLatin1Char('\n')).remove(QLatin1Char('\f'));
}

// Every QR code zbarimg finds on the pages of a PDF rendered at 200 dpi.
inline QStringList qrCodes(const QTemporaryDir &dir, const QString &pdf)
{
    const QString prefix = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"), pdf, prefix});
    QStringList codes;
    for (const QFileInfo &png :
         QDir(dir.path()).entryInfoList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name)) {
        const ToolRun r = runTool(QStringLiteral("zbarimg"),
                                  {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                                   QStringLiteral("-Sqrcode.enable"), png.absoluteFilePath()});
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                codes.append(QString::fromUtf8(line.trimmed()));
            }
        }
        QFile::remove(png.absoluteFilePath());
    }
    return codes;
}

// Code points as "U+XXXX" for readable failure messages.
inline QString codePoints(const QString &text)
{
    QStringList out;
    for (const uint cp : text.toUcs4()) {
        out.append(QStringLiteral("U+%1").arg(cp, 4, 16, QLatin1Char('0')).toUpper());
    }
    return out.join(QLatin1Char(' '));
}

} // namespace kakanai::printer::testing
