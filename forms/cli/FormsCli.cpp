// kakanai-forms: the forms library from the command line.
//
//   kakanai-forms list [--json]
//   kakanai-forms postal CODE [--json]              exit 1 when the code has no entry
//   kakanai-forms wareki YYYY-MM-DD                 2019-05-01 → 令和元年5月1日
//   kakanai-forms seireki TEXT                      令和元年5月1日 → 2019-05-01
//   kakanai-forms fill --form ID --resident RESIDENT.json --answers ANSWERS.json
//                                                   the Request JSON and exit 0, or {"errors": […]} and exit 1
//
// Settings come from --config FILE (the kiosk's INI: kiosk/id, kiosk/municipality, kiosk/municipality_code,
// forms/directory, postal/database, postal/cache_dir) and are overridden by the options of the same meaning.
// Exit 2 for usage and set-up errors (printed on stderr).
#include "forms/FormCatalog.h"
#include "forms/FormFiller.h"
#include "forms/PostalDirectory.h"
#include "forms/PostalImport.h"
#include "forms/ReceiptNumber.h"
#include "forms/Request.h"
#include "forms/Wareki.h"
#include "platform/CommandLine.h"
#include "platform/SystemdIntegration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

using namespace kakanai;
using namespace kakanai::forms;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitNone = 1;
constexpr int ExitUsage = 2;

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void outJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int fail(const QString &text)
{
    std::fprintf(stderr, "kakanai-forms: %s\n", text.toUtf8().constData());
    return ExitUsage;
}

struct Settings
{
    QString kioskId = QStringLiteral("cli");
    QString municipality;
    QString municipalityCode;
    QString formsDirectory;
    QString postalDatabase;
    QString postalCacheDir;
    Mode mode = Mode::Counter;
    QString language = QStringLiteral("ja");
    QString receiptNumber; // --receipt-number: the 受付番号 written into the request (empty: none)
    QDateTime now = QDateTime::currentDateTime();
};

int listForms(const FormCatalog &catalog, bool json)
{
    QJsonArray array;
    for (const QString &id : catalog.ids()) {
        const FormDefinition *f = catalog.form(id);
        if (json) {
            array.append(QJsonObject{
                {QStringLiteral("id"), f->id},
                {QStringLiteral("version"), f->version},
                {QStringLiteral("title"),
                 QJsonObject{{QStringLiteral("ja"), f->title.ja()}, {QStringLiteral("en"), f->title.en()}}},
                {QStringLiteral("category"), f->category},
                {QStringLiteral("legal_basis"), f->legalBasis},
                {QStringLiteral("asks_individual_number"), f->asksIndividualNumber},
                {QStringLiteral("fields"), int(f->fields.size())},
                {QStringLiteral("rules"), int(f->rules.size())},
            });
        } else {
            out(QStringLiteral("%1\t%2\t%3").arg(f->id, f->title.ja(), f->title.en()));
        }
    }
    if (json) {
        outJson(QJsonDocument(array));
    }
    return ExitOk;
}

int postal(const Settings &settings, const QString &code, bool json)
{
    const QString cache = settings.postalCacheDir.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                              : settings.postalCacheDir;
    auto path = locatePostalDatabase(settings.postalDatabase, cache);
    if (!path) {
        return fail(path.error().toLogString());
    }
    auto directory = PostalDirectory::open(*path);
    if (!directory) {
        return fail(directory.error().toLogString());
    }
    auto candidates = (*directory)->lookup(code);
    if (!candidates) {
        if (candidates.error().code == FormsErrorCode::InvalidPostalCode) {
            if (json) {
                outJson(QJsonDocument(QJsonArray()));
            }
            std::fprintf(stderr, "kakanai-forms: not a postal code\n");
            return ExitNone;
        }
        return fail(candidates.error().toLogString());
    }
    QJsonArray array;
    for (const PostalCandidate &c : *candidates) {
        if (json) {
            array.append(c.toJson());
        } else {
            out(QStringLiteral("%1-%2\t%3\t%4\t%5\t%6")
                    .arg(c.postalCode.left(3), c.postalCode.mid(3), c.prefecture, c.municipality, c.town,
                         c.municipalityCode));
        }
    }
    if (json) {
        outJson(QJsonDocument(array));
    }
    return candidates->isEmpty() ? ExitNone : ExitOk;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return FormsError::make(f.exists() ? FormsErrorCode::FileUnreadable : FormsErrorCode::FileNotFound, path);
    }
    return f.readAll();
}

int printErrors(const QList<ValidationIssue> &issues, const MessageCatalog &messages, const QString &language)
{
    QJsonArray errors;
    for (const ValidationIssue &i : issues) {
        errors.append(QJsonObject{{QStringLiteral("field"), i.field},
                                  {QStringLiteral("code"), i.code},
                                  {QStringLiteral("message"), messages.text(i.messageCode, language)}});
    }
    outJson(QJsonDocument(QJsonObject{{QStringLiteral("errors"), errors}}));
    return ExitNone;
}

int fill(const Settings &settings, const FormCatalog &catalog, const QString &formId, const QString &residentFile,
         const QString &answersFile)
{
    const auto definition = catalog.shared(formId);
    if (!definition) {
        return fail(QStringLiteral("unknown form '%1' (see kakanai-forms list)").arg(formId));
    }
    auto residentBytes = readFile(residentFile);
    if (!residentBytes) {
        return fail(residentBytes.error().toLogString());
    }
    auto answersBytes = readFile(answersFile);
    if (!answersBytes) {
        return fail(answersBytes.error().toLogString());
    }
    auto documentError = [&](const QString &prefix, const FormsError &e) {
        ValidationIssue issue;
        issue.field = e.field.isEmpty() ? prefix : prefix + QLatin1Char('.') + e.field;
        issue.code = e.codeName();
        issue.messageCode = e.messageCode();
        return printErrors({issue}, catalog.messages(), settings.language);
    };
    auto resident = parseResidentJson(*residentBytes);
    if (!resident) {
        return documentError(QStringLiteral("resident"), resident.error());
    }
    auto answers = parseAnswersJson(*answersBytes);
    if (!answers) {
        return documentError(QStringLiteral("answers"), answers.error());
    }
    FormContext context;
    context.today = settings.now.date();
    context.municipality = settings.municipality;
    context.municipalityCode = settings.municipalityCode;
    context.mode = settings.mode;

    const FillOutcome outcome = fillForm(definition, resident->record, *answers, context);
    if (outcome.hasErrors()) {
        return printErrors(outcome.errors(), catalog.messages(), settings.language);
    }
    RequestOptions options;
    options.kioskId = settings.kioskId;
    options.createdAt = settings.now;
    options.cardIntegrity = resident->integrity;
    options.receiptNumber = settings.receiptNumber;
    const QJsonObject request = buildRequest({{&outcome.instance, outcome.warnings()}}, context, options);
    outJson(QJsonDocument(request));
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    kakanai::platform::disableCoreDumps(); // `fill` holds a resident's data in memory
    QCoreApplication app(argc, argv);
    // Status lines of the library are for the kiosk's journal; a command-line user sees warnings only
    // (QT_LOGGING_RULES still overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.debug=false\nkakanai.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("kakanai"));
    QCoreApplication::setOrganizationName(QStringLiteral("kakanai"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kakanai forms: catalog, postal codes, 和暦, form filling"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("list | postal | wareki | seireki | fill"));
    parser.addPositionalArgument(QStringLiteral("argument"), QStringLiteral("CODE, DATE or TEXT"),
                                 QStringLiteral("[argument]"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON output"));
    const QCommandLineOption formOpt(QStringLiteral("form"), QStringLiteral("form id"), QStringLiteral("ID"));
    const QCommandLineOption residentOpt(
        QStringLiteral("resident"), QStringLiteral("RESIDENT.json (kakanai-card read --json)"), QStringLiteral("FILE"));
    const QCommandLineOption answersOpt(QStringLiteral("answers"), QStringLiteral("ANSWERS.json"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("kiosk INI file"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption formsDirOpt(QStringLiteral("forms-dir"),
                                         QStringLiteral("form definitions folder (forms/directory)"),
                                         QStringLiteral("DIR"));
    const QCommandLineOption postalDbOpt(QStringLiteral("postal-db"),
                                         QStringLiteral("postal database (postal/database)"), QStringLiteral("FILE"));
    const QCommandLineOption municipalityOpt(
        QStringLiteral("municipality"), QStringLiteral("kiosk municipality, e.g. 東京都千代田区 (kiosk/municipality)"),
        QStringLiteral("NAME"));
    const QCommandLineOption municipalityCodeOpt(QStringLiteral("municipality-code"),
                                                 QStringLiteral("5-digit code (kiosk/municipality_code)"),
                                                 QStringLiteral("CODE"));
    const QCommandLineOption kioskOpt(QStringLiteral("kiosk-id"), QStringLiteral("kiosk id (kiosk/id)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption modeOpt(QStringLiteral("mode"), QStringLiteral("counter or self_service"),
                                     QStringLiteral("MODE"));
    const QCommandLineOption nowOpt(QStringLiteral("now"),
                                    QStringLiteral("session time, ISO 8601 (for reproducible output)"),
                                    QStringLiteral("TIME"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("language of error messages (ja, en)"),
                                     QStringLiteral("LANG"));
    const QCommandLineOption receiptOpt(QStringLiteral("receipt-number"),
                                        QStringLiteral("receipt number written into the request (A-007)"),
                                        QStringLiteral("NUMBER"));
    parser.addOptions({jsonOpt, formOpt, residentOpt, answersOpt, configOpt, formsDirOpt, postalDbOpt, municipalityOpt,
                       municipalityCodeOpt, kioskOpt, modeOpt, nowOpt, langOpt, receiptOpt});
    const QString epilog = QStringLiteral(
        "Commands:\n"
        "  list                 the forms of the catalog (--json)\n"
        "  postal CODE          the municipality and towns of a 7-digit postal code; exit 1 when it has none\n"
        "  wareki YYYY-MM-DD    a date in 和暦 (2019-05-01: 令和元年5月1日)\n"
        "  seireki TEXT         a 和暦 date back to YYYY-MM-DD\n"
        "  fill --form ID --resident R.json --answers A.json\n"
        "                       the Request JSON (exit 0), or {\"errors\": [...]} (exit 1)\n\n"
        "Configuration:\n"
        "  With --config FILE (the kiosk's INI, /etc/kakanai/kakanai.ini on a kiosk): kiosk/id,\n"
        "  kiosk/municipality, kiosk/municipality_code, forms/directory, postal/database, postal/cache_dir; the\n"
        "  options of the same meaning override them. Defaults: the built-in forms; the postal database\n"
        "  installed in /usr/share/kakanai, or one built on first use in the user's cache folder.\n\n"
        "Environment:\n"
        "  XDG_CACHE_HOME    where a postal database built on first use is kept (kakanai/ below it)\n"
        "  QT_LOGGING_RULES  log categories (kakanai.forms.debug=true)\n\n"
        "Exit status:\n"
        "  0 done; 1 no result (postal code unknown, form not valid); 2 usage (command line, configuration\n"
        "  or input files).\n");
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }

    Settings settings;
    if (parser.isSet(configOpt)) {
        if (!QFile::exists(parser.value(configOpt))) {
            return fail(QStringLiteral("no such configuration file"));
        }
        QSettings ini(parser.value(configOpt), QSettings::IniFormat);
        settings.kioskId = ini.value(QStringLiteral("kiosk/id"), settings.kioskId).toString();
        settings.municipality = ini.value(QStringLiteral("kiosk/municipality")).toString();
        settings.municipalityCode = ini.value(QStringLiteral("kiosk/municipality_code")).toString();
        settings.formsDirectory = ini.value(QStringLiteral("forms/directory")).toString();
        settings.postalDatabase = ini.value(QStringLiteral("postal/database")).toString();
        settings.postalCacheDir = ini.value(QStringLiteral("postal/cache_dir")).toString();
    }
    auto override = [&parser](const QCommandLineOption &o, QString &target) {
        if (parser.isSet(o)) {
            target = parser.value(o);
        }
    };
    override(kioskOpt, settings.kioskId);
    override(municipalityOpt, settings.municipality);
    override(municipalityCodeOpt, settings.municipalityCode);
    override(formsDirOpt, settings.formsDirectory);
    override(postalDbOpt, settings.postalDatabase);
    override(langOpt, settings.language);
    override(receiptOpt, settings.receiptNumber);
    if (!settings.receiptNumber.isEmpty() && !isReceiptNumber(settings.receiptNumber)) {
        return fail(QStringLiteral("--receipt-number: not a receipt number (A-007)"));
    }
    if (parser.isSet(modeOpt)) {
        const QString mode = parser.value(modeOpt);
        if (mode != QLatin1String("counter") && mode != QLatin1String("self_service")) {
            return fail(QStringLiteral("--mode is counter or self_service"));
        }
        settings.mode = mode == QLatin1String("counter") ? Mode::Counter : Mode::SelfService;
    }
    if (parser.isSet(nowOpt)) {
        settings.now = QDateTime::fromString(parser.value(nowOpt), Qt::ISODateWithMs);
        if (!settings.now.isValid()) {
            return fail(QStringLiteral("--now expects ISO 8601, e.g. 2025-04-01T09:30:00+09:00"));
        }
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        parser.showHelp(ExitUsage);
    }
    const QString command = args.first();
    const QString argument = args.value(1);

    if (command == QLatin1String("wareki")) {
        const QDate date = parseIsoDate(argument);
        if (!date.isValid()) {
            return fail(QStringLiteral("wareki expects a date YYYY-MM-DD"));
        }
        const QString text = formatWareki(date);
        if (text.isEmpty()) {
            return fail(QStringLiteral("dates before 明治 (1868-01-25) have no 和暦 here"));
        }
        out(text);
        return ExitOk;
    }
    if (command == QLatin1String("seireki")) {
        const auto date = parseWareki(args.mid(1).join(QLatin1Char(' ')));
        if (!date) {
            return fail(date.error().toLogString());
        }
        out(date->toString(Qt::ISODate));
        return ExitOk;
    }
    if (command == QLatin1String("postal")) {
        if (argument.isEmpty()) {
            return fail(QStringLiteral("postal expects a postal code"));
        }
        return postal(settings, argument, parser.isSet(jsonOpt));
    }

    auto catalog = FormCatalog::load(settings.formsDirectory.isEmpty() ? FormCatalog::embeddedDirectory()
                                                                       : settings.formsDirectory);
    if (!catalog) {
        return fail(QStringLiteral("form catalog: ") + catalog.error().toLogString());
    }
    if (command == QLatin1String("list")) {
        return listForms(*catalog, parser.isSet(jsonOpt));
    }
    if (command == QLatin1String("fill")) {
        if (!parser.isSet(formOpt) || !parser.isSet(residentOpt) || !parser.isSet(answersOpt)) {
            return fail(QStringLiteral("fill needs --form, --resident and --answers"));
        }
        return fill(settings, *catalog, parser.value(formOpt), parser.value(residentOpt), parser.value(answersOpt));
    }
    return fail(QStringLiteral("unknown command '%1'").arg(command));
}
