#include "app/core/StaffAccounts.h"

#include "app/core/KioskLogging.h"
#include "common/Clock.h"

#include <QFile>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

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

bool StaffAccounts::isValidPin(const QByteArray &pin)
{
    if (pin.size() < MinPinLength || pin.size() > MaxPinLength) {
        return false;
    }
    return std::all_of(pin.cbegin(), pin.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

bool StaffAccounts::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    return pattern.match(id).hasMatch();
}

StaffAccounts StaffAccounts::parse(const QByteArray &text, QList<ConfigProblem> *problems)
{
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
            bad(QStringLiteral("expected '<staff id> pbkdf2-sha256:<iterations>:<salt>:<hash> [name]'"));
            continue;
        }
        StaffAccount a;
        a.id = parts.at(0);
        a.displayName = parts.mid(2).join(QLatin1Char(' '));
        if (!isValidId(a.id)) {
            bad(QStringLiteral("staff id must be 1-32 of A-Z a-z 0-9 _ -"));
            continue;
        }
        const QStringList hash = parts.at(1).split(QLatin1Char(':'));
        bool ok = false;
        if (hash.size() == 4 && hash.at(0) == QLatin1String("pbkdf2-sha256")) {
            a.iterations = hash.at(1).toInt(&ok);
            a.salt = QByteArray::fromBase64(hash.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            a.hash = QByteArray::fromBase64(hash.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        }
        if (!ok || a.salt.size() < 8 || a.hash.size() != HashBytes) {
            bad(QStringLiteral("hash must be pbkdf2-sha256:<iterations>:<salt, base64>:<32-byte hash, base64>"));
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

StaffAccounts StaffAccounts::load(const QString &path, QList<ConfigProblem> *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({QStringLiteral("kiosk/staff_accounts"),
                          QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return {};
    }
    return parse(file.read(1024 * 1024), problems);
}

std::optional<QString> StaffAccounts::makeLine(const QString &id, const SecretBytes &pin, const QString &displayName,
                                               int iterations)
{
    if (!isValidId(id) || !isValidPin(pin.bytes()) || iterations < MinIterations) {
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
    QString line = QStringLiteral("%1 pbkdf2-sha256:%2:%3:%4")
                       .arg(id)
                       .arg(iterations)
                       .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
    if (!displayName.trimmed().isEmpty()) {
        line += QLatin1Char(' ') + displayName.simplified();
    }
    wipe(hash);
    return line;
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

bool StaffAccounts::verify(const StaffAccount *account, const SecretBytes &pin)
{
    static const QByteArray dummySalt = QByteArrayLiteral("kakanai-no-such-staff");
    const QByteArray &salt = account ? account->salt : dummySalt;
    const int iterations = account ? account->iterations : DefaultIterations;
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
    , m_policy(policy)
{
    qRegisterMetaType<Outcome>();
}

StaffAuthenticator::~StaffAuthenticator() = default;

qint64 StaffAuthenticator::lockedForSeconds(const QString &staffId) const
{
    const auto it = m_failures.constFind(staffId);
    if (it == m_failures.cend()) {
        return 0;
    }
    const qint64 left = it->lockedUntilMs - m_clock.monotonicMs();
    return left > 0 ? (left + 999) / 1000 : 0;
}

void StaffAuthenticator::signIn(const QString &staffId, std::shared_ptr<SecretBytes> pin)
{
    auto refuse = [this](Outcome outcome, int left, qint64 locked) {
        QMetaObject::invokeMethod(
            this, [this, outcome, left, locked] { Q_EMIT signInFinished(outcome, left, locked); },
            Qt::QueuedConnection);
    };
    if (m_checking) {
        pin->clear();
        return;
    }
    if (!StaffAccounts::isValidId(staffId) || !StaffAccounts::isValidPin(pin->bytes())) {
        pin->clear();
        refuse(Outcome::InvalidInput, m_policy.maxFailures - m_failures.value(staffId).count, 0);
        return;
    }
    if (const qint64 locked = lockedForSeconds(staffId); locked > 0) {
        pin->clear();
        qCInfo(lcKiosk) << "staff sign-in refused: id locked for" << locked << "s";
        refuse(Outcome::LockedOut, 0, locked);
        return;
    }
    m_checking = true;
    // PBKDF2 with 600,000 iterations takes a few hundred milliseconds: never on the GUI thread. The watcher is a
    // child of this object, so a result arriving after the kiosk shut down goes nowhere.
    const StaffAccount *found = m_accounts.find(staffId);
    std::optional<StaffAccount> account = found ? std::optional<StaffAccount>(*found) : std::nullopt;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, staffId] {
        const bool ok = watcher->result();
        watcher->deleteLater();
        finish(staffId, ok);
    });
    watcher->setFuture(QtConcurrent::run([pin, account] {
        const bool ok = StaffAccounts::verify(account ? &*account : nullptr, *pin);
        pin->clear();
        return ok;
    }));
}

void StaffAuthenticator::finish(const QString &staffId, bool ok)
{
    m_checking = false;
    Failures &f = m_failures[staffId];
    if (ok) {
        f = Failures{};
        m_staffId = staffId;
        m_signedIn = true;
        m_lastTouchMs = m_clock.monotonicMs();
        qCInfo(lcKiosk) << "staff signed in";
        Q_EMIT signInFinished(Outcome::SignedIn, m_policy.maxFailures, 0);
        Q_EMIT signedInChanged(true);
        return;
    }
    ++f.count;
    if (f.count >= m_policy.maxFailures) {
        f.count = 0;
        f.lockedUntilMs = m_clock.monotonicMs() + qint64(m_policy.lockoutSeconds) * 1000;
        qCWarning(lcKiosk) << "staff id locked after" << m_policy.maxFailures << "failed sign-ins";
        Q_EMIT signInFinished(Outcome::LockedOut, 0, m_policy.lockoutSeconds);
        return;
    }
    qCInfo(lcKiosk) << "staff sign-in failed" << f.count << "of" << m_policy.maxFailures;
    Q_EMIT signInFinished(Outcome::WrongCredentials, m_policy.maxFailures - f.count, 0);
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
    if (was) {
        qCInfo(lcKiosk) << "staff signed out";
        Q_EMIT signedInChanged(false);
    }
}

} // namespace kakanai::kiosk
