#pragma once

#include "app/core/KioskSession.h"
#include "app/ui/KioskContext.h"
#include "app/ui/Theme.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QFrame;
class QLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace kakanai::kiosk {

class BarcodeScannerFilter;
class CameraQrScanner;
class IdleMonitor;
class Screen;
class TouchKeyboard;
struct QueueStatus;

// The kiosk's one window: a header (where the resident is in the flow, language, larger text, high contrast), a
// QStackedWidget of screens driven by KioskSession's state, a status line (reader, mode, queue), and three overlays
// (the idle warning, the quit confirmation and the language choice). In lockdown it is frameless and full screen, has
// no context menus, and ignores the keys that would close or leave it; only the administrator exit (behind a staff
// sign-in) ends it.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    KioskWindow(KioskContext context, IdleMonitor *idle, QWidget *parent = nullptr);
    ~KioskWindow() override;

    Screen *currentScreen() const;
    Screen *screenFor(SessionState state) const;
    // The touch keyboard (Japanese input), over the lower part of the screen while a field that wants it has the focus.
    TouchKeyboard *keyboard() const { return m_keyboard; }
    // Shows the window as configured: full screen and locked down, or a window of kiosk/window_size.
    void showAsConfigured();
    void setTheme(bool highContrast, double textScale);
    bool highContrast() const { return m_theme.highContrast; }
    double textScale() const { return m_theme.textScale; }
    // The administrator's exit: the only way the window closes in lockdown.
    void allowExit();
    bool isLockedDown() const { return m_lockdown; }

    // The event filter on the application: user activity (idle timer, staff re-sign-in) and lockdown.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void screenShown(kakanai::kiosk::SessionState state);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onStateChanged(SessionState from, SessionState to);
    // A code from the USB scanner or the camera on the idle or procedure screen: a pre-entry, or a clear message.
    void onCodeScanned(const QByteArray &text);
    void onAboutToWipe();
    void chooseLanguage(const QString &code);
    void retranslate();
    void refreshStatus();
    void refreshSteps();
    void showLanguageOverlay(bool show);
    void showTimeoutWarning(int secondsLeft);
    void hideTimeoutWarning();
    // 「やめる」 asks before the session is wiped; keeping on is the default (the large, first button).
    void showQuitConfirmation(bool show);
    void applyTheme();
    // Shows the keyboard for a field that asks for it (TouchKeyboard::wants), hides it for anything else.
    void onFocusChanged(QWidget *now);
    // Puts the keyboard over the bottom of the screen and keeps its field in sight above it.
    void placeKeyboard();
    void hideKeyboard();
    void unpadPage();

    KioskContext m_ctx;
    IdleMonitor *m_idle;
    Theme::Options m_theme;
    bool m_lockdown = false;
    bool m_exitAllowed = false;

    QWidget *m_header;
    QLabel *m_municipality;
    QLabel *m_product;
    QList<QLabel *> m_steps;
    QPushButton *m_languageButton;
    QPushButton *m_staffMenu = nullptr; // counter mode, idle only
    qint64 m_brandPressedMs = -1;       // self-service: a long press on the header opens the staff menu
    QPushButton *m_textButton;
    QPushButton *m_contrastButton;
    QStackedWidget *m_stack;
    QHash<int, Screen *> m_screens; // SessionState → screen
    QList<Screen *> m_allScreens;

    TouchKeyboard *m_keyboard;
    // The layout of the scrolled page given room under its content while the keyboard is up (a QPointer to the layout,
    // not the page: a page being destroyed still looks alive, its layout does not).
    QPointer<QLayout> m_paddedPage;
    int m_pagePadding = 0; // its own bottom margin
    QWidget *m_status;
    QLabel *m_statusReader;
    QLabel *m_statusMode;
    QLabel *m_statusQueue;
    QLabel *m_statusDev;
    QLabel *m_statusStaff;

    QFrame *m_timeoutOverlay;
    QLabel *m_timeoutText;
    QLabel *m_preEntryNotice;
    BarcodeScannerFilter *m_scanner;
    CameraQrScanner *m_camera = nullptr;
    QPushButton *m_timeoutContinue;
    QFrame *m_quitOverlay;
    QLabel *m_quitTitle;
    QLabel *m_quitText;
    QPushButton *m_quitKeep;
    QPushButton *m_quitConfirm;
    QFrame *m_languageOverlay;
    QLabel *m_languageTitle;
    QList<QPushButton *> m_languageChoices;
    QPushButton *m_languageClose;
};

} // namespace kakanai::kiosk
