// outbox_crash_writer DB KEY FIRST: the victim of TestOutboxCrash. Enqueues fixtures::crashRequest(FIRST),
// FIRST+1, … as fast as it can and prints "ack <i> <id>" the moment each enqueue has returned (committed); every
// tenth request it also delivers-and-purges the five oldest ("purging <ids>" before, "purged" after) and records
// a failed attempt on the next ones, so the kill can land in any of the outbox's writes. Runs until killed.
// outbox_crash_writer DB KEY receipts: takes receipt numbers of one day instead, printing "receipt <n>" the moment
// each is committed, and enqueues a request after every second one, so that the kill also lands between taking a
// number and queueing its request.
// With KAKANAI_POWER_CUT_AT=N in its environment it runs on the fault VFS (FaultVfs.h) and simulates a power cut at
// the N-th write, truncation or sync of its database or WAL: every write since the last sync is undone on disk,
// "cut" is printed, and the process ends. KAKANAI_CRASH_SYNCHRONOUS_OFF=1 (the power-cut test's control) sets
// synchronous=OFF on its connection: acknowledged requests must then be lost.
// KAKANAI_CRASH_PREVIOUS_KEYS=FILE[,FILE] makes KEY the current key of a key ring with those previous keys
// (KeyRing.h), as `[outbox] previous_key_files` does.
// outbox_crash_writer DB KEY rotate FIRST: the victim of TestKeyRotation. Runs a key rotation (KeyRotation.h) in
// batches of 3 and, after each batch, enqueues fixtures::crashRequest(FIRST), FIRST+1, … ("ack <i> <id>"), as a
// kiosk writing during the rotation; prints "rotated <operations>" at the end (the fault VFS's count) and exits.
#include "outbox/BackofficeConfig.h"
#include "outbox/KeyRotation.h"
#include "outbox/Outbox.h"
#include "tests/outbox/BackofficeFixtures.h"
#include "tests/outbox/FaultVfs.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace kakanai::backoffice;

namespace {

void say(const QByteArray &line)
{
    const QByteArray l = line + '\n';
    qsizetype done = 0;
    while (done < l.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, l.constData() + done, static_cast<size_t>(l.size() - done));
        if (n <= 0) {
            ::_exit(3);
        }
        done += n;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4 && !(argc == 5 && QByteArray(argv[3]) == "rotate")) {
        return 1;
    }
    if (const qint64 cutAt = qEnvironmentVariableIntValue("KAKANAI_POWER_CUT_AT"); cutAt > 0) {
        if (!kakanai::testing::faultvfs::install()) {
            say("error fault VFS not installed");
            return 2;
        }
        kakanai::testing::faultvfs::armPowerCut(cutAt, "cut\n");
    }
    OutboxConfig config;
    config.keyFile = QString::fromLocal8Bit(argv[2]);
    config.previousKeyFiles =
        qEnvironmentVariable("KAKANAI_CRASH_PREVIOUS_KEYS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto keys = KeyRing::load(config);
    if (!keys) {
        say("error " + keys.error().toLogString().toUtf8());
        return 2;
    }
    auto outbox = Outbox::open(QString::fromLocal8Bit(argv[1]), std::make_shared<const KeyRing>(std::move(*keys)));
    if (!outbox) {
        say("error " + outbox.error().toLogString().toUtf8());
        return 2;
    }
    if (qEnvironmentVariableIsSet("KAKANAI_CRASH_SYNCHRONOUS_OFF")) {
        QSqlQuery q(QSqlDatabase::database((*outbox)->connectionName()));
        if (!q.exec(QStringLiteral("PRAGMA synchronous=OFF"))) {
            return 2;
        }
    }
    say("ready");
    if (QByteArray(argv[3]) == "rotate") {
        qint64 next = QByteArray(argv[4]).toLongLong();
        KeyRotation::Options options;
        options.batchSize = 3;
        options.afterBatch = [&](int) {
            auto receipt = (*outbox)->enqueue(fixtures::crashRequest(next));
            if (!receipt) {
                say("error " + receipt.error().toLogString().toUtf8());
                ::_exit(2);
            }
            say("ack " + QByteArray::number(next) + ' ' + receipt->requestId.toLatin1());
            ++next;
        };
        auto report = KeyRotation::run(**outbox, options);
        if (!report) {
            say("error " + report.error().toLogString().toUtf8());
            return 2;
        }
        say("rotated " + QByteArray::number(kakanai::testing::faultvfs::operations()));
        return 0;
    }
    if (QByteArray(argv[3]) == "receipts") {
        const QDate day(2025, 4, 1);
        for (;;) {
            auto n = (*outbox)->nextReceiptSequence(day);
            if (!n) {
                say("error " + n.error().toLogString().toUtf8());
                return 2;
            }
            say("receipt " + QByteArray::number(*n));
            if (*n % 2 == 0 && !(*outbox)->enqueue(fixtures::crashRequest(*n))) {
                return 2;
            }
        }
    }
    const qint64 first = QByteArray(argv[3]).toLongLong();
    for (qint64 i = first;; ++i) {
        auto receipt = (*outbox)->enqueue(fixtures::crashRequest(i));
        if (!receipt) {
            say("error " + receipt.error().toLogString().toUtf8());
            return 2;
        }
        say("ack " + QByteArray::number(i) + ' ' + receipt->requestId.toLatin1());
        if ((i - first) % 10 == 9) {
            auto batch = (*outbox)->nextBatch(8);
            if (!batch || batch->size() < 8) {
                continue;
            }
            QStringList purge;
            QStringList fail;
            for (size_t b = 0; b < batch->size(); ++b) {
                (b < 5 ? purge : fail).append((*batch)[b].requestId);
            }
            say("purging " + purge.join(QLatin1Char(' ')).toLatin1());
            if (!(*outbox)->purge(purge)) {
                return 2;
            }
            say("purged");
            (void)(*outbox)->recordFailure(
                fail, BackofficeError::make(BackofficeErrorCode::IntakeUnavailable, QStringLiteral("simulated")));
        }
    }
}
