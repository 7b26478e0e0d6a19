// Staff accounts: PBKDF2 lines made and checked, the file's problems named, and the authenticator's lockout after
// the configured failures, its duration, and the re-sign-in after the idle period (manual clock, no sleeping).
#include "app/core/StaffAccounts.h"
#include "app/core/Totp.h"
#include "tests/app/AppTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace kakanai;
using namespace kakanai::kiosk;

Q_DECLARE_METATYPE(kakanai::kiosk::StaffAuthenticator::Outcome)

class TestStaffAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StaffAuthenticator> m_auth;

    static std::shared_ptr<SecretBytes> pin(const char *digits)
    {
        return std::make_shared<SecretBytes>(QByteArray(digits));
    }

    // The second factor's key of S001 in totpStaff().
    static QByteArray totpKey() { return QByteArrayLiteral("kakanai-test-totp-key"); }

    // S001 (PIN 258046) with an authenticator key, S002 (PIN 137913) without.
    static StaffAccounts totpStaff()
    {
        QByteArray text = StaffAccounts::makeLine(QStringLiteral("S001"), SecretBytes(QByteArrayLiteral("258046")),
                                                  QStringLiteral("窓口 一郎"), StaffAccounts::MinIterations,
                                                  StaffAccounts::MinPinLength, totpKey())
                              ->toUtf8() +
                          '\n';
        text += StaffAccounts::makeLine(QStringLiteral("S002"), SecretBytes(QByteArrayLiteral("137913")), {},
                                        StaffAccounts::MinIterations)
                    ->toUtf8() +
                '\n';
        QList<ConfigProblem> problems;
        StaffAccounts accounts = StaffAccounts::parse(text, &problems);
        if (!problems.isEmpty()) {
            qWarning("%s", qPrintable(problems.first().message));
        }
        return accounts;
    }

    StaffAuthenticator::Outcome attemptWithCode(const char *id, const char *digits, const QByteArray &code)
    {
        QSignalSpy done(m_auth.get(), &StaffAuthenticator::signInFinished);
        auto secret = pin(digits);
        auto codeSecret = std::make_shared<SecretBytes>(code);
        m_auth->signIn(QString::fromLatin1(id), secret, codeSecret);
        if (!done.wait(5000)) {
            return StaffAuthenticator::Outcome::InvalidInput;
        }
        if (!secret->isEmpty() || !codeSecret->isEmpty()) {
            qWarning("the PIN or code was not wiped after the check");
            return StaffAuthenticator::Outcome::InvalidInput;
        }
        return done.first().at(0).value<StaffAuthenticator::Outcome>();
    }

    QByteArray codeNow(qint64 offsetSeconds = 0) const
    {
        return Totp::code(totpKey(), m_clock->now().toSecsSinceEpoch() + offsetSeconds);
    }

    StaffAuthenticator::Outcome attempt(const char *id, const char *digits, int *left = nullptr,
                                        qint64 *locked = nullptr)
    {
        QSignalSpy done(m_auth.get(), &StaffAuthenticator::signInFinished);
        if (!done.isValid()) {
            return StaffAuthenticator::Outcome::InvalidInput;
        }
        auto secret = pin(digits);
        m_auth->signIn(QString::fromLatin1(id), secret);
        if (!done.wait(5000)) {
            return StaffAuthenticator::Outcome::InvalidInput;
        }
        if (!secret->isEmpty()) {
            qWarning("the PIN was not wiped after the check");
        }
        if (left) {
            *left = done.first().at(1).toInt();
        }
        if (locked) {
            *locked = done.first().at(2).toLongLong();
        }
        return done.first().at(0).value<StaffAuthenticator::Outcome>();
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_auth = std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, StaffAuthenticator::Policy{});
    }

    void linesRoundTrip()
    {
        const auto line = StaffAccounts::makeLine(QStringLiteral("K-17"), SecretBytes(QByteArrayLiteral("802514")),
                                                  QStringLiteral("区民課　佐藤"), StaffAccounts::MinIterations);
        QVERIFY(line);
        QVERIFY(line->startsWith(QStringLiteral("K-17 pbkdf2-sha256:1000:")));
        QVERIFY(line->section(QLatin1Char(' '), 1, 1).endsWith(QStringLiteral(":6"))); // made for 6 digits or more
        QVERIFY(!line->contains(QStringLiteral("802514")));
        QList<ConfigProblem> problems;
        const StaffAccounts accounts = StaffAccounts::parse(line->toUtf8(), &problems);
        QVERIFY(problems.isEmpty());
        const StaffAccount *a = accounts.find(QStringLiteral("K-17"));
        QVERIFY(a);
        QCOMPARE(a->displayName, QStringLiteral("区民課 佐藤"));
        QVERIFY(StaffAccounts::verify(a, SecretBytes(QByteArrayLiteral("802514"))));
        QVERIFY(!StaffAccounts::verify(a, SecretBytes(QByteArrayLiteral("802515"))));
        QVERIFY(!StaffAccounts::verify(nullptr, SecretBytes(QByteArrayLiteral("802514"))));
        // Two lines for the same PIN differ (own salt).
        const auto again = StaffAccounts::makeLine(QStringLiteral("K-17"), SecretBytes(QByteArrayLiteral("802514")), {},
                                                   StaffAccounts::MinIterations);
        QVERIFY(again->section(QLatin1Char(' '), 1, 1) != line->section(QLatin1Char(' '), 1, 1));
    }

    void refusedInput_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<int>("minimum");
        QTest::newRow("error: 4-digit pin") << QStringLiteral("S1") << QByteArray("2580") << 6;
        QTest::newRow("error: 5-digit pin") << QStringLiteral("S1") << QByteArray("25804") << 6;
        QTest::newRow("error: 6 digits where the city wants 8") << QStringLiteral("S1") << QByteArray("258046") << 8;
        QTest::newRow("error: a minimum below 6") << QStringLiteral("S1") << QByteArray("2580") << 4;
        QTest::newRow("error: pin too long") << QStringLiteral("S1") << QByteArray("1234567890123") << 6;
        QTest::newRow("error: pin not digits") << QStringLiteral("S1") << QByteArray("12a456") << 6;
        QTest::newRow("error: id with space") << QStringLiteral("S 1") << QByteArray("258046") << 6;
        QTest::newRow("error: empty id") << QString() << QByteArray("258046") << 6;
    }

    void refusedInput()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, pin);
        QFETCH(int, minimum);
        QVERIFY(!StaffAccounts::makeLine(id, SecretBytes(pin), {}, StaffAccounts::MinIterations, minimum));
        // The control: the same call with a well-formed id and a 6-digit PIN gives a line.
        QVERIFY(StaffAccounts::makeLine(QStringLiteral("S1"), SecretBytes(QByteArrayLiteral("258046")), {},
                                        StaffAccounts::MinIterations));
    }

    // A 4-digit PIN is refused at sign-in without counting, as any malformed input.
    void fourDigitsRefusedAtSignIn()
    {
        int left = -1;
        QCOMPARE(attempt("S001", "2580", &left), StaffAuthenticator::Outcome::InvalidInput);
        QCOMPARE(left, 5);
        QCOMPARE(attempt("S001", "258046"), StaffAuthenticator::Outcome::SignedIn);
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray("# nobody\n") << QStringLiteral("no staff accounts");
        QTest::newRow("no hash") << QByteArray("S1\n") << QStringLiteral("line 1");
        QTest::newRow("unknown scheme") << QByteArray("S1 md5:1:AAAA:BBBB\n") << QStringLiteral("line 1");
        QTest::newRow("too few iterations")
            << QByteArray("S1 pbkdf2-sha256:10:c2FsdHNhbHQ=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:6\n")
            << QStringLiteral("iterations");
        QTest::newRow("short hash") << QByteArray("S1 pbkdf2-sha256:1000:c2FsdHNhbHQ=:AAAA:6\n")
                                    << QStringLiteral("line 1");
        // A line from before PINs needed 6 digits may hold a 4-digit PIN: refused, with what to do.
        QTest::newRow("old line, maybe 4 digits")
            << QByteArray("S1 pbkdf2-sha256:1000:c2FsdHNhbHQ=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")
            << QStringLiteral("make the line again with --hash-staff-pin");
        QTest::newRow("made for 4 digits")
            << QByteArray("S1 pbkdf2-sha256:1000:c2FsdHNhbHQ=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:4\n")
            << QStringLiteral("at least 4 digits; the kiosk requires 6");
    }

    void fileProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fragment);
        QList<ConfigProblem> problems;
        StaffAccounts::parse(text, &problems);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().key, QStringLiteral("kiosk/staff_accounts"));
        QVERIFY2(problems.first().message.contains(fragment), qPrintable(problems.first().message));
    }

    // A city that requires 8 digits refuses lines made for 6 (and the control: accepts lines made for 8).
    void cityMinimumRefusesShorterLines()
    {
        const auto six = StaffAccounts::makeLine(QStringLiteral("S1"), SecretBytes(QByteArrayLiteral("258046")), {},
                                                 StaffAccounts::MinIterations);
        const auto eight = StaffAccounts::makeLine(QStringLiteral("S2"), SecretBytes(QByteArrayLiteral("25804613")), {},
                                                   StaffAccounts::MinIterations, 8);
        QList<ConfigProblem> problems;
        StaffAccounts::parse(six->toUtf8(), &problems, 8);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(QStringLiteral("kiosk/staff_pin_min_length")),
                 qPrintable(problems.first().message));
        problems.clear();
        const StaffAccounts accounts = StaffAccounts::parse(eight->toUtf8(), &problems, 8);
        QVERIFY(problems.isEmpty());
        QVERIFY(accounts.find(QStringLiteral("S2")));
    }

    // An unknown id costs the same PBKDF2 work as the file's accounts: the dummy takes their iteration count.
    void unknownIdSameWork()
    {
        const StaffAccounts accounts = testing::testStaff();
        QCOMPARE(accounts.dummyIterations(), StaffAccounts::MinIterations);
        QCOMPARE(StaffAccounts().dummyIterations(), StaffAccounts::DefaultIterations);
        // Timing at a count where it shows: known and unknown within a factor, not 600x apart as before.
        const int iterations = 200000;
        const auto line =
            StaffAccounts::makeLine(QStringLiteral("S9"), SecretBytes(QByteArrayLiteral("258046")), {}, iterations);
        QList<ConfigProblem> problems;
        const StaffAccounts slow = StaffAccounts::parse(line->toUtf8(), &problems);
        QCOMPARE(slow.dummyIterations(), iterations);
        // The fastest of three runs each, so that a busy machine does not decide the comparison.
        qint64 known = std::numeric_limits<qint64>::max();
        qint64 unknown = known;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            QVERIFY(!StaffAccounts::verify(slow.find(QStringLiteral("S9")), SecretBytes(QByteArrayLiteral("000000")),
                                           slow.dummyIterations()));
            known = std::min(known, t.restart());
            QVERIFY(!StaffAccounts::verify(nullptr, SecretBytes(QByteArrayLiteral("000000")), slow.dummyIterations()));
            unknown = std::min(unknown, t.elapsed());
        }
        QVERIFY2(unknown * 4 >= known && known * 4 >= unknown,
                 qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(known).arg(unknown)));
    }

    void signInAndReauthentication()
    {
        QSignalSpy changed(m_auth.get(), &StaffAuthenticator::signedInChanged);
        QCOMPARE(attempt("S001", "258046"), StaffAuthenticator::Outcome::SignedIn);
        QVERIFY(m_auth->isSignedIn());
        QCOMPARE(m_auth->displayName(), QStringLiteral("窓口 一郎"));
        m_clock->advanceSeconds(299);
        m_auth->touch(); // activity keeps it alive
        m_clock->advanceSeconds(299);
        QVERIFY(m_auth->isSignedIn());
        m_clock->advanceSeconds(2); // 5 minutes without a touch: sign in again
        QVERIFY(!m_auth->isSignedIn());
        QVERIFY(m_auth->staffId().isEmpty());
        m_auth->touch();
        QCOMPARE(changed.last().first().toBool(), false);
    }

    void lockoutAfterFiveFailures()
    {
        int left = -1;
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(attempt("S001", "000000", &left), StaffAuthenticator::Outcome::WrongCredentials);
            QCOMPARE(left, 5 - i);
        }
        qint64 locked = 0;
        QCOMPARE(attempt("S001", "000000", &left, &locked), StaffAuthenticator::Outcome::LockedOut);
        QCOMPARE(locked, 1800);
        // Locked: even the right PIN is refused, without checking it.
        QCOMPARE(attempt("S001", "258046", &left, &locked), StaffAuthenticator::Outcome::LockedOut);
        QVERIFY(locked > 0);
        QVERIFY(!m_auth->isSignedIn());
        // Another staff member is not affected.
        QCOMPARE(attempt("S002", "137913"), StaffAuthenticator::Outcome::SignedIn);
        m_auth->signOut();
        m_clock->advanceSeconds(1800);
        QCOMPARE(m_auth->lockedForSeconds(QStringLiteral("S001")), 0);
        QCOMPARE(attempt("S001", "258046"), StaffAuthenticator::Outcome::SignedIn);
    }

    void unknownIdCountsToo()
    {
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(attempt("X999", "111111"), StaffAuthenticator::Outcome::WrongCredentials);
        }
        QCOMPARE(attempt("X999", "111111"), StaffAuthenticator::Outcome::LockedOut);
    }

    // The count is not reset by the lock: after it, each further failure locks the id again at once.
    void lockDoesNotResetTheCount()
    {
        for (int i = 0; i < 5; ++i) {
            attempt("S001", "000000");
        }
        QCOMPARE(m_auth->lockedForSeconds(QStringLiteral("S001")), 1800);
        m_clock->advanceSeconds(1800);
        qint64 locked = 0;
        QCOMPARE(attempt("S001", "000000", nullptr, &locked), StaffAuthenticator::Outcome::LockedOut);
        QCOMPARE(locked, 1800);
    }

    // A burst across ids locks every sign-in at the kiosk for a while, and says so; the right PIN of an id that
    // never failed is refused meanwhile. The window keeps the failures: after the lock, the next failure locks again.
    void kioskWideBurst()
    {
        StaffAuthenticator::Policy policy;
        policy.kioskMaxFailures = 4;
        policy.kioskLockoutSeconds = 600;
        m_auth = std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, policy);
        const char *ids[] = {"A1", "A2", "A3"};
        for (const char *id : ids) {
            QCOMPARE(attempt(id, "000000"), StaffAuthenticator::Outcome::WrongCredentials);
        }
        qint64 locked = 0;
        QCOMPARE(attempt("A4", "000000", nullptr, &locked), StaffAuthenticator::Outcome::KioskLockedOut);
        QCOMPARE(locked, 600);
        QCOMPARE(attempt("S002", "137913", nullptr, &locked), StaffAuthenticator::Outcome::KioskLockedOut);
        QVERIFY(locked > 0);
        QVERIFY(!m_auth->isSignedIn());
        m_clock->advanceSeconds(600);
        QCOMPARE(m_auth->kioskLockedForSeconds(), 0);
        QCOMPARE(attempt("A5", "000000"), StaffAuthenticator::Outcome::KioskLockedOut);
        m_clock->advanceSeconds(600 + StaffAuthenticator::KioskWindowSeconds);
        QCOMPARE(attempt("S002", "137913"), StaffAuthenticator::Outcome::SignedIn);
    }

    // The counts survive a restart: kept in the state directory (0600), read back by the next authenticator.
    void countsSurviveARestart()
    {
        QTemporaryDir dir;
        StaffAuthenticator::Policy policy;
        policy.stateDirectory = dir.path();
        m_auth = std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, policy);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(attempt("S001", "000000"), StaffAuthenticator::Outcome::WrongCredentials);
        }
        m_auth->flush();
        const QString path = dir.filePath(QLatin1String(StaffAuthenticator::StateFileName));
        QVERIFY(QFile::exists(path));
        QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QFile record(path);
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QByteArray bytes = record.readAll();
        QVERIFY(bytes.contains("S001"));
        QVERIFY(!bytes.contains("258046")); // counts and times, never a PIN
        m_auth = std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, policy); // "restart"
        int left = -1;
        QCOMPARE(attempt("S001", "000000", &left), StaffAuthenticator::Outcome::LockedOut);
        m_auth->flush();
        m_auth = std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, policy);
        QVERIFY(m_auth->lockedForSeconds(QStringLiteral("S001")) > 0);
        // The control: without the state directory a new authenticator starts from nothing.
        m_auth = std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, StaffAuthenticator::Policy{});
        QCOMPARE(m_auth->lockedForSeconds(QStringLiteral("S001")), 0);
    }

    // A damaged record cannot hide failures: the kiosk's sign-in is locked (fail closed).
    void damagedRecordLocks()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QLatin1String(StaffAuthenticator::StateFileName)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        StaffAuthenticator::Policy policy;
        policy.stateDirectory = dir.path();
        m_auth = std::make_unique<StaffAuthenticator>(testing::testStaff(), *m_clock, policy);
        QVERIFY(m_auth->kioskLockedForSeconds() > 0);
        QCOMPARE(attempt("S001", "258046"), StaffAuthenticator::Outcome::KioskLockedOut);
    }

    // A check still running when the session ends (signOut) signs nobody in.
    void signOutDuringCheck()
    {
        QSignalSpy done(m_auth.get(), &StaffAuthenticator::signInFinished);
        QVERIFY(done.isValid());
        m_auth->signIn(QStringLiteral("S001"), pin("258046"));
        QVERIFY(m_auth->isChecking());
        m_auth->signOut();
        QTRY_VERIFY(!m_auth->isChecking());
        QVERIFY(!m_auth->isSignedIn());
        QCOMPARE(attempt("S001", "258046"), StaffAuthenticator::Outcome::SignedIn); // the control
    }

    void successResetsTheCount()
    {
        QCOMPARE(attempt("S001", "000000"), StaffAuthenticator::Outcome::WrongCredentials);
        QCOMPARE(attempt("S001", "000000"), StaffAuthenticator::Outcome::WrongCredentials);
        QCOMPARE(attempt("S001", "258046"), StaffAuthenticator::Outcome::SignedIn);
        int left = -1;
        QCOMPARE(attempt("S001", "000000", &left), StaffAuthenticator::Outcome::WrongCredentials);
        QCOMPARE(left, 4);
    }

    // The second factor (kiosk/staff_second_factor=totp): the key round-trips through the file, and a sign-in needs
    // the PIN and the current code of that staff member's key; anything else is a wrong sign-in, counted alike.
    void totpKeyInTheFile()
    {
        const StaffAccounts accounts = totpStaff();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.find(QStringLiteral("S001"))->totpSecret, totpKey());
        QCOMPARE(accounts.find(QStringLiteral("S001"))->displayName, QStringLiteral("窓口 一郎"));
        QVERIFY(accounts.find(QStringLiteral("S002"))->totpSecret.isEmpty());
        QCOMPARE(accounts.idsWithoutTotp(), QStringList{QStringLiteral("S002")});
        QList<ConfigProblem> problems;
        const QString line = *StaffAccounts::makeLine(QStringLiteral("S003"), SecretBytes(QByteArrayLiteral("258046")),
                                                      {}, StaffAccounts::MinIterations);
        StaffAccounts::parse((line + QStringLiteral(" totp:ABC1")).toUtf8(), &problems);
        QCOMPARE(problems.size(), 1); // not base32
        QVERIFY(problems.first().message.contains(QStringLiteral("totp:")));
    }

    void totpSignIn_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("codeAt"); // seconds from now the code was made; 999: a wrong code; -999: none
        QTest::addColumn<StaffAuthenticator::Outcome>("outcome");
        using O = StaffAuthenticator::Outcome;
        QTest::newRow("PIN and code") << QStringLiteral("S001") << QStringLiteral("258046") << 0 << O::SignedIn;
        QTest::newRow("the code of the step before")
            << QStringLiteral("S001") << QStringLiteral("258046") << -30 << O::SignedIn;
        QTest::newRow("error: a code two steps old")
            << QStringLiteral("S001") << QStringLiteral("258046") << -60 << O::WrongCredentials;
        QTest::newRow("error: a wrong code")
            << QStringLiteral("S001") << QStringLiteral("258046") << 999 << O::WrongCredentials;
        QTest::newRow("error: a wrong PIN, the right code")
            << QStringLiteral("S001") << QStringLiteral("000000") << 0 << O::WrongCredentials;
        QTest::newRow("error: no code") << QStringLiteral("S001") << QStringLiteral("258046") << -999
                                        << O::InvalidInput;
        QTest::newRow("error: an account without a key")
            << QStringLiteral("S002") << QStringLiteral("137913") << 0 << O::WrongCredentials;
        QTest::newRow("error: an unknown id")
            << QStringLiteral("S999") << QStringLiteral("258046") << 0 << O::WrongCredentials;
    }
    void totpSignIn()
    {
        QFETCH(QString, id);
        QFETCH(QString, pin);
        QFETCH(int, codeAt);
        QFETCH(StaffAuthenticator::Outcome, outcome);
        StaffAuthenticator::Policy policy;
        policy.requireTotp = true;
        m_auth = std::make_unique<StaffAuthenticator>(totpStaff(), *m_clock, policy);
        QCOMPARE(m_auth->factorsName(), QStringLiteral("pin+totp"));
        const QByteArray code = codeAt == 999    ? QByteArray(codeNow() == "000000" ? "111111" : "000000")
                                : codeAt == -999 ? QByteArray()
                                                 : codeNow(codeAt);
        QCOMPARE(attemptWithCode(id.toLatin1().constData(), pin.toLatin1().constData(), code), outcome);
        QCOMPARE(m_auth->isSignedIn(), outcome == StaffAuthenticator::Outcome::SignedIn);
    }

    // A code is good once: the same code again is refused, also after a restart; the next step's code is taken.
    // Failures of the second factor count towards the same lock as wrong PINs.
    void totpReplayAndLockout()
    {
        QTemporaryDir dir;
        StaffAuthenticator::Policy policy;
        policy.requireTotp = true;
        policy.stateDirectory = dir.path();
        m_auth = std::make_unique<StaffAuthenticator>(totpStaff(), *m_clock, policy);
        const QByteArray code = codeNow();
        QCOMPARE(attemptWithCode("S001", "258046", code), StaffAuthenticator::Outcome::SignedIn);
        m_auth->signOut();
        QCOMPARE(attemptWithCode("S001", "258046", code), StaffAuthenticator::Outcome::WrongCredentials);
        m_auth->flush();
        QFile record(dir.filePath(QLatin1String(StaffAuthenticator::StateFileName)));
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QByteArray bytes = record.readAll();
        QVERIFY(bytes.contains("last_totp_step"));
        QVERIFY(!bytes.contains(Totp::toBase32(totpKey()).toLatin1()) && !bytes.contains(code)); // never a secret
        m_auth = std::make_unique<StaffAuthenticator>(totpStaff(), *m_clock, policy);            // "restart"
        QCOMPARE(attemptWithCode("S001", "258046", code), StaffAuthenticator::Outcome::WrongCredentials);
        m_clock->advanceSeconds(Totp::StepSeconds);
        QCOMPARE(attemptWithCode("S001", "258046", codeNow()), StaffAuthenticator::Outcome::SignedIn); // the control
        m_auth->signOut();
        // Five wrong codes lock the id like five wrong PINs.
        const QByteArray wrong = codeNow() == "000000" ? "111111" : "000000";
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(attemptWithCode("S001", "258046", wrong), StaffAuthenticator::Outcome::WrongCredentials);
        }
        QCOMPARE(attemptWithCode("S001", "258046", wrong), StaffAuthenticator::Outcome::LockedOut);
    }
};

QTEST_GUILESS_MAIN(TestStaffAccounts)
#include "TestStaffAccounts.moc"
