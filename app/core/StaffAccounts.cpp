#include "app/core/StaffAccounts.h"

#include "app/core/KioskLogging.h"
#include "app/core/Totp.h"
#include "common/Clock.h"
#include "common/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kakanai::kiosk {

namespace {

constexpr int HashBytes = 32;
constexpr int SaltBytes = 16;

QByteArray pbkdf2(const QByteArray &pin, const QByteArray &salt, int iterations)
{
    QByteArray out(HashBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(pin.constData(), int(pin.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), HashBytes,
                          reinterpret_cast<unsigned char *>(out.data())) != 1) {
        return {};
    }
    return out;
}

} // namespace

bool StaffAccounts::isValidPin(const QByteArray &pin, int minPinLength)
{
    if (pin.size() < std::max(minPinLength, int(MinPinLength)) || pin.size() > MaxPinLength) {
        return false;
    }
    return std::all_of(pin.cbegin(), pin.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

bool StaffAccounts::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    return pattern.match(id).hasMatch();
}

StaffAccounts StaffAccounts::parse(const QByteArray &text, QList<ConfigProblem> *problems, int minPinLength)
{
    minPinLength = std::max(minPinLength, int(MinPinLength));
    StaffAccounts accounts;
    const QString key = QStringLiteral("kiosk/staff_accounts");
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        auto bad = [&](const QString &why) {
            problems->append({key, QStringLiteral("line %1: %2").arg(i + 1).arg(why)});
        };
        const QStringList parts = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (parts.size() < 2) {
            bad(QStringLiteral("expected '<staff id> pbkdf2-sha256:<iterations>:<salt>:<hash>:<digits> [name]'"));
            continue;
        }
        StaffAccount a;
        a.id = parts.at(0);
        qsizetype nameFrom = 2;
        if (parts.size() > 2 && parts.at(2).startsWith(QLatin1String("totp:"))) {
            const auto secret = Totp::fromBase32(parts.at(2).mid(5));
            if (!secret || secret->size() < 16) {
                bad(QStringLiteral("totp: must be followed by a base32 key of at least 16 bytes"));
                continue;
            }
            a.totpSecret = *secret;
            nameFrom = 3;
        }
        a.displayName = parts.mid(nameFrom).join(QLatin1Char(' '));
        if (!isValidId(a.id)) {
            bad(QStringLiteral("staff id must be 1-32 of A-Z a-z 0-9 _ -"));
            continue;
        }
        const QStringList hash = parts.at(1).split(QLatin1Char(':'));
        bool ok = false;
        if (hash.size() == 4 && hash.at(0) == QLatin1String("pbkdf2-sha256")) {
            bad(QStringLiteral("staff id %1 was made before staff PINs needed at least %2 digits and may hold a "
                               "shorter PIN: make the line again with --hash-staff-pin")
                    .arg(a.id)
                    .arg(minPinLength));
            continue;
        }
        if (hash.size() == 5 && hash.at(0) == QLatin1String("pbkdf2-sha256")) {
            bool digitsOk = false;
            a.iterations = hash.at(1).toInt(&ok);
            a.salt = QByteArray::fromBase64(hash.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            a.hash = QByteArray::fromBase64(hash.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            a.pinMinLength = hash.at(4).toInt(&digitsOk);
            ok = ok && digitsOk && a.pinMinLength >= 1 && a.pinMinLength <= MaxPinLength;
        }
        if (!ok || a.salt.size() < 8 || a.hash.size() != HashBytes) {
            bad(QStringLiteral("hash must be pbkdf2-sha256:<iterations>:<salt, base64>:<32-byte hash, base64>:"
                               "<minimum PIN digits>"));
            continue;
        }
        if (a.pinMinLength < minPinLength) {
            bad(QStringLiteral("staff id %1 was made for PINs of at least %2 digits; the kiosk requires %3 "
                               "(kiosk/staff_pin_min_length): make the line again with --hash-staff-pin")
                    .arg(a.id)
                    .arg(a.pinMinLength)
                    .arg(minPinLength));
            continue;
        }
        if (a.iterations < MinIterations) {
            bad(QStringLiteral("at least %1 iterations").arg(MinIterations));
            continue;
        }
        if (accounts.find(a.id)) {
            bad(QStringLiteral("staff id %1 appears twice").arg(a.id));
            continue;
        }
        accounts.m_accounts.append(a);
    }
    if (accounts.m_accounts.isEmpty() && problems->isEmpty()) {
        problems->append({key, QStringLiteral("no staff accounts in the file")});
    }
    return accounts;
}

StaffAccounts StaffAccounts::load(const QString &path, QList<ConfigProblem> *problems, int minPinLength)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({QStringLiteral("kiosk/staff_accounts"),
                          QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return {};
    }
    return parse(file.read(1024 * 1024), problems, minPinLength);
}

std::optional<QString> StaffAccounts::makeLine(const QString &id, const SecretBytes &pin, const QString &displayName,
                                               int iterations, int minPinLength, const QByteArray &totpSecret)
{
    if (!isValidId(id) || minPinLength < MinPinLength || minPinLength > MaxPinLength ||
        !isValidPin(pin.bytes(), minPinLength) || iterations < MinIterations ||
        (!totpSecret.isEmpty() && totpSecret.size() < 16)) {
        return std::nullopt;
    }
    QByteArray salt(SaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1) {
        return std::nullopt;
    }
    QByteArray hash = pbkdf2(pin.bytes(), salt, iterations);
    if (hash.isEmpty()) {
        return std::nullopt;
    }
    QString line = QStringLiteral("%1 pbkdf2-sha256:%2:%3:%4:%5")
                       .arg(id)
                       .arg(iterations)
                       .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()))
                       .arg(minPinLength);
    if (!totpSecret.isEmpty()) {
        line += QStringLiteral(" totp:") + Totp::toBase32(totpSecret);
    }
    if (!displayName.trimmed().isEmpty()) {
        line += QLatin1Char(' ') + displayName.simplified();
    }
    wipe(hash);
    return line;
}

QStringList StaffAccounts::idsWithoutTotp() const
{
    QStringList out;
    for (const StaffAccount &a : m_accounts) {
        if (a.totpSecret.isEmpty()) {
            out.append(a.id);
        }
    }
    return out;
}

const StaffAccount *StaffAccounts::find(const QString &id) const
{
    for (const StaffAccount &a : m_accounts) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

int StaffAccounts::dummyIterations() const
{
    int most = 0;
    for (const StaffAccount &a : m_accounts) {
        most = std::max(most, a.iterations);
    }
    return most > 0 ? most : DefaultIterations;
}

bool StaffAccounts::verify(const StaffAccount *account, const SecretBytes &pin, int dummyIterations)
{
    // The same salt size as makeLine's, so that an unknown id hashes the same number of blocks as a known one.
    static const QByteArray dummySalt = QByteArrayLiteral("kakanai-nostaff!");
    static_assert(sizeof("kakanai-nostaff!") - 1 == SaltBytes);
    const QByteArray &salt = account ? account->salt : dummySalt;
    const int iterations = account ? account->iterations : std::max(dummyIterations, int(MinIterations));
    QByteArray derived = pbkdf2(pin.bytes(), salt, iterations);
    const bool same = account && derived.size() == account->hash.size() &&
                      CRYPTO_memcmp(derived.constData(), account->hash.constData(), size_t(derived.size())) == 0;
    wipe(derived);
    return same;
}

StaffAuthenticator::StaffAuthenticator(StaffAccounts accounts, const Clock &clock, Policy policy, QObject *parent)
    : QObject(parent)
    , m_accounts(std::move(accounts))
    , m_clock(clock)
    , m_policy(std::move(policy))
{
    qRegisterMetaType<Outcome>();
    m_policy.pinMinLength = std::max(m_policy.pinMinLength, int(StaffAccounts::MinPinLength));
    m_writer.setMaxThreadCount(1);
    loadFailures();
}

StaffAuthenticator::~StaffAuthenticator()
{
    flush();
}

void StaffAuthenticator::flush()
{
    m_writer.waitForDone();
}

qint64 StaffAuthenticator::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

namespace {
qint64 secondsLeft(qint64 untilMs, qint64 nowMs)
{
    const qint64 left = untilMs - nowMs;
    return left > 0 ? (left + 999) / 1000 : 0;
}
} // namespace

qint64 StaffAuthenticator::lockedForSeconds(const QString &staffId) const
{
    const auto it = m_failures.constFind(staffId);
    return it == m_failures.cend() ? 0 : secondsLeft(it->lockedUntilMs, nowMs());
}

qint64 StaffAuthenticator::kioskLockedForSeconds() const
{
    return secondsLeft(m_kioskLockedUntilMs, nowMs());
}

void StaffAuthenticator::loadFailures()
{
    if (m_policy.stateDirectory.isEmpty()) {
        return;
    }
    QFile file(QDir(m_policy.stateDirectory).filePath(QLatin1String(StateFileName)));
    if (!file.exists()) {
        return; // first start
    }
    QJsonParseError error{};
    const QJsonDocument doc =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &error) : QJsonDocument();
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != 1) {
        // A record that cannot be read could hide a burst of failures: lock the kiosk's sign-in (fail closed) until
        // the next write replaces the file.
        qCWarning(lcKiosk) << "staff sign-in failure record unreadable: sign-in locked for"
                           << m_policy.kioskLockoutSeconds << "s";
        m_kioskLockedUntilMs = nowMs() + qint64(m_policy.kioskLockoutSeconds) * 1000;
        return;
    }
    const QJsonObject ids = doc.object().value(QStringLiteral("ids")).toObject();
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        if (!StaffAccounts::isValidId(it.key())) {
            continue;
        }
        const QJsonObject o = it.value().toObject();
        Failures f;
        f.count = o.value(QStringLiteral("count")).toInt();
        f.lockedUntilMs = qint64(o.value(QStringLiteral("locked_until")).toDouble());
        f.lastTotpStep = qint64(o.value(QStringLiteral("last_totp_step")).toDouble());
        m_failures.insert(it.key(), f);
    }
    const QJsonObject kiosk = doc.object().value(QStringLiteral("kiosk")).toObject();
    for (const QJsonValue &v : kiosk.value(QStringLiteral("failures")).toArray()) {
        m_kioskFailures.append(qint64(v.toDouble()));
    }
    m_kioskLockedUntilMs = qint64(kiosk.value(QStringLiteral("locked_until")).toDouble());
}

void StaffAuthenticator::saveFailures()
{
    if (m_policy.stateDirectory.isEmpty()) {
        return;
    }
    QJsonObject ids;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        if (it->count > 0 || it->lockedUntilMs > nowMs() || it->lastTotpStep > 0) {
            ids.insert(it.key(), QJsonObject{{QStringLiteral("count"), it->count},
                                             {QStringLiteral("locked_until"), double(it->lockedUntilMs)},
                                             {QStringLiteral("last_totp_step"), double(it->lastTotpStep)}});
        }
    }
    QJsonArray failures;
    for (const qint64 t : std::as_const(m_kioskFailures)) {
        failures.append(double(t));
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("ids"), ids},
        {QStringLiteral("kiosk"), QJsonObject{{QStringLiteral("failures"), failures},
                                              {QStringLiteral("locked_until"), double(m_kioskLockedUntilMs)}}}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    const QString folder = m_policy.stateDirectory;
    // fsync off the GUI thread; one writer thread keeps the writes in order, so the last one on disk is the newest.
    m_writer.start([folder, bytes] {
        if (const auto written = writeFileDurably(folder, QLatin1String(StateFileName), bytes); !written) {
            qCWarning(lcKiosk) << "staff sign-in failure record not written:" << written.error().detail;
        }
    });
}

QString StaffAuthenticator::factorsName() const
{
    return m_policy.requireTotp ? QStringLiteral("pin+totp") : QStringLiteral("pin");
}

void StaffAuthenticator::signIn(const QString &staffId, std::shared_ptr<SecretBytes> pin,
                                std::shared_ptr<SecretBytes> code)
{
    if (!code) {
        code = std::make_shared<SecretBytes>();
    }
    auto refuse = [this](Outcome outcome, int left, qint64 locked) {
        QMetaObject::invokeMethod(
            this, [this, outcome, left, locked] { Q_EMIT signInFinished(outcome, left, locked); },
            Qt::QueuedConnection);
    };
    if (m_checking) {
        pin->clear();
        code->clear();
        return;
    }
    const int left = std::max(0, m_policy.maxFailures - m_failures.value(staffId).count);
    const bool codeOk = !m_policy.requireTotp || (code->bytes().size() == Totp::Digits &&
                                                  std::all_of(code->bytes().begin(), code->bytes().end(),
                                                              [](char c) { return c >= '0' && c <= '9'; }));
    if (!StaffAccounts::isValidId(staffId) || !StaffAccounts::isValidPin(pin->bytes(), m_policy.pinMinLength) ||
        !codeOk) {
        pin->clear();
        code->clear();
        refuse(Outcome::InvalidInput, left, 0);
        return;
    }
    if (const qint64 locked = kioskLockedForSeconds(); locked > 0) {
        pin->clear();
        code->clear();
        qCInfo(lcKiosk) << "staff sign-in refused: the kiosk's sign-in locked for" << locked << "s";
        refuse(Outcome::KioskLockedOut, 0, locked);
        return;
    }
    if (const qint64 locked = lockedForSeconds(staffId); locked > 0) {
        pin->clear();
        code->clear();
        qCInfo(lcKiosk) << "staff sign-in refused: id locked for" << locked << "s";
        refuse(Outcome::LockedOut, 0, locked);
        return;
    }
    m_checking = true;
    // PBKDF2 with 600,000 iterations takes a few hundred milliseconds: never on the GUI thread. The watcher is a
    // child of this object, so a result arriving after the kiosk shut down goes nowhere. An unknown id does the
    // same work as the most expensive known one.
    const StaffAccount *found = m_accounts.find(staffId);
    std::optional<StaffAccount> account = found ? std::optional<StaffAccount>(*found) : std::nullopt;
    const int dummyIterations = m_accounts.dummyIterations();
    const quint64 generation = m_generation;
    const bool requireTotp = m_policy.requireTotp;
    const qint64 unixSeconds = nowMs() / 1000;
    const qint64 lastStep = m_failures.value(staffId).lastTotpStep;
    struct Checked
    {
        bool ok = false;
        std::optional<qint64> totpStep;
    };
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcher<Checked>::finished, this, [this, watcher, staffId, generation] {
        const Checked checked = watcher->result();
        watcher->deleteLater();
        finish(staffId, checked.ok, checked.totpStep, generation);
    });
    watcher->setFuture(QtConcurrent::run([pin, code, account, dummyIterations, requireTotp, unixSeconds, lastStep] {
        Checked checked;
        checked.ok = StaffAccounts::verify(account ? &*account : nullptr, *pin, dummyIterations);
        pin->clear();
        if (requireTotp) {
            // Checked whatever the PIN gave, and for an unknown id or an account without a key against a fixed
            // one, so that neither the answer nor its time tells which factor was wrong.
            static const QByteArray noKey(Totp::SecretLength, '\x5a');
            const bool hasKey = account && !account->totpSecret.isEmpty();
            checked.totpStep = Totp::verify(hasKey ? account->totpSecret : noKey, code->bytes(), unixSeconds, lastStep);
            checked.ok = checked.ok && hasKey && checked.totpStep.has_value();
        }
        code->clear();
        return checked;
    }));
}

void StaffAuthenticator::finish(const QString &staffId, bool ok, std::optional<qint64> totpStep, quint64 generation)
{
    m_checking = false;
    Failures &f = m_failures[staffId];
    const qint64 now = nowMs();
    if (ok && totpStep && *totpStep <= f.lastTotpStep) {
        ok = false; // the step was used while this check ran (cannot happen with one check at a time; kept strict)
    }
    if (ok) {
        const bool hadFailures = f.count > 0 || f.lockedUntilMs > 0;
        const qint64 lastStep = totpStep.value_or(f.lastTotpStep);
        const bool stepMoved = lastStep != f.lastTotpStep;
        f = Failures{};
        f.lastTotpStep = lastStep;
        if (hadFailures || stepMoved) {
            saveFailures(); // the used step too: a restart must not accept the same code again
        }
        if (generation != m_generation) {
            // The session that asked for this sign-in has ended: nobody is signed in for the next one.
            qCInfo(lcKiosk) << "staff sign-in finished after its session ended: not signed in";
            return;
        }
        m_staffId = staffId;
        m_signedIn = true;
        m_lastTouchMs = m_clock.monotonicMs();
        qCInfo(lcKiosk) << "staff signed in";
        Q_EMIT signInFinished(Outcome::SignedIn, m_policy.maxFailures, 0);
        Q_EMIT signedInChanged(true);
        return;
    }
    ++f.count;
    m_kioskFailures.append(now);
    const qint64 windowStart = now - qint64(KioskWindowSeconds) * 1000;
    m_kioskFailures.erase(std::remove_if(m_kioskFailures.begin(), m_kioskFailures.end(),
                                         [windowStart](qint64 t) { return t < windowStart; }),
                          m_kioskFailures.end());
    Outcome outcome = Outcome::WrongCredentials;
    qint64 lockedFor = 0;
    if (f.count >= m_policy.maxFailures) {
        // The count stays: after the lock, every further failure locks the id again at once.
        f.lockedUntilMs = now + qint64(m_policy.lockoutSeconds) * 1000;
        qCWarning(lcKiosk) << "staff id locked after" << f.count << "failed sign-ins";
        outcome = Outcome::LockedOut;
        lockedFor = m_policy.lockoutSeconds;
    }
    if (m_kioskFailures.size() >= m_policy.kioskMaxFailures) {
        m_kioskLockedUntilMs = now + qint64(m_policy.kioskLockoutSeconds) * 1000;
        qCWarning(lcKiosk) << "staff sign-in at this kiosk locked after" << m_kioskFailures.size()
                           << "failed sign-ins within" << KioskWindowSeconds << "s";
        outcome = Outcome::KioskLockedOut;
        lockedFor = m_policy.kioskLockoutSeconds;
    }
    saveFailures();
    if (outcome == Outcome::WrongCredentials) {
        qCInfo(lcKiosk) << "staff sign-in failed" << f.count << "of" << m_policy.maxFailures;
    }
    Q_EMIT signInFinished(outcome, std::max(0, m_policy.maxFailures - f.count), lockedFor);
}

bool StaffAuthenticator::isSignedIn() const
{
    return m_signedIn && m_clock.monotonicMs() - m_lastTouchMs <= qint64(m_policy.reauthSeconds) * 1000;
}

QString StaffAuthenticator::displayName() const
{
    if (!isSignedIn()) {
        return {};
    }
    const StaffAccount *a = m_accounts.find(m_staffId);
    return a && !a->displayName.isEmpty() ? a->displayName : m_staffId;
}

void StaffAuthenticator::touch()
{
    if (m_signedIn && isSignedIn()) {
        m_lastTouchMs = m_clock.monotonicMs();
    } else if (m_signedIn) {
        signOut();
    }
}

void StaffAuthenticator::signOut()
{
    const bool was = m_signedIn;
    m_signedIn = false;
    m_staffId.clear();
    ++m_generation; // a check still running signs nobody in
    if (was) {
        qCInfo(lcKiosk) << "staff signed out";
        Q_EMIT signedInChanged(false);
    }
}

} // namespace kakanai::kiosk
