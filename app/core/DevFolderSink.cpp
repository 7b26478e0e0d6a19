#include "app/core/DevFolderSink.h"

#include "app/core/KioskLogging.h"
#include "common/DurableFile.h"

#include "forms/ReceiptNumber.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace kakanai::kiosk {

namespace {

struct WriteResult
{
    bool ok = false;
    QString detail;
};

// Runs on a pool thread.
WriteResult writeDurably(const QString &folder, const QString &requestId,
                         const std::shared_ptr<const SecretBytes> &json)
{
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f-]{36}$"));
    if (!idPattern.match(requestId).hasMatch()) {
        return {false, QStringLiteral("request id is not a UUID")};
    }
    const auto written = writeFileDurably(folder, requestId + QStringLiteral(".json"), json->bytes());
    return written ? WriteResult{true, *written} : WriteResult{false, written.error().detail};
}

const QString CounterFile = QStringLiteral("receipt-counters.json");

struct Reservation
{
    int sequence = 0;
    QString detail; // why there is none
};

// Runs on a pool thread, one at a time (the sink's mutex). The counters are {"2025-04-01": 7, …}, the last number
// handed out per local day, written durably before the number is used.
Reservation reserveDurably(const QString &folder, QDate day, const std::shared_ptr<std::mutex> &mutex)
{
    if (!day.isValid()) {
        return {0, QStringLiteral("no day for a receipt number")};
    }
    const std::lock_guard lock(*mutex);
    QJsonObject counters;
    QFile file(QDir(folder).filePath(CounterFile));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return {0, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            // Never start again at 1 over a damaged counter: that would repeat numbers.
            return {0, QStringLiteral("%1 is damaged").arg(file.fileName())};
        }
        counters = doc.object();
    }
    const QString key = day.toString(Qt::ISODate);
    const int next = counters.value(key).toInt() + 1;
    if (next > forms::MaxReceiptSequence) {
        return {0, QStringLiteral("all receipt numbers of %1 are used").arg(key)};
    }
    counters.insert(key, next);
    const auto written = writeFileDurably(folder, CounterFile, QJsonDocument(counters).toJson(QJsonDocument::Compact));
    if (!written) {
        return {0, written.error().detail};
    }
    return {next, {}};
}

} // namespace

DevFolderSink::DevFolderSink(QString folder, QObject *parent)
    : RequestSink(parent)
    , m_folder(std::move(folder))
{
    qCWarning(lcKioskSubmit) << "development sink: requests are written UNENCRYPTED to" << m_folder
                             << "and nothing is printed; never use this in production";
}

QString DevFolderSink::describe() const
{
    return QStringLiteral("dev folder ") + m_folder;
}

void DevFolderSink::reserveReceipt(quint64 ticket, QDate day)
{
    auto *watcher = new QFutureWatcher<Reservation>(this);
    connect(watcher, &QFutureWatcher<Reservation>::finished, this, [this, watcher, ticket] {
        const Reservation r = watcher->result();
        watcher->deleteLater();
        if (r.sequence <= 0) {
            qCWarning(lcKioskSubmit) << "no receipt number:" << r.detail;
            Q_EMIT failed(ticket, SinkError{SinkErrorCode::StorageFailed, r.detail});
            return;
        }
        Q_EMIT receiptReserved(ticket, r.sequence);
    });
    watcher->setFuture(QtConcurrent::run(reserveDurably, m_folder, day, m_counterMutex));
}

void DevFolderSink::submit(quint64 ticket, const Submission &submission)
{
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    const QString requestId = submission.requestId;
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, ticket, requestId] {
        const WriteResult r = watcher->result();
        watcher->deleteLater();
        if (!r.ok) {
            qCWarning(lcKioskSubmit) << "request" << requestId << "not stored:" << r.detail;
            Q_EMIT failed(ticket, SinkError{SinkErrorCode::StorageFailed, r.detail});
            return;
        }
        qCInfo(lcKioskSubmit) << "request" << requestId << "stored in the development folder";
        Q_EMIT committed(ticket);
        Q_EMIT printFinished(
            ticket,
            PrintOutcome{PrintStatus::NotPrinted, QStringLiteral("development sink: no printer configured"), {}});
    });
    // The document travels as a shared SecretBytes; the last holder (this job, once written) overwrites it.
    watcher->setFuture(QtConcurrent::run(writeDurably, m_folder, requestId, submission.requestJson));
}

} // namespace kakanai::kiosk
