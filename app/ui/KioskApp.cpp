#include "app/ui/KioskApp.h"

#include "app/core/AnthyConverter.h"
#include "app/core/CardPort.h"
#include "app/core/DevFolderSink.h"
#include "app/core/FieldPolicy.h"
#include "app/core/FormData.h"
#include "app/core/IdleMonitor.h"
#include "app/core/KioskLogging.h"
#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/core/OutboxAuditSink.h"
#include "app/core/OutboxPrintSink.h"
#include "app/core/QueueStatus.h"
#include "app/core/RequestSink.h"
#include "app/core/StaffAccounts.h"
#include "app/ui/KioskContext.h"
#include "app/ui/KioskWindow.h"

#include "cardreader/CardService.h"
#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"
#include "forms/PostalDirectory.h"
#include "forms/PostalImport.h"
#include "outbox/KeyRing.h"
#include "outbox/OutboxService.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kakanai::kiosk {

KioskApp::Configuration KioskApp::Configuration::fromSettings(QSettings &settings, QList<ConfigProblem> *problems)
{
    Configuration c;
    c.kiosk = KioskConfig::fromSettings(settings, problems);
    if (c.kiosk.sink == SinkKind::Outbox) {
        c.backoffice = backoffice::BackofficeConfig::fromSettings(
            settings, backoffice::BackofficeConfig::Outbox | backoffice::BackofficeConfig::Intake, problems);
        c.printer = printer::PrinterConfig::fromSettings(settings, problems);
    }
    return c;
}

std::unique_ptr<KioskApp> KioskApp::create(QSettings &settings, Options options, QList<ConfigProblem> *problems)
{
    const qsizetype before = problems->size();
    Configuration configuration = Configuration::fromSettings(settings, problems);
    if (problems->size() != before) {
        return nullptr;
    }
    return create(std::move(configuration), std::move(options), problems);
}

std::unique_ptr<KioskApp> KioskApp::create(Configuration configuration, Options options, QList<ConfigProblem> *problems)
{
    std::unique_ptr<KioskApp> app(new KioskApp);
    const KioskConfig &config = configuration.kiosk;
    app->m_config = config;
    const qsizetype before = problems->size();

    // The form data, once: the screens, the session and the print worker share this copy.
    auto formData = loadFormData(config, problems);
    if (!formData) {
        return nullptr;
    }
    app->m_forms = std::make_shared<const FormData>(std::move(*formData));
    app->m_policy = std::make_unique<FieldPolicy>(FieldPolicy::load(FieldPolicy::embeddedFile(), problems));

    const QString cache = config.postalCacheDir.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                              : config.postalCacheDir;
    auto postalPath = forms::locatePostalDatabase(config.postalDatabase, cache);
    if (!postalPath) {
        problems->append({QStringLiteral("postal/database"), postalPath.error().toLogString()});
    } else if (auto postal = forms::PostalDirectory::open(*postalPath)) {
        app->m_postal = std::move(*postal);
    } else {
        problems->append({QStringLiteral("postal/database"), postal.error().toLogString()});
    }

    StaffAccounts accounts;
    if (!config.staffAccountsPath.isEmpty()) {
        accounts = StaffAccounts::load(config.staffAccountsPath, problems, config.staffPinMinLength);
        if (config.staffTotp) {
            if (const QStringList without = accounts.idsWithoutTotp(); !without.isEmpty()) {
                problems->append({QStringLiteral("kiosk/staff_second_factor"),
                                  QStringLiteral("totp needs an authenticator key (totp:) for every staff account; "
                                                 "missing for %1 (make the lines with --hash-staff-pin --totp)")
                                      .arg(without.join(QStringLiteral(", ")))});
            }
        }
        // The staff sign-in failures are kept there, so that a restart does not reset them.
        const QFileInfo state(config.stateDirectory);
        if (config.stateDirectory.isEmpty() || !state.isDir() || !state.isWritable()) {
            problems->append({QStringLiteral("kiosk/state_dir"),
                              QStringLiteral("must be an existing folder the kiosk can write, for the staff sign-in "
                                             "failure record (got '%1')")
                                  .arg(config.stateDirectory)});
        }
    }

    // The outbox sink's data key and printer are checked in both modes, so that --check-config finds what the
    // start would.
    const bool outboxSink = !options.sink && config.sink == SinkKind::Outbox;
    if (outboxSink) {
        if (!configuration.backoffice || !configuration.printer) {
            problems->append({QStringLiteral("submit/sink"),
                              QStringLiteral("outbox: needs the [outbox], [intake] and [printer] groups")});
            return nullptr;
        }
        // The current key and, during a key rotation, the previous ones.
        if (auto keys = backoffice::KeyRing::load(configuration.backoffice->outbox); !keys) {
            problems->append({keys.error().key.isEmpty() ? QStringLiteral("outbox/key_file") : keys.error().key,
                              keys.error().toLogString()});
        }
        OutboxPrintSink::checkPrinter(*configuration.printer, app->m_forms->catalog, problems);
    }
    if (problems->size() > before) {
        return nullptr;
    }

    app->m_clock = options.clock ? std::move(options.clock) : std::make_shared<SystemClock>();
    app->m_languages = std::make_unique<LanguageManager>();
    if (!app->m_languages->setLanguage(config.language)) {
        problems->append({QStringLiteral("kiosk/language"), QStringLiteral("no translation catalogue")});
        return nullptr;
    }

    if (options.card) {
        app->m_card = options.card;
    } else {
        // Card I/O on its own thread (started below, not for --check-config); the GUI thread only ever sees queued
        // signals.
        app->m_cardService = new card::CardService(config.card, app->m_clock);
        if (!options.checkOnly) {
            app->m_cardService->moveToThread(&app->m_cardThread);
            QObject::connect(&app->m_cardThread, &QThread::finished, app->m_cardService, &QObject::deleteLater);
            app->m_cardThread.setObjectName(QStringLiteral("kakanai-card"));
        }
        app->m_ownCard = std::make_unique<CardServicePort>(app->m_cardService, config.card.reader);
        app->m_card = app->m_ownCard.get();
    }
    if (options.audit) {
        app->m_audit = options.audit;
    }
    if (options.sink) {
        app->m_sink = options.sink;
    } else if (outboxSink && options.checkOnly) {
        // --check-config: the outbox is not opened (it would be created) and no writer, sync or print thread starts;
        // its key and the printer were checked above.
        app->m_ownSink = std::make_unique<UnconfiguredSink>();
        app->m_sink = app->m_ownSink.get();
    } else if (outboxSink) {
        // Production: the encrypted outbox (and its sync worker) on the kiosk's clock, and the printer.
        backoffice::OutboxService::Options outboxOptions;
        outboxOptions.clock = app->m_clock;
        auto outbox = backoffice::OutboxService::create(*configuration.backoffice, outboxOptions);
        if (!outbox) {
            const QString key = outbox.error().key.isEmpty() ? QStringLiteral("outbox/path") : outbox.error().key;
            problems->append({key, outbox.error().toLogString()});
            return nullptr;
        }
        if (!options.audit) {
            // The audit trail in the same encrypted outbox file, written on its own thread.
            // The whole key ring: entries sealed before a key rotation are opened with their own key.
            auto keys = backoffice::KeyRing::load(configuration.backoffice->outbox);
            if (!keys) {
                const QString key = keys.error().key.isEmpty() ? QStringLiteral("outbox/key_file") : keys.error().key;
                problems->append({key, keys.error().toLogString()});
                return nullptr;
            }
            app->m_ownAudit = std::make_unique<OutboxAuditSink>(
                configuration.backoffice->outbox.path, std::make_shared<const backoffice::KeyRing>(std::move(*keys)),
                config.kioskId, app->m_clock);
            app->m_audit = app->m_ownAudit.get();
        }
        auto sink = std::make_unique<OutboxPrintSink>(std::move(*outbox), *configuration.printer, app->m_forms);
        sink->setAuditSink(options.audit ? options.audit : app->m_audit);
        if (!options.queue) {
            // The status line follows the outbox's link and queue.
            options.queue = sink->queueStatus();
        }
        app->m_ownSink = std::move(sink);
        app->m_sink = app->m_ownSink.get();
    } else {
        if (config.sink == SinkKind::DevFolder) {
            app->m_ownSink = std::make_unique<DevFolderSink>(config.devFolder);
        } else {
            qCWarning(lcKiosk) << "submit/sink is none: requests cannot be accepted";
            app->m_ownSink = std::make_unique<UnconfiguredSink>();
        }
        app->m_sink = app->m_ownSink.get();
    }
    if (options.queue) {
        app->m_queue = options.queue;
    } else {
        app->m_ownQueue = std::make_unique<NoQueueStatus>();
        app->m_queue = app->m_ownQueue.get();
    }
    if (accounts.size() > 0) {
        StaffAuthenticator::Policy policy;
        policy.maxFailures = config.staffMaxFailures;
        policy.lockoutSeconds = config.staffLockoutSeconds;
        policy.reauthSeconds = config.staffReauthSeconds;
        policy.pinMinLength = config.staffPinMinLength;
        policy.kioskMaxFailures = config.staffKioskMaxFailures;
        policy.kioskLockoutSeconds = config.staffKioskLockoutSeconds;
        policy.requireTotp = config.staffTotp;
        policy.stateDirectory = config.stateDirectory;
        app->m_staff = std::make_unique<StaffAuthenticator>(std::move(accounts), *app->m_clock, policy);
    }

    KioskSession::Services services;
    services.card = app->m_card;
    services.catalog = &app->m_forms->catalog;
    services.navigator = &app->m_forms->navigator;
    // Self-service offers no staff path inside a session; staff accounts there only guard the administrator exit.
    services.staff = app->m_staff.get();
    services.sink = app->m_sink;
    services.clock = app->m_clock.get();
    services.audit = app->m_audit;
    app->m_session = std::make_unique<KioskSession>(config, services);
    app->m_idle = std::make_unique<IdleMonitor>(*app->m_clock, config.idleTimeoutSeconds, config.idleWarningSeconds);
    app->m_idle->setTicking(options.idleTicking && !options.checkOnly);

    KioskContext ctx;
    ctx.config = &app->m_config;
    ctx.session = app->m_session.get();
    ctx.staff = app->m_staff.get();
    ctx.languages = app->m_languages.get();
    ctx.catalog = &app->m_forms->catalog;
    ctx.navigator = &app->m_forms->navigator;
    ctx.policy = app->m_policy.get();
    ctx.postal = app->m_postal.get();
    ctx.queue = app->m_queue;
    ctx.sink = app->m_sink;
    ctx.clock = app->m_clock.get();
    ctx.audit = app->m_audit;
    // The input method's engine (Anthy, in-process). Without it the kiosk still works: the keyboard types kana and
    // the field shows what is typed, only 変換 stays off; the log says why.
    if (auto engine = AnthyConverter::open(); engine.ok()) {
        app->m_converter = std::move(engine.value());
    } else {
        qCWarning(lcKiosk) << "no kana-kanji conversion: Anthy did not start (packages libanthy1, anthy-common)";
    }
    ctx.converter = app->m_converter.get();
    app->m_window = std::make_unique<KioskWindow>(ctx, app->m_idle.get());
    if (app->m_cardService && !options.checkOnly) {
        app->m_cardThread.start();
        app->m_cardService->start();
    }
    return app;
}

KioskApp::~KioskApp()
{
    // The window and the session go first (they wipe), then the card thread is stopped and joined.
    m_window.reset();
    m_session.reset();
    if (m_cardService && m_cardThread.isRunning()) {
        m_cardService->stop();
        m_cardThread.quit();
        m_cardThread.wait();
    } else {
        delete m_cardService; // --check-config: never started
    }
    m_cardService = nullptr;
}

} // namespace kakanai::kiosk
