#include "tests/outbox/FaultVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace kakanai::testing::faultvfs {

namespace {

// What a file looked like at its last sync: its size then, and the old bytes of every region written or
// truncated away since (oldest first), so that undoing them in reverse restores the synced state.
struct Unsynced
{
    sqlite3_int64 syncedSize = 0;
    std::vector<std::pair<sqlite3_int64, std::string>> undo;
};

struct State
{
    std::mutex mutex;
    std::map<std::string, Unsynced> files;
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs = {};
    std::atomic<std::int64_t> operations{0};
    std::atomic<std::int64_t> failed{0};
    std::atomic<std::int64_t> cutAt{0};
    std::atomic<std::int64_t> failFrom{0};
    std::atomic<int> failCode{SQLITE_OK};
    const char *message = nullptr;
};

State &state()
{
    static State s;
    return s;
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // the wrapped file, in the same allocation right after this struct
    std::string *path;  // tracked (main database or WAL); null for others
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

// Puts every tracked file back to its last synced state with plain system calls and ends the process.
[[noreturn]] void powerCut()
{
    State &s = state();
    for (auto &[path, unsynced] : s.files) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        for (auto it = unsynced.undo.rbegin(); it != unsynced.undo.rend(); ++it) {
            if (!it->second.empty()) {
                (void)::pwrite(fd, it->second.data(), it->second.size(), it->first);
            }
        }
        (void)::ftruncate(fd, unsynced.syncedSize);
        ::close(fd);
    }
    if (s.message) {
        (void)::write(STDOUT_FILENO, s.message, std::strlen(s.message));
    }
    ::_exit(0);
}

// Counts an operation; returns the error to fail it with (SQLITE_OK: go ahead). Cuts the power when due.
int count()
{
    State &s = state();
    const std::int64_t n = ++s.operations;
    const std::int64_t cut = s.cutAt.load();
    if (cut > 0 && n >= cut) {
        powerCut();
    }
    const std::int64_t from = s.failFrom.load();
    if (from > 0 && n >= from) {
        ++s.failed;
        return s.failCode.load();
    }
    return SQLITE_OK;
}

// The old bytes of [offset, offset + amount) that exist in the file now.
std::string oldBytes(sqlite3_file *f, sqlite3_int64 offset, sqlite3_int64 amount)
{
    sqlite3_int64 size = 0;
    if (f->pMethods->xFileSize(f, &size) != SQLITE_OK || offset >= size) {
        return {};
    }
    std::string bytes(static_cast<size_t>(std::min(amount, size - offset)), '\0');
    if (f->pMethods->xRead(f, bytes.data(), static_cast<int>(bytes.size()), offset) != SQLITE_OK) {
        return {};
    }
    return bytes;
}

int xClose(sqlite3_file *f)
{
    File *file = reinterpret_cast<File *>(f);
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    delete file->path;
    file->path = nullptr;
    return rc;
}

int xRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}

int xWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    File *file = reinterpret_cast<File *>(f);
    if (file->path) {
        if (const int rc = count(); rc != SQLITE_OK) {
            return rc;
        }
        std::lock_guard lock(state().mutex);
        state().files[*file->path].undo.emplace_back(offset, oldBytes(file->real, offset, amount));
    }
    return file->real->pMethods->xWrite(file->real, buf, amount, offset);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    File *file = reinterpret_cast<File *>(f);
    if (file->path) {
        if (const int rc = count(); rc != SQLITE_OK) {
            return rc;
        }
        std::lock_guard lock(state().mutex);
        state().files[*file->path].undo.emplace_back(size, oldBytes(file->real, size, INT64_MAX / 2));
    }
    return file->real->pMethods->xTruncate(file->real, size);
}

int xSync(sqlite3_file *f, int flags)
{
    File *file = reinterpret_cast<File *>(f);
    if (file->path) {
        if (const int rc = count(); rc != SQLITE_OK) {
            return rc;
        }
    }
    const int rc = file->real->pMethods->xSync(file->real, flags);
    if (file->path && rc == SQLITE_OK) {
        // What was written is on the disk now: a power cut no longer takes it.
        sqlite3_int64 size = 0;
        file->real->pMethods->xFileSize(file->real, &size);
        std::lock_guard lock(state().mutex);
        Unsynced &u = state().files[*file->path];
        u.undo.clear();
        u.syncedSize = size;
    }
    return rc;
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    // No memory-mapped reads: every read goes through xRead (the outbox does not enable mmap anyway).
    (void)f;
    (void)offset;
    (void)amount;
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    (void)f;
    (void)offset;
    (void)p;
    return SQLITE_OK;
}

const sqlite3_io_methods methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    (void)vfs;
    File *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->path = nullptr;
    f->pMethods = nullptr;
    sqlite3_vfs *r = state().real;
    const int rc = r->xOpen(r, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        return rc;
    }
    if (name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL))) {
        file->path = new std::string(name);
        sqlite3_int64 size = 0;
        file->real->pMethods->xFileSize(file->real, &size);
        std::lock_guard lock(state().mutex);
        auto [it, inserted] = state().files.try_emplace(*file->path);
        if (inserted || it->second.undo.empty()) {
            it->second.syncedSize = size;
        }
    }
    f->pMethods = &methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    sqlite3_vfs *r = state().real;
    {
        std::lock_guard lock(state().mutex);
        state().files.erase(name);
    }
    return r->xDelete(r, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return state().real->xAccess(state().real, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return state().real->xFullPathname(state().real, name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return state().real->xDlOpen(state().real, name);
}
void xDlError(sqlite3_vfs *, int n, char *out)
{
    state().real->xDlError(state().real, n, out);
}
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state().real->xDlSym(state().real, handle, symbol);
}
void xDlClose(sqlite3_vfs *, void *handle)
{
    state().real->xDlClose(state().real, handle);
}
int xRandomness(sqlite3_vfs *, int n, char *out)
{
    return state().real->xRandomness(state().real, n, out);
}
int xSleep(sqlite3_vfs *, int us)
{
    return state().real->xSleep(state().real, us);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return state().real->xCurrentTime(state().real, out);
}
int xGetLastError(sqlite3_vfs *, int n, char *out)
{
    return state().real->xGetLastError ? state().real->xGetLastError(state().real, n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return state().real->xCurrentTimeInt64(state().real, out);
}

} // namespace

bool install()
{
    State &s = state();
    if (s.real) {
        return true;
    }
    s.real = sqlite3_vfs_find(nullptr);
    if (!s.real) {
        return false;
    }
    s.vfs.iVersion = 2;
    s.vfs.szOsFile = static_cast<int>(sizeof(File)) + s.real->szOsFile;
    s.vfs.mxPathname = s.real->mxPathname;
    s.vfs.zName = "kakanai-fault";
    s.vfs.xOpen = xOpen;
    s.vfs.xDelete = xDelete;
    s.vfs.xAccess = xAccess;
    s.vfs.xFullPathname = xFullPathname;
    s.vfs.xDlOpen = xDlOpen;
    s.vfs.xDlError = xDlError;
    s.vfs.xDlSym = xDlSym;
    s.vfs.xDlClose = xDlClose;
    s.vfs.xRandomness = xRandomness;
    s.vfs.xSleep = xSleep;
    s.vfs.xCurrentTime = xCurrentTime;
    s.vfs.xGetLastError = xGetLastError;
    s.vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    if (sqlite3_vfs_register(&s.vfs, 1) != SQLITE_OK) {
        s.real = nullptr;
        return false;
    }
    return sqlite3_vfs_find(nullptr) == &s.vfs;
}

void armPowerCut(std::int64_t atOperation, const char *message)
{
    State &s = state();
    s.message = message;
    s.cutAt = s.operations.load() + (atOperation < 1 ? 1 : atOperation);
}

void armFailure(std::int64_t fromOperation, int sqliteCode)
{
    State &s = state();
    s.failCode = sqliteCode;
    s.failFrom = s.operations.load() + (fromOperation < 1 ? 1 : fromOperation);
}

void disarm()
{
    State &s = state();
    s.cutAt = 0;
    s.failFrom = 0;
}

std::int64_t operations()
{
    return state().operations.load();
}

std::int64_t failedOperations()
{
    return state().failed.load();
}

} // namespace kakanai::testing::faultvfs
