// kakanai-postal-db: builds the postal directory database.
//
//   kakanai-postal-db build SOURCE DATABASE   SOURCE: Japan Post's ken_all.zip as published, its KEN_ALL.CSV
//                                             (Shift_JIS or the UTF-8 edition), or the bundled table
//                                             (jp_postal_codes.tsv[.gz]); the database is replaced atomically.
//   kakanai-postal-db info DATABASE           prints the meta table (source, sha256, rows, built_at).
#include "forms/PostalDirectory.h"
#include "forms/PostalImport.h"
#include "platform/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace kakanai::forms;
using kakanai::platform::ExitFailed;
using kakanai::platform::ExitOk;
using kakanai::platform::ExitUsage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kakanai postal directory: builds the database the kiosk looks "
                                                    "postal codes up in."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("build SOURCE DATABASE | info DATABASE"));
    const QString epilog = QStringLiteral(
        "Commands:\n"
        "  build SOURCE DATABASE  build DATABASE from SOURCE, replacing it atomically (a kiosk that has it open\n"
        "                         keeps reading the old one until it restarts). SOURCE is Japan Post's\n"
        "                         ken_all.zip as published (its KEN_ALL.CSV is read from the archive), an\n"
        "                         unzipped KEN_ALL.CSV (Shift_JIS or the UTF-8 edition), or the bundled table.\n"
        "  info DATABASE          schema version, source file name and SHA-256, rows, build time\n\n"
        "Examples:\n"
        "  kakanai-postal-db build ken_all.zip /var/lib/kakanai/postal.sqlite\n"
        "  kakanai-postal-db info /var/lib/kakanai/postal.sqlite\n\n"
        "Configuration:\n"
        "  None of its own. The kiosk reads the database named by postal/database in /etc/kakanai/kakanai.ini;\n"
        "  empty: /usr/share/kakanai/postal.sqlite (built from the bundled table when the package was built).\n\n"
        "Exit status:\n"
        "  0 done; 1 the source could not be read or parsed, or the database not written (the reason on\n"
        "  standard error); 2 usage.\n");
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() == 3 && args.at(0) == QLatin1String("build")) {
        QElapsedTimer timer;
        timer.start();
        const Status status = buildPostalDatabase(args.at(1), args.at(2));
        if (!status) {
            std::fprintf(stderr, "kakanai-postal-db: %s\n", status.error().toLogString().toUtf8().constData());
            return ExitFailed;
        }
        std::printf("built %s in %lld ms\n", args.at(2).toUtf8().constData(), static_cast<long long>(timer.elapsed()));
        return ExitOk;
    }
    if (args.size() == 2 && args.at(0) == QLatin1String("info")) {
        auto dir = PostalDirectory::open(args.at(1));
        if (!dir) {
            std::fprintf(stderr, "kakanai-postal-db: %s\n", dir.error().toLogString().toUtf8().constData());
            return ExitFailed;
        }
        for (const char *key : {"schema_version", "source", "source_sha256", "rows", "built_at"}) {
            std::printf("%s\t%s\n", key, (*dir)->metadata(QLatin1String(key)).toUtf8().constData());
        }
        return ExitOk;
    }
    std::fprintf(stderr, "usage: kakanai-postal-db build SOURCE DATABASE | info DATABASE (see --help)\n");
    return ExitUsage;
}
