#pragma once

#include "outbox/BackofficeError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace kakanai::backoffice {

class DataKey;
struct OutboxConfig;

// The data keys a process holds for its outbox, as the configuration names them: the current key
// (`[outbox] key_file`), which seals every new record, and the previous keys (`[outbox] previous_key_files`), kept
// only to open records sealed before a key rotation (`kakanai-outbox rotate-key`) re-encrypted them. Each may be a
// plain key file or an encrypted systemd credential (a file in $CREDENTIALS_DIRECTORY): both are files to us.
class KeyRing
{
public:
    struct Key
    {
        QString file; // empty for a key given in memory
        std::shared_ptr<const DataKey> key;
    };

    // Loads key_file (every refusal of DataKey::load applies) and each of previous_key_files. A previous key file
    // that does not exist is left out with a warning: `rotate-key` removes the files of the keys it retired, and the
    // kiosk must still start when the INI names one. Any other problem with a previous key file is an error naming
    // `outbox/previous_key_files`.
    static Result<KeyRing> load(const OutboxConfig &config);
    // Keys already in memory (tests, the single-key Outbox::open).
    static KeyRing fromKeys(std::shared_ptr<const DataKey> current,
                            std::vector<std::shared_ptr<const DataKey>> previous = {});

    bool isValid() const;
    const Key &current() const { return m_current; }
    const std::vector<Key> &previous() const { return m_previous; }

private:
    Key m_current;
    std::vector<Key> m_previous;
};

// A key ring bound to one outbox file: every key with the id the outbox gave it. The outbox keeps a register of its
// keys in its `meta` table (no schema change): `key_check` is the check value (DataKey::checkValue) of key 1, the key
// it was created with; `key_check.<n>` that of key n (2, 3, …), registered when a process opens the outbox with a new
// current key and one of its previous keys is already known (a rotation begins); `key_retired.<n>` (the time) marks a
// key `rotate-key` retired once no record used it. Ids are never reused, and a retired key never seals again.
class OutboxKeys
{
public:
    // Gives each key of `ring` its id, registering the current key as the next id when it is new to the outbox and a
    // previous key proves the ring belongs to it. KeyMismatch when the current key is neither registered nor
    // introduced by a registered previous key, or was retired. Previous keys that are unknown or retired are left
    // out (with a warning). Opens its own write transaction to register; the caller holds none.
    static Result<OutboxKeys> bind(const QSqlDatabase &db, const KeyRing &ring, const QString &outboxPath);

    quint8 sealId() const { return m_sealId; }
    // The ids of the keys this process can open records with, the sealing key's included.
    QList<quint8> ids() const;
    // The ids the outbox registered, retired ones included, as read at bind().
    const QList<quint8> &registeredIds() const { return m_registered; }
    // The file of the ring key with this id (retired ones included), empty when none.
    QString fileOf(quint8 id) const;
    bool hasKey(quint8 id) const { return find(id) != nullptr; }

    // Seals under the sealing key, its id in the record.
    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    // Opens a record with the key its key id names: KeyMissing when this ring lacks that key (the record is not
    // damaged: configure the key), Tampered when it does not authenticate.
    Result<QByteArray> open(QByteArrayView record, QByteArrayView associatedData) const;
    // Inside a write transaction that is about to seal: KeyMismatch when a rotation retired the sealing key since
    // bind() (a process still running with the old key_file), so that no record is ever sealed under a retired key.
    Result<Done> checkSealable(const QSqlDatabase &db) const;
    // The outbox's key register as it is now (the caller's transaction, if any, makes it current).
    struct Register
    {
        std::map<quint8, QByteArray> checks; // id → check value
        QList<quint8> retired;
    };
    static Result<Register> readRegister(const QSqlDatabase &db);
    // Inside the caller's write transaction: key `id` retired at `atMs` (ms since the epoch).
    static Result<Done> markRetired(const QSqlDatabase &db, quint8 id, qint64 atMs);

    // "x'01',x'02'": the ids of ids() for `substr(payload, 2, 1) IN (…)`.
    QString sqlIdList() const;
    // The literal x'NN' of one id.
    static QString sqlId(quint8 id);

private:
    struct Bound
    {
        quint8 id = 0;
        bool retired = false;
        KeyRing::Key key;
    };
    const DataKey *find(quint8 id) const;

    quint8 m_sealId = 0;
    std::vector<Bound> m_keys;
    QList<quint8> m_registered;
};

} // namespace kakanai::backoffice
