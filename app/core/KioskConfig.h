#pragma once

#include "cardreader/CardConfig.h"

#include "common/Config.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace kakanai::kiosk {

// Counter mode: staff at the desk, the resident confirms on the touchscreen, staff confirm with their sign-in.
// Self-service mode: the resident alone; no staff screens, no individual number, a receipt to take to the counter.
enum class KioskMode
{
    Counter,
    SelfService,
};

QString kioskModeName(KioskMode mode); // "counter", "self_service"

// What the installation is for (kiosk/environment). A kiosk in front of the public is production, the default; the
// demo walk (--demo-walk, which writes screenshots of every screen, resident data included) runs only with demo.
enum class KioskEnvironment
{
    Production,
    Demo,
};

// How the kiosk hands a confirmed request on (see RequestSink.h).
enum class SinkKind
{
    None,      // nothing configured: requests cannot be accepted, and the screens say so
    DevFolder, // development and demo only: the request JSON written, unencrypted, to a folder
    Outbox,    // production: the encrypted outbox ([outbox], [intake]) and the printer ([printer])
};

// Everything the kiosk reads from its INI file (app/README.md, resources/config/kakanai.sample.ini). Problems are
// collected with the key they concern; the composition root refuses to start a session on any of them.
struct KioskConfig
{
    // [kiosk]
    QString kioskId;
    // The 受付番号's prefix ("A" in "A-007", forms/ReceiptNumber.h). The numbers count per kiosk and day, so every
    // kiosk of a city hall needs its own prefix: two kiosks with the same one hand out the same numbers.
    QString receiptPrefix = QStringLiteral("A");
    KioskMode mode = KioskMode::Counter;
    QString language = QStringLiteral("ja");
    QStringList languages; // offered on the idle screen, in order
    QString municipality;
    QString municipalityCode;
    int idleTimeoutSeconds = 120;
    int idleWarningSeconds = 15;
    int doneReturnSeconds = 20;
    bool lockdown = true;
    bool qrCamera = false; // read pre-entry QR codes from the camera too (the USB scanner works always)
    QString staffAccountsPath;
    int staffReauthSeconds = 300;
    int staffMaxFailures = 5;
    int staffLockoutSeconds = 1800;
    int staffPinMinLength = 6;          // never below 6 (StaffAccounts::MinPinLength); a city may require more
    int staffKioskMaxFailures = 10;     // wrong staff PINs for any ids within an hour that lock the kiosk's sign-in
    int staffKioskLockoutSeconds = 900; // how long
    bool staffTotp = false;             // kiosk/staff_second_factor=totp: PIN and authenticator code (Totp)
    // Where the kiosk keeps its own state that must survive a restart (the staff sign-in failure record).
    QString stateDirectory = QStringLiteral("/var/lib/kakanai");
    QString pinResetPlace;
    bool highContrast = false;
    double textScale = 1.0;
    QString windowSize; // empty: full screen (lockdown) or 1920x1080 window; "1280x800" for development
    KioskEnvironment environment = KioskEnvironment::Production;

    // [card]
    card::CardConfig card;

    // [forms], [postal]
    QString formsDirectory;
    // The city's counters of the related procedures (resources/lifeevents/counters.json's format); empty: the
    // built-in example city's.
    QString countersFile;
    QString postalDatabase;
    QString postalCacheDir;

    // [submit]
    SinkKind sink = SinkKind::None;
    QString devFolder;

    // Every language the kiosk has translations for, in the idle screen's order.
    static QStringList supportedLanguages();

    // Reads and checks every group the kiosk owns ([kiosk], [card], [forms], [postal], [submit]). Groups of other
    // modules are left to them.
    static KioskConfig fromSettings(QSettings &settings, QList<ConfigProblem> *problems);
};

} // namespace kakanai::kiosk
