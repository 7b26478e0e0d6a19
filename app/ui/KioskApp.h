#pragma once

#include "app/core/FormData.h"
#include "app/core/KanaConverter.h"
#include "app/core/KioskConfig.h"

#include "outbox/BackofficeConfig.h"
#include "printer/PrinterConfig.h"

#include "common/Clock.h"
#include "common/Config.h"

#include <QList>
#include <QThread>

#include <memory>
#include <optional>

class QSettings;

namespace kakanai::card {
class CardService;
}
namespace kakanai::forms {
class PostalDirectory;
}

namespace kakanai::kiosk {

class AuditSink;
class CardPort;
class FieldPolicy;
class IdleMonitor;
class KioskSession;
class KioskWindow;
class LanguageManager;
class QueueStatusProvider;
class RequestSink;
class StaffAuthenticator;

// The kiosk's composition root: the one place that builds the kiosk's object graph, for main() (the kiosk, the
// demo walk and --check-config), the GUI tests and the benchmark. It reads every configuration group once, loads
// the form data once (the screens, the session and the print worker share it) and hands one Clock to the session,
// the staff sign-in, the idle monitor, the card service and the outbox. Anything not given in Options is built
// here: CardService on its own worker thread behind CardServicePort, the sink of submit/sink (for "outbox" the
// encrypted outbox with its sync worker and the printer), the queue status, the system clock.
class KioskApp
{
public:
    struct Options
    {
        std::shared_ptr<Clock> clock; // SystemClock when empty
        CardPort *card = nullptr;
        RequestSink *sink = nullptr;
        QueueStatusProvider *queue = nullptr;
        // The audit trail of staff actions. Null: with the outbox sink, OutboxAuditSink on the same outbox file;
        // otherwise none (the development sink keeps no audit trail).
        AuditSink *audit = nullptr;
        bool idleTicking = true;
        // --check-config: build and check the same graph, but start no thread (no card worker, no outbox writer or
        // sync worker, no print thread) and open nothing for writing; the window is built, never shown.
        bool checkOnly = false;
    };

    // Every group the kiosk reads, each read once.
    struct Configuration
    {
        KioskConfig kiosk;
        // [outbox], [intake] and [printer]: read when submit/sink = outbox.
        std::optional<backoffice::BackofficeConfig> backoffice;
        std::optional<printer::PrinterConfig> printer;

        static Configuration fromSettings(QSettings &settings, QList<ConfigProblem> *problems);
    };

    // The kiosk from its INI file. Null with problems (each naming its configuration key) when something cannot
    // be set up; --check-config and the real start both come through here and so report the same problems.
    static std::unique_ptr<KioskApp> create(QSettings &settings, Options options, QList<ConfigProblem> *problems);
    // The same from configuration built in code (tests, benchmark, screenshots).
    static std::unique_ptr<KioskApp> create(Configuration configuration, Options options,
                                            QList<ConfigProblem> *problems);
    static std::unique_ptr<KioskApp> create(const KioskConfig &config, Options options, QList<ConfigProblem> *problems)
    {
        return create(Configuration{config, std::nullopt, std::nullopt}, std::move(options), problems);
    }
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
    AuditSink *audit() const { return m_audit; }
    card::CardService *cardService() const { return m_cardService; }
    const Clock &clock() const { return *m_clock; }
    const FormData &formData() const { return *m_forms; }

private:
    KioskApp() = default;

    KioskConfig m_config;
    std::shared_ptr<Clock> m_clock;
    std::shared_ptr<const FormData> m_forms;
    std::unique_ptr<FieldPolicy> m_policy;
    std::unique_ptr<forms::PostalDirectory> m_postal;
    std::unique_ptr<LanguageManager> m_languages;
    QThread m_cardThread;
    card::CardService *m_cardService = nullptr; // lives on m_cardThread; deleted when it finishes
    std::unique_ptr<CardPort> m_ownCard;
    CardPort *m_card = nullptr;
    // Before the sink: it records until it is destroyed.
    std::unique_ptr<AuditSink> m_ownAudit;
    AuditSink *m_audit = nullptr;
    std::unique_ptr<RequestSink> m_ownSink;
    RequestSink *m_sink = nullptr;
    std::unique_ptr<QueueStatusProvider> m_ownQueue;
    QueueStatusProvider *m_queue = nullptr;
    std::unique_ptr<StaffAuthenticator> m_staff;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<IdleMonitor> m_idle;
    std::unique_ptr<KanaConverter> m_converter;
    std::unique_ptr<KioskWindow> m_window;
};

} // namespace kakanai::kiosk
