#pragma once

// Driving KioskWindow in GUI tests: the kiosk built from a configuration with a scripted or a real card, buttons
// found by objectName (optionally inside a named widget) and clicked with QTest, and the walk over every widget
// that finds personal data left behind.
#include "app/core/IdleMonitor.h"
#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/ui/KioskApp.h"
#include "app/ui/KioskWindow.h"
#include "app/ui/widgets/FieldEditors.h"
#include "tests/app/AppTestSupport.h"

#include "forms/Wareki.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace kakanai::testing {

class KioskHarness
{
public:
    struct Setup
    {
        kiosk::KioskMode mode = kiosk::KioskMode::Counter;
        QString language = QStringLiteral("ja");
        QSize size{1920, 1080};
        kiosk::CardPort *card = nullptr;    // null: CardService on its thread through pcscd
        kiosk::RequestSink *sink = nullptr; // null: DevFolderSink in a temporary folder
        kiosk::AuditSink *audit = nullptr;  // null: no audit trail
        bool manualClock = true;
        QByteArray staffTotpKey; // non-empty: both staff accounts get this authenticator key (second factor)
        std::function<void(kiosk::KioskConfig &)> adjust;
    };

    explicit KioskHarness(Setup setup)
        : m_setup(std::move(setup))
    {
        kiosk::KioskConfig config = testConfig(m_setup.mode);
        config.language = m_setup.language;
        config.staffAccountsPath = m_dir.filePath(QStringLiteral("staff"));
        config.stateDirectory = m_dir.path(); // the staff sign-in failure record
        QFile accounts(config.staffAccountsPath);
        accounts.open(QIODevice::WriteOnly);
        for (const auto &[id, pin] : {std::pair{"S001", "258046"}, std::pair{"S002", "137913"}}) {
            accounts.write(kiosk::StaffAccounts::makeLine(QString::fromLatin1(id), SecretBytes(QByteArray(pin)),
                                                          QStringLiteral("窓口 職員"),
                                                          kiosk::StaffAccounts::MinIterations,
                                                          kiosk::StaffAccounts::MinPinLength, m_setup.staffTotpKey)
                               ->toUtf8() +
                           '\n');
        }
        accounts.close();
        accounts.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        config.sink = kiosk::SinkKind::DevFolder;
        config.devFolder = m_dir.filePath(QStringLiteral("requests"));
        config.pinResetPlace = QStringLiteral("港区役所 1階 区民課");
        if (m_setup.adjust) {
            m_setup.adjust(config);
        }
        kiosk::KioskApp::Options options;
        options.card = m_setup.card;
        options.sink = m_setup.sink;
        options.audit = m_setup.audit;
        if (m_setup.manualClock) {
            options.clock = sharedClock;
            options.idleTicking = false;
        }
        QList<ConfigProblem> problems;
        app = kiosk::KioskApp::create(config, options, &problems);
        if (!app) {
            for (const auto &p : problems) {
                qWarning("%s: %s", qPrintable(p.key), qPrintable(p.message));
            }
            return;
        }
        window()->resize(m_setup.size);
        window()->show();
    }

    kiosk::KioskWindow *window() const { return app->window(); }
    kiosk::KioskSession *session() const { return app->session(); }
    kiosk::SessionState state() const { return session()->state(); }
    QString requestsFolder() const { return m_dir.filePath(QStringLiteral("requests")); }

    QWidget *find(const QString &name) const { return window()->findChild<QWidget *>(name); }

    // The first visible, enabled button named `name` (inside the widget named `within`, when given).
    QPushButton *button(const QString &name, const QString &within = {}) const
    {
        // Widgets added to a shown page are shown by a queued call: let it run, as a person's tap would.
        QCoreApplication::processEvents();
        QWidget *scope = within.isEmpty() ? static_cast<QWidget *>(window()) : find(within);
        if (!scope) {
            return nullptr;
        }
        for (QPushButton *b : scope->findChildren<QPushButton *>(name)) {
            if (b->isVisible() && b->isEnabled()) {
                return b;
            }
        }
        return nullptr;
    }

    bool click(const QString &name, const QString &within = {})
    {
        QPushButton *b = button(name, within);
        if (!b) {
            qWarning("no visible, enabled button '%s' in '%s' (state %s)", qPrintable(name), qPrintable(within),
                     qPrintable(kiosk::sessionStateName(state())));
            return false;
        }
        QTest::mouseClick(b, Qt::LeftButton);
        QCoreApplication::processEvents(); // posted events (a language change) arrive as after a real tap
        return true;
    }

    bool keys(const QString &digits, const QString &within)
    {
        for (QChar c : digits) {
            if (!click(QStringLiteral("key_") + c, within)) {
                return false;
            }
        }
        return true;
    }

    bool waitFor(kiosk::SessionState s, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return state() == s; }, timeoutMs);
    }

    // With `code`, the authenticator's code is entered too (kiosk/staff_second_factor=totp).
    bool signInStaff(const char *id = "S001", const char *pin = "258046", const char *code = nullptr)
    {
        auto *idEdit = window()->findChild<QLineEdit *>(QStringLiteral("staff_id"));
        if (!idEdit || !idEdit->isVisible()) {
            return false;
        }
        idEdit->setText(QString());
        QTest::keyClicks(idEdit, QString::fromLatin1(id));
        if (!click(QStringLiteral("choice_pin"), QStringLiteral("keypad_target")) ||
            !keys(QString::fromLatin1(pin), QStringLiteral("StaffSignInScreen"))) {
            return false;
        }
        if (code && (!click(QStringLiteral("choice_code"), QStringLiteral("keypad_target")) ||
                     !keys(QString::fromLatin1(code), QStringLiteral("StaffSignInScreen")))) {
            return false;
        }
        return click(QStringLiteral("sign_in"));
    }

    // Every text one widget holds or announces: its label, button or line-edit text, accessible name and
    // description, tool tip, window title, and an item view's model with its headers.
    static QStringList texts(const QWidget *w)
    {
        QStringList out;
        if (auto *l = qobject_cast<const QLabel *>(w)) {
            out << l->text();
        }
        if (auto *b = qobject_cast<const QAbstractButton *>(w)) {
            out << b->text();
        }
        if (auto *e = qobject_cast<const QLineEdit *>(w)) {
            out << e->text() << e->placeholderText();
        }
        out << w->accessibleName() << w->accessibleDescription() << w->toolTip() << w->windowTitle() << w->whatsThis();
        if (auto *v = qobject_cast<const QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    out << m->data(m->index(r, c)).toString();
                }
            }
        }
        out.removeAll(QString());
        return out;
    }

    // Every text any widget of the application holds or announces.
    static QStringList allTexts()
    {
        QStringList out;
        for (QWidget *w : QApplication::allWidgets()) {
            out << texts(w);
        }
        return out;
    }

    // The texts of the window's widgets that are shown now (visibleOnly) or of all of them: what a person in front
    // of the kiosk can read, and what the window still holds anywhere.
    QStringList windowTexts(bool visibleOnly) const
    {
        QStringList out = texts(window());
        for (const QWidget *w : window()->findChildren<QWidget *>()) {
            if (!visibleOnly || w->isVisible()) {
                out << texts(w);
            }
        }
        return out;
    }

    // The needles that none of `haystack` contains.
    static QStringList missing(const QStringList &needles, const QStringList &haystack)
    {
        QStringList out;
        for (const QString &needle : needles) {
            if (std::none_of(haystack.begin(), haystack.end(), [&](const QString &t) { return t.contains(needle); })) {
                out << needle;
            }
        }
        return out;
    }

    // The persona's data that must be gone from every widget once a session ends.
    static QStringList personalNeedles(const ResidentRecord &r)
    {
        QStringList n{r.name, r.familyName(), r.givenName(), r.address, r.birthDate.toString(Qt::ISODate)};
        if (r.birthDate.isValid()) {
            n << forms::formatWareki(r.birthDate) << kiosk::longDate(r.birthDate);
        }
        // Distinctive pieces of the address (the town and beyond), and the number if one was read.
        const qsizetype ku = r.address.indexOf(QChar(u'区'));
        if (ku > 0) {
            n << r.address.mid(ku + 1);
        }
        if (r.individualNumber) {
            n << r.individualNumber->digits() << r.individualNumber->digits().right(4);
        }
        n.removeAll(QString());
        return n;
    }

    static QStringList leftovers(const QStringList &needles) { return leftovers(needles, allTexts()); }

    static QStringList leftovers(const QStringList &needles, const QStringList &haystack)
    {
        QStringList found;
        for (const QString &text : haystack) {
            for (const QString &needle : needles) {
                if (text.contains(needle)) {
                    found << QStringLiteral("'%1' in '%2'").arg(needle, text.left(80));
                }
            }
        }
        return found;
    }

    // The kiosk's one clock (session, staff sign-in, idle, card service), moved by the test.
    std::shared_ptr<ManualClock> sharedClock = std::make_shared<ManualClock>();
    ManualClock &clock = *sharedClock;
    std::unique_ptr<kiosk::KioskApp> app;

private:
    Setup m_setup;
    QTemporaryDir m_dir;
};

} // namespace kakanai::testing
