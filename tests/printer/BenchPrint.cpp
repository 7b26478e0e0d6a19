// bench_print: the figures of the printer library on this machine (not a test; it only prints).
//   - rendering one form to PDF, text layer included (goal: under 200 ms): median and p90 per catalog form
//   - rendering a receipt (roll80) and the guidance slip
//   - the text-layer pass alone (PdfTextLayer) as a share of a form's rendering
// Usage: bench_print [runs]   (default 30 runs per figure, after one warm-up run)
#include "printer/PrintRenderer.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kakanai;
using namespace kakanai::printer;

namespace {

struct Stats
{
    double median = 0;
    double p90 = 0;
    double max = 0;
};

Stats measure(int runs, const std::function<bool()> &work)
{
    if (!work()) { // warm-up: font caches, the catalog's first use
        std::fprintf(stderr, "bench_print: rendering failed\n");
        std::exit(1);
    }
    std::vector<qint64> nanos;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work()) {
            std::fprintf(stderr, "bench_print: rendering failed\n");
            std::exit(1);
        }
        nanos.push_back(t.nsecsElapsed());
    }
    std::sort(nanos.begin(), nanos.end());
    return {double(nanos[nanos.size() / 2]) / 1e6, double(nanos[nanos.size() * 9 / 10]) / 1e6,
            double(nanos.back()) / 1e6};
}

QJsonObject readRequest(const QString &form)
{
    QFile f(QDir(QStringLiteral(KAKANAI_SOURCE_DIR))
                .filePath(QStringLiteral("resources/examples/requests/%1.json").arg(form)));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_print: no example request for %s\n", qPrintable(form));
        std::exit(1);
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*=false"));
    const int runs = argc > 1 ? std::max(5, QString::fromLocal8Bit(argv[1]).toInt()) : 30;

    auto catalog = forms::FormCatalog::load();
    auto navigator = forms::LifeEventNavigator::loadFile();
    if (!catalog || !navigator) {
        std::fprintf(stderr, "bench_print: catalog or navigator failed to load\n");
        return 1;
    }
    PrinterConfig config;
    config.addressee = QStringLiteral("東京都千代田区長");
    auto renderer = PrintRenderer::create(config, *catalog);
    if (!renderer) {
        std::fprintf(stderr, "bench_print: %s\n", qPrintable(renderer.error().toLogString()));
        return 1;
    }
    std::printf("bench_print: %d runs per figure, times in ms (goal: one form under 200 ms)\n", runs);
    std::printf("%-34s %8s %8s %8s %6s %8s\n", "document", "median", "p90", "max", "pages", "bytes");
    for (const QString &form : catalog->ids()) {
        const QJsonObject request = readRequest(form);
        RenderedDocument last;
        const Stats s = measure(runs, [&] {
            auto doc = renderer->renderForms(request);
            if (doc) {
                last = *doc;
            }
            return bool(doc);
        });
        std::printf("%-34s %8.1f %8.1f %8.1f %6d %8lld\n", qPrintable(QStringLiteral("form ") + form), s.median, s.p90,
                    s.max, last.pageCount, static_cast<long long>(last.pdf.size()));
    }
    const QJsonObject tennyu = readRequest(QStringLiteral("tennyu"));
    const Stats receipt = measure(runs, [&] { return bool(renderer->renderReceipt(tennyu)); });
    std::printf("%-34s %8.1f %8.1f %8.1f\n", "receipt roll80 (tennyu)", receipt.median, receipt.p90, receipt.max);
    auto content = PrintRenderer::slipContent(tennyu, *navigator);
    if (!content) {
        std::fprintf(stderr, "bench_print: %s\n", qPrintable(content.error().toLogString()));
        return 1;
    }
    const Stats slip = measure(runs, [&] { return bool(renderer->renderGuidanceSlip(tennyu, *content)); });
    std::printf("%-34s %8.1f %8.1f %8.1f\n", "guidance slip (moving_in, all)", slip.median, slip.p90, slip.max);
    return 0;
}
