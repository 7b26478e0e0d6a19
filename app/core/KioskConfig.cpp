#include "app/core/KioskConfig.h"

#include "forms/ReceiptNumber.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace kakanai::kiosk {

QString kioskModeName(KioskMode mode)
{
    return mode == KioskMode::Counter ? QStringLiteral("counter") : QStringLiteral("self_service");
}

QStringList KioskConfig::supportedLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("ja_easy"), QStringLiteral("en"), QStringLiteral("zh_CN"),
            QStringLiteral("ko"), QStringLiteral("vi"),      QStringLiteral("pt")};
}

KioskConfig KioskConfig::fromSettings(QSettings &settings, QList<ConfigProblem> *problems)
{
    KioskConfig c;
    if (settings.status() != QSettings::NoError) {
        problems->append({QStringLiteral("(file)"), settings.status() == QSettings::FormatError
                                                        ? QStringLiteral("not a valid INI file")
                                                        : QStringLiteral("cannot be read")});
        return c;
    }
    const QStringList supported = supportedLanguages();
    {
        ConfigGroup g(settings, QStringLiteral("kiosk"), problems);
        c.kioskId = g.string(QStringLiteral("id"), QSysInfo::machineHostName());
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        if (!idPattern.match(c.kioskId).hasMatch()) {
            g.problem(QStringLiteral("id"),
                      QStringLiteral("must be 1-64 of A-Z a-z 0-9 . _ - (got '%1')").arg(c.kioskId));
        }
        c.receiptPrefix = g.string(QStringLiteral("receipt_prefix"), c.receiptPrefix);
        if (!forms::isReceiptPrefix(c.receiptPrefix)) {
            g.problem(QStringLiteral("receipt_prefix"),
                      QStringLiteral("must be 1-3 letters of %1 (no look-alikes such as O/0, I/1; got '%2')")
                          .arg(forms::receiptPrefixAlphabet(), c.receiptPrefix));
        }
        const QString mode = g.choice(QStringLiteral("mode"), kioskModeName(c.mode),
                                      {kioskModeName(KioskMode::Counter), kioskModeName(KioskMode::SelfService)});
        c.mode = mode == kioskModeName(KioskMode::SelfService) ? KioskMode::SelfService : KioskMode::Counter;
        c.languages = g.list(QStringLiteral("languages"), supported);
        for (const QString &l : std::as_const(c.languages)) {
            if (!supported.contains(l)) {
                g.problem(QStringLiteral("languages"),
                          QStringLiteral("unknown language '%1' (known: %2)").arg(l, supported.join(QLatin1Char(' '))));
            }
        }
        c.language = g.string(QStringLiteral("language"), QStringLiteral("ja"));
        if (!supported.contains(c.language)) {
            g.problem(
                QStringLiteral("language"),
                QStringLiteral("unknown language '%1' (known: %2)").arg(c.language, supported.join(QLatin1Char(' '))));
            c.language = QStringLiteral("ja");
        } else if (!c.languages.contains(c.language)) {
            g.problem(QStringLiteral("language"), QStringLiteral("'%1' is not among kiosk/languages").arg(c.language));
        }
        c.municipality = g.string(QStringLiteral("municipality"));
        c.municipalityCode = g.string(QStringLiteral("municipality_code"));
        static const QRegularExpression codePattern(QStringLiteral("^[0-9]{5}$"));
        if (!c.municipalityCode.isEmpty() && !codePattern.match(c.municipalityCode).hasMatch()) {
            g.problem(
                QStringLiteral("municipality_code"),
                QStringLiteral("must be the 5-digit code of the municipality (got '%1')").arg(c.municipalityCode));
        }
        c.idleTimeoutSeconds =
            static_cast<int>(g.integer(QStringLiteral("idle_timeout_s"), c.idleTimeoutSeconds, 30, 1800));
        c.idleWarningSeconds =
            static_cast<int>(g.integer(QStringLiteral("idle_warning_s"), c.idleWarningSeconds, 5, 60));
        if (c.idleWarningSeconds >= c.idleTimeoutSeconds) {
            g.problem(QStringLiteral("idle_warning_s"), QStringLiteral("must be shorter than kiosk/idle_timeout_s"));
        }
        c.doneReturnSeconds = static_cast<int>(g.integer(QStringLiteral("done_return_s"), c.doneReturnSeconds, 5, 300));
        c.lockdown = g.boolean(QStringLiteral("kiosk_lockdown"), c.lockdown);
        c.environment = g.choice(QStringLiteral("environment"), QStringLiteral("production"),
                                 {QStringLiteral("production"), QStringLiteral("demo")}) == QLatin1String("demo")
                            ? KioskEnvironment::Demo
                            : KioskEnvironment::Production;
        c.qrCamera = g.boolean(QStringLiteral("qr_camera"), c.qrCamera);
        c.staffAccountsPath = g.string(QStringLiteral("staff_accounts"));
        // PCI DSS 8.2.8 caps idle re-authentication at 15 minutes; the counter default is 5.
        c.staffReauthSeconds =
            static_cast<int>(g.integer(QStringLiteral("staff_reauth_s"), c.staffReauthSeconds, 30, 900));
        // PCI DSS 8.3.4: at most 10 failures, locked for at least 30 minutes.
        c.staffMaxFailures =
            static_cast<int>(g.integer(QStringLiteral("staff_max_failures"), c.staffMaxFailures, 1, 10));
        c.staffLockoutSeconds =
            static_cast<int>(g.integer(QStringLiteral("staff_lockout_s"), c.staffLockoutSeconds, 1800, 86400));
        c.staffPinMinLength =
            static_cast<int>(g.integer(QStringLiteral("staff_pin_min_length"), c.staffPinMinLength, 6, 12));
        c.staffKioskMaxFailures =
            static_cast<int>(g.integer(QStringLiteral("staff_kiosk_max_failures"), c.staffKioskMaxFailures, 3, 100));
        c.staffKioskLockoutSeconds = static_cast<int>(
            g.integer(QStringLiteral("staff_kiosk_lockout_s"), c.staffKioskLockoutSeconds, 300, 86400));
        // A second staff factor the city turns on: the staff member's authenticator code (TOTP, RFC 6238).
        c.staffTotp = g.choice(QStringLiteral("staff_second_factor"), QStringLiteral("none"),
                               {QStringLiteral("none"), QStringLiteral("totp")}) == QLatin1String("totp");
        c.stateDirectory = g.string(QStringLiteral("state_dir"), c.stateDirectory);
        c.pinResetPlace = g.string(QStringLiteral("pin_reset_place"));
        c.highContrast =
            g.choice(QStringLiteral("theme"), QStringLiteral("standard"),
                     {QStringLiteral("standard"), QStringLiteral("high_contrast")}) == QLatin1String("high_contrast");
        c.textScale = g.decimal(QStringLiteral("text_scale"), c.textScale, 1.0, 2.0);
        c.windowSize = g.string(QStringLiteral("window_size"));
        static const QRegularExpression sizePattern(QStringLiteral("^[0-9]{3,4}x[0-9]{3,4}$"));
        if (!c.windowSize.isEmpty() && !sizePattern.match(c.windowSize).hasMatch()) {
            g.problem(QStringLiteral("window_size"),
                      QStringLiteral("must be WIDTHxHEIGHT such as 1280x800, or empty (got '%1')").arg(c.windowSize));
        }
        if (c.mode == KioskMode::Counter && c.staffAccountsPath.isEmpty()) {
            g.problem(QStringLiteral("staff_accounts"),
                      QStringLiteral("counter mode needs the staff accounts file (staff sign in to confirm)"));
        } else if (!c.staffAccountsPath.isEmpty()) {
            if (g.requireReadableFile(QStringLiteral("staff_accounts"), c.staffAccountsPath)) {
                g.requireNotWritableByOthers(QStringLiteral("staff_accounts"), c.staffAccountsPath);
            }
        }
    }

    c.card = card::CardConfig::fromSettings(settings, problems);

    {
        ConfigGroup g(settings, QStringLiteral("forms"), problems);
        c.formsDirectory = g.string(QStringLiteral("directory"));
        if (!c.formsDirectory.isEmpty()) {
            g.requireFolder(QStringLiteral("directory"), c.formsDirectory);
        }
        // Where the related procedures are done in this city (building, floor, counter): city data.
        c.countersFile = g.string(QStringLiteral("counters"));
        if (!c.countersFile.isEmpty()) {
            g.requireReadableFile(QStringLiteral("counters"), c.countersFile);
        }
    }
    {
        ConfigGroup g(settings, QStringLiteral("postal"), problems);
        c.postalDatabase = g.string(QStringLiteral("database"));
        c.postalCacheDir = g.string(QStringLiteral("cache_dir"));
        if (!c.postalDatabase.isEmpty()) {
            g.requireFile(QStringLiteral("database"), c.postalDatabase);
        }
    }
    {
        ConfigGroup g(settings, QStringLiteral("submit"), problems);
        const QString sink = g.choice(QStringLiteral("sink"), QStringLiteral("none"),
                                      {QStringLiteral("outbox"), QStringLiteral("none"), QStringLiteral("dev_folder")});
        c.devFolder = g.string(QStringLiteral("dev_folder"));
        if (sink == QLatin1String("dev_folder")) {
            c.sink = SinkKind::DevFolder;
            if (c.devFolder.isEmpty()) {
                g.problem(QStringLiteral("dev_folder"), QStringLiteral("submit/sink = dev_folder needs this folder"));
            }
        } else if (sink == QLatin1String("outbox")) {
            c.sink = SinkKind::Outbox;
        }
    }
    return c;
}

} // namespace kakanai::kiosk
