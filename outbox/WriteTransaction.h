#pragma once

#include "outbox/BackofficeError.h"

#include <QSqlDatabase>

class QSqlError;
class QSqlQuery;

namespace kakanai::backoffice {

// BEGIN IMMEDIATE … COMMIT on an outbox connection, rolled back unless committed. Writers take the write lock up
// front, so two connections never deadlock upgrading a read lock (reliability.md §1.3).
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<Done> begin();
    Result<Done> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// An SQLite error as a BackofficeError. SQLite's messages name tables and constraints, never row values of ours
// (payloads are ciphertext).
BackofficeError sqlError(BackofficeErrorCode code, const QString &what, const QSqlError &error);
// SQLite's primary result code (Qt's driver reports sqlite3_errcode() as the native code) says whether the disk is
// full or the file system read-only: the kiosk tells staff which, and the resident is never told "received".
BackofficeErrorCode ioErrorCode(const QSqlError &error);
// The failed statement `q` as outbox_full, outbox_read_only or outbox_io.
BackofficeError ioError(const QString &what, const QSqlQuery &q);

} // namespace kakanai::backoffice
