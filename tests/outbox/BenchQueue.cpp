// bench_queue: the figures of issue 5 for the outbox and delivery (not a test; prints, never asserts).
//   1. enqueue latency with synchronous=FULL (acknowledged = committed and synced): median, p99, max
//   2. draining 10,000 queued requests into the local PostgreSQL over TLS (requests per second)
//   3. rendering one form to PDF (the printer library's figure)
// Run it with the test PostgreSQL's environment (scripts/test exports it; see outbox/README.md) for figure 2.
#include "outbox/Outbox.h"
#include "outbox/Pg.h"
#include "outbox/SyncEngine.h"
#include "tests/outbox/BackofficeFixtures.h"

#include "forms/FormCatalog.h"
#include "printer/PrintRenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace kakanai::backoffice;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i =
        static_cast<size_t>(std::min<double>(static_cast<double>(v.size() - 1), p * static_cast<double>(v.size())));
    return v[i];
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF renderer needs a GUI application; no display is needed for it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench_queue-XXXXXX")));
    if (!dir.isValid()) {
        out << "cannot create a folder for the outbox" << Qt::endl;
        return 1;
    }
    const auto key = fixtures::randomKey();

    // 1. Enqueue: requests as the kiosk builds them (all forms × all personas, repeated).
    {
        auto outbox = Outbox::open(dir.filePath(QStringLiteral("enqueue.sqlite")), key);
        if (!outbox) {
            out << "outbox: " << outbox.error().toLogString() << Qt::endl;
            return 1;
        }
        const QList<QJsonObject> templates = fixtures::kioskRequests(QStringLiteral("bench"));
        std::vector<double> ms;
        const int n = 2000;
        qint64 bytes = 0;
        for (int i = 0; i < n; ++i) {
            QJsonObject r = templates.at(i % templates.size());
            r[QStringLiteral("request_id")] = fixtures::newRequestId();
            bytes += QJsonDocument(r).toJson(QJsonDocument::Compact).size();
            QElapsedTimer t;
            t.start();
            if (!(*outbox)->enqueue(r)) {
                out << "enqueue failed" << Qt::endl;
                return 1;
            }
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        out << QStringLiteral("enqueue (synchronous=FULL, WAL, AES-256-GCM, schema check): %1 requests of %2 bytes on "
                              "average: median %3 ms, p99 %4 ms, max %5 ms (goal: p99 < 20 ms)")
                   .arg(n)
                   .arg(bytes / n)
                   .arg(percentile(ms, 0.5), 0, 'f', 2)
                   .arg(percentile(ms, 0.99), 0, 'f', 2)
                   .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 2)
            << Qt::endl;
    }

    // 2. Drain 10,000 into the local PostgreSQL.
    if (!fixtures::pgAvailable()) {
        out << "drain: skipped (no test PostgreSQL: run with the environment of kakanai_start_postgres)" << Qt::endl;
    } else {
        const QString kiosk = fixtures::uniqueKioskId("bench");
        auto outbox = Outbox::open(dir.filePath(QStringLiteral("drain.sqlite")), key);
        if (!outbox) {
            out << "outbox: " << outbox.error().toLogString() << Qt::endl;
            return 1;
        }
        const QList<QJsonObject> templates = fixtures::kioskRequests(kiosk);
        const int n = 10000;
        for (int i = 0; i < n; ++i) {
            QJsonObject r = templates.at(i % templates.size());
            r[QStringLiteral("request_id")] = fixtures::newRequestId();
            if (!(*outbox)->enqueue(r)) {
                out << "enqueue failed" << Qt::endl;
                return 1;
            }
        }
        for (int batch : {100}) {
            SyncEngine engine(**outbox, fixtures::pgSettings(QStringLiteral("kiosk")), batch);
            QElapsedTimer t;
            t.start();
            int sent = 0;
            int batches = 0;
            for (;;) {
                auto report = engine.deliverBatch();
                if (!report) {
                    out << "drain failed: " << report.error().toLogString() << Qt::endl;
                    return 1;
                }
                if (report->sent == 0) {
                    break;
                }
                sent += report->sent;
                ++batches;
            }
            const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
            out << QStringLiteral("drain into PostgreSQL (TLS, batch %1): %2 requests in %3 s = %4 requests/s, "
                                  "%5 batches, each committed at the intake then purged (goal: >= 500/s)")
                       .arg(batch)
                       .arg(sent)
                       .arg(s, 0, 'f', 2)
                       .arg(static_cast<double>(sent) / s, 0, 'f', 0)
                       .arg(batches)
                << Qt::endl;
        }
    }

    // 3. One form to PDF, as the kiosk prints it and the inbox reprints it.
    {
        auto catalog = kakanai::forms::FormCatalog::load();
        auto renderer = catalog
                            ? kakanai::printer::PrintRenderer::create(kakanai::printer::PrinterConfig{}, *catalog)
                            : kakanai::printer::Result<kakanai::printer::PrintRenderer>(
                                  kakanai::printer::PrintError::make(kakanai::printer::PrintErrorCode::RenderFailed));
        if (!renderer) {
            out << "render one form to PDF: the printer library cannot render here: " << renderer.error().toLogString()
                << Qt::endl;
        } else {
            QJsonObject tenkyo;
            for (const QJsonObject &r : fixtures::kioskRequests(QStringLiteral("bench"))) {
                if (r.value(QLatin1String("procedure")).toObject().value(QLatin1String("id")).toString() ==
                    QLatin1String("tenkyo")) {
                    tenkyo = r;
                    break;
                }
            }
            std::vector<double> ms;
            qsizetype bytes = 0;
            for (int i = 0; i < 30; ++i) {
                QElapsedTimer t;
                t.start();
                auto pdf = renderer->renderForms(tenkyo);
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                if (!pdf) {
                    out << "render failed: " << pdf.error().toLogString() << Qt::endl;
                    return 1;
                }
                bytes = pdf->pdf.size();
            }
            out << QStringLiteral(
                       "render one form to PDF (住民異動届（転居届）, kakanai_printer, text layer verified): "
                       "median %1 ms, p99 %2 ms over %3 runs, %4 KiB (goal: < 200 ms)")
                       .arg(percentile(ms, 0.5), 0, 'f', 1)
                       .arg(percentile(ms, 0.99), 0, 'f', 1)
                       .arg(ms.size())
                       .arg(bytes / 1024)
                << Qt::endl;
        }
    }
    return 0;
}
