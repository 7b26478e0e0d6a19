#include "app/ui/DemoWalk.h"

#include "app/core/KioskLogging.h"
#include "app/ui/KioskApp.h"
#include "app/ui/KioskWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace kakanai::kiosk {

std::optional<QString> DemoWalk::refusal(const KioskApp::Configuration &configuration)
{
    if (configuration.kiosk.environment != KioskEnvironment::Demo) {
        return QStringLiteral("kiosk/environment is production: the demo walk runs only with environment=demo");
    }
    if (configuration.kiosk.sink == SinkKind::Outbox && configuration.backoffice &&
        configuration.backoffice->intake.isConfigured()) {
        const backoffice::ConnectionSettings &intake = configuration.backoffice->intake;
        auto local = [](const QString &host) {
            return host.isEmpty() || host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
                   host == QLatin1String("::1") || host.startsWith(QLatin1Char('/'));
        };
        if (!local(intake.host) || !local(intake.hostaddr)) {
            return QStringLiteral("intake/host %1 is not a local test database: the demo walk never delivers to a"
                                  " real intake")
                .arg(intake.host);
        }
    }
    return std::nullopt;
}

DemoWalk::DemoWalk(KioskApp &app, QString outputDir, std::shared_ptr<SecretBytes> cardPin, QString staffId,
                   std::shared_ptr<SecretBytes> staffPin, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_dir(std::move(outputDir))
    , m_cardPin(std::move(cardPin))
    , m_staffId(std::move(staffId))
    , m_staffPin(std::move(staffPin))
{
    connect(m_app.window(), &KioskWindow::screenShown, this, &DemoWalk::onScreen);
}

void DemoWalk::say(const char *line)
{
    std::printf("walk: %s\n", line);
    std::fflush(stdout);
}

void DemoWalk::start()
{
    QDir().mkpath(m_dir);
    // Let the first layout and the reader's first report settle before the first picture.
    QTimer::singleShot(1500, this, [this] {
        save(QStringLiteral("idle"));
        if (!m_preEntryCode.isEmpty()) {
            // The resident shows the phone's QR code to the USB scanner, which types it into the window as key
            // presses followed by Enter (BarcodeScannerFilter tells the burst from typing).
            QWindow *window = m_app.window()->windowHandle();
            for (const char c : std::as_const(m_preEntryCode)) {
                const QString text(QLatin1Char{c});
                const int key =
                    c >= 'a' && c <= 'z' ? Qt::Key_A + (c - 'a') : int(QChar::fromLatin1(c).toUpper().unicode());
                QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
                QCoreApplication::sendEvent(window, &press);
            }
            QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
            QCoreApplication::sendEvent(window, &enter);
            if (!m_app.session()->hasPendingPreEntry()) {
                fail(QStringLiteral("the pre-entry code was not accepted"));
                return;
            }
            save(QStringLiteral("preentry-read"));
        }
        say("place-card");
    });
    QTimer::singleShot(120000, this, [this] {
        if (!m_done) {
            fail(QStringLiteral("the walk did not finish within 2 minutes"));
        }
    });
}

QString DemoWalk::save(const QString &name)
{
    const QString path =
        QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
    if (!m_app.window()->grab().save(path)) {
        fail(QStringLiteral("cannot write ") + path);
    }
    return path;
}

bool DemoWalk::click(const QString &objectName, const QString &within)
{
    QWidget *scope = m_app.window();
    if (!within.isEmpty()) {
        scope = m_app.window()->findChild<QWidget *>(within);
        if (!scope) {
            fail(QStringLiteral("no widget ") + within);
            return false;
        }
    }
    for (QPushButton *b : scope->findChildren<QPushButton *>(objectName)) {
        if (b->isVisible() && b->isEnabled()) {
            b->click();
            return true;
        }
    }
    fail(QStringLiteral("no visible button ") + objectName);
    return false;
}

void DemoWalk::fail(const QString &why)
{
    if (m_done) {
        return;
    }
    m_done = true;
    qCWarning(lcKiosk) << "demo walk failed:" << why;
    std::fprintf(stderr, "walk: failed: %s\n", why.toUtf8().constData());
    Q_EMIT finished(false);
}

void DemoWalk::onScreen(SessionState state)
{
    // The card check, the read and the commit last a fraction of a second: photographed as they appear.
    if (state == SessionState::CheckingCard || state == SessionState::Reading || state == SessionState::Submitting) {
        if (!m_done) {
            save(sessionStateName(state).replace(QLatin1Char('_'), QLatin1Char('-')));
        }
        return;
    }
    // Each other screen is photographed once its layout has settled, then acted on.
    QTimer::singleShot(400, this, [this, state] {
        if (!m_done && m_app.session()->state() == state) {
            act(state);
        }
    });
}

void DemoWalk::act(SessionState state)
{
    switch (state) {
    case SessionState::CheckingCard:
    case SessionState::Reading:
    case SessionState::Submitting:
        break;
    case SessionState::PinEntry: {
        save(QStringLiteral("pin"));
        for (char c : m_cardPin->bytes()) {
            click(QStringLiteral("key_") + QChar::fromLatin1(c), QStringLiteral("PinScreen"));
        }
        m_cardPin->clear();
        save(QStringLiteral("pin-entered"));
        click(QStringLiteral("pin_ok"));
        break;
    }
    case SessionState::ProcedureChoice:
        save(QStringLiteral("procedure"));
        click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen"));
        save(QStringLiteral("procedure-chosen"));
        click(QStringLiteral("forms_next"));
        break;
    case SessionState::Review:
        if (!m_reviewFilled) {
            m_reviewFilled = true;
            // With a pre-entry the review opens with the answers from the phone already chosen.
            save(m_preEntryCode.isEmpty() ? QStringLiteral("review") : QStringLiteral("review-preentry"));
            click(QStringLiteral("choice_self"), QStringLiteral("editor_relation"));
            click(QStringLiteral("choice_all_household"), QStringLiteral("editor_scope"));
            click(QStringLiteral("choice_就職・転職"), QStringLiteral("editor_purpose"));
            if (m_app.config().mode == KioskMode::Counter) {
                click(QStringLiteral("choice_mynumber_card"), QStringLiteral("editor_id_document"));
            }
            QTimer::singleShot(400, this, [this] {
                // Scroll to the answers, as the resident would have.
                QWidget *purpose = m_app.window()->findChild<QWidget *>(QStringLiteral("editor_purpose"));
                for (QScrollArea *area : m_app.window()->findChildren<QScrollArea *>()) {
                    if (purpose && area->isVisible() && area->widget() && area->widget()->isAncestorOf(purpose)) {
                        area->ensureWidgetVisible(purpose, 0, 200);
                    }
                }
                save(QStringLiteral("review-answered"));
                click(QStringLiteral("review_next"));
            });
        }
        break;
    case SessionState::ResidentConfirm:
        save(QStringLiteral("resident-confirmation"));
        click(QStringLiteral("confirm_yes"));
        break;
    case SessionState::StaffSignIn: {
        save(QStringLiteral("staff-sign-in"));
        auto *id = m_app.window()->findChild<QLineEdit *>(QStringLiteral("staff_id"));
        if (id) {
            id->setText(m_staffId);
        }
        click(QStringLiteral("choice_pin"), QStringLiteral("keypad_target"));
        for (char c : m_staffPin->bytes()) {
            click(QStringLiteral("key_") + QChar::fromLatin1(c), QStringLiteral("StaffSignInScreen"));
        }
        m_staffPin->clear();
        click(QStringLiteral("sign_in"));
        break;
    }
    case SessionState::StaffConfirm:
        save(QStringLiteral("staff-confirmation"));
        click(QStringLiteral("staff_confirm"));
        break;
    case SessionState::Done:
        // The print outcome arrives just after the commit: give it a moment to show.
        QTimer::singleShot(600, this, [this] {
            save(QStringLiteral("done"));
            say("remove-card");
        });
        break;
    case SessionState::Idle:
        if (m_count > 1) {
            save(QStringLiteral("idle-again"));
            m_done = true;
            say("done");
            Q_EMIT finished(true);
        }
        break;
    case SessionState::LastTryWarning:
    case SessionState::PinBlocked:
    case SessionState::CodeBEntry:
    case SessionState::CardProblem:
    case SessionState::Questions:
    case SessionState::SubmitFailed:
    case SessionState::Admin:
        save(sessionStateName(state));
        fail(QStringLiteral("unexpected screen ") + sessionStateName(state));
        break;
    }
}

} // namespace kakanai::kiosk
