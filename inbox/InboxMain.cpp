// kakanai-inbox: the back office's app.
//
//   kakanai-inbox --config FILE                                   the staff window (Qt Widgets)
//   kakanai-inbox --config FILE migrate                           apply the intake schema ([admin])
//   kakanai-inbox --config FILE export --since TIME --format jsonl|csv [--output FILE] [--bom]
//   kakanai-inbox --config FILE search [TEXT] [--status STATUS] [--date DAY] [--limit N]
//   kakanai-inbox --config FILE audit verify | audit list --request ID
//   kakanai-inbox --config FILE purge                             retention: delete what is past its period
#include "inbox/InboxCli.h"
#include "inbox/InboxWindow.h"
#include "inbox/PrinterReprint.h"
#include "outbox/BackofficeConfig.h"
#include "platform/CommandLine.h"
#include "platform/QtTranslations.h"
#include "platform/SystemdIntegration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace kakanai::backoffice;
using kakanai::ConfigProblem;

namespace {

struct Options
{
    QCommandLineOption config{QStringLiteral("config"), QStringLiteral("INI file ([inbox], [admin])"),
                              QStringLiteral("FILE")};
    QCommandLineOption since{QStringLiteral("since"), QStringLiteral("export: received at or after TIME (ISO 8601)"),
                             QStringLiteral("TIME")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("export: jsonl or csv"),
                              QStringLiteral("FORMAT"), QStringLiteral("jsonl")};
    QCommandLineOption output{QStringLiteral("output"), QStringLiteral("export: file to write (default: stdout)"),
                              QStringLiteral("FILE")};
    QCommandLineOption bom{QStringLiteral("bom"),
                           QStringLiteral("export: start the CSV with a UTF-8 byte order mark (for Excel)")};
    QCommandLineOption status{QStringLiteral("status"),
                              QStringLiteral("search: received, accepted, registered or returned"),
                              QStringLiteral("STATUS")};
    QCommandLineOption date{QStringLiteral("date"),
                            QStringLiteral("search: the kiosk's day of the request (YYYY-MM-DD)"),
                            QStringLiteral("DAY")};
    QCommandLineOption request{QStringLiteral("request"), QStringLiteral("audit list: the request id"),
                               QStringLiteral("ID")};
    QCommandLineOption limit{QStringLiteral("limit"), QStringLiteral("search: at most N rows"), QStringLiteral("N"),
                             QStringLiteral("500")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QStringLiteral("Kakanai inbox: the back office's side of the no-writing counter"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({config, since, format, output, bom, status, date, request, limit});
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QStringLiteral("(none: the window) | migrate | export | search [TEXT] | purge |"
                                                    " audit verify|list"));
    }
};

const QString epilog = QStringLiteral(
    "Commands:\n"
    "  (none)               the staff window: live list, search, open, status, reprint\n"
    "  migrate              apply the intake schema, with the [admin] connection (the schema owner)\n"
    "  export --since TIME [--format jsonl|csv] [--output FILE] [--bom]\n"
    "                       requests received since TIME (ISO 8601; without an offset in inbox/time_zone),\n"
    "                       oldest first, for 基幹 systems; --bom: CSV with a UTF-8 byte order mark (Excel)\n"
    "  search [TEXT] [--status STATUS] [--date YYYY-MM-DD] [--limit N]\n"
    "                       requests by receipt number (A-007), request id or kiosk, newest first\n"
    "  purge                delete requests past their retention period ([retention] connection: a\n"
    "                       kakanai_retention member; [retention] default_days 365, [retention_days]\n"
    "                       <procedure id> = days); the run is recorded with counts and ids\n"
    "  audit verify         recompute every audit chain (kiosks, workstations); name the first broken link\n"
    "  audit list --request ID\n"
    "                       a request's history: who did what, from every kiosk and workstation\n\n"
    "Configuration:\n"
    "  --config FILE is required (the city's choice, e.g. /etc/kakanai/inbox.ini): [inbox] (host, hostaddr,\n"
    "  port 5432, dbname kakanai, user = the staff certificate's CN, sslrootcert, sslcert, sslkey 0600,\n"
    "  sslcrl, connect_timeout 10, time_zone Asia/Tokyo, list_limit 500, workstation_id = the host name),\n"
    "  [admin] for migrate and [retention] for purge (same keys; default: those of [inbox]), [printer] for\n"
    "  reprints. sslmode is always verify-full.\n\n"
    "Environment:\n"
    "  QT_QPA_PLATFORM   the window's platform (xcb, wayland); --help and the commands need no display\n"
    "  QT_LOGGING_RULES  log categories (kakanai.backoffice.debug=true)\n\n"
    "Exit status:\n"
    "  0 done; 2 usage (command line or configuration); 3 intake database (not reached, refused, schema);\n"
    "  4 the export's output file; 5 audit verify found a broken chain.\n");

// The command line needs no display: find a command (or --help, --version) before choosing QCoreApplication
// or QApplication.
bool isCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--help-all") == 0 || std::strcmp(argv[i], "--version") == 0 ||
            std::strcmp(argv[i], "-v") == 0) {
            return true;
        }
        const bool afterValueOption = i > 1 && argv[i - 1][0] == '-' && std::strchr(argv[i - 1], '=') == nullptr &&
                                      std::strcmp(argv[i - 1], "--help") != 0 && std::strcmp(argv[i - 1], "-h") != 0 &&
                                      std::strcmp(argv[i - 1], "--bom") != 0;
        if (!afterValueOption && (std::strcmp(argv[i], "migrate") == 0 || std::strcmp(argv[i], "export") == 0 ||
                                  std::strcmp(argv[i], "search") == 0 || std::strcmp(argv[i], "purge") == 0 ||
                                  std::strcmp(argv[i], "audit") == 0)) {
            return true;
        }
    }
    return false;
}

BackofficeConfig loadConfig(const QString &path, BackofficeConfig::Parts parts, QStringList *problemsText)
{
    QList<ConfigProblem> problems;
    BackofficeConfig config = BackofficeConfig::load(path, parts, &problems);
    for (const ConfigProblem &p : std::as_const(problems)) {
        problemsText->append(
            QStringLiteral("config %1: %2").arg(p.key.isEmpty() ? QStringLiteral("file") : p.key, p.message));
    }
    return config;
}

int commandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-inbox"));
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.info=false\nkakanai.*.debug=false"));
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(qEnvironmentVariable("QT_LOGGING_RULES"));
    }
    QCommandLineParser parser;
    Options o;
    o.addTo(parser);
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    const bool isSearch = !args.isEmpty() && args.first() == QLatin1String("search");
    const bool isAudit = !args.isEmpty() && args.first() == QLatin1String("audit");
    if (isAudit &&
        (args.size() != 2 || (args.at(1) != QLatin1String("verify") && args.at(1) != QLatin1String("list")))) {
        err << "kakanai-inbox: usage: kakanai-inbox --config FILE audit verify | audit list --request ID" << Qt::endl;
        return cli::ExitUsage;
    }
    if (args.isEmpty() || args.size() > ((isSearch || isAudit) ? 2 : 1) || !parser.isSet(o.config)) {
        err << "kakanai-inbox: usage: kakanai-inbox --config FILE [migrate | export --since TIME --format jsonl|csv"
               " | search [TEXT] [--status STATUS] [--date DAY] [--limit N] | purge | audit verify"
               " | audit list --request ID]"
            << Qt::endl;
        return cli::ExitUsage;
    }
    const bool isMigrate = args.first() == QLatin1String("migrate");
    const bool isPurge = args.first() == QLatin1String("purge");
    QStringList problems;
    const BackofficeConfig config = loadConfig(parser.value(o.config),
                                               isMigrate ? BackofficeConfig::Admin
                                               : isPurge ? BackofficeConfig::Retention
                                                         : BackofficeConfig::Inbox,
                                               &problems);
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems)) {
            err << "kakanai-inbox: " << p << Qt::endl;
        }
        return cli::ExitConfig;
    }
    if (isMigrate) {
        return cli::migrate(config);
    }
    if (isAudit) {
        return args.at(1) == QLatin1String("verify") ? cli::auditVerify(config)
                                                     : cli::auditList(config, parser.value(o.request));
    }
    if (isPurge) {
        return cli::purge(config);
    }
    if (isSearch) {
        return cli::search(config, args.value(1), parser.value(o.status), parser.value(o.date), parser.value(o.limit));
    }
    if (!parser.isSet(o.since)) {
        err << "kakanai-inbox: export needs --since TIME" << Qt::endl;
        return cli::ExitUsage;
    }
    return cli::exportRequests(config, parser.value(o.since), parser.value(o.format), parser.value(o.output),
                               parser.isSet(o.bom));
}

} // namespace

int main(int argc, char *argv[])
{
    kakanai::platform::disableCoreDumps(); // requests with personal data are in its memory
    if (isCommandLine(argc, argv)) {
        return commandLine(argc, argv);
    }
    QApplication app(argc, argv);
    kakanai::platform::installJournalMessageHandler();
    QApplication::setApplicationName(QStringLiteral("kakanai-inbox"));
    // The journal gets the status lines (info); debug only when QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.debug=false"));
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(qEnvironmentVariable("QT_LOGGING_RULES"));
    }
    QCommandLineParser parser;
    Options o;
    o.addTo(parser);
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }
    // Qt's own dialog texts (buttons, file dialogs) in Japanese, like the window.
    kakanai::platform::installQtTranslations(QLocale(QLocale::Japanese, QLocale::Japan));
    if (!parser.isSet(o.config)) {
        QTextStream(stderr) << "kakanai-inbox: --config FILE is required" << Qt::endl;
        return cli::ExitUsage;
    }
    QStringList problems;
    const BackofficeConfig config = loadConfig(parser.value(o.config), BackofficeConfig::Inbox, &problems);
    if (!problems.isEmpty()) {
        QTextStream(stderr) << "kakanai-inbox: " << problems.join(QLatin1String("\nkakanai-inbox: ")) << Qt::endl;
        QMessageBox::critical(nullptr, QStringLiteral("Kakanai"),
                              QObject::tr("設定に問題があります（IT担当へ）:\n") + problems.join(QLatin1Char('\n')));
        return cli::ExitConfig;
    }
    InboxClientThread db(config.inbox, {}, config.inboxOptions.workstationId);
    InboxWindow::Hooks hooks;
    hooks.labels = FormLabels::embedded();
    hooks.zone = QTimeZone(config.inbox.timeZone.toUtf8());
    hooks.listLimit = config.inboxOptions.listLimit;
    const QString iniPath = parser.value(o.config);
    if (QSettings(iniPath, QSettings::IniFormat).childGroups().contains(QStringLiteral("printer"))) {
        hooks.makeReprint = [iniPath] { return PrinterReprint::create(iniPath); };
    }
    InboxWindow window(db.client(), hooks);
    window.show();
    return QApplication::exec();
}
