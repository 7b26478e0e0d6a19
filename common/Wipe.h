#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/crypto.h>

namespace kakanai {

// Overwrites personal data in place before the memory is released. OPENSSL_cleanse cannot be optimised away,
// unlike a memset on memory that is about to be freed. Qt containers are implicitly shared: only the last owner
// of a buffer overwrites it (a shared owner just lets go), so every owner that wipes on destruction together
// leaves nothing behind, without making a copy merely to overwrite it.
//
// overwrite() zeroes the contents in place when this object is the buffer's only owner and keeps the (now zero)
// contents; wipe() overwrites and then lets go.
inline bool overwrite(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached()) {
        return false;
    }
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    return true;
}

inline bool overwrite(QString &text)
{
    if (text.isEmpty() || !text.isDetached()) {
        return false;
    }
    OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    return true;
}

inline void wipe(QByteArray &bytes)
{
    overwrite(bytes);
    bytes = QByteArray();
}

inline void wipe(QString &text)
{
    overwrite(text);
    text = QString();
}

// A byte buffer for secrets (PIN, 照合番号B, individual number digits) that is wiped when it dies.
// Move-only, so a secret is never silently duplicated.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept
        : m_bytes(std::move(other.m_bytes))
    {
        other.m_bytes = QByteArray();
    }
    SecretBytes &operator=(SecretBytes &&other) noexcept
    {
        if (this != &other) {
            wipe(m_bytes);
            m_bytes = std::move(other.m_bytes);
            other.m_bytes = QByteArray();
        }
        return *this;
    }
    ~SecretBytes() { wipe(m_bytes); }

    const QByteArray &bytes() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear() { wipe(m_bytes); }

private:
    QByteArray m_bytes;
};

} // namespace kakanai
