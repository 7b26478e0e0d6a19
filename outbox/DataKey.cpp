#include "outbox/DataKey.h"

#include "outbox/BackofficeLogging.h"

#include <QFileInfo>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kakanai::backoffice {

namespace {

// Closes a POSIX file descriptor on every path.
class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<Done> checkStat(const struct stat &st, const QString &path, const QString &configKey)
{
    if (!S_ISREG(st.st_mode)) {
        return BackofficeError::make(BackofficeErrorCode::KeyPermissions,
                                     QStringLiteral("%1 is not a regular file").arg(path), configKey);
    }
    if (st.st_uid != ::geteuid()) {
        return BackofficeError::make(BackofficeErrorCode::KeyPermissions,
                                     QStringLiteral("%1 belongs to uid %2, not to the service user (uid %3)")
                                         .arg(path)
                                         .arg(st.st_uid)
                                         .arg(::geteuid()),
                                     configKey);
    }
    if ((st.st_mode & 077) != 0) {
        return BackofficeError::make(BackofficeErrorCode::KeyPermissions,
                                     QStringLiteral("%1 has mode %2: group and others must have no access (chmod 600)")
                                         .arg(path)
                                         .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')),
                                     configKey);
    }
    return Done{};
}

// fsync of the folder holding `path`, so that a created or removed folder entry survives a power cut.
void syncFolderOf(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    Fd dirFd(::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0) {
        ::fsync(dirFd.get());
    }
}

} // namespace

Result<Done> checkPrivateFile(const QString &path, const QString &configKey)
{
    struct stat st = {};
    // lstat: a symbolic link is refused rather than followed to whatever it points at.
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        const int error = errno;
        return BackofficeError::make(error == ENOENT ? BackofficeErrorCode::KeyMissing
                                                     : BackofficeErrorCode::KeyUnreadable,
                                     QStringLiteral("%1: %2").arg(path, errnoText(error)), configKey);
    }
    return checkStat(st, path, configKey);
}

Result<DataKey> DataKey::load(const QString &path)
{
    const QString configKey = QStringLiteral("outbox/key_file");
    if (path.isEmpty()) {
        return BackofficeError::make(BackofficeErrorCode::Config, QStringLiteral("no key file configured"), configKey);
    }
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        const int error = errno;
        BackofficeErrorCode code = BackofficeErrorCode::KeyUnreadable;
        if (error == ENOENT) {
            code = BackofficeErrorCode::KeyMissing;
        } else if (error == ELOOP) {
            code = BackofficeErrorCode::KeyPermissions;
        }
        return BackofficeError::make(code, QStringLiteral("%1: %2").arg(path, errnoText(error)), configKey);
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0) {
        return BackofficeError::make(BackofficeErrorCode::KeyUnreadable,
                                     QStringLiteral("%1: %2").arg(path, errnoText(errno)), configKey);
    }
    if (auto ok = checkStat(st, path, configKey); !ok) {
        return ok.error();
    }
    if (st.st_size != Size) {
        return BackofficeError::make(
            BackofficeErrorCode::KeyWrongSize,
            QStringLiteral("%1 holds %2 bytes, a data key has %3").arg(path).arg(st.st_size).arg(Size), configKey);
    }
    QByteArray bytes(Size, '\0');
    qsizetype got = 0;
    while (got < Size) {
        const ssize_t n = ::read(fd.get(), bytes.data() + got, static_cast<size_t>(Size - got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            wipe(bytes);
            return BackofficeError::make(BackofficeErrorCode::KeyUnreadable, QStringLiteral("%1: short read").arg(path),
                                         configKey);
        }
        got += n;
    }
    DataKey key;
    key.m_bytes = SecretBytes(std::move(bytes));
    return key;
}

Result<Done> DataKey::create(const QString &path)
{
    const QString configKey = QStringLiteral("outbox/key_file");
    if (path.isEmpty()) {
        return BackofficeError::make(BackofficeErrorCode::Config, QStringLiteral("no key file configured"), configKey);
    }
    const QByteArray native = QFile::encodeName(path);
    Fd fd(::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        const int error = errno;
        return BackofficeError::make(error == EEXIST ? BackofficeErrorCode::KeyExists : BackofficeErrorCode::Io,
                                     QStringLiteral("%1: %2").arg(path, errnoText(error)), configKey);
    }
    auto fail = [&](const QString &what) {
        const int error = errno;
        ::close(fd.release());
        ::unlink(native.constData());
        return BackofficeError::make(BackofficeErrorCode::Io,
                                     QStringLiteral("%1: %2: %3").arg(path, what, errnoText(error)), configKey);
    };
    // The umask may only take bits away; set exactly 0600 whatever it was.
    if (::fchmod(fd.get(), 0600) != 0) {
        return fail(QStringLiteral("chmod"));
    }
    QByteArray bytes(Size, '\0');
    if (RAND_priv_bytes(reinterpret_cast<unsigned char *>(bytes.data()), Size) != 1) {
        ::close(fd.release());
        ::unlink(native.constData());
        return BackofficeError::make(BackofficeErrorCode::Crypto, QStringLiteral("RAND_priv_bytes failed"), configKey);
    }
    qsizetype written = 0;
    while (written < Size) {
        const ssize_t n = ::write(fd.get(), bytes.constData() + written, static_cast<size_t>(Size - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            wipe(bytes);
            return fail(QStringLiteral("write"));
        }
        written += n;
    }
    wipe(bytes);
    if (::fsync(fd.get()) != 0) {
        return fail(QStringLiteral("fsync"));
    }
    ::close(fd.release());
    // The file's folder entry must reach the disk too, or a power cut could leave no key behind a committed outbox.
    syncFolderOf(path);
    qCInfo(lcOutbox, "created data key file %s", qPrintable(path));
    return Done{};
}

Result<Done> DataKey::remove(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::unlink(native.constData()) != 0) {
        const int error = errno;
        return BackofficeError::make(error == ENOENT ? BackofficeErrorCode::KeyMissing : BackofficeErrorCode::Io,
                                     QStringLiteral("%1: %2").arg(path, errnoText(error)),
                                     QStringLiteral("outbox/previous_key_files"));
    }
    // As in create(): the removal is durable only once the folder entry is on disk.
    syncFolderOf(path);
    qCInfo(lcOutbox, "removed retired data key file %s", qPrintable(path));
    return Done{};
}

DataKey DataKey::fromBytes(QByteArray bytes)
{
    DataKey key;
    if (bytes.size() == Size) {
        key.m_bytes = SecretBytes(std::move(bytes));
    } else {
        wipe(bytes);
    }
    return key;
}

QByteArray DataKey::checkValue() const
{
    static const char label[] = "kakanai outbox data key check v1";
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLen = 0;
    if (!isValid() ||
        !EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, bytes().constData(), static_cast<size_t>(Size),
                   reinterpret_cast<const unsigned char *>(label), sizeof(label) - 1, out, sizeof(out), &outLen)) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outLen));
}

} // namespace kakanai::backoffice
