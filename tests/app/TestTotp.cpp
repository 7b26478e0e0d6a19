// The staff sign-in's second factor (app/core/Totp): HOTP against RFC 4226's test values, TOTP against RFC 6238's
// (SHA-1 rows, 8 digits, and their 6-digit ends), the ±1 step window and the refusal of a step used before, base32
// against RFC 4648's vectors with its error rows, and the otpauth:// enrolment URI.
#include "app/core/Totp.h"

#include <QTest>

using kakanai::kiosk::Totp;

namespace {
const QByteArray RfcKey = QByteArrayLiteral("12345678901234567890");
}

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hotpRfc4226_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QByteArray>("code");
        const QList<QByteArray> codes{"755224", "287082", "359152", "969429", "338314",
                                      "254676", "287922", "162583", "399871", "520489"};
        for (int i = 0; i < codes.size(); ++i) {
            QTest::addRow("counter %d", i) << quint64(i) << codes.at(i);
        }
    }
    void hotpRfc4226()
    {
        QFETCH(quint64, counter);
        QFETCH(QByteArray, code);
        QCOMPARE(Totp::hotp(RfcKey, counter), code);
    }

    void totpRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("59") << qint64(59) << QByteArray("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QByteArray("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QByteArray("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QByteArray("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QByteArray("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QByteArray("65353130");
    }
    void totpRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QByteArray, code);
        QCOMPARE(Totp::code(RfcKey, time, 8), code);
        QCOMPARE(Totp::code(RfcKey, time), code.right(6)); // the kiosk's 6 digits: the same number modulo 10^6
    }

    void verifyWindowAndReplay_data()
    {
        QTest::addColumn<qint64>("codeTime"); // when the authenticator made the code
        QTest::addColumn<qint64>("lastUsed"); // the staff member's last used step, relative to now's
        QTest::addColumn<int>("accepted");    // the step matched relative to now's; -9: refused
        const qint64 never = -1000;
        QTest::newRow("this step") << qint64(0) << never << 0;
        QTest::newRow("the step before (clock behind)") << qint64(-30) << never << -1;
        QTest::newRow("the step after (clock ahead)") << qint64(30) << never << 1;
        QTest::newRow("error: two steps before") << qint64(-60) << never << -9;
        QTest::newRow("error: two steps after") << qint64(60) << never << -9;
        QTest::newRow("error: the same step again (replay)") << qint64(0) << qint64(0) << -9;
        QTest::newRow("error: an older step after a newer one") << qint64(-30) << qint64(0) << -9;
        QTest::newRow("the next step after one used") << qint64(30) << qint64(0) << 1;
    }
    void verifyWindowAndReplay()
    {
        QFETCH(qint64, codeTime);
        QFETCH(qint64, lastUsed);
        QFETCH(int, accepted);
        const qint64 now = 1111111111;
        const qint64 step = Totp::stepAt(now);
        const QByteArray code = Totp::code(RfcKey, now + codeTime);
        const auto matched = Totp::verify(RfcKey, code, now, step + lastUsed);
        if (accepted == -9) {
            QVERIFY(!matched);
        } else {
            QVERIFY(matched);
            QCOMPARE(*matched, step + accepted);
        }
    }

    void verifyRefusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("error: empty") << QByteArray();
        QTest::newRow("error: five digits") << Totp::code(RfcKey, 1111111111).left(5);
        QTest::newRow("error: seven digits") << Totp::code(RfcKey, 1111111111) + '0';
        QTest::newRow("error: another key's code") << Totp::code(QByteArrayLiteral("another key, 20 byte"), 1111111111);
    }
    void verifyRefusesMalformed()
    {
        QFETCH(QByteArray, code);
        QVERIFY(Totp::verify(RfcKey, Totp::code(RfcKey, 1111111111), 1111111111, -1)); // the control
        QVERIFY(!Totp::verify(RfcKey, code, 1111111111, -1));
    }

    void base32Rfc4648_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    }
    void base32Rfc4648()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Totp::toBase32(bytes), text);
        QCOMPARE(Totp::fromBase32(text), std::optional<QByteArray>(bytes));
        QCOMPARE(Totp::fromBase32(text.toLower() + QStringLiteral("===")), std::optional<QByteArray>(bytes));
    }

    void base32Refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("error: digit 1") << QStringLiteral("MZXW1");
        QTest::newRow("error: digit 8") << QStringLiteral("MZXW8");
        QTest::newRow("error: a colon") << QStringLiteral("MZXW:");
        QTest::newRow("error: non-ASCII") << QStringLiteral("MZXWＡ");
    }
    void base32Refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!Totp::fromBase32(text));
    }

    void newSecretAndUri()
    {
        const QByteArray a = Totp::newSecret();
        const QByteArray b = Totp::newSecret();
        QCOMPARE(a.size(), Totp::SecretLength);
        QVERIFY(a != b);
        const QString uri = Totp::otpauthUri(QStringLiteral("港区 書かない窓口"), QStringLiteral("S001"), a);
        QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/")), qPrintable(uri));
        QVERIFY(uri.contains(QStringLiteral("secret=") + Totp::toBase32(a) + QLatin1Char('&')));
        QVERIFY(uri.contains(QStringLiteral(":S001?"))); // issuer:account, the colon kept
        QVERIFY(uri.contains(QStringLiteral("&digits=6&period=30")));
        QVERIFY(!uri.contains(QLatin1Char(' ')));
        QCOMPARE(Totp::fromBase32(Totp::toBase32(a)), std::optional<QByteArray>(a));
    }
};

QTEST_MAIN(TestTotp)
#include "TestTotp.moc"
