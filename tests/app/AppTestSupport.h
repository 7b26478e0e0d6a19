#pragma once

// Fakes and fixtures shared by the kiosk's tests: a scripted card behind CardPort, a sink that records what it
// was given, staff accounts with a low PBKDF2 count (fast tests), and the demo resident.
#include "app/core/AuditSink.h"
#include "app/core/CardPort.h"
#include "app/core/FieldPolicy.h"
#include "app/core/KioskConfig.h"
#include "app/core/RequestSink.h"
#include "app/core/StaffAccounts.h"
#include "common/Clock.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QList>
#include <QMetaObject>
#include <QTemporaryFile>

namespace kakanai::testing {

// A card port the test drives: requests are recorded, answers are emitted by the test.
class FakeCardPort final : public kiosk::CardPort
{
    Q_OBJECT
public:
    struct Read
    {
        quint64 id;
        card::ReadOptions options;
        QByteArray secret; // copied for assertions; the test's copy, wiped by the test process only
    };

    quint64 requestPinStatus() override
    {
        pinStatusRequests.append(++m_next);
        return m_next;
    }
    quint64 requestRead(card::ReadOptions options, std::shared_ptr<SecretBytes> secret) override
    {
        reads.append({++m_next, options, secret ? secret->bytes() : QByteArray()});
        if (secret) {
            secret->clear(); // as CardService does after VERIFY
        }
        return m_next;
    }

    // Recorded among the reads with credential Verified and no secret (the card held since the PIN read).
    quint64 requestReadVerified(card::ReadOptions options) override
    {
        options.credential = card::ReadOptions::Credential::Verified;
        reads.append({++m_next, options, QByteArray()});
        return m_next;
    }
    void releaseVerified() override { ++releases; }

    quint64 lastId() const { return m_next; }

    void insert()
    {
        Q_EMIT serviceAvailabilityChanged(true);
        Q_EMIT readersChanged({readerInfo(true)});
        Q_EMIT cardInserted(reader());
    }
    void remove()
    {
        Q_EMIT serviceAvailabilityChanged(true);
        Q_EMIT readersChanged({readerInfo(false)});
        Q_EMIT cardRemoved(reader());
    }
    void answerTries(int tries)
    {
        card::PinStatus s;
        s.inputSupportPin = tries;
        Q_EMIT pinStatusReady(pinStatusRequests.last(), s);
    }
    void answerRead(const ResidentRecord &record, card::IntegrityStatus integrity = card::IntegrityStatus::Verified)
    {
        card::ReadOutcome o;
        o.record = record;
        o.integrity.status = integrity;
        Q_EMIT residentRead(reads.last().id, o);
    }
    void fail(card::CardErrorCode code, std::optional<int> triesLeft = std::nullopt)
    {
        card::CardError e = card::CardError::fromCode(code);
        e.triesLeft = triesLeft;
        Q_EMIT operationFailed(m_next, card::CardOperation::ReadResident, e);
    }

    static QString reader() { return QStringLiteral("Virtual PCD 00 00"); }
    static card::ReaderInfo readerInfo(bool present)
    {
        card::ReaderInfo r;
        r.name = reader();
        r.cardPresent = present;
        return r;
    }

    QList<quint64> pinStatusRequests;
    QList<Read> reads;
    int releases = 0; // releaseVerified calls

private:
    quint64 m_next = 0;
};

// Records submissions; the test decides when (and whether) they commit.
class FakeSink final : public kiosk::RequestSink
{
    Q_OBJECT
public:
    void submit(quint64 ticket, const kiosk::Submission &submission) override
    {
        tickets.append(ticket);
        submissions.append(submission);
        json.append(submission.requestJson->bytes());
    }
    void holdPrint(quint64 ticket) override { held.append(ticket); }
    // Answers at once (the real sinks answer queued; the session copes with both), so that the session tests stay
    // synchronous. failReservation: refuses, as a full disk would.
    void reserveReceipt(quint64 ticket, QDate day) override
    {
        reservedDays.append(day);
        if (failReservation) {
            Q_EMIT failed(ticket, {kiosk::SinkErrorCode::StorageFailed, QStringLiteral("counter")});
            return;
        }
        Q_EMIT receiptReserved(ticket, nextSequence++);
    }
    QString describe() const override { return QStringLiteral("fake"); }
    void commit()
    {
        Q_EMIT committed(tickets.last());
        Q_EMIT printFinished(tickets.last(), {kiosk::PrintStatus::Printed, {}, {}});
    }
    void failLast() { Q_EMIT failed(tickets.last(), {kiosk::SinkErrorCode::StorageFailed, QStringLiteral("disk")}); }

    QList<quint64> tickets;
    QList<kiosk::Submission> submissions;
    QList<QByteArray> json;
    QList<QDate> reservedDays;
    QList<quint64> held; // tickets the session asked to hold the paper of
    int nextSequence = 1;
    bool failReservation = false;
};

inline ResidentRecord demoResident(bool withNumber = false)
{
    ResidentRecord r;
    r.name = QStringLiteral("山田　花子");
    r.address = QStringLiteral("東京都千代田区霞が関１丁目２－３");
    r.birthDate = QDate(1985, 4, 12);
    r.sex = Sex::Female;
    if (withNumber) {
        r.individualNumber = IndividualNumber::fromDigits("123456789018");
    }
    return r;
}

// Staff "S001" with PIN 258046 and "S002" with 137913, at the lowest PBKDF2 count the parser accepts.
inline kiosk::StaffAccounts testStaff()
{
    QByteArray text;
    text += kiosk::StaffAccounts::makeLine(QStringLiteral("S001"), SecretBytes(QByteArrayLiteral("258046")),
                                           QStringLiteral("窓口 一郎"), kiosk::StaffAccounts::MinIterations)
                ->toUtf8() +
            '\n';
    text += kiosk::StaffAccounts::makeLine(QStringLiteral("S002"), SecretBytes(QByteArrayLiteral("137913")), {},
                                           kiosk::StaffAccounts::MinIterations)
                ->toUtf8() +
            '\n';
    QList<ConfigProblem> problems;
    return kiosk::StaffAccounts::parse(text, &problems);
}

inline kiosk::KioskConfig testConfig(kiosk::KioskMode mode)
{
    kiosk::KioskConfig c;
    c.kioskId = QStringLiteral("test-kiosk");
    c.mode = mode;
    c.languages = kiosk::KioskConfig::supportedLanguages();
    c.municipality = QStringLiteral("東京都港区");
    c.municipalityCode = QStringLiteral("13103");
    c.lockdown = false;
    return c;
}

inline const forms::FormCatalog &catalog()
{
    static const forms::FormCatalog c = *forms::FormCatalog::load();
    return c;
}

inline const forms::LifeEventNavigator &navigator()
{
    // With the example city's counters, as the composition root loads it without [forms] counters.
    static const forms::LifeEventNavigator n = [] {
        auto loaded = *forms::LifeEventNavigator::loadFile(forms::LifeEventNavigator::embeddedFile(), catalog().ids());
        if (auto counters = loaded.loadCountersFile(); !counters) {
            qFatal("counters: %s", qPrintable(counters.error().toLogString()));
        }
        return loaded;
    }();
    return n;
}

inline const kiosk::FieldPolicy &policy()
{
    static const kiosk::FieldPolicy p = [] {
        QList<ConfigProblem> problems;
        return kiosk::FieldPolicy::load(kiosk::FieldPolicy::embeddedFile(), &problems);
    }();
    return p;
}

// An AuditSink that keeps what it is given (fast tests of who records what; the real one is OutboxAuditSink).
class RecordingAuditSink final : public kiosk::AuditSink
{
public:
    struct Entry
    {
        backoffice::AuditAction action;
        QString staffId;
        QString requestId;
        QStringList detail;
    };
    void record(backoffice::AuditAction action, const QString &staffId, const QString &requestId,
                const QStringList &detail) override
    {
        entries.append({action, staffId, requestId, detail});
    }
    QList<Entry> entries;
};

} // namespace kakanai::testing
