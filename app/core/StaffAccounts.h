#pragma once

#include "app/core/KioskConfig.h"

#include "common/Clock.h"
#include "common/Wipe.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

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
    int pinMinLength = 0;  // the minimum the PIN was made under (a lower bound of its length, never the length)
    QByteArray totpSecret; // the second factor's key (Totp), when the staff member has enrolled an authenticator
};

// The staff accounts file (kiosk/staff_accounts): one account per line, '#' starts a comment:
//
//   <staff id> pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64>:<minimum PIN digits> [totp:<base32>] [name]
//
// The optional totp: part is the key of the staff member's authenticator (the second factor a city turns on with
// kiosk/staff_second_factor=totp); `--hash-staff-pin ... --totp` makes it and prints the otpauth:// URI to enrol.
// The key must be kept readable (a TOTP check needs it), which is why the file is 0600 and never logged.
//
// Lines are made with `kakanai-kiosk --hash-staff-pin <staff id> [display name]` (PIN on standard input). The last
// part of the hash records the minimum PIN length the line was made under, so that a line that may hold a shorter
// PIN than the kiosk requires (an old 4-field line from before PINs needed 6 digits, or a line made for a lower
// minimum than kiosk/staff_pin_min_length) is refused as a configuration problem instead of being trusted.
class StaffAccounts
{
public:
    static constexpr int DefaultIterations = 600000; // OWASP's figure for PBKDF2-HMAC-SHA-256
    static constexpr int MinIterations = 1000;       // refused below this (test files use a low count)
    // The floor of a staff PIN's length: a city may require more (kiosk/staff_pin_min_length), never fewer.
    static constexpr int MinPinLength = 6;
    static constexpr int MaxPinLength = 12;

    // Problems name the key kiosk/staff_accounts and the line. `minPinLength`: the kiosk's minimum (6-12).
    static StaffAccounts parse(const QByteArray &text, QList<ConfigProblem> *problems, int minPinLength = MinPinLength);
    static StaffAccounts load(const QString &path, QList<ConfigProblem> *problems, int minPinLength = MinPinLength);

    // A line for the file. The PIN must be minPinLength-12 digits (minPinLength never below 6); nullopt otherwise.
    static std::optional<QString> makeLine(const QString &id, const SecretBytes &pin, const QString &displayName,
                                           int iterations = DefaultIterations, int minPinLength = MinPinLength,
                                           const QByteArray &totpSecret = {});
    // Whether every account has a second-factor key (kiosk/staff_second_factor=totp requires it).
    QStringList idsWithoutTotp() const;
    static bool isValidPin(const QByteArray &pin, int minPinLength = MinPinLength);
    static bool isValidId(const QString &id);

    const StaffAccount *find(const QString &id) const;
    qsizetype size() const { return m_accounts.size(); }
    // The iteration count an unknown id is checked with: the highest of the file's, so that an unknown id costs at
    // least what a known one does (DefaultIterations for an empty file).
    int dummyIterations() const;

    // Derives the hash of `pin` with the account's salt and iterations and compares in constant time. For an
    // unknown id (account == nullptr) the same work is done against a dummy salt of the same size with
    // `dummyIterations`, so timing does not tell ids apart.
    static bool verify(const StaffAccount *account, const SecretBytes &pin, int dummyIterations = DefaultIterations);

private:
    QList<StaffAccount> m_accounts;
};

// Staff sign-in at the counter (ref reliability §5.3, S10): PIN checked off the GUI thread (the same PBKDF2 work for
// known and unknown ids); the sign-in lapses after `reauthSeconds` without a touch, and KioskSession signs out
// whenever a resident's session ends. Failures are counted twice:
// - per staff id (known or not): from `maxFailures` wrong PINs on, the id is locked for `lockoutSeconds` after
//   every further failure; only a successful sign-in of that id resets its count (a lock does not);
// - kiosk-wide: `kioskMaxFailures` wrong PINs for any ids within KioskWindowSeconds lock every sign-in at this kiosk
//   for `kioskLockoutSeconds` (a burst across ids); the failures age out of the window, a lock does not clear them.
// Both are kept in `<stateDirectory>/staff-sign-in.json` (0600, written atomically off the GUI thread) and read
// back at start, so that a restart resets nothing; a damaged file locks the kiosk's sign-in (fail closed). Lock
// times are wall-clock times of the injected Clock, as they must outlive the process.
class StaffAuthenticator : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int maxFailures = 5;
        int lockoutSeconds = 1800;
        int reauthSeconds = 300;
        int pinMinLength = StaffAccounts::MinPinLength;
        int kioskMaxFailures = 10;
        int kioskLockoutSeconds = 900;
        bool requireTotp = false; // kiosk/staff_second_factor=totp: a sign-in needs the PIN and the code (Totp)
        QString stateDirectory;   // empty: the counts live in memory only (unit tests of other parts)
    };
    static constexpr int KioskWindowSeconds = 3600;
    static constexpr auto StateFileName = "staff-sign-in.json";

    enum class Outcome
    {
        SignedIn,
        WrongCredentials, // attemptsLeft tells how many before the lock
        LockedOut,        // this id: lockedForSeconds tells how long
        KioskLockedOut,   // every id at this kiosk (a burst of failures): lockedForSeconds tells how long
        InvalidInput,     // not a staff id or not minimum-12 digits: refused without counting
    };
    Q_ENUM(Outcome)

    StaffAuthenticator(StaffAccounts accounts, const Clock &clock, Policy policy, QObject *parent = nullptr);
    ~StaffAuthenticator() override;

    // Starts a check; signInFinished follows (queued, also for refusals). The PIN is wiped when the check is done. A
    // check still running when signOut() is called counts if it failed but signs nobody in.
    // With Policy::requireTotp, `code` is the authenticator's 6 digits: a wrong or reused code is a wrong sign-in
    // like a wrong PIN (the same answer, the same counts), checked for unknown ids too.
    void signIn(const QString &staffId, std::shared_ptr<SecretBytes> pin, std::shared_ptr<SecretBytes> code = {});
    bool requiresTotp() const { return m_policy.requireTotp; }
    // The factors a sign-in checks, for the audit trail: "pin" or "pin+totp".
    QString factorsName() const;
    bool isChecking() const { return m_checking; }

    // Signed in and touched within the re-sign-in period.
    bool isSignedIn() const;
    QString staffId() const { return isSignedIn() ? m_staffId : QString(); }
    QString displayName() const;
    void touch(); // an interaction inside the resident's session keeps the sign-in alive
    void signOut();
    int pinMinLength() const { return m_policy.pinMinLength; }

    // Seconds the id stays locked (0: not locked).
    qint64 lockedForSeconds(const QString &staffId) const;
    // Whether `staffId` names an account (the audit trail records a refused sign-in's id only then: what was typed
    // into the id field may be a PIN).
    bool knowsId(const QString &staffId) const { return m_accounts.find(staffId) != nullptr; }
    // Seconds every sign-in at this kiosk stays locked (0: not locked).
    qint64 kioskLockedForSeconds() const;
    // Waits for the failure record's pending writes (tests, shutdown).
    void flush();

Q_SIGNALS:
    void signInFinished(kakanai::kiosk::StaffAuthenticator::Outcome outcome, int attemptsLeft, qint64 lockedForSeconds);
    void signedInChanged(bool signedIn);

private:
    void finish(const QString &staffId, bool ok, std::optional<qint64> totpStep, quint64 generation);
    void loadFailures();
    void saveFailures();
    qint64 nowMs() const;

    struct Failures
    {
        int count = 0;
        qint64 lockedUntilMs = 0; // wall clock, ms since the epoch
        qint64 lastTotpStep = 0;  // the last authenticator step used to sign in (a code is good once)
    };

    StaffAccounts m_accounts;
    const Clock &m_clock;
    Policy m_policy;
    QHash<QString, Failures> m_failures;
    QList<qint64> m_kioskFailures; // wall-clock times of the failures within KioskWindowSeconds
    qint64 m_kioskLockedUntilMs = 0;
    QThreadPool m_writer;     // one thread: the record's writes stay in order
    quint64 m_generation = 0; // signOut() moves it on: a check started before signs nobody in
    QString m_staffId;
    qint64 m_lastTouchMs = 0;
    bool m_signedIn = false;
    bool m_checking = false;
};

} // namespace kakanai::kiosk
