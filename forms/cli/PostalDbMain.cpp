// kakanai-postal-db: builds the postal directory database.
//
//   kakanai-postal-db build SOURCE DATABASE   SOURCE: the bundled table (jp_postal_codes.tsv[.gz]) or Japan
//                                             Post's KEN_ALL.CSV (Shift_JIS or UTF-8 edition, zipped content
//                                             extracted first); the database is replaced atomically.
//   kakanai-postal-db info DATABASE           prints the meta table (source, sha256, rows, built_at).
#include "PostalDirectory.h"
#include "PostalImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace kakanai::forms;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("build")) {
        QElapsedTimer timer;
        timer.start();
        const Status status = buildPostalDatabase(args.at(2), args.at(3));
        if (!status) {
            std::fprintf(stderr, "kakanai-postal-db: %s\n", status.error().toLogString().toUtf8().constData());
            return 1;
        }
        std::printf("built %s in %lld ms\n", args.at(3).toUtf8().constData(), static_cast<long long>(timer.elapsed()));
        return 0;
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("info")) {
        auto dir = PostalDirectory::open(args.at(2));
        if (!dir) {
            std::fprintf(stderr, "kakanai-postal-db: %s\n", dir.error().toLogString().toUtf8().constData());
            return 1;
        }
        for (const char *key : {"schema_version", "source", "source_sha256", "rows", "built_at"}) {
            std::printf("%s\t%s\n", key, (*dir)->metadata(QLatin1String(key)).toUtf8().constData());
        }
        return 0;
    }
    std::fprintf(stderr, "usage: kakanai-postal-db build SOURCE DATABASE | info DATABASE\n");
    return 2;
}
