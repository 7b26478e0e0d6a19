#pragma once

#include "outbox/BackofficeError.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kakanai::backoffice {

class DataKey;

// AES-256-GCM records of the outbox (OpenSSL EVP). Layout of a sealed record:
//
//     version (1 byte, 0x01) | key id (1 byte, 0x01) | nonce (12 bytes) | ciphertext | tag (16 bytes)
//
// The nonce is fresh from the OpenSSL random generator for every write (random 96-bit nonces stay far below the
// 2^32 messages per key of NIST SP 800-38D at kiosk volumes). The associated data binds the record to its row
// (the request id) and column, so a record moved to another row, truncated or changed in any bit fails
// authentication, and nothing of a failed record is ever returned.
namespace aead {

inline constexpr char FormatVersion = 0x01;
// The id of the key that sealed the record (KeyRing.h): 1 for an outbox's first key, then 2, 3, … one per key
// rotation. It is not secret and not authenticated on its own: it only picks the key, and a wrong pick fails
// authentication like any other change.
inline constexpr char KeyId = 0x01;
inline constexpr int HeaderSize = 2;
inline constexpr int NonceSize = 12;
inline constexpr int TagSize = 16;
inline constexpr int Overhead = HeaderSize + NonceSize + TagSize;

Result<QByteArray> seal(const DataKey &key, QByteArrayView plaintext, QByteArrayView associatedData,
                        quint8 keyId = KeyId);
// With a given nonce: for tests of the layout only. A nonce must never be used twice with one key.
Result<QByteArray> sealWithNonce(const DataKey &key, QByteArrayView plaintext, QByteArrayView associatedData,
                                 QByteArrayView nonce, quint8 keyId = KeyId);
// The plaintext, or Tampered for any record that does not authenticate or was not sealed under key `keyId` (the
// caller wipes the plaintext).
Result<QByteArray> open(const DataKey &key, QByteArrayView record, QByteArrayView associatedData, quint8 keyId = KeyId);
// The key id of a record of this format; 0 (never a key's id) for anything else.
quint8 recordKeyId(QByteArrayView record);

} // namespace aead
} // namespace kakanai::backoffice
