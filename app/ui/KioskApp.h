#pragma once

#include "KioskConfig.h"

#include <QList>
#include <QThread>

#include <memory>

namespace kakanai::card {
class CardService;
}
namespace kakanai::forms {
class FormCatalog;
class LifeEventNavigator;
class PostalDirectory;
} // namespace kakanai::forms

namespace kakanai::kiosk {

class CardPort;
class Clock;
class FieldPolicy;
class IdleMonitor;
class KioskSession;
class KioskWindow;
class LanguageManager;
class QueueStatusProvider;
class RequestSink;
class StaffAuthenticator;

// The kiosk's object graph, built once from the configuration: the composition root's work, shared by main(),
// the GUI tests and the benchmark. Anything not given in Options is built here: CardService on its own worker
// thread behind CardServicePort, the sink of submit/sink, the queue status (none until the outbox exists), the
// system clock.
class KioskApp
{
public:
    struct Options
    {
        const Clock *clock = nullptr;
        CardPort *card = nullptr;
        RequestSink *sink = nullptr;
        QueueStatusProvider *queue = nullptr;
        bool idleTicking = true;
    };

    // Loads and checks the data the configuration points to (form definitions, life events, field policy, postal
    // directory, staff accounts) without building anything else: --check-config. False with problems.
    static bool checkData(const KioskConfig &config, QList<ConfigProblem> *problems);

    // Null with problems (each naming its configuration key) when something cannot be set up.
    static std::unique_ptr<KioskApp> create(const KioskConfig &config, Options options, QList<ConfigProblem> *problems);
    ~KioskApp();
    KioskApp(const KioskApp &) = delete;
    KioskApp &operator=(const KioskApp &) = delete;

    const KioskConfig &config() const { return m_config; }
    KioskWindow *window() const { return m_window.get(); }
    KioskSession *session() const { return m_session.get(); }
    IdleMonitor *idle() const { return m_idle.get(); }
    StaffAuthenticator *staff() const { return m_staff.get(); }
    LanguageManager *languages() const { return m_languages.get(); }
    RequestSink *sink() const { return m_sink; }
    card::CardService *cardService() const { return m_cardService; }
    const Clock &clock() const { return *m_clock; }

private:
    KioskApp() = default;

    KioskConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    std::unique_ptr<forms::FormCatalog> m_catalog;
    std::unique_ptr<forms::LifeEventNavigator> m_navigator;
    std::unique_ptr<FieldPolicy> m_policy;
    std::unique_ptr<forms::PostalDirectory> m_postal;
    std::unique_ptr<LanguageManager> m_languages;
    QThread m_cardThread;
    card::CardService *m_cardService = nullptr; // lives on m_cardThread; deleted when it finishes
    std::unique_ptr<CardPort> m_ownCard;
    CardPort *m_card = nullptr;
    std::unique_ptr<RequestSink> m_ownSink;
    RequestSink *m_sink = nullptr;
    std::unique_ptr<QueueStatusProvider> m_ownQueue;
    QueueStatusProvider *m_queue = nullptr;
    std::unique_ptr<StaffAuthenticator> m_staff;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<IdleMonitor> m_idle;
    std::unique_ptr<KioskWindow> m_window;
};

} // namespace kakanai::kiosk
