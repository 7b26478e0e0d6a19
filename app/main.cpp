// kakanai-kiosk: parses the command line, hands the INI file to the composition root (KioskApp, which reads every
// group and builds the kiosk, or for --check-config the same graph without starting anything), reports every
// problem with the key it concerns, and shows the window; or runs one of the helpers for IT staff and the demo.
//
//   kakanai-kiosk [--config FILE]                  the kiosk (FILE: $KAKANAI_CONFIG, else /etc/kakanai/kakanai.ini)
//   kakanai-kiosk --config FILE --check-config     checks the configuration, exit 0 or 2
//   kakanai-kiosk --hash-staff-pin ID [--staff-name NAME] [--totp]
//                                                  a staff accounts line; the PIN is read from standard input;
//                                                  --totp adds a new authenticator key (second factor) and
//                                                  prints its otpauth:// URI on standard error
//   kakanai-kiosk --config FILE --demo-walk DIR    scripts/demo without a display: a scripted 住民票 request,
//                                                  a screenshot of every screen in DIR; card PIN, staff id and
//                                                  staff PIN on standard input (one per line); only with
//                                                  kiosk/environment = demo and a local intake
//     [--demo-preentry FILE]                       the walk starts with the pre-entry QR text in FILE (made by the
//                                                  pre-entry page), typed as the USB scanner types it
#include "app/core/StaffAccounts.h"
#include "app/core/Totp.h"
#include "app/ui/DemoWalk.h"
#include "app/ui/KioskApp.h"
#include "app/ui/KioskWindow.h"
#include "platform/CommandLine.h"
#include "platform/QtTranslations.h"
#include "platform/SystemdIntegration.h"

#include "common/Config.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>
#include <iostream>
#include <string>

#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

using namespace kakanai;
using namespace kakanai::kiosk;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitConfig = 2;

// One line of standard input into SecretBytes, without echo when it is a terminal.
std::shared_ptr<SecretBytes> readSecretLine()
{
    termios saved{};
    const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
        line.pop_back();
    }
    auto secret = std::make_shared<SecretBytes>(QByteArray(line.data(), qsizetype(line.size())));
    OPENSSL_cleanse(line.data(), line.size());
    return secret;
}

void report(const QList<ConfigProblem> &problems)
{
    for (const ConfigProblem &p : problems) {
        std::fprintf(stderr, "kakanai-kiosk: configuration error: %s: %s\n", p.key.toUtf8().constData(),
                     p.message.toUtf8().constData());
    }
}

// The helpers for IT staff need no display: they run on a QCoreApplication.
bool commandLineOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--hash-staff-pin" || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v") {
            return true;
        }
    }
    return false;
}

bool checkOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--check-config") {
            return true;
        }
    }
    return false;
}

} // namespace

// --help's text after the options; the man page is made from it (help2man).
const QString helpEpilog = QStringLiteral(
    "Configuration:\n"
    "  One INI file: --config FILE, else $KAKANAI_CONFIG, else /etc/kakanai/kakanai.ini. A commented sample\n"
    "  with every key and its default is /usr/share/kakanai/kakanai.sample.ini. An unknown key, a value out\n"
    "  of range or an unreadable file is reported with the key's name, and the kiosk does not start.\n\n"
    "Files:\n"
    "  /etc/kakanai/kakanai.ini       the configuration\n"
    "  /etc/kakanai/staff-accounts    staff accounts (kiosk/staff_accounts; lines from --hash-staff-pin)\n"
    "  /var/lib/kakanai/              the encrypted outbox and its data key (mode 0700, user kakanai)\n"
    "  /usr/share/kakanai/postal.sqlite  the postal directory built with the package\n\n"
    "Environment:\n"
    "  KAKANAI_CONFIG     the configuration file when --config is not given\n"
    "  QT_QPA_PLATFORM    wayland under cage (the kakanai-kiosk.service unit); offscreen for --check-config\n"
    "  JOURNAL_STREAM     set by systemd: log lines carry their journal priority\n"
    "  NOTIFY_SOCKET, WATCHDOG_USEC  set by systemd: the kiosk reports ready and feeds the watchdog\n"
    "  QT_LOGGING_RULES   log categories (kakanai.*.debug=true)\n\n"
    "Exit status:\n"
    "  0 done (the kiosk ended through the staff menu; --check-config: the configuration is fine); 1 the\n"
    "  demo walk failed; 2 usage: the command line or the configuration is wrong (the problems on standard\n"
    "  error, one line per key).\n");

int main(int argc, char *argv[])
{
    kakanai::platform::disableCoreDumps();           // PINs and card data are in its memory
    QGuiApplication::setDesktopSettingsAware(false); // the kiosk's look does not follow a desktop theme
    std::unique_ptr<QCoreApplication> application;
    if (checkOnly(argc, argv)) {
        // The check builds the kiosk's window (never shown) and the printer's fonts: widgets, but no display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QApplication>(argc, argv);
    } else if (commandLineOnly(argc, argv)) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        application = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    kakanai::platform::installJournalMessageHandler();
    QCoreApplication::setApplicationName(QStringLiteral("kakanai"));
    QCoreApplication::setOrganizationName(QStringLiteral("kakanai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAKANAI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kakanai kiosk (書かない窓口)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("kiosk INI file"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption checkOpt(QStringLiteral("check-config"),
                                      QStringLiteral("check the configuration and exit (0: fine, 2: problems)"));
    const QCommandLineOption hashOpt(QStringLiteral("hash-staff-pin"),
                                     QStringLiteral("print a staff accounts line for ID; the PIN comes on stdin"),
                                     QStringLiteral("ID"));
    const QCommandLineOption nameOpt(QStringLiteral("staff-name"), QStringLiteral("display name for --hash-staff-pin"),
                                     QStringLiteral("NAME"));
    const QCommandLineOption iterationsOpt(QStringLiteral("iterations"),
                                           QStringLiteral("PBKDF2 iterations for --hash-staff-pin (default 600000)"),
                                           QStringLiteral("N"));
    const QCommandLineOption minLengthOpt(
        QStringLiteral("pin-min-length"),
        QStringLiteral("the kiosk's kiosk/staff_pin_min_length for --hash-staff-pin (6-12, default 6)"),
        QStringLiteral("N"));
    const QCommandLineOption walkOpt(QStringLiteral("demo-walk"),
                                     QStringLiteral("run the scripted demo walk, screenshots into DIR (only with"
                                                    " kiosk/environment=demo and a local intake)"),
                                     QStringLiteral("DIR"));
    const QCommandLineOption preEntryOpt(
        QStringLiteral("demo-preentry"),
        QStringLiteral("with --demo-walk: a pre-entry QR text to scan on the idle screen"), QStringLiteral("FILE"));
    const QCommandLineOption totpOpt(
        QStringLiteral("totp"),
        QStringLiteral("with --hash-staff-pin: add a new authenticator key (kiosk/staff_second_factor=totp) and print "
                       "its otpauth:// URI on stderr, to show once as a QR code to the staff member's app"));
    parser.addOptions(
        {configOpt, checkOpt, hashOpt, nameOpt, iterationsOpt, minLengthOpt, totpOpt, walkOpt, preEntryOpt});
    if (const auto exit = kakanai::platform::processCommandLine(parser, helpEpilog)) {
        return *exit;
    }
    // Qt's own texts (standard buttons, input method hints) in Japanese, the kiosk's first language; after the
    // command line, whose --help stays in English like the man page made from it.
    kakanai::platform::installQtTranslations(QLocale(QLocale::Japanese, QLocale::Japan));

    if (parser.isSet(hashOpt)) {
        const int iterations =
            parser.isSet(iterationsOpt) ? parser.value(iterationsOpt).toInt() : StaffAccounts::DefaultIterations;
        const int minLength =
            parser.isSet(minLengthOpt) ? parser.value(minLengthOpt).toInt() : StaffAccounts::MinPinLength;
        if (minLength < StaffAccounts::MinPinLength || minLength > StaffAccounts::MaxPinLength) {
            std::fprintf(stderr, "kakanai-kiosk: --pin-min-length must be %d-%d\n", StaffAccounts::MinPinLength,
                         StaffAccounts::MaxPinLength);
            return ExitConfig;
        }
        if (::isatty(STDIN_FILENO)) {
            std::fprintf(stderr, "Staff PIN (%d-%d digits): ", minLength, StaffAccounts::MaxPinLength);
        }
        const auto pin = readSecretLine();
        QByteArray totpSecret;
        if (parser.isSet(totpOpt)) {
            totpSecret = Totp::newSecret();
            if (totpSecret.isEmpty()) {
                std::fprintf(stderr, "kakanai-kiosk: no random bytes for the authenticator key\n");
                return ExitConfig;
            }
        }
        const auto line = StaffAccounts::makeLine(parser.value(hashOpt), *pin, parser.value(nameOpt), iterations,
                                                  minLength, totpSecret);
        if (!line) {
            std::fprintf(stderr,
                         "kakanai-kiosk: the staff id must be 1-32 of A-Z a-z 0-9 _ -, the PIN %d-%d digits, "
                         "and iterations at least %d\n",
                         minLength, StaffAccounts::MaxPinLength, StaffAccounts::MinIterations);
            return ExitConfig;
        }
        std::printf("%s\n", line->toUtf8().constData());
        if (!totpSecret.isEmpty()) {
            // For the enrolment only (a QR code shown to the staff member once): the key is in the line above too,
            // and neither is written anywhere else.
            std::fprintf(
                stderr, "%s\n",
                Totp::otpauthUri(QStringLiteral("Kakanai"), parser.value(hashOpt), totpSecret).toUtf8().constData());
            wipe(totpSecret);
        }
        return ExitOk;
    }

    QString configPath = parser.value(configOpt);
    if (configPath.isEmpty()) {
        configPath = qEnvironmentVariable("KAKANAI_CONFIG", QStringLiteral("/etc/kakanai/kakanai.ini"));
    }
    QList<ConfigProblem> problems;
    if (!QFile::exists(configPath)) {
        problems.append({QStringLiteral("--config"), QStringLiteral("no such file: ") + configPath});
        report(problems);
        return ExitConfig;
    }
    QSettings settings(configPath, QSettings::IniFormat);
    if (parser.isSet(walkOpt)) {
        // Refused before anything is built (no outbox opened, no sync started) when the configuration is a real one.
        const auto configuration = KioskApp::Configuration::fromSettings(settings, &problems);
        if (problems.isEmpty()) {
            if (const auto why = DemoWalk::refusal(configuration)) {
                std::fprintf(stderr, "kakanai-kiosk: --demo-walk refused: %s\n", why->toUtf8().constData());
                return ExitConfig;
            }
        }
    }
    KioskApp::Options options;
    // --check-config: the same graph as the real start (configuration, form data, postal directory, staff
    // accounts, outbox key, printer fonts, screens), with no thread started and no window shown.
    options.checkOnly = parser.isSet(checkOpt);
    auto kiosk = KioskApp::create(settings, options, &problems);
    if (!kiosk) {
        report(problems);
        return ExitConfig;
    }
    if (options.checkOnly) {
        std::printf("configuration fine: %s\n", configPath.toUtf8().constData());
        // The outbox cannot see other kiosks: only the people who configure them can keep the prefixes apart.
        const QByteArray prefix = kiosk->config().receiptPrefix.toUtf8();
        std::printf("receipt numbers: %s-001, %s-002, ... (kiosk/receipt_prefix: every kiosk needs its own)\n",
                    prefix.constData(), prefix.constData());
        return ExitOk;
    }

    if (parser.isSet(walkOpt)) {
        const auto cardPin = readSecretLine();
        std::string staffId;
        std::getline(std::cin, staffId);
        const auto staffPin = readSecretLine();
        kiosk->window()->resize(1920, 1080);
        kiosk->window()->show();
        DemoWalk walk(*kiosk, parser.value(walkOpt), cardPin, QString::fromStdString(staffId).trimmed(), staffPin);
        if (parser.isSet(preEntryOpt)) {
            QFile code(parser.value(preEntryOpt));
            if (!code.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "kakanai-kiosk: cannot read %s\n", qPrintable(code.fileName()));
                return kakanai::platform::ExitUsage;
            }
            walk.setPreEntryCode(code.read(8192).trimmed());
        }
        int result = ExitFailed;
        QObject::connect(&walk, &DemoWalk::finished, &app, [&result](bool ok) {
            result = ok ? ExitOk : ExitFailed;
            QCoreApplication::quit();
        });
        walk.start();
        app.exec();
        return result;
    }

    kiosk->window()->showAsConfigured();
    // Under systemd (Type=notify, WatchdogSec=): READY=1 now, then WATCHDOG=1 from this (the GUI) thread's event
    // loop; a hung GUI thread stops feeding it and systemd restarts the kiosk.
    kakanai::platform::Watchdog watchdog;
    watchdog.start();
    return app.exec();
}
