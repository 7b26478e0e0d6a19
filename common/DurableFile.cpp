#include "common/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace kakanai {

Expected<QString, FileError> writeFileDurably(const QString &folder, const QString &name, const QByteArray &bytes)
{
    if (!QDir().mkpath(folder)) {
        return FileError{QStringLiteral("cannot create %1").arg(folder)};
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(folder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return FileError{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return FileError{QStringLiteral("short write to %1").arg(path)};
    }
    // QSaveFile::commit syncs the file's data before renaming it into place; the folder entry is synced after.
    if (!file.commit()) {
        return FileError{QStringLiteral("cannot commit %1: %2").arg(path, file.errorString())};
    }
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0 || ::fsync(dir) != 0) {
        if (dir >= 0) {
            ::close(dir);
        }
        return FileError{QStringLiteral("cannot sync folder %1").arg(folder)};
    }
    ::close(dir);
    return path;
}

} // namespace kakanai
