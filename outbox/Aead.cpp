#include "outbox/Aead.h"

#include "outbox/DataKey.h"

#include "common/Wipe.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace kakanai::backoffice::aead {

namespace {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *u8(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}
unsigned char *u8(char *p)
{
    return reinterpret_cast<unsigned char *>(p);
}

BackofficeError cryptoError(const char *what)
{
    return BackofficeError::make(BackofficeErrorCode::Crypto, QString::fromLatin1(what));
}

BackofficeError tampered(const char *what)
{
    return BackofficeError::make(BackofficeErrorCode::Tampered, QString::fromLatin1(what));
}

} // namespace

Result<QByteArray> sealWithNonce(const DataKey &key, QByteArrayView plaintext, QByteArrayView associatedData,
                                 QByteArrayView nonce, quint8 keyId)
{
    if (keyId == 0) {
        return cryptoError("key id 0 is not a key's id");
    }
    if (!key.isValid()) {
        return cryptoError("no data key");
    }
    if (nonce.size() != NonceSize || plaintext.size() > (1 << 30)) {
        return cryptoError("bad nonce or plaintext size");
    }
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes().constData()), u8(nonce.data())) != 1) {
        return cryptoError("cipher setup failed");
    }
    QByteArray record(HeaderSize + NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    record[0] = FormatVersion;
    record[1] = static_cast<char>(keyId);
    std::memcpy(record.data() + HeaderSize, nonce.data(), NonceSize);
    int len = 0;
    if (!associatedData.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(associatedData.data()),
                                                       static_cast<int>(associatedData.size())) != 1) {
        return cryptoError("associated data rejected");
    }
    char *out = record.data() + HeaderSize + NonceSize;
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), u8(out), &len, u8(plaintext.data()), static_cast<int>(plaintext.size())) !=
            1) {
            return cryptoError("encryption failed");
        }
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), u8(out + written), &len) != 1) {
        return cryptoError("encryption failed");
    }
    written += len;
    if (written != plaintext.size() ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, TagSize, out + written) != 1) {
        return cryptoError("tag failed");
    }
    return record;
}

Result<QByteArray> seal(const DataKey &key, QByteArrayView plaintext, QByteArrayView associatedData, quint8 keyId)
{
    unsigned char nonce[NonceSize];
    if (RAND_bytes(nonce, NonceSize) != 1) {
        return cryptoError("RAND_bytes failed");
    }
    return sealWithNonce(key, plaintext, associatedData,
                         QByteArrayView(reinterpret_cast<const char *>(nonce), NonceSize), keyId);
}

quint8 recordKeyId(QByteArrayView record)
{
    if (record.size() < Overhead || record[0] != FormatVersion) {
        return 0;
    }
    return static_cast<quint8>(record[1]);
}

Result<QByteArray> open(const DataKey &key, QByteArrayView record, QByteArrayView associatedData, quint8 keyId)
{
    if (!key.isValid()) {
        return cryptoError("no data key");
    }
    if (record.size() < Overhead) {
        return tampered("record too short");
    }
    if (record[0] != FormatVersion || static_cast<quint8>(record[1]) != keyId) {
        return tampered("unknown record version or key id");
    }
    const char *nonce = record.data() + HeaderSize;
    const char *ciphertext = nonce + NonceSize;
    const qsizetype ciphertextSize = record.size() - Overhead;
    const char *tag = ciphertext + ciphertextSize;

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes().constData()), u8(nonce)) != 1) {
        return cryptoError("cipher setup failed");
    }
    int len = 0;
    if (!associatedData.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(associatedData.data()),
                                                       static_cast<int>(associatedData.size())) != 1) {
        return cryptoError("associated data rejected");
    }
    QByteArray plaintext(ciphertextSize, Qt::Uninitialized);
    int written = 0;
    if (ciphertextSize > 0) {
        if (EVP_DecryptUpdate(ctx.get(), u8(plaintext.data()), &len, u8(ciphertext),
                              static_cast<int>(ciphertextSize)) != 1) {
            wipe(plaintext);
            return tampered("decryption failed");
        }
        written = len;
    }
    // EVP_CTRL_AEAD_SET_TAG takes a non-const pointer but only reads it.
    QByteArray tagCopy(tag, TagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, TagSize, tagCopy.data()) != 1) {
        wipe(plaintext);
        return cryptoError("tag setup failed");
    }
    // "If it does not indicate success, the authentication operation has failed and any output data MUST NOT be
    // used" (EVP_EncryptInit(3)): the partial plaintext is wiped, not returned.
    if (EVP_DecryptFinal_ex(ctx.get(), u8(plaintext.data() + written), &len) != 1) {
        wipe(plaintext);
        return tampered("authentication failed");
    }
    return plaintext;
}

} // namespace kakanai::backoffice::aead
