#include "DevFolderSink.h"

#include "KioskLogging.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>
#include <unistd.h>

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
    if (!QDir().mkpath(folder)) {
        return {false, QStringLiteral("cannot create %1").arg(folder)};
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(folder).filePath(requestId + QStringLiteral(".json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {false, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(json->bytes()) != json->size()) {
        file.cancelWriting();
        return {false, QStringLiteral("short write to %1").arg(path)};
    }
    // QSaveFile::commit syncs the file's data before renaming it into place; the folder entry is synced after.
    if (!file.commit()) {
        return {false, QStringLiteral("cannot commit %1: %2").arg(path, file.errorString())};
    }
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0 || ::fsync(dir) != 0) {
        if (dir >= 0) {
            ::close(dir);
        }
        return {false, QStringLiteral("cannot sync folder %1").arg(folder)};
    }
    ::close(dir);
    return {true, path};
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
