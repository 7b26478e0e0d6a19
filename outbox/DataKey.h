#pragma once

#include "outbox/BackofficeError.h"

#include "common/Wipe.h"

#include <QByteArray>
#include <QString>

namespace kakanai::backoffice {

// The outbox's data key: 32 random bytes in a file of its own, readable only by the service user (mode 0600),
// created once at installation by `kakanai-outbox --config FILE init-key`. Loading refuses a file that is missing,
// not a regular file, owned by another user, readable by group or others, or not exactly 32 bytes long: each is a
// clear error, and there is never a fallback to storing requests in the clear.
class DataKey
{
public:
    static constexpr int Size = 32; // AES-256

    static Result<DataKey> load(const QString &path);
    // Creates the key file (mode 0600, O_EXCL: never overwrites an existing key, whose loss would make every
    // queued request unreadable), synced to disk together with its folder entry.
    static Result<Done> create(const QString &path);
    // Removes a key file that is no longer needed (a key retired by a key rotation), its folder entry synced. A file
    // that cannot be removed (an encrypted systemd credential, a read-only folder) is an Io error naming why.
    static Result<Done> remove(const QString &path);
    // A key from bytes already in memory (tests, fuzz targets). Anything but 32 bytes gives an empty key.
    static DataKey fromBytes(QByteArray bytes);

    DataKey(DataKey &&) noexcept = default;
    DataKey &operator=(DataKey &&) noexcept = default;

    bool isValid() const { return m_bytes.size() == Size; }
    const QByteArray &bytes() const { return m_bytes.bytes(); }
    // HMAC-SHA256 of a fixed label under the key: stored in the outbox, so that a different key (a restored
    // backup, a key of another kiosk) is told apart from damaged data. Reveals nothing about the key.
    QByteArray checkValue() const;

private:
    DataKey() = default;
    SecretBytes m_bytes;
};

// Checks that a secret file (the data key, the TLS client key) is a regular file of the current user that no one
// else may read: mode 0600 or stricter. `configKey` names the setting in the error.
Result<Done> checkPrivateFile(const QString &path, const QString &configKey);

} // namespace kakanai::backoffice
