#include "KioskApp.h"

#include "CardPort.h"
#include "Clock.h"
#include "DevFolderSink.h"
#include "FieldPolicy.h"
#include "FormData.h"
#include "IdleMonitor.h"
#include "KioskContext.h"
#include "KioskLogging.h"
#include "KioskSession.h"
#include "KioskWindow.h"
#include "Languages.h"
#include "QueueStatus.h"
#include "RequestSink.h"
#include "StaffAccounts.h"

#include "CardService.h"
#include "FormCatalog.h"
#include "LifeEvents.h"
#include "PostalDirectory.h"
#include "PostalImport.h"

#include <QStandardPaths>

namespace kakanai::kiosk {

bool KioskApp::checkData(const KioskConfig &config, QList<ConfigProblem> *problems)
{
    const qsizetype before = problems->size();
    if (!loadFormData(config, problems)) {
        return false;
    }
    FieldPolicy::load(FieldPolicy::embeddedFile(), problems);
    const QString cache = config.postalCacheDir.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                              : config.postalCacheDir;
    auto postalPath = forms::locatePostalDatabase(config.postalDatabase, cache);
    if (!postalPath) {
        problems->append({QStringLiteral("postal/database"), postalPath.error().toLogString()});
    } else if (auto postal = forms::PostalDirectory::open(*postalPath); !postal) {
        problems->append({QStringLiteral("postal/database"), postal.error().toLogString()});
    }
    if (!config.staffAccountsPath.isEmpty()) {
        StaffAccounts::load(config.staffAccountsPath, problems);
    }
    return problems->size() == before;
}

std::unique_ptr<KioskApp> KioskApp::create(const KioskConfig &config, Options options, QList<ConfigProblem> *problems)
{
    std::unique_ptr<KioskApp> app(new KioskApp);
    app->m_config = config;
    const qsizetype before = problems->size();

    auto formData = loadFormData(config, problems);
    if (!formData) {
        return nullptr;
    }
    app->m_catalog = std::make_unique<forms::FormCatalog>(std::move(formData->catalog));
    app->m_navigator = std::make_unique<forms::LifeEventNavigator>(std::move(formData->navigator));
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
        accounts = StaffAccounts::load(config.staffAccountsPath, problems);
    }
    if (problems->size() > before) {
        return nullptr;
    }

    if (options.clock) {
        app->m_clock = options.clock;
    } else {
        app->m_ownClock = std::make_unique<SystemClock>();
        app->m_clock = app->m_ownClock.get();
    }
    app->m_languages = std::make_unique<LanguageManager>();
    if (!app->m_languages->setLanguage(config.language)) {
        problems->append({QStringLiteral("kiosk/language"), QStringLiteral("no translation catalogue")});
        return nullptr;
    }

    if (options.card) {
        app->m_card = options.card;
    } else {
        // Card I/O on its own thread; the GUI thread only ever sees queued signals.
        app->m_cardService = new card::CardService(config.card);
        app->m_cardService->moveToThread(&app->m_cardThread);
        QObject::connect(&app->m_cardThread, &QThread::finished, app->m_cardService, &QObject::deleteLater);
        app->m_cardThread.setObjectName(QStringLiteral("kakanai-card"));
        app->m_cardThread.start();
        app->m_ownCard = std::make_unique<CardServicePort>(app->m_cardService, config.card.reader);
        app->m_card = app->m_ownCard.get();
    }
    if (options.sink) {
        app->m_sink = options.sink;
    } else {
        if (config.sink == SinkKind::DevFolder) {
            app->m_ownSink = std::make_unique<DevFolderSink>(config.devFolder);
        } else if (config.sink == SinkKind::Outbox) {
            // The outbox sink needs the [outbox], [intake] and [printer] groups: main.cpp builds it
            // (OutboxPrintSink::create) and hands it in.
            problems->append({QStringLiteral("submit/sink"),
                              QStringLiteral("outbox: the composition root must provide the outbox sink")});
            return nullptr;
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
        app->m_staff = std::make_unique<StaffAuthenticator>(std::move(accounts), *app->m_clock, policy);
    }

    KioskSession::Services services;
    services.card = app->m_card;
    services.catalog = app->m_catalog.get();
    services.navigator = app->m_navigator.get();
    // Self-service offers no staff path inside a session; staff accounts there only guard the administrator exit.
    services.staff = app->m_staff.get();
    services.sink = app->m_sink;
    services.clock = app->m_clock;
    app->m_session = std::make_unique<KioskSession>(config, services);
    app->m_idle = std::make_unique<IdleMonitor>(*app->m_clock, config.idleTimeoutSeconds, config.idleWarningSeconds);
    app->m_idle->setTicking(options.idleTicking);

    KioskContext ctx;
    ctx.config = &app->m_config;
    ctx.session = app->m_session.get();
    ctx.staff = app->m_staff.get();
    ctx.languages = app->m_languages.get();
    ctx.catalog = app->m_catalog.get();
    ctx.navigator = app->m_navigator.get();
    ctx.policy = app->m_policy.get();
    ctx.postal = app->m_postal.get();
    ctx.queue = app->m_queue;
    ctx.sink = app->m_sink;
    ctx.clock = app->m_clock;
    app->m_window = std::make_unique<KioskWindow>(ctx, app->m_idle.get());
    if (app->m_cardService) {
        app->m_cardService->start();
    }
    return app;
}

KioskApp::~KioskApp()
{
    // The window and the session go first (they wipe), then the card thread is stopped and joined.
    m_window.reset();
    m_session.reset();
    if (m_cardService) {
        m_cardService->stop();
        m_cardThread.quit();
        m_cardThread.wait();
        m_cardService = nullptr;
    }
}

} // namespace kakanai::kiosk
