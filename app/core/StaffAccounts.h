#pragma once

#include "app/core/KioskConfig.h"

#include "common/Clock.h"
#include "common/Wipe.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace kakanai::kiosk {

// One staff member who may sign in at the counter: a staff id (職員番号) and a PIN kept only as a PBKDF2-HMAC-
// SHA-256 hash (OpenSSL) with its own salt and iteration count.
struct StaffAccount
{
    QString id;
    QString displayName;
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

// The staff accounts file (kiosk/staff_accounts): one account per line, '#' starts a comment:
//
//   <staff id> pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64> [display name]
//
// Lines are made with `kakanai-kiosk --hash-staff-pin <staff id> [display name]` (PIN on standard input).
class StaffAccounts
{
public:
    static constexpr int DefaultIterations = 600000; // OWASP's figure for PBKDF2-HMAC-SHA-256
    static constexpr int MinIterations = 1000;       // refused below this (test files use a low count)
    static constexpr int MinPinLength = 4;
    static constexpr int MaxPinLength = 12;

    // Problems name the key kiosk/staff_accounts and the line.
    static StaffAccounts parse(const QByteArray &text, QList<ConfigProblem> *problems);
    static StaffAccounts load(const QString &path, QList<ConfigProblem> *problems);

    // A line for the file. The PIN must be 4-12 digits; nullopt otherwise.
    static std::optional<QString> makeLine(const QString &id, const SecretBytes &pin, const QString &displayName,
                                           int iterations = DefaultIterations);
    static bool isValidPin(const QByteArray &pin);
    static bool isValidId(const QString &id);

    const StaffAccount *find(const QString &id) const;
    qsizetype size() const { return m_accounts.size(); }

    // Derives the hash of `pin` with the account's salt and iterations and compares in constant time. For an
    // unknown id (account == nullptr) the same work is done against a dummy, so timing does not tell ids apart.
    static bool verify(const StaffAccount *account, const SecretBytes &pin);

private:
    QList<StaffAccount> m_accounts;
};

// Staff sign-in at the counter (ref reliability §5.3, S10): PIN checked off the GUI thread, a staff id locked
// after `maxFailures` consecutive failures for `lockoutSeconds`, and the sign-in lapses after `reauthSeconds`
// without any touch on the kiosk. Time from the injected Clock.
class StaffAuthenticator : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int maxFailures = 5;
        int lockoutSeconds = 1800;
        int reauthSeconds = 300;
    };

    enum class Outcome
    {
        SignedIn,
        WrongCredentials, // attemptsLeft tells how many before the lock
        LockedOut,        // lockedForSeconds tells how long
        InvalidInput,     // not a staff id or not 4-12 digits: refused without counting
    };
    Q_ENUM(Outcome)

    StaffAuthenticator(StaffAccounts accounts, const Clock &clock, Policy policy, QObject *parent = nullptr);
    ~StaffAuthenticator() override;

    // Starts a check; signInFinished follows (queued, also for refusals). The PIN is wiped when the check is done.
    void signIn(const QString &staffId, std::shared_ptr<SecretBytes> pin);
    bool isChecking() const { return m_checking; }

    // Signed in and touched within the re-sign-in period.
    bool isSignedIn() const;
    QString staffId() const { return isSignedIn() ? m_staffId : QString(); }
    QString displayName() const;
    void touch(); // any interaction on the kiosk keeps the sign-in alive
    void signOut();

    // Seconds the id stays locked (0: not locked).
    qint64 lockedForSeconds(const QString &staffId) const;
    // Whether `staffId` names an account (the audit trail records a refused sign-in's id only then: what was typed
    // into the id field may be a PIN).
    bool knowsId(const QString &staffId) const { return m_accounts.find(staffId) != nullptr; }

Q_SIGNALS:
    void signInFinished(kakanai::kiosk::StaffAuthenticator::Outcome outcome, int attemptsLeft, qint64 lockedForSeconds);
    void signedInChanged(bool signedIn);

private:
    void finish(const QString &staffId, bool ok);

    struct Failures
    {
        int count = 0;
        qint64 lockedUntilMs = 0;
    };

    StaffAccounts m_accounts;
    const Clock &m_clock;
    Policy m_policy;
    QHash<QString, Failures> m_failures;
    QString m_staffId;
    qint64 m_lastTouchMs = 0;
    bool m_signedIn = false;
    bool m_checking = false;
};

} // namespace kakanai::kiosk
