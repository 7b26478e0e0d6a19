// Staff accounts: PBKDF2 lines made and checked, the file's problems named, and the authenticator's lockout after
// the configured failures, its duration, and the re-sign-in after the idle period (manual clock, no sleeping).
#include "app/core/StaffAccounts.h"
#include "tests/app/AppTestSupport.h"

#include <QSignalSpy>
#include <QTest>

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
        QTest::newRow("pin too short") << QStringLiteral("S1") << QByteArray("123");
        QTest::newRow("pin too long") << QStringLiteral("S1") << QByteArray("1234567890123");
        QTest::newRow("pin not digits") << QStringLiteral("S1") << QByteArray("12a4");
        QTest::newRow("id with space") << QStringLiteral("S 1") << QByteArray("1234");
        QTest::newRow("empty id") << QString() << QByteArray("1234");
    }

    void refusedInput()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, pin);
        QVERIFY(!StaffAccounts::makeLine(id, SecretBytes(pin), {}, StaffAccounts::MinIterations));
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray("# nobody\n") << QStringLiteral("no staff accounts");
        QTest::newRow("no hash") << QByteArray("S1\n") << QStringLiteral("line 1");
        QTest::newRow("unknown scheme") << QByteArray("S1 md5:1:AAAA:BBBB\n") << QStringLiteral("line 1");
        QTest::newRow("too few iterations")
            << QByteArray("S1 pbkdf2-sha256:10:c2FsdHNhbHQ=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")
            << QStringLiteral("iterations");
        QTest::newRow("short hash") << QByteArray("S1 pbkdf2-sha256:1000:c2FsdHNhbHQ=:AAAA\n")
                                    << QStringLiteral("line 1");
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

    void signInAndReauthentication()
    {
        QSignalSpy changed(m_auth.get(), &StaffAuthenticator::signedInChanged);
        QCOMPARE(attempt("S001", "2580"), StaffAuthenticator::Outcome::SignedIn);
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
            QCOMPARE(attempt("S001", "0000", &left), StaffAuthenticator::Outcome::WrongCredentials);
            QCOMPARE(left, 5 - i);
        }
        qint64 locked = 0;
        QCOMPARE(attempt("S001", "0000", &left, &locked), StaffAuthenticator::Outcome::LockedOut);
        QCOMPARE(locked, 1800);
        // Locked: even the right PIN is refused, without checking it.
        QCOMPARE(attempt("S001", "2580", &left, &locked), StaffAuthenticator::Outcome::LockedOut);
        QVERIFY(locked > 0);
        QVERIFY(!m_auth->isSignedIn());
        // Another staff member is not affected.
        QCOMPARE(attempt("S002", "1379"), StaffAuthenticator::Outcome::SignedIn);
        m_auth->signOut();
        m_clock->advanceSeconds(1800);
        QCOMPARE(m_auth->lockedForSeconds(QStringLiteral("S001")), 0);
        QCOMPARE(attempt("S001", "2580"), StaffAuthenticator::Outcome::SignedIn);
    }

    void unknownIdCountsToo()
    {
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(attempt("X999", "1111"), StaffAuthenticator::Outcome::WrongCredentials);
        }
        QCOMPARE(attempt("X999", "1111"), StaffAuthenticator::Outcome::LockedOut);
    }

    void successResetsTheCount()
    {
        QCOMPARE(attempt("S001", "0000"), StaffAuthenticator::Outcome::WrongCredentials);
        QCOMPARE(attempt("S001", "0000"), StaffAuthenticator::Outcome::WrongCredentials);
        QCOMPARE(attempt("S001", "2580"), StaffAuthenticator::Outcome::SignedIn);
        int left = -1;
        QCOMPARE(attempt("S001", "0000", &left), StaffAuthenticator::Outcome::WrongCredentials);
        QCOMPARE(left, 4);
    }
};

QTEST_GUILESS_MAIN(TestStaffAccounts)
#include "TestStaffAccounts.moc"
