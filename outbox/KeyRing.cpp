#include "outbox/KeyRing.h"

#include "outbox/Aead.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeLogging.h"
#include "outbox/DataKey.h"
#include "outbox/WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace kakanai::backoffice {

namespace {

const QString keyFileKey = QStringLiteral("outbox/key_file");
const QString previousKey = QStringLiteral("outbox/previous_key_files");

// Key 1 keeps the name it had before rotation existed, so that every outbox made since version 1 reads as is.
QString checkName(quint8 id)
{
    return id == 1 ? QStringLiteral("key_check") : QStringLiteral("key_check.%1").arg(id);
}

QString retiredName(quint8 id)
{
    return QStringLiteral("key_retired.%1").arg(id);
}

} // namespace

Result<KeyRing> KeyRing::load(const OutboxConfig &config)
{
    auto current = DataKey::load(config.keyFile);
    if (!current) {
        return current.error();
    }
    KeyRing ring;
    ring.m_current = Key{config.keyFile, std::make_shared<const DataKey>(std::move(*current))};
    for (const QString &file : config.previousKeyFiles) {
        auto key = DataKey::load(file);
        if (!key) {
            if (key.error().code == BackofficeErrorCode::KeyMissing) {
                qCWarning(lcOutbox, "previous key file %s does not exist (retired and removed?): left out",
                          qPrintable(file));
                continue;
            }
            BackofficeError e = key.error();
            e.key = previousKey;
            return e;
        }
        ring.m_previous.push_back(Key{file, std::make_shared<const DataKey>(std::move(*key))});
    }
    return ring;
}

KeyRing KeyRing::fromKeys(std::shared_ptr<const DataKey> current, std::vector<std::shared_ptr<const DataKey>> previous)
{
    KeyRing ring;
    ring.m_current.key = std::move(current);
    for (auto &key : previous) {
        ring.m_previous.push_back(Key{QString(), std::move(key)});
    }
    return ring;
}

bool KeyRing::isValid() const
{
    return m_current.key && m_current.key->isValid();
}

Result<OutboxKeys::Register> OutboxKeys::readRegister(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, value FROM meta WHERE name = 'key_check' OR name LIKE 'key_check.%'"
                               " OR name LIKE 'key_retired.%'"))) {
        return ioError(QStringLiteral("key register"), q);
    }
    Register r;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == QLatin1String("key_check")) {
            r.checks[1] = q.value(1).toByteArray();
            continue;
        }
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        bool ok = false;
        const int id = name.mid(dot + 1).toInt(&ok);
        if (!ok || id < 1 || id > 255) {
            continue; // not ours to interpret
        }
        if (name.startsWith(QLatin1String("key_check."))) {
            r.checks[static_cast<quint8>(id)] = q.value(1).toByteArray();
        } else {
            r.retired.append(static_cast<quint8>(id));
        }
    }
    return r;
}

Result<Done> OutboxKeys::markRetired(const QSqlDatabase &db, quint8 id, qint64 atMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(retiredName(id));
    q.addBindValue(atMs);
    if (!q.exec()) {
        return ioError(QStringLiteral("retire key"), q);
    }
    return Done{};
}

Result<OutboxKeys> OutboxKeys::bind(const QSqlDatabase &db, const KeyRing &ring, const QString &outboxPath)
{
    if (!ring.isValid()) {
        return BackofficeError::make(BackofficeErrorCode::KeyMissing, QStringLiteral("no data key"), keyFileKey);
    }
    auto read = readRegister(db);
    if (!read) {
        return read.error();
    }
    Register reg = std::move(*read);
    if (reg.checks.empty()) {
        return BackofficeError::make(BackofficeErrorCode::OutboxCorrupt,
                                     QStringLiteral("%1 has no key check value").arg(outboxPath),
                                     QStringLiteral("outbox/path"));
    }
    auto idOf = [](const Register &r, const DataKey &key) -> quint8 {
        const QByteArray check = key.checkValue();
        for (const auto &[id, value] : r.checks) {
            if (value == check) {
                return id;
            }
        }
        return 0;
    };

    OutboxKeys keys;
    quint8 currentId = idOf(reg, *ring.current().key);
    if (currentId == 0) {
        bool previousKnown = false;
        for (const KeyRing::Key &p : ring.previous()) {
            const quint8 id = idOf(reg, *p.key);
            previousKnown = previousKnown || (id != 0 && !reg.retired.contains(id));
        }
        if (!previousKnown) {
            return BackofficeError::make(
                BackofficeErrorCode::KeyMismatch,
                QStringLiteral("the data key is not the key of %1 (to rotate to a new key, name the current one in "
                               "previous_key_files)")
                    .arg(outboxPath),
                keyFileKey);
        }
        // A rotation begins: the new key gets the next id. Another process may be registering it at the same time;
        // the write lock orders them and the second finds it registered.
        WriteTransaction tx(db);
        if (auto ok = tx.begin(); !ok) {
            return ok.error();
        }
        auto again = readRegister(db);
        if (!again) {
            return again.error();
        }
        currentId = idOf(*again, *ring.current().key);
        if (currentId == 0) {
            const int next = again->checks.rbegin()->first + 1;
            if (next > 255) {
                return BackofficeError::make(BackofficeErrorCode::KeyMismatch,
                                             QStringLiteral("%1 has used all 255 key ids").arg(outboxPath), keyFileKey);
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?)"));
            q.addBindValue(checkName(static_cast<quint8>(next)));
            q.addBindValue(ring.current().key->checkValue());
            if (!q.exec()) {
                return ioError(QStringLiteral("register key"), q);
            }
            q.finish();
            if (auto ok = tx.commit(); !ok) {
                return ok.error();
            }
            currentId = static_cast<quint8>(next);
            again->checks[currentId] = ring.current().key->checkValue();
            qCInfo(lcOutbox,
                   "new data key registered as key %d of %s: new requests are sealed with it; "
                   "`kakanai-outbox rotate-key` re-encrypts the others",
                   currentId, qPrintable(outboxPath));
        }
        reg = std::move(*again);
    }
    if (reg.retired.contains(currentId)) {
        return BackofficeError::make(BackofficeErrorCode::KeyMismatch,
                                     QStringLiteral("the data key (key %1 of %2) was retired by a key rotation: "
                                                    "key_file must name the current key")
                                         .arg(currentId)
                                         .arg(outboxPath),
                                     keyFileKey);
    }
    keys.m_sealId = currentId;
    keys.m_keys.push_back(Bound{currentId, false, ring.current()});
    for (const KeyRing::Key &p : ring.previous()) {
        const quint8 id = idOf(reg, *p.key);
        if (id == 0) {
            qCWarning(lcOutbox, "previous key file %s holds no key of %s: left out", qPrintable(p.file),
                      qPrintable(outboxPath));
            continue;
        }
        const bool retired = reg.retired.contains(id);
        if (retired) {
            qCWarning(lcOutbox, "previous key file %s holds key %d, retired by a key rotation: remove it",
                      qPrintable(p.file), id);
        }
        if (id != currentId) {
            keys.m_keys.push_back(Bound{id, retired, p});
        }
    }
    for (const auto &[id, value] : reg.checks) {
        keys.m_registered.append(id);
    }
    return keys;
}

QList<quint8> OutboxKeys::ids() const
{
    QList<quint8> out;
    for (const Bound &b : m_keys) {
        if (!b.retired) {
            out.append(b.id);
        }
    }
    return out;
}

QString OutboxKeys::fileOf(quint8 id) const
{
    for (const Bound &b : m_keys) {
        if (b.id == id) {
            return b.key.file;
        }
    }
    return {};
}

const DataKey *OutboxKeys::find(quint8 id) const
{
    for (const Bound &b : m_keys) {
        if (b.id == id && !b.retired) {
            return b.key.key.get();
        }
    }
    return nullptr;
}

Result<QByteArray> OutboxKeys::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    const DataKey *key = find(m_sealId);
    if (!key) {
        return BackofficeError::make(BackofficeErrorCode::KeyMissing, QStringLiteral("no data key"), keyFileKey);
    }
    return aead::seal(*key, plaintext, associatedData, m_sealId);
}

Result<QByteArray> OutboxKeys::open(QByteArrayView record, QByteArrayView associatedData) const
{
    const quint8 id = aead::recordKeyId(record);
    if (id == 0) {
        return BackofficeError::make(BackofficeErrorCode::Tampered, QStringLiteral("not a record of this format"));
    }
    const DataKey *key = find(id);
    if (!key) {
        return BackofficeError::make(BackofficeErrorCode::KeyMissing,
                                     QStringLiteral("the record is sealed under key %1, which is in neither key_file "
                                                    "nor previous_key_files")
                                         .arg(id),
                                     previousKey);
    }
    return aead::open(*key, record, associatedData, id);
}

Result<Done> OutboxKeys::checkSealable(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE name = ?"));
    q.addBindValue(retiredName(m_sealId));
    if (!q.exec()) {
        return ioError(QStringLiteral("key register"), q);
    }
    if (q.next()) {
        return BackofficeError::make(BackofficeErrorCode::KeyMismatch,
                                     QStringLiteral("key %1, which this program seals with, was retired by a key "
                                                    "rotation: restart it with the current key_file")
                                         .arg(m_sealId),
                                     keyFileKey);
    }
    return Done{};
}

QString OutboxKeys::sqlId(quint8 id)
{
    return QStringLiteral("x'%1'").arg(id, 2, 16, QLatin1Char('0'));
}

QString OutboxKeys::sqlIdList() const
{
    QStringList parts;
    for (quint8 id : ids()) {
        parts.append(sqlId(id));
    }
    return parts.join(QLatin1Char(','));
}

} // namespace kakanai::backoffice
