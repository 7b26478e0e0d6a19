#include "cardreader/CardService.h"

#include "cardreader/pcsc/ReaderMonitor.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcService, "kakanai.cardreader.service", QtInfoMsg)

namespace kakanai::card {

CardService::CardService(CardConfig config, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{
    qRegisterMetaType<ReaderInfo>();
    qRegisterMetaType<QList<ReaderInfo>>();
    qRegisterMetaType<PinStatus>();
    qRegisterMetaType<ReadOutcome>();
    qRegisterMetaType<JpkiCheck>();
    qRegisterMetaType<CardError>();
    qRegisterMetaType<CardOperation>();
    if (!m_config.issuerPublicKeyPem.isEmpty()) {
        m_issuerKey = ossl::publicKeyFromPem(m_config.issuerPublicKeyPem);
    }
}

CardService::~CardService()
{
    m_held.reset(); // powered down
    if (m_monitor) {
        m_monitor->stop();
    }
}

quint64 CardService::nextId()
{
    return m_nextId.fetch_add(1);
}

void CardService::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_monitor) {
                return;
            }
            m_monitor = std::make_unique<ReaderMonitor>([this](const ReaderSnapshot &snapshot) {
                // Called on the monitor's thread: hand the snapshot to ours.
                QMetaObject::invokeMethod(
                    this, [this, snapshot] { onSnapshot(snapshot); }, Qt::QueuedConnection);
            });
            m_monitor->start();
        },
        Qt::QueuedConnection);
}

void CardService::stop()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            releaseHeld("service stopped");
            if (m_monitor) {
                m_monitor->stop();
                m_monitor.reset();
            }
        },
        Qt::QueuedConnection);
}

ReaderSnapshot CardService::lastSnapshot() const
{
    std::lock_guard lock(m_snapshotMutex);
    return m_snapshot;
}

void CardService::onSnapshot(const ReaderSnapshot &snapshot)
{
    ReaderSnapshot previous;
    bool hadPrevious = false;
    {
        std::lock_guard lock(m_snapshotMutex);
        previous = m_snapshot;
        hadPrevious = m_haveSnapshot;
        m_snapshot = snapshot;
        m_haveSnapshot = true;
    }
    if (!hadPrevious || previous.serviceAvailable != snapshot.serviceAvailable) {
        qCInfo(lcService) << "PC/SC service" << (snapshot.serviceAvailable ? "available" : "unavailable");
        Q_EMIT serviceAvailabilityChanged(snapshot.serviceAvailable);
    }
    // Card events per reader, including readers that vanished (their card is gone with them).
    for (const auto &old : previous.readers) {
        const auto now = std::find_if(snapshot.readers.cbegin(), snapshot.readers.cend(),
                                      [&](const ReaderInfo &r) { return r.name == old.name; });
        const bool stillPresent = now != snapshot.readers.cend() && now->cardPresent;
        const bool replaced =
            now != snapshot.readers.cend() && now->cardPresent && now->eventCount != old.eventCount && old.cardPresent;
        if (old.cardPresent && (!stillPresent || replaced)) {
            if (m_held && m_held->readerName() == old.name) {
                releaseHeld("card removed");
            }
            Q_EMIT cardRemoved(old.name);
        }
    }
    for (const auto &r : snapshot.readers) {
        const auto before = std::find_if(previous.readers.cbegin(), previous.readers.cend(),
                                         [&](const ReaderInfo &p) { return p.name == r.name; });
        const bool wasPresent = before != previous.readers.cend() && before->cardPresent;
        const bool replaced = wasPresent && r.cardPresent && before->eventCount != r.eventCount;
        if (r.cardPresent && (!wasPresent || replaced)) {
            if (r.mute) {
                Q_EMIT cardUnreadable(r.name);
            } else {
                Q_EMIT cardInserted(r.name);
            }
        } else if (r.cardPresent && wasPresent && r.mute && !before->mute) {
            Q_EMIT cardUnreadable(r.name);
        }
    }
    if (!hadPrevious || previous.readers != snapshot.readers) {
        Q_EMIT readersChanged(snapshot.readers);
    }
}

quint64 CardService::requestPinStatus()
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        this, [this, id] { runPinStatus(id); }, Qt::QueuedConnection);
    return id;
}

quint64 CardService::requestRead(ReadOptions options, std::shared_ptr<SecretBytes> secret)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        this,
        [this, id, options, secret = std::move(secret)] {
            runRead(id, options, secret);
            // The secret is wiped when the last reference (the caller's, if it kept one) goes.
            secret->clear();
        },
        Qt::QueuedConnection);
    return id;
}

quint64 CardService::requestJpkiCheck(std::shared_ptr<SecretBytes> authPin, bool confirmLastTry)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        this,
        [this, id, authPin = std::move(authPin), confirmLastTry] {
            runJpkiCheck(id, authPin, confirmLastTry);
            if (authPin) {
                authPin->clear();
            }
        },
        Qt::QueuedConnection);
    return id;
}

quint64 CardService::requestReadVerified(ReadOptions options)
{
    const quint64 id = nextId();
    QMetaObject::invokeMethod(
        this, [this, id, options] { runReadVerified(id, options); }, Qt::QueuedConnection);
    return id;
}

void CardService::releaseVerified()
{
    QMetaObject::invokeMethod(
        this, [this] { releaseHeld("released"); }, Qt::QueuedConnection);
}

void CardService::releaseHeld(const char *why)
{
    if (m_held) {
        m_held.reset(); // SCARD_UNPOWER_CARD: the verified state dies with the power
        qCInfo(lcService) << "held card powered down:" << why;
    }
}

void CardService::runReadVerified(quint64 id, ReadOptions options)
{
    if (!m_held) {
        Q_EMIT operationFailed(
            id, CardOperation::ReadResident,
            CardError::fromCode(CardErrorCode::SecurityStatusNotSatisfied, QStringLiteral("no verified card held")));
        return;
    }
    Q_EMIT busyChanged(true);
    options.credential = ReadOptions::Credential::Verified;
    options.keepVerified = false;
    auto outcome = m_held->readResident(options, SecretBytes(), m_issuerKey.get());
    if (outcome) {
        // Still held: the visit may need the number again (another procedure chosen); the caller releases it.
        Q_EMIT residentRead(id, *outcome);
        outcome->record.wipe();
    } else {
        qCInfo(lcService) << "read" << id << "over the held card failed:" << outcome.error().toLogString();
        releaseHeld("read failed");
        Q_EMIT operationFailed(id, CardOperation::ReadResident, outcome.error());
    }
    Q_EMIT busyChanged(false);
}

void CardService::runOperation(quint64 id, CardOperation operation, const std::function<bool(CardSession &)> &work,
                               const std::shared_ptr<SecretBytes> &secret)
{
    releaseHeld("another operation");
    Q_EMIT busyChanged(true);
    auto session = CardSession::open(m_config.reader);
    if (!session) {
        qCInfo(lcService) << "operation" << id << "could not open the card:" << session.error().toLogString();
        if (secret) {
            secret->clear();
        }
        Q_EMIT operationFailed(id, operation, session.error());
    } else if (work(**session)) {
        m_held = std::move(*session);
        qCInfo(lcService) << "operation" << id << "keeps the card verified for one more read";
    } else {
        session->reset(); // power the card down before reporting the end
    }
    Q_EMIT busyChanged(false);
}

void CardService::runPinStatus(quint64 id)
{
    runOperation(id, CardOperation::PinStatus, [&](CardSession &session) {
        auto status = session.pinStatus();
        if (status) {
            Q_EMIT pinStatusReady(id, *status);
        } else {
            Q_EMIT operationFailed(id, CardOperation::PinStatus, status.error());
        }
        return false;
    });
}

void CardService::runRead(quint64 id, const ReadOptions &options, const std::shared_ptr<SecretBytes> &secret)
{
    if (!secret) {
        Q_EMIT operationFailed(id, CardOperation::ReadResident,
                               CardError::fromCode(CardErrorCode::InvalidPinFormat, QStringLiteral("no secret")));
        return;
    }
    runOperation(
        id, CardOperation::ReadResident,
        [&](CardSession &session) {
            if (options.credential == ReadOptions::Credential::Verified) {
                // A fresh connection is never verified: only requestReadVerified reads without a secret.
                secret->clear();
                Q_EMIT operationFailed(id, CardOperation::ReadResident,
                                       CardError::fromCode(CardErrorCode::SecurityStatusNotSatisfied,
                                                           QStringLiteral("no secret for a fresh connection")));
                return false;
            }
            auto outcome = session.readResident(options, *secret, m_issuerKey.get());
            secret->clear(); // the PIN lives no longer than the VERIFY that needed it
            if (outcome) {
                // Held only when asked, with the PIN (照合番号B never opens the number), and the number not read
                // yet (there is nothing left to read with it then).
                const bool keep =
                    options.keepVerified && options.credential == ReadOptions::Credential::Pin && !options.withNumber;
                Q_EMIT residentRead(id, *outcome);
                outcome->record.wipe();
                return keep;
            }
            qCInfo(lcService) << "read" << id << "failed:" << outcome.error().toLogString();
            Q_EMIT operationFailed(id, CardOperation::ReadResident, outcome.error());
            return false;
        },
        secret);
}

void CardService::runJpkiCheck(quint64 id, const std::shared_ptr<SecretBytes> &authPin, bool confirmLastTry)
{
    runOperation(
        id, CardOperation::JpkiCheck,
        [&](CardSession &session) {
            auto check =
                session.checkJpki(m_config.jpkiTrustAnchorPem, authPin.get(), confirmLastTry, m_clock->nowUtc());
            if (authPin) {
                authPin->clear();
            }
            if (check) {
                Q_EMIT jpkiChecked(id, *check);
            } else {
                Q_EMIT operationFailed(id, CardOperation::JpkiCheck, check.error());
            }
            return false;
        },
        authPin);
}

} // namespace kakanai::card
