// bench_card_read: what a card read costs through the real stack (libpcsclite -> pcscd -> vpcd ->
// kakanai-virtual-card). Prints, per scenario, the APDUs sent, the bytes moved (command + answer bytes, SW
// included) and the median and p90 of the wall time from opening the session (context, exclusive connect,
// transaction) to its power-down, over --runs runs. Needs a running pcscd with the vpcd reader.
//
//   (a) the four attributes with the PIN (tries query included), no integrity check
//   (b) the same with the integrity check (EF 0003 + EF 0004 and the signatures)
//   (c) the 利用者証明用 certificate (JPKI AP, no PIN)
#include "cardreader/CardSession.h"
#include "cardreader/JpkiAp.h"
#include "cardreader/Ossl.h"
#include "tests/cardreader/IntegrationSupport.h"
#include "tests/support/VirtualCardProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kakanai;
using namespace kakanai::card;

namespace {

struct Figures
{
    int apdus = 0;
    qint64 bytes = 0;
    std::vector<double> ms;     // whole session: open, APDUs, power-down
    std::vector<double> apduMs; // the APDU exchange alone
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

bool run(const char *label, int runs, const std::function<bool(CardSession &)> &work, Figures *f)
{
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto session = CardSession::open(integration::readerName());
        if (!session) {
            std::fprintf(stderr, "%s: cannot open the card: %s\n", label, qPrintable(session.error().toLogString()));
            return false;
        }
        (*session)->transport().resetStats();
        QElapsedTimer exchange;
        exchange.start();
        if (!work(**session)) {
            return false;
        }
        f->apduMs.push_back(static_cast<double>(exchange.nsecsElapsed()) / 1e6);
        const TransportStats stats = (*session)->transport().stats();
        session->reset(); // power-down is part of every real session
        f->ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        f->apdus = stats.apdus;
        f->bytes = stats.bytesSent + stats.bytesReceived;
    }
    std::printf("%-52s %6d %7lld %11.2f %9.2f %13.2f\n", label, f->apdus, static_cast<long long>(f->bytes),
                percentile(f->ms, 0.5), percentile(f->ms, 0.9), percentile(f->apduMs, 0.5));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Card read figures through pcscd + vpcd + the virtual card."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per scenario (default 30)."),
                                        QStringLiteral("N"), QStringLiteral("30"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QString problem = integration::pcscdProblem();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "bench_card_read: %s\n", qPrintable(problem));
        return 1;
    }
    testing::VirtualCardProcess card;
    if (!card.start(testing::VirtualCardProcess::persona(QStringLiteral("demo"))) || !integration::waitForCard(true)) {
        std::fprintf(stderr, "bench_card_read: virtual card did not start: %s\n", qPrintable(card.errorString()));
        return 1;
    }
    const QByteArray pin = integration::personaJson(testing::VirtualCardProcess::persona(QStringLiteral("demo")))
                               .value(QStringLiteral("pin"))
                               .toString()
                               .toLatin1();
    const ossl::PKey issuerKey = ossl::publicKeyFromPem(integration::readFile(card.issuerPublicKeyPath()));

    std::printf("bench_card_read: %d runs per scenario, reader '%s', demo persona\n", runs,
                qPrintable(integration::readerName()));
    std::printf("%-52s %6s %7s %11s %9s %13s\n", "scenario", "APDUs", "bytes", "median ms", "p90 ms", "APDUs only ms");
    Figures a, b, c;
    const bool ok = run(
                        "(a) four attributes with PIN (tries query included)", runs,
                        [&](CardSession &s) { return s.readResident({}, SecretBytes(pin), nullptr).ok(); }, &a) &&
                    run(
                        "(b) the same with integrity verification", runs,
                        [&](CardSession &s) {
                            auto r = s.readResident({}, SecretBytes(pin), issuerKey.get());
                            return r.ok() && r->integrity.status == IntegrityStatus::Verified;
                        },
                        &b) &&
                    run(
                        "(c) JPKI 利用者証明用 certificate (no PIN)", runs,
                        [&](CardSession &s) {
                            JpkiAp ap(s.transport());
                            return ap.select().ok() && ap.readAuthCertificate().ok();
                        },
                        &c);
    card.stop();
    if (!ok) {
        return 1;
    }
    std::printf("goal (a): at most 6 APDUs -> %s\n", a.apdus <= 6 ? "met" : "NOT met");
    return 0;
}
