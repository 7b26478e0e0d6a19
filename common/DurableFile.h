#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QString>

namespace kakanai {

struct FileError
{
    QString detail; // names the path and the system's reason, never the bytes
};

// Writes <folder>/<name> completely or not at all, private to the owner (file 0600, folder 0700 when created): a
// temporary file, synced, renamed into place, and the folder entry synced, so that a crash or power cut leaves the
// old file or the new one, never a torn one. Returns the file's path, or why it failed.
Expected<QString, FileError> writeFileDurably(const QString &folder, const QString &name, const QByteArray &bytes);

} // namespace kakanai
