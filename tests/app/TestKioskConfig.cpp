// KioskConfig: every key read, defaults, and each broken value reported with its key (never a crash).
#include "app/core/KioskConfig.h"
#include "app/ui/DemoWalk.h"
#include "app/ui/KioskApp.h"
#include "tests/app/AppTestSupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;

class TestKioskConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A new file each time: QSettings caches a file's contents per path within a process.
    QString write(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("kakanai-%1.ini").arg(++m_files));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(ini);
        return path;
    }

    QString accounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("staff"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("# none needed for the config test\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void defaults()
    {
        QSettings s(write("[kiosk]\nmode=self_service\n"), QSettings::IniFormat);
        QList<ConfigProblem> problems;
        const KioskConfig c = KioskConfig::fromSettings(s, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).key + QLatin1Char(' ') + problems.value(0).message));
        QCOMPARE(c.mode, KioskMode::SelfService);
        QCOMPARE(c.language, QStringLiteral("ja"));
        QCOMPARE(c.languages, KioskConfig::supportedLanguages());
        QCOMPARE(c.idleTimeoutSeconds, 120);
        QCOMPARE(c.idleWarningSeconds, 15);
        QCOMPARE(c.staffReauthSeconds, 300);
        QCOMPARE(c.staffMaxFailures, 5);
        QVERIFY(c.lockdown);
        QCOMPARE(c.sink, SinkKind::None);
        QCOMPARE(c.receiptPrefix, QStringLiteral("A"));
        QCOMPARE(c.environment, KioskEnvironment::Production);
    }

    void everyKey()
    {
        const QByteArray ini =
            "[kiosk]\nid=minato-1f-01\nreceipt_prefix=KT\nmode=counter\nlanguage=en\nlanguages=ja, en, vi\n"
            "municipality=東京都港区\nmunicipality_code=13103\nidle_timeout_s=90\nidle_warning_s=20\n"
            "done_return_s=30\nkiosk_lockdown=false\nstaff_accounts=" +
            accounts().toUtf8() +
            "\nstaff_reauth_s=240\nstaff_max_failures=4\nstaff_lockout_s=3600\n"
            "pin_reset_place=区民課 5番窓口\ntheme=high_contrast\ntext_scale=1.25\n"
            "window_size=1280x800\nenvironment=demo\n[card]\nreader=Virtual PCD\n[forms]\n[postal]\ncache_dir=/tmp\n"
            "[submit]\nsink=dev_folder\ndev_folder=/tmp/requests\n";
        QSettings s(write(ini), QSettings::IniFormat);
        QList<ConfigProblem> problems;
        const KioskConfig c = KioskConfig::fromSettings(s, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).key + QLatin1Char(' ') + problems.value(0).message));
        QCOMPARE(c.kioskId, QStringLiteral("minato-1f-01"));
        QCOMPARE(c.receiptPrefix, QStringLiteral("KT"));
        QCOMPARE(c.language, QStringLiteral("en"));
        QCOMPARE(c.languages, (QStringList{QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("vi")}));
        QCOMPARE(c.municipality, QStringLiteral("東京都港区"));
        QCOMPARE(c.municipalityCode, QStringLiteral("13103"));
        QCOMPARE(c.idleTimeoutSeconds, 90);
        QCOMPARE(c.idleWarningSeconds, 20);
        QCOMPARE(c.doneReturnSeconds, 30);
        QVERIFY(!c.lockdown);
        QCOMPARE(c.staffReauthSeconds, 240);
        QCOMPARE(c.staffMaxFailures, 4);
        QCOMPARE(c.staffLockoutSeconds, 3600);
        QCOMPARE(c.pinResetPlace, QStringLiteral("区民課 5番窓口"));
        QVERIFY(c.highContrast);
        QCOMPARE(c.textScale, 1.25);
        QCOMPARE(c.windowSize, QStringLiteral("1280x800"));
        QCOMPARE(c.environment, KioskEnvironment::Demo);
        QCOMPARE(c.card.reader, QStringLiteral("Virtual PCD"));
        QCOMPARE(c.postalCacheDir, QStringLiteral("/tmp"));
        QCOMPARE(c.sink, SinkKind::DevFolder);
        QCOMPARE(c.devFolder, QStringLiteral("/tmp/requests"));
    }

    void sampleFileHasEveryKeyAndParses()
    {
        QFile sample(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/config/kakanai.sample.ini"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray ini = sample.readAll();
        const qsizetype at = ini.indexOf("staff_accounts=");
        QVERIFY(at >= 0);
        const QByteArray line = QByteArray("staff_accounts=") + accounts().toUtf8();
        ini.replace(at, ini.indexOf('\n', at) - at, line);
        QSettings s(write(ini), QSettings::IniFormat);
        QList<ConfigProblem> problems;
        const KioskConfig c = KioskConfig::fromSettings(s, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).key + QLatin1Char(' ') + problems.value(0).message));
        QCOMPARE(c.mode, KioskMode::Counter);
        // Every key the kiosk reads appears in the sample (the README documents the same list).
        for (const char *key : {"id",
                                "receipt_prefix",
                                "mode",
                                "language",
                                "languages",
                                "municipality",
                                "municipality_code",
                                "idle_timeout_s",
                                "idle_warning_s",
                                "done_return_s",
                                "kiosk_lockdown",
                                "environment",
                                "staff_accounts",
                                "staff_reauth_s",
                                "staff_max_failures",
                                "staff_lockout_s",
                                "staff_pin_min_length",
                                "staff_kiosk_max_failures",
                                "staff_kiosk_lockout_s",
                                "state_dir",
                                "pin_reset_place",
                                "theme",
                                "text_scale",
                                "window_size",
                                "reader",
                                "issuer_public_key",
                                "jpki_trust_anchor",
                                "directory",
                                "database",
                                "cache_dir",
                                "sink",
                                "dev_folder"}) {
            const QByteArray entry = QByteArray("\n") + QByteArray(key) + QByteArray("=");
            QVERIFY2(ini.contains(entry), key);
        }
    }

    // --demo-walk screenshots a resident's data and commits a request: never with a production configuration.
    void demoWalkRefusesProduction_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("sink");
        QTest::addColumn<QString>("intakeHost");
        QTest::addColumn<bool>("refused");
        QTest::newRow("demo, development sink") << "demo"
                                                << "dev_folder" << QString() << false;
        QTest::newRow("demo, outbox, local intake") << "demo"
                                                    << "outbox"
                                                    << "localhost" << false;
        QTest::newRow("demo, outbox, loopback address") << "demo"
                                                        << "outbox"
                                                        << "127.0.0.1" << false;
        QTest::newRow("demo, outbox, no intake") << "demo"
                                                 << "outbox" << QString() << false;
        QTest::newRow("error: production (the default)") << "production"
                                                         << "dev_folder" << QString() << true;
        QTest::newRow("error: demo with the city's intake") << "demo"
                                                            << "outbox"
                                                            << "intake.city.example" << true;
    }
    void demoWalkRefusesProduction()
    {
        QFETCH(QString, environment);
        QFETCH(QString, sink);
        QFETCH(QString, intakeHost);
        QFETCH(bool, refused);
        KioskApp::Configuration c;
        c.kiosk.environment =
            environment == QLatin1String("demo") ? KioskEnvironment::Demo : KioskEnvironment::Production;
        c.kiosk.sink = sink == QLatin1String("outbox") ? SinkKind::Outbox : SinkKind::DevFolder;
        if (c.kiosk.sink == SinkKind::Outbox) {
            c.backoffice = backoffice::BackofficeConfig{};
            c.backoffice->intake.host = intakeHost;
        }
        const auto why = DemoWalk::refusal(c);
        QCOMPARE(why.has_value(), refused);
        if (refused) {
            QVERIFY(why->contains(QLatin1String("environment")) || why->contains(intakeHost));
        }
    }

    void problemsNameTheirKey_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown mode") << QByteArray("[kiosk]\nmode=kiosk\n") << QStringLiteral("kiosk/mode");
        QTest::newRow("misspelt key") << QByteArray("[kiosk]\nidle_timout_s=60\n")
                                      << QStringLiteral("kiosk/idle_timout_s");
        QTest::newRow("timeout too short")
            << QByteArray("[kiosk]\nidle_timeout_s=5\n") << QStringLiteral("kiosk/idle_timeout_s");
        QTest::newRow("timeout not a number")
            << QByteArray("[kiosk]\nidle_timeout_s=two minutes\n") << QStringLiteral("kiosk/idle_timeout_s");
        QTest::newRow("warning not before the end")
            << QByteArray("[kiosk]\nidle_timeout_s=30\nidle_warning_s=30\n") << QStringLiteral("kiosk/idle_warning_s");
        QTest::newRow("unknown language") << QByteArray("[kiosk]\nlanguage=fr\n") << QStringLiteral("kiosk/language");
        QTest::newRow("language not offered")
            << QByteArray("[kiosk]\nlanguage=ko\nlanguages=ja,en\n") << QStringLiteral("kiosk/language");
        QTest::newRow("unknown language offered")
            << QByteArray("[kiosk]\nlanguages=ja,xx\n") << QStringLiteral("kiosk/languages");
        QTest::newRow("bad kiosk id") << QByteArray("[kiosk]\nid=a b\n") << QStringLiteral("kiosk/id");
        QTest::newRow("receipt prefix with a look-alike")
            << QByteArray("[kiosk]\nreceipt_prefix=O\n") << QStringLiteral("kiosk/receipt_prefix");
        QTest::newRow("receipt prefix too long")
            << QByteArray("[kiosk]\nreceipt_prefix=ACDE\n") << QStringLiteral("kiosk/receipt_prefix");
        QTest::newRow("receipt prefix with a digit")
            << QByteArray("[kiosk]\nreceipt_prefix=A1\n") << QStringLiteral("kiosk/receipt_prefix");
        QTest::newRow("receipt prefix empty")
            << QByteArray("[kiosk]\nreceipt_prefix=\n") << QStringLiteral("kiosk/receipt_prefix");
        QTest::newRow("bad municipality code")
            << QByteArray("[kiosk]\nmunicipality_code=131\n") << QStringLiteral("kiosk/municipality_code");
        QTest::newRow("lockdown not a boolean")
            << QByteArray("[kiosk]\nkiosk_lockdown=maybe\n") << QStringLiteral("kiosk/kiosk_lockdown");
        QTest::newRow("counter without staff")
            << QByteArray("[kiosk]\nmode=counter\n") << QStringLiteral("kiosk/staff_accounts");
        QTest::newRow("staff file missing")
            << QByteArray("[kiosk]\nstaff_accounts=/nonexistent/staff\n") << QStringLiteral("kiosk/staff_accounts");
        QTest::newRow("too many failures allowed")
            << QByteArray("[kiosk]\nstaff_max_failures=20\n") << QStringLiteral("kiosk/staff_max_failures");
        QTest::newRow("lockout too short")
            << QByteArray("[kiosk]\nstaff_lockout_s=60\n") << QStringLiteral("kiosk/staff_lockout_s");
        QTest::newRow("staff PIN minimum of 4 digits")
            << QByteArray("[kiosk]\nstaff_pin_min_length=4\n") << QStringLiteral("kiosk/staff_pin_min_length");
        QTest::newRow("kiosk-wide failures too many") << QByteArray("[kiosk]\nstaff_kiosk_max_failures=1000\n")
                                                      << QStringLiteral("kiosk/staff_kiosk_max_failures");
        QTest::newRow("kiosk-wide lock too short")
            << QByteArray("[kiosk]\nstaff_kiosk_lockout_s=10\n") << QStringLiteral("kiosk/staff_kiosk_lockout_s");
        QTest::newRow("re-sign-in past PCI's 15 min")
            << QByteArray("[kiosk]\nstaff_reauth_s=1800\n") << QStringLiteral("kiosk/staff_reauth_s");
        QTest::newRow("unknown theme") << QByteArray("[kiosk]\ntheme=dark\n") << QStringLiteral("kiosk/theme");
        QTest::newRow("text scale") << QByteArray("[kiosk]\ntext_scale=3\n") << QStringLiteral("kiosk/text_scale");
        QTest::newRow("window size") << QByteArray("[kiosk]\nwindow_size=big\n") << QStringLiteral("kiosk/window_size");
        QTest::newRow("unknown environment")
            << QByteArray("[kiosk]\nenvironment=test\n") << QStringLiteral("kiosk/environment");
        QTest::newRow("unknown sink") << QByteArray("[submit]\nsink=cloud\n") << QStringLiteral("submit/sink");
        QTest::newRow("dev sink without folder")
            << QByteArray("[submit]\nsink=dev_folder\n") << QStringLiteral("submit/dev_folder");
        QTest::newRow("forms folder missing")
            << QByteArray("[forms]\ndirectory=/nonexistent\n") << QStringLiteral("forms/directory");
        QTest::newRow("postal database missing")
            << QByteArray("[postal]\ndatabase=/nonexistent.sqlite\n") << QStringLiteral("postal/database");
        QTest::newRow("card key unreadable")
            << QByteArray("[card]\nissuer_public_key=/nonexistent.pem\n") << QStringLiteral("card/issuer_public_key");
        QTest::newRow("unknown card key") << QByteArray("[card]\nreaders=x\n") << QStringLiteral("card/readers");
    }

    void problemsNameTheirKey()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        if (!ini.contains("mode=") && !ini.contains("staff_accounts")) {
            ini = "[kiosk]\nmode=self_service\n" + ini; // counter mode would also ask for staff accounts
            ini.replace("\n[kiosk]\n", "\n");
        }
        QSettings s(write(ini), QSettings::IniFormat);
        QList<ConfigProblem> problems;
        KioskConfig::fromSettings(s, &problems);
        QStringList keys;
        for (const ConfigProblem &p : problems) {
            keys.append(p.key);
            QVERIFY(!p.message.isEmpty());
        }
        QVERIFY2(keys.contains(key), qPrintable(keys.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "TestKioskConfig.moc"
