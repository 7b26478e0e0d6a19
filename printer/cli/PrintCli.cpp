// kakanai-print: a request's paper without the kiosk.
//
//   kakanai-print --request R.json [--pdf OUT.pdf] [--receipt OUT2.pdf] [--slip OUT3.pdf] [--printer NAME]
//                 [--config FILE] [--lang LANG] [--receipt-format roll80|a6] [--yes Q1,Q2] [--json]
//
// --pdf writes the forms, --receipt the receipt, --slip the life event's guidance slip (from the request's
// navigator_answers; --yes replaces them: the questions listed answered yes, every other question no). --printer prints
// the forms on a CUPS queue. Settings come from the kiosk INI given with --config ([printer], forms/directory,
// kiosk/municipality); --printer overrides printer/name.
//
// Exit codes: 0 done; 3 done, but characters no font could draw were printed as 〓 (listed on stderr and in --json);
// 1 rendering or printing failed (the error code on stderr); 2 usage, configuration or input errors.
#include "platform/CommandLine.h"
#include "platform/SystemdIntegration.h"
#include "printer/CupsClient.h"
#include "printer/PrintRenderer.h"
#include "printer/PrintService.h"
#include "printer/PrinterConfig.h"

#include "forms/FormCatalog.h"
#include "forms/JsonSchema.h"
#include "forms/LifeEvents.h"
#include "forms/Request.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>

using namespace kakanai;
using namespace kakanai::printer;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;
constexpr int ExitMissingGlyphs = 3;

int fail(int code, const QString &text)
{
    std::fprintf(stderr, "kakanai-print: %s\n", text.toUtf8().constData());
    return code;
}

QString codePointName(char32_t cp)
{
    return QStringLiteral("U+%1")
        .arg(uint(cp), 4, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QStringLiteral("0X"), QString());
}

} // namespace

int main(int argc, char *argv[])
{
    kakanai::platform::disableCoreDumps(); // a request's personal data is in its memory
    // Rendering needs fonts, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.debug=false\nkakanai.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("kakanai"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kakanai printing: forms, receipt and guidance slip of a request"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption requestOpt(QStringLiteral("request"), QStringLiteral("the request JSON"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption pdfOpt(QStringLiteral("pdf"), QStringLiteral("write the forms to this PDF"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption receiptOpt(QStringLiteral("receipt"), QStringLiteral("write the receipt to this PDF"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption slipOpt(QStringLiteral("slip"), QStringLiteral("write the guidance slip to this PDF"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption printerOpt(QStringLiteral("printer"), QStringLiteral("print the forms on this CUPS queue"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("kiosk INI file"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("second language printed alongside Japanese (en)"),
                                     QStringLiteral("LANG"));
    const QCommandLineOption formatOpt(QStringLiteral("receipt-format"), QStringLiteral("roll80 or a6"),
                                       QStringLiteral("FORMAT"));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    QStringLiteral("navigator questions answered yes, comma-separated (slip)"),
                                    QStringLiteral("IDS"));
    const QCommandLineOption countersOpt(
        QStringLiteral("counters"),
        QStringLiteral("the city's counters of the related procedures (slip; default: the built-in example city's)"),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("print a JSON summary"));
    parser.addOptions({requestOpt, pdfOpt, receiptOpt, slipOpt, printerOpt, configOpt, langOpt, formatOpt, yesOpt,
                       countersOpt, jsonOpt});
    const QString epilog = QStringLiteral(
        "Examples:\n"
        "  kakanai-print --request R.json --pdf forms.pdf --receipt receipt.pdf\n"
        "  kakanai-print --request R.json --config /etc/kakanai/kakanai.ini --printer counter-a4\n\n"
        "Configuration:\n"
        "  With --config FILE (the kiosk's INI, /etc/kakanai/kakanai.ini on a kiosk): the [printer] group\n"
        "  (name, receipt_name, receipt_format roll80, font_family Noto Sans CJK JP, title_font_family Noto Serif\n"
        "  CJK JP, fallback_fonts, cups_server, addressee), forms/directory and kiosk/municipality. --printer\n"
        "  overrides printer/name. Without --config: the defaults, the built-in forms.\n\n"
        "Environment:\n"
        "  CUPS_SERVER       libcups' server when printer/cups_server is empty\n"
        "  QT_QPA_PLATFORM   offscreen unless set (rendering needs fonts, not a display)\n\n"
        "Exit status:\n"
        "  0 done; 1 rendering or printing failed (the error code on standard error); 2 usage,\n"
        "  configuration or input errors; 3 done, but characters no font could draw were printed as 〓\n"
        "  (listed on standard error and in --json).\n");
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }

    if (!parser.isSet(requestOpt)) {
        return fail(ExitUsage, QStringLiteral("--request is required"));
    }
    if (!parser.isSet(pdfOpt) && !parser.isSet(receiptOpt) && !parser.isSet(slipOpt) && !parser.isSet(printerOpt)) {
        return fail(ExitUsage, QStringLiteral("nothing to do: give --pdf, --receipt, --slip or --printer"));
    }

    PrinterConfig config;
    QString formsDirectory;
    if (parser.isSet(configOpt)) {
        if (!QFile::exists(parser.value(configOpt))) {
            return fail(ExitUsage, QStringLiteral("no such configuration file"));
        }
        QSettings ini(parser.value(configOpt), QSettings::IniFormat);
        auto loaded = PrinterConfig::load(ini);
        if (!loaded) {
            return fail(ExitUsage, QStringLiteral("configuration: ") + loaded.error().toLogString());
        }
        config = *loaded;
        formsDirectory = ini.value(QStringLiteral("forms/directory")).toString();
    }
    if (parser.isSet(printerOpt)) {
        if (!isValidQueueName(parser.value(printerOpt))) {
            return fail(ExitUsage, QStringLiteral("--printer: not a CUPS queue name"));
        }
        config.printerName = parser.value(printerOpt);
    }
    ReceiptOptions receiptOptions;
    receiptOptions.secondLanguage = parser.value(langOpt);
    if (parser.isSet(formatOpt)) {
        const QString f = parser.value(formatOpt);
        if (f != QLatin1String("roll80") && f != QLatin1String("a6")) {
            return fail(ExitUsage, QStringLiteral("--receipt-format is roll80 or a6"));
        }
        receiptOptions.format = f == QLatin1String("a6") ? ReceiptFormat::A6 : ReceiptFormat::Roll80;
    }

    QFile requestFile(parser.value(requestOpt));
    if (!requestFile.open(QIODevice::ReadOnly)) {
        return fail(ExitUsage, QStringLiteral("cannot read the request file"));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(requestFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ExitUsage, QStringLiteral("the request is not a JSON object"));
    }
    const QJsonObject request = doc.object();
    {
        QFile schemaFile(QStringLiteral(":/kakanai/schema/request.schema.json"));
        schemaFile.open(QIODevice::ReadOnly);
        auto schema = forms::JsonSchema::load(schemaFile.readAll(), QStringLiteral("request.schema.json"));
        if (!schema) {
            return fail(ExitUsage, QStringLiteral("schema: ") + schema.error().toLogString());
        }
        const auto violations = schema->validate(request);
        if (!violations.isEmpty()) {
            return fail(ExitUsage, QStringLiteral("invalid_request field=%1: %2 %3")
                                       .arg(violations.first().instancePath, violations.first().keyword,
                                            violations.first().detail));
        }
    }

    auto catalog =
        forms::FormCatalog::load(formsDirectory.isEmpty() ? forms::FormCatalog::embeddedDirectory() : formsDirectory);
    if (!catalog) {
        return fail(ExitUsage, QStringLiteral("form catalog: ") + catalog.error().toLogString());
    }
    auto renderer = PrintRenderer::create(config, *catalog);
    if (!renderer) {
        return fail(ExitUsage, renderer.error().toLogString());
    }
    const RenderOptions options{parser.value(langOpt)};

    QJsonArray documents;
    QJsonArray issues;
    bool missing = false;
    auto note = [&](const RenderedDocument &d, const QJsonObject &where) {
        QJsonObject o = where;
        o.insert(QStringLiteral("kind"), documentKindName(d.kind));
        o.insert(QStringLiteral("pages"), d.pageCount);
        o.insert(QStringLiteral("bytes"), d.pdf.size());
        documents.append(o);
        for (const RenderIssue &i : d.issues) {
            missing = missing || i.kind == RenderIssueKind::MissingGlyph;
            issues.append(QJsonObject{{QStringLiteral("document"), documentKindName(d.kind)},
                                      {QStringLiteral("kind"), renderIssueKindName(i.kind)},
                                      {QStringLiteral("form"), i.formId},
                                      {QStringLiteral("field"), i.field},
                                      {QStringLiteral("code_point"), codePointName(i.codePoint)}});
            std::fprintf(stderr, "kakanai-print: %s %s in %s %s\n", renderIssueKindName(i.kind).toUtf8().constData(),
                         codePointName(i.codePoint).toUtf8().constData(), i.formId.toUtf8().constData(),
                         i.field.toUtf8().constData());
        }
    };

    std::optional<RenderedDocument> forms;
    if (parser.isSet(pdfOpt) || parser.isSet(printerOpt)) {
        auto rendered = renderer->renderForms(request, options);
        if (!rendered) {
            return fail(rendered.error().code == PrintErrorCode::InvalidRequest ||
                                rendered.error().code == PrintErrorCode::UnknownForm
                            ? ExitUsage
                            : ExitFailed,
                        rendered.error().toLogString());
        }
        forms = *rendered;
    }
    if (parser.isSet(pdfOpt)) {
        if (auto s = writePdf(*forms, parser.value(pdfOpt)); !s) {
            return fail(ExitFailed, s.error().toLogString());
        }
        note(*forms, {{QStringLiteral("file"), parser.value(pdfOpt)}});
    }
    if (parser.isSet(receiptOpt)) {
        auto rendered = renderer->renderReceipt(request, receiptOptions);
        if (!rendered) {
            return fail(ExitFailed, rendered.error().toLogString());
        }
        if (auto s = writePdf(*rendered, parser.value(receiptOpt)); !s) {
            return fail(ExitFailed, s.error().toLogString());
        }
        note(*rendered, {{QStringLiteral("file"), parser.value(receiptOpt)}});
    }
    if (parser.isSet(slipOpt)) {
        auto navigator = forms::LifeEventNavigator::loadFile(forms::LifeEventNavigator::embeddedFile(), catalog->ids());
        if (!navigator) {
            return fail(ExitUsage, QStringLiteral("navigator: ") + navigator.error().toLogString());
        }
        const QString counters =
            parser.isSet(countersOpt) ? parser.value(countersOpt) : forms::LifeEventNavigator::embeddedCountersFile();
        if (auto loaded = navigator->loadCountersFile(counters); !loaded) {
            return fail(ExitUsage, QStringLiteral("counters: ") + loaded.error().toLogString());
        }
        std::optional<kakanai::forms::NavigatorAnswers> answers;
        if (parser.isSet(yesOpt)) {
            QSet<QString> yes;
            for (const QString &q : parser.value(yesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                yes.insert(q.trimmed());
            }
            answers = kakanai::forms::NavigatorAnswers();
            for (const kakanai::forms::LifeEvent &e : navigator->events()) {
                answers->insert(navigator->answersOf(e.id, yes));
            }
        }
        auto content = PrintRenderer::slipContent(request, *navigator, answers);
        if (!content) {
            return fail(ExitFailed, content.error().toLogString());
        }
        auto rendered = renderer->renderGuidanceSlip(request, *content, options);
        if (!rendered) {
            return fail(ExitFailed, rendered.error().toLogString());
        }
        if (auto s = writePdf(*rendered, parser.value(slipOpt)); !s) {
            return fail(ExitFailed, s.error().toLogString());
        }
        note(*rendered, {{QStringLiteral("file"), parser.value(slipOpt)}});
    }
    if (parser.isSet(printerOpt)) {
        const PrintService service(config);
        auto outcome = service.printTo(config.printerName, *forms);
        if (!outcome) {
            return fail(ExitFailed, outcome.error().toLogString());
        }
        note(*forms, {{QStringLiteral("printer"), outcome->printer}, {QStringLiteral("job"), outcome->jobId}});
    }

    if (parser.isSet(jsonOpt)) {
        const auto header = kakanai::forms::readRequestHeader(request);
        const QByteArray out =
            QJsonDocument(QJsonObject{{QStringLiteral("request_id"), header ? header->requestId : QString()},
                                      {QStringLiteral("documents"), documents},
                                      {QStringLiteral("issues"), issues}})
                .toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    }
    return missing ? ExitMissingGlyphs : ExitOk;
}
