#include "app/ui/KioskWindow.h"

#include "app/core/BarcodeScannerFilter.h"
#include "app/core/CameraQrScanner.h"
#include "app/core/DevFolderSink.h"
#include "app/core/IdleMonitor.h"
#include "app/core/KioskLogging.h"
#include "app/core/Languages.h"
#include "app/core/QueueStatus.h"
#include "app/core/RequestSink.h"
#include "app/core/StaffAccounts.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/AdminScreen.h"
#include "app/ui/screens/BlockedScreen.h"
#include "app/ui/screens/BusyScreen.h"
#include "app/ui/screens/CardProblemScreen.h"
#include "app/ui/screens/CodeBScreen.h"
#include "app/ui/screens/DoneScreen.h"
#include "app/ui/screens/IdleScreen.h"
#include "app/ui/screens/LastTryScreen.h"
#include "app/ui/screens/PinScreen.h"
#include "app/ui/screens/ProcedureScreen.h"
#include "app/ui/screens/QuestionsScreen.h"
#include "app/ui/screens/ResidentConfirmScreen.h"
#include "app/ui/screens/ReviewScreen.h"
#include "app/ui/screens/StaffConfirmScreen.h"
#include "app/ui/screens/StaffSignInScreen.h"
#include "app/ui/screens/SubmitFailedScreen.h"
#include "app/ui/widgets/RubyText.h"
#include "app/ui/widgets/TouchKeyboard.h"
#include "common/Clock.h"
#include "preentry/PreEntryCodec.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace kakanai::kiosk {

using S = SessionState;

namespace {

// Where each state is in the resident's journey (the header's steps).
int stepOf(S state)
{
    switch (state) {
    case S::Idle:
        return 0;
    case S::CheckingCard:
    case S::PinEntry:
    case S::LastTryWarning:
    case S::PinBlocked:
    case S::CodeBEntry:
    case S::Reading:
    case S::CardProblem:
        return 1;
    case S::ProcedureChoice:
    case S::Questions:
        return 2;
    case S::Review:
        return 3;
    case S::ResidentConfirm:
    case S::StaffConfirm:
    case S::Submitting:
    case S::SubmitFailed:
        return 4;
    case S::Done:
        return 5;
    case S::StaffSignIn:
    case S::Admin:
        return -1;
    }
    return -1;
}

} // namespace

KioskWindow::KioskWindow(KioskContext context, IdleMonitor *idle, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_idle(idle)
{
    setObjectName(QStringLiteral("KioskWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setContextMenuPolicy(Qt::NoContextMenu);
    m_theme.highContrast = m_ctx.config->highContrast;
    m_theme.textScale = m_ctx.config->textScale;
    m_theme.language = m_ctx.languages->language();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Header
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("HeaderBar"));
    m_header->setAttribute(Qt::WA_StyledBackground);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(28, 10, 20, 10);
    header->setSpacing(12);
    auto *brand = new QVBoxLayout;
    brand->setSpacing(0);
    m_municipality = ui::label("", m_header);
    m_municipality->setObjectName(QStringLiteral("HeaderMunicipality"));
    m_municipality->setWordWrap(false);
    m_product = ui::label("", m_header);
    m_product->setObjectName(QStringLiteral("HeaderTitle"));
    m_product->setWordWrap(false);
    brand->addWidget(m_municipality);
    brand->addWidget(m_product);
    header->addLayout(brand);
    header->addStretch(1);
    for (int i = 0; i < 6; ++i) {
        QLabel *step = ui::label("", m_header);
        step->setObjectName(QStringLiteral("StepLabel"));
        step->setWordWrap(false);
        m_steps.append(step);
        header->addWidget(step);
    }
    header->addStretch(1);
    m_textButton = ui::button("", m_header);
    m_textButton->setObjectName(QStringLiteral("header_text_size"));
    m_textButton->setCheckable(true);
    m_contrastButton = ui::button("", m_header);
    m_contrastButton->setObjectName(QStringLiteral("header_contrast"));
    m_contrastButton->setCheckable(true);
    m_languageButton = ui::button("", m_header);
    m_languageButton->setObjectName(QStringLiteral("header_language"));
    if (m_ctx.config->mode == KioskMode::Counter && m_ctx.staff) {
        m_staffMenu = ui::button("", m_header);
        m_staffMenu->setObjectName(QStringLiteral("staff_menu"));
        header->addWidget(m_staffMenu);
        connect(m_staffMenu, &QPushButton::clicked, this, [this] { m_ctx.session->openAdmin(); });
    }
    header->addWidget(m_textButton);
    header->addWidget(m_contrastButton);
    header->addWidget(m_languageButton);
    for (QPushButton *b : {m_textButton, m_contrastButton, m_languageButton}) {
        b->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never narrower than their text
    }
    if (m_staffMenu) {
        m_staffMenu->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    outer->addWidget(m_header);
    connect(m_textButton, &QPushButton::clicked, this,
            [this](bool on) { setTheme(m_theme.highContrast, on ? 1.3 : m_ctx.config->textScale); });
    connect(m_contrastButton, &QPushButton::clicked, this, [this](bool on) { setTheme(on, m_theme.textScale); });
    connect(m_languageButton, &QPushButton::clicked, this, [this] { showLanguageOverlay(true); });

    // Pre-entry (事前入力): what a scanned code did, above the screens of the idle and procedure steps.
    m_preEntryNotice = new RubyLabel(this);
    m_preEntryNotice->setObjectName(QStringLiteral("PreEntryNotice"));
    m_preEntryNotice->setWordWrap(true);
    m_preEntryNotice->setAlignment(Qt::AlignCenter);
    m_preEntryNotice->setAttribute(Qt::WA_StyledBackground);
    m_preEntryNotice->hide();
    outer->addWidget(m_preEntryNotice);
    m_scanner = new BarcodeScannerFilter(*m_ctx.clock, this);
    qApp->installEventFilter(m_scanner);
    connect(m_scanner, &BarcodeScannerFilter::scanned, this, &KioskWindow::onCodeScanned);
    connect(m_ctx.session, &KioskSession::preEntryForgotten, m_preEntryNotice, &QLabel::hide);
    if (m_ctx.config->qrCamera) {
        m_camera = new CameraQrScanner(*m_ctx.clock, this);
        connect(m_camera, &CameraQrScanner::scanned, this, &KioskWindow::onCodeScanned);
    }

    // Screens
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("Screens"));
    outer->addWidget(m_stack, 1);
    auto add = [this](Screen *screen, std::initializer_list<S> states) {
        m_stack->addWidget(screen);
        m_allScreens.append(screen);
        for (S s : states) {
            m_screens.insert(int(s), screen);
        }
    };
    auto *idleScreen = new IdleScreen(m_ctx, this);
    add(idleScreen, {S::Idle});
    add(new BusyScreen(m_ctx, this), {S::CheckingCard, S::Reading, S::Submitting});
    add(new PinScreen(m_ctx, this), {S::PinEntry});
    add(new LastTryScreen(m_ctx, this), {S::LastTryWarning});
    add(new BlockedScreen(m_ctx, this), {S::PinBlocked});
    add(new StaffSignInScreen(m_ctx, this), {S::StaffSignIn});
    add(new CodeBScreen(m_ctx, this), {S::CodeBEntry});
    add(new CardProblemScreen(m_ctx, this), {S::CardProblem});
    add(new ProcedureScreen(m_ctx, this), {S::ProcedureChoice});
    add(new QuestionsScreen(m_ctx, this), {S::Questions});
    add(new ReviewScreen(m_ctx, this), {S::Review});
    auto *residentConfirm = new ResidentConfirmScreen(m_ctx, this);
    add(residentConfirm, {S::ResidentConfirm});
    add(new StaffConfirmScreen(m_ctx, this), {S::StaffConfirm});
    add(new SubmitFailedScreen(m_ctx, this), {S::SubmitFailed});
    auto *done = new DoneScreen(m_ctx, this);
    add(done, {S::Done});
    add(new AdminScreen(m_ctx, this), {S::Admin});
    connect(idleScreen, &IdleScreen::languageChosen, this, &KioskWindow::chooseLanguage);
    connect(residentConfirm, &ResidentConfirmScreen::languageChosen, this, &KioskWindow::chooseLanguage);

    // The keyboard lies over the lower part of the screen, above the status line, rather than in the layout: a
    // screen's minimum height plus the keyboard's would not fit 1280×800 (nor 1920×1080), and the field being typed
    // into is kept in sight above it (placeKeyboard).
    m_keyboard = new TouchKeyboard(m_ctx.converter, this);
    m_keyboard->hide();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });

    // Status line
    m_status = new QWidget(this);
    m_status->setObjectName(QStringLiteral("StatusLine"));
    m_status->setAttribute(Qt::WA_StyledBackground);
    auto *status = new QHBoxLayout(m_status);
    status->setContentsMargins(20, 6, 20, 6);
    m_statusReader = ui::label("", m_status);
    m_statusReader->setObjectName(QStringLiteral("status_reader"));
    m_statusMode = ui::label("", m_status);
    m_statusMode->setObjectName(QStringLiteral("status_mode"));
    m_statusQueue = ui::label("", m_status);
    m_statusQueue->setObjectName(QStringLiteral("status_queue"));
    m_statusDev = ui::label("", m_status);
    m_statusDev->setObjectName(QStringLiteral("status_dev"));
    m_statusStaff = ui::label("", m_status);
    m_statusStaff->setObjectName(QStringLiteral("status_staff"));
    for (QLabel *l : {m_statusReader, m_statusMode, m_statusQueue, m_statusDev, m_statusStaff}) {
        l->setWordWrap(false);
    }
    status->addWidget(m_statusReader);
    status->addWidget(m_statusMode);
    status->addWidget(m_statusQueue);
    status->addStretch(1);
    status->addWidget(m_statusDev);
    status->addWidget(m_statusStaff);
    outer->addWidget(m_status);

    // Overlays: children of the window, on top of everything, never separate top-level windows.
    m_timeoutOverlay = new QFrame(this);
    m_timeoutOverlay->setObjectName(QStringLiteral("timeout_overlay"));
    ui::setRole(m_timeoutOverlay, "overlay");
    auto *tl = new QVBoxLayout(m_timeoutOverlay);
    auto *timeoutBox = new QFrame(m_timeoutOverlay);
    ui::setRole(timeoutBox, "dialog");
    timeoutBox->setFixedWidth(960);
    auto *tb = new QVBoxLayout(timeoutBox);
    tb->setContentsMargins(48, 40, 48, 40);
    tb->setSpacing(30);
    m_timeoutText = ui::label("title", timeoutBox);
    m_timeoutText->setObjectName(QStringLiteral("timeout_text"));
    m_timeoutText->setAlignment(Qt::AlignCenter);
    tb->addWidget(m_timeoutText);
    m_timeoutContinue = ui::button("primary", timeoutBox);
    m_timeoutContinue->setObjectName(QStringLiteral("timeout_continue"));
    m_timeoutContinue->setMinimumWidth(420);
    tb->addWidget(m_timeoutContinue, 0, Qt::AlignHCenter);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addStretch(1);
    timeoutRow->addWidget(timeoutBox);
    timeoutRow->addStretch(1);
    tl->addStretch(1);
    tl->addLayout(timeoutRow);
    tl->addStretch(1);
    m_timeoutOverlay->hide();
    connect(m_timeoutContinue, &QPushButton::clicked, this, [this] {
        m_idle->activity();
        hideTimeoutWarning();
    });

    m_quitOverlay = new QFrame(this);
    m_quitOverlay->setObjectName(QStringLiteral("quit_overlay"));
    ui::setRole(m_quitOverlay, "overlay");
    auto *ql = new QVBoxLayout(m_quitOverlay);
    auto *quitBox = new QFrame(m_quitOverlay);
    ui::setRole(quitBox, "dialog");
    quitBox->setMaximumWidth(1100);
    auto *qb = new QVBoxLayout(quitBox);
    qb->setContentsMargins(48, 40, 48, 40);
    qb->setSpacing(24);
    m_quitTitle = ui::label("title", quitBox);
    m_quitTitle->setObjectName(QStringLiteral("quit_title"));
    m_quitTitle->setAlignment(Qt::AlignCenter);
    qb->addWidget(m_quitTitle);
    m_quitText = ui::label("subtitle", quitBox);
    m_quitText->setAlignment(Qt::AlignCenter);
    qb->addWidget(m_quitText);
    auto *quitButtons = new QHBoxLayout;
    quitButtons->setSpacing(48); // far apart: the two answers are not a slip of the finger away
    m_quitConfirm = ui::button("secondary", quitBox);
    m_quitConfirm->setObjectName(QStringLiteral("quit_confirm"));
    m_quitConfirm->setMinimumWidth(320);
    m_quitKeep = ui::button("primary", quitBox);
    m_quitKeep->setObjectName(QStringLiteral("quit_keep"));
    m_quitKeep->setMinimumWidth(420);
    quitButtons->addWidget(m_quitConfirm);
    quitButtons->addStretch(1);
    quitButtons->addWidget(m_quitKeep);
    qb->addLayout(quitButtons);
    auto *quitRow = new QHBoxLayout;
    quitRow->addStretch(1);
    quitRow->addWidget(quitBox, 4);
    quitRow->addStretch(1);
    ql->addStretch(1);
    ql->addLayout(quitRow);
    ql->addStretch(1);
    m_quitOverlay->hide();
    connect(m_quitKeep, &QPushButton::clicked, this, [this] { showQuitConfirmation(false); });
    connect(m_quitConfirm, &QPushButton::clicked, this, [this] {
        showQuitConfirmation(false);
        m_ctx.session->cancel();
    });
    for (Screen *screen : std::as_const(m_allScreens)) {
        connect(screen, &Screen::quitRequested, this, [this] { showQuitConfirmation(true); });
    }

    m_languageOverlay = new QFrame(this);
    m_languageOverlay->setObjectName(QStringLiteral("language_overlay"));
    ui::setRole(m_languageOverlay, "overlay");
    auto *ll = new QVBoxLayout(m_languageOverlay);
    auto *languageBox = new QFrame(m_languageOverlay);
    ui::setRole(languageBox, "dialog");
    auto *lb = new QVBoxLayout(languageBox);
    lb->setContentsMargins(48, 36, 48, 36);
    lb->setSpacing(24);
    m_languageTitle = ui::label("title", languageBox);
    m_languageTitle->setAlignment(Qt::AlignCenter);
    lb->addWidget(m_languageTitle);
    auto *grid = new QGridLayout;
    grid->setSpacing(18);
    int n = 0;
    for (const QString &code : std::as_const(m_ctx.config->languages)) {
        QPushButton *b = ui::button("language", languageBox, LanguageManager::nativeName(code));
        b->setObjectName(QStringLiteral("overlay_lang_") + code);
        b->setCheckable(true);
        b->setProperty("code", code);
        b->setMinimumWidth(340);
        connect(b, &QPushButton::clicked, this, [this, code] {
            chooseLanguage(code);
            showLanguageOverlay(false);
        });
        grid->addWidget(b, n / 2, n % 2);
        m_languageChoices.append(b);
        ++n;
    }
    lb->addLayout(grid);
    m_languageClose = ui::button("secondary", languageBox);
    m_languageClose->setObjectName(QStringLiteral("language_close"));
    lb->addWidget(m_languageClose, 0, Qt::AlignHCenter);
    connect(m_languageClose, &QPushButton::clicked, this, [this] { showLanguageOverlay(false); });
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch(1);
    languageRow->addWidget(languageBox);
    languageRow->addStretch(1);
    ll->addStretch(1);
    ll->addLayout(languageRow);
    ll->addStretch(1);
    m_languageOverlay->hide();

    // Wiring
    KioskSession *session = m_ctx.session;
    connect(session, &KioskSession::stateChanged, this, &KioskWindow::onStateChanged);
    connect(session, &KioskSession::aboutToWipe, this, &KioskWindow::onAboutToWipe);
    connect(session, &KioskSession::readerStateChanged, this, [this, idleScreen] {
        refreshStatus();
        idleScreen->refreshReader();
    });
    connect(session, &KioskSession::printFinished, this, [done] { done->printFinished(); });
    connect(session, &KioskSession::exitRequested, this, [this] {
        // The audit entry (kiosk_closed) was recorded by the session's staffAction.
        allowExit();
        close();
    });
    connect(m_idle, &IdleMonitor::warning, this, &KioskWindow::showTimeoutWarning);
    connect(m_idle, &IdleMonitor::warningCleared, this, &KioskWindow::hideTimeoutWarning);
    connect(m_idle, &IdleMonitor::timedOut, session, &KioskSession::idleTimeout);
    if (m_ctx.queue) {
        connect(m_ctx.queue, &QueueStatusProvider::changed, this, &KioskWindow::refreshStatus);
    }
    if (m_ctx.staff) {
        connect(m_ctx.staff, &StaffAuthenticator::signedInChanged, this, &KioskWindow::refreshStatus);
    }
    connect(m_ctx.languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        const bool fontChanges = Theme::fontFor(code, 20).families() != Theme::fontFor(m_theme.language, 20).families();
        m_theme.language = code;
        if (fontChanges) {
            applyTheme(); // the font family follows the language (Chinese and Korean glyph variants)
        }
        retranslate();
    });
    // Only the page shown counts for the window's minimum size (QStackedLayout takes the largest of all pages
    // otherwise, and a long page would push the window past the screen).
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_stack->count(); ++i) {
            m_stack->widget(i)->setSizePolicy(i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                              i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        }
    });
    for (int i = 0; i < m_stack->count(); ++i) {
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    }
    qApp->installEventFilter(this);
    m_stack->setCurrentWidget(idleScreen);
    idleScreen->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    applyTheme();
    retranslate();
    idleScreen->enter();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    // The screens go before the keyboard: nothing may be committed into a field that is being destroyed.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    m_keyboard->clear();
    hideKeyboard();
}

Screen *KioskWindow::currentScreen() const
{
    return qobject_cast<Screen *>(m_stack->currentWidget());
}

Screen *KioskWindow::screenFor(SessionState state) const
{
    return m_screens.value(int(state));
}

void KioskWindow::showAsConfigured()
{
    const KioskConfig &c = *m_ctx.config;
    m_lockdown = c.lockdown;
    if (m_lockdown) {
        setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        showFullScreen();
        return;
    }
    QSize size(1920, 1080);
    if (!c.windowSize.isEmpty()) {
        const QStringList wh = c.windowSize.split(QLatin1Char('x'));
        size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    resize(size);
    show();
}

void KioskWindow::allowExit()
{
    m_exitAllowed = true;
}

void KioskWindow::setTheme(bool highContrast, double textScale)
{
    m_theme.highContrast = highContrast;
    m_theme.textScale = textScale;
    applyTheme();
}

void KioskWindow::applyTheme()
{
    m_theme.screen = size().isValid() && width() > 100 ? size() : QSize(1920, 1080);
    Theme::apply(*qApp, m_theme);
    m_textButton->setChecked(m_theme.textScale > m_ctx.config->textScale + 0.01);
    m_contrastButton->setChecked(m_theme.highContrast);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_timeoutOverlay->setGeometry(rect());
    m_quitOverlay->setGeometry(rect());
    m_languageOverlay->setGeometry(rect());
    if (m_keyboard->isVisible()) {
        placeKeyboard();
    }
    refreshSteps();
    const QSize s = size();
    if (Theme::sizesFor({m_theme.highContrast, m_theme.textScale, s, m_theme.language}).body !=
        Theme::sizesFor(m_theme).body) {
        applyTheme();
    }
}

void KioskWindow::onStateChanged(SessionState, SessionState to)
{
    m_idle->setActive(to != S::Idle);
    m_idle->activity();
    // Codes are read where a procedure is chosen; the notice of a kept pre-entry stays until the card is read.
    const bool reading = to == S::Idle || to == S::ProcedureChoice;
    m_scanner->setEnabled(reading);
    if (m_camera) {
        m_camera->setEnabled(reading);
    }
    const bool cardSteps = to == S::CheckingCard || to == S::PinEntry || to == S::LastTryWarning || to == S::Reading;
    if (!(cardSteps && m_ctx.session->hasPendingPreEntry())) {
        m_preEntryNotice->hide();
    }
    if (to == S::Idle) {
        hideTimeoutWarning();
        showQuitConfirmation(false);
        showLanguageOverlay(false);
    }
    Screen *screen = screenFor(to);
    if (!screen) {
        return;
    }
    m_stack->setCurrentWidget(screen);
    screen->enter();
    if (m_staffMenu) {
        m_staffMenu->setVisible(to == S::Idle);
    }
    refreshSteps();
    refreshStatus();
    Q_EMIT screenShown(to);
}

void KioskWindow::onCodeScanned(const QByteArray &text)
{
    const SessionState state = m_ctx.session->state();
    if (state != S::Idle && state != S::ProcedureChoice) {
        return;
    }
    m_idle->activity();
    preentry::PreEntryError error;
    QString message;
    if (m_ctx.session->applyPreEntry(text, &error)) {
        if (m_ctx.session->state() != S::Idle) {
            return; // the procedure screen went on to the pre-filled review
        }
        message = tr("Your pre-entry code was read. Place your My Number card on the reader; you will enter your PIN "
                     "as usual.");
        m_preEntryNotice->setProperty("problem", false);
    } else {
        switch (error.code) {
        case preentry::PreEntryErrorCode::Foreign:
            message = tr("This QR code is not a pre-entry code of this city.");
            break;
        case preentry::PreEntryErrorCode::Damaged:
            message = tr("The QR code could not be read completely. Show it again, or answer the questions here.");
            break;
        case preentry::PreEntryErrorCode::Expired:
            message = tr("This pre-entry code is older than 30 days. Please answer the questions here.");
            break;
        case preentry::PreEntryErrorCode::UnsupportedVersion:
            message = tr("This pre-entry code was made for newer forms than this kiosk has. Please answer the "
                         "questions here.");
            break;
        case preentry::PreEntryErrorCode::Malicious:
            message = tr("This QR code cannot be used. Please answer the questions here.");
            break;
        }
        m_preEntryNotice->setProperty("problem", true);
    }
    ui::setText(m_preEntryNotice, message);
    // The dynamic property picks the style sheet's rule: polish again after changing it.
    m_preEntryNotice->style()->unpolish(m_preEntryNotice);
    m_preEntryNotice->style()->polish(m_preEntryNotice);
    m_preEntryNotice->show();
}

void KioskWindow::onFocusChanged(QWidget *now)
{
    if (now && !isAncestorOf(now)) {
        return; // another top-level (tests' windows): not ours
    }
    if (!TouchKeyboard::wants(now)) {
        // Keys are NoFocus, so a tap on the keyboard never lands here; a tap on another control does.
        hideKeyboard();
        return;
    }
    auto *field = static_cast<QLineEdit *>(now);
    m_keyboard->attach(field);
    m_keyboard->show();
    m_keyboard->raise();
    placeKeyboard();
}

void KioskWindow::placeKeyboard()
{
    const int height = m_keyboard->sizeHint().height();
    const int bottom = m_status->isVisible() ? m_status->y() : this->height();
    m_keyboard->setGeometry(0, bottom - height, width(), height);

    // The field's page gets room below its content as tall as the part the keyboard covers, and is scrolled so the
    // field sits just above the keyboard (its label with it).
    QLineEdit *field = m_keyboard->field();
    if (!field) {
        return;
    }
    QScrollArea *area = nullptr;
    for (QWidget *w = field->parentWidget(); w && !area; w = w->parentWidget()) {
        area = qobject_cast<QScrollArea *>(w);
    }
    if (!area || !area->widget() || !area->widget()->layout()) {
        return;
    }
    const int areaBottom = area->viewport()->mapTo(this, QPoint(0, area->viewport()->height())).y();
    const int covered = std::max(0, areaBottom - m_keyboard->y());
    if (m_paddedPage != area->widget()->layout()) {
        unpadPage();
        m_paddedPage = area->widget()->layout();
        m_pagePadding = m_paddedPage->contentsMargins().bottom();
    }
    QMargins margins = m_paddedPage->contentsMargins();
    margins.setBottom(m_pagePadding + covered);
    m_paddedPage->setContentsMargins(margins);
    QTimer::singleShot(0, field, [area, field, covered] {
        // The page's new room first (the scroll range grows with it), then the scroll.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QScrollBar *bar = area->verticalScrollBar();
        const int visible = area->viewport()->height() - covered;
        const int fieldTop = field->mapTo(area->widget(), QPoint(0, 0)).y();
        const int fieldEnd = fieldTop + field->height() + 12;
        // With room, the field's label and hint above it stay in sight too; on a small screen the field itself.
        const int label = visible >= field->height() + 140 ? 110 : 4;
        if (fieldEnd > bar->value() + visible) {
            bar->setValue(std::max(fieldEnd - visible, 0));
        } else if (fieldTop - label < bar->value()) {
            bar->setValue(std::max(0, fieldTop - label));
        }
    });
}

void KioskWindow::unpadPage()
{
    if (m_paddedPage) {
        QMargins margins = m_paddedPage->contentsMargins();
        margins.setBottom(m_pagePadding);
        m_paddedPage->setContentsMargins(margins);
    }
    m_paddedPage = nullptr;
}

void KioskWindow::hideKeyboard()
{
    m_keyboard->attach(nullptr);
    m_keyboard->hide();
    unpadPage();
}

void KioskWindow::onAboutToWipe()
{
    // What was being typed is the resident's: dropped, never committed into a field that is going anyway.
    m_keyboard->clear();
    hideKeyboard();
    // Every screen drops what it shows of the resident first; then the session overwrites its own buffers.
    for (Screen *s : std::as_const(m_allScreens)) {
        s->clearSession();
    }
    hideTimeoutWarning();
    showQuitConfirmation(false);
    // ref reliability §5.2: the clipboard is cleared with the session (nothing should ever be copied, but still).
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->clear();
    }
    // The resident's language choice ends with the session.
    if (m_ctx.languages->language() != m_ctx.config->language) {
        QTimer::singleShot(0, this, [this] {
            if (m_ctx.session->state() == S::Idle) {
                chooseLanguage(m_ctx.config->language);
            }
        });
    }
    if (m_theme.textScale != m_ctx.config->textScale || m_theme.highContrast != m_ctx.config->highContrast) {
        QTimer::singleShot(0, this, [this] {
            if (m_ctx.session->state() == S::Idle) {
                setTheme(m_ctx.config->highContrast, m_ctx.config->textScale);
            }
        });
    }
}

void KioskWindow::chooseLanguage(const QString &code)
{
    if (m_ctx.languages->setLanguage(code)) {
        m_ctx.session->setLanguage(code);
    }
}

void KioskWindow::retranslate()
{
    m_municipality->setText(m_ctx.config->municipality);
    m_municipality->setVisible(!m_ctx.config->municipality.isEmpty());
    ui::setText(m_product, tr("No-writing counter"));
    // Bilingual on purpose: someone who cannot read the current language still finds the way out of it.
    ui::setText(m_languageButton, QStringLiteral("Language / 言語"), tr("Choose the language"));
    ui::setText(m_textButton, tr("Larger text"));
    ui::setText(m_contrastButton, tr("High contrast"));
    ui::setText(m_timeoutContinue, tr("Continue"));
    ui::setText(m_quitTitle, tr("End here and clear everything?"));
    ui::setText(m_quitText, tr("What you have entered so far will be deleted, and the first screen comes back."));
    ui::setText(m_quitKeep, tr("No, continue"));
    ui::setText(m_quitConfirm, tr("Yes, end and clear"));
    ui::setText(m_languageTitle, QStringLiteral("言語を選んでください / Choose your language"));
    ui::setText(m_languageClose, tr("Close"));
    if (m_staffMenu) {
        ui::setText(m_staffMenu, tr("Staff menu"));
        m_staffMenu->setVisible(m_ctx.session->state() == S::Idle);
    }
    for (QPushButton *b : std::as_const(m_languageChoices)) {
        b->setChecked(b->property("code").toString() == m_ctx.languages->language());
    }
    refreshSteps();
    refreshStatus();
}

void KioskWindow::refreshSteps()
{
    const QStringList names = {tr("Card"), tr("PIN"), tr("What to do"), tr("Details"), tr("Check"), tr("Done")};
    // The individual number read for a chosen form (over the card kept verified since the PIN) belongs to the
    // details, not to the card step the resident has long passed.
    const bool numberForForms =
        m_ctx.session->state() == S::Reading && m_ctx.session->readPurpose() == ReadPurpose::IndividualNumber;
    const int current = numberForForms ? stepOf(S::Review) : stepOf(m_ctx.session->state());
    // The steps give way to the header's buttons: every step named if that fits, else only the current one named
    // (the others by number), else only the current one at all. Measured before anything changes, so the window
    // never sees a header wider than the screen.
    auto *header = static_cast<QHBoxLayout *>(m_header->layout());
    int fixed = header->contentsMargins().left() + header->contentsMargins().right();
    int items = 0;
    for (int i = 0; i < header->count(); ++i) {
        QWidget *w = header->itemAt(i)->widget();
        if (w && !m_steps.contains(static_cast<QLabel *>(w)) && !w->isHidden()) {
            fixed += w->sizeHint().width();
            ++items;
        } else if (!w && header->itemAt(i)->layout()) {
            fixed += header->itemAt(i)->layout()->sizeHint().width();
            ++items;
        }
    }
    const QFontMetrics metrics(m_steps.first()->font());
    auto stepWidth = [&](const QString &text) { return metrics.horizontalAdvance(text) + 28 + header->spacing(); };
    int level = 0;
    for (; level < 2; ++level) {
        int total = fixed + items * header->spacing();
        for (int i = 0; i < m_steps.size(); ++i) {
            const QString full = ui::plain(QStringLiteral("%1 %2").arg(i + 1).arg(names.value(i)));
            if (level == 0 || i == current) {
                total += stepWidth(full);
            } else {
                total += stepWidth(QString::number(i + 1));
            }
        }
        if (total <= width() || width() < 200) {
            break;
        }
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString full = ui::plain(QStringLiteral("%1 %2").arg(i + 1).arg(names.value(i)));
        const bool isCurrent = i == current;
        m_steps.at(i)->setText(level == 0 || isCurrent ? full : QString::number(i + 1));
        m_steps.at(i)->setVisible(level < 2 || isCurrent);
        m_steps.at(i)->setAccessibleName(full);
        ui::setFlag(m_steps.at(i), "current", isCurrent);
        m_steps.at(i)->setAccessibleDescription(isCurrent ? ui::plain(tr("Current step")) : QString());
    }
}

void KioskWindow::refreshStatus()
{
    QString reader;
    const char *state = "good";
    switch (m_ctx.session->readerState()) {
    case ReaderState::NoService:
        reader = tr("Reader: service not running");
        state = "bad";
        break;
    case ReaderState::NoReader:
        reader = tr("Reader: not connected");
        state = "bad";
        break;
    case ReaderState::Ready:
        reader = tr("Reader: ready");
        break;
    case ReaderState::CardPresent:
        reader = tr("Reader: card in place");
        break;
    case ReaderState::CardUnreadable:
        reader = tr("Reader: card unreadable");
        state = "warn";
        break;
    }
    ui::setText(m_statusReader, QStringLiteral("● ") + reader);
    m_statusReader->setProperty("state", QString::fromLatin1(state));
    ui::setFlag(m_statusReader, "polished", !m_statusReader->property("polished").toBool());
    ui::setText(m_statusMode, m_ctx.config->mode == KioskMode::Counter ? tr("Counter mode") : tr("Self-service"));

    QString queue;
    const char *queueState = "";
    const QueueStatus q = m_ctx.queue ? m_ctx.queue->current() : QueueStatus{};
    switch (q.link) {
    case QueueStatus::Link::NotConfigured:
        queue = tr("Back office: not connected (no queue set up)");
        break;
    case QueueStatus::Link::Online:
        queue = tr("Back office: online, %n waiting", nullptr, q.queued);
        queueState = "good";
        break;
    case QueueStatus::Link::Offline:
        queue = q.queued > 0 ? tr("OFFLINE: %n waiting since %1", nullptr, q.queued)
                                   .arg(QLocale().toString(q.oldestQueuedAt.time(), QLocale::ShortFormat))
                             : tr("OFFLINE: nothing waiting");
        queueState = "warn";
        break;
    }
    if (q.setAside > 0) {
        // Requests that will not go by themselves: staff call IT (kakanai-outbox status / retry / discard).
        queue += tr(", %n set aside (call IT)", nullptr, q.setAside);
        queueState = "warn";
    }
    ui::setText(m_statusQueue, queue);
    m_statusQueue->setProperty("state", QString::fromLatin1(queueState));
    ui::setFlag(m_statusQueue, "polished", !m_statusQueue->property("polished").toBool());

    const bool dev = qobject_cast<DevFolderSink *>(m_ctx.sink) != nullptr;
    const bool noSink = m_ctx.sink && !m_ctx.sink->isConfigured();
    ui::setText(m_statusDev, dev      ? tr("DEVELOPMENT: requests saved to a folder, unencrypted")
                             : noSink ? tr("Requests cannot be saved: no storage set up")
                                      : QString());
    m_statusDev->setProperty("state", QStringLiteral("bad"));
    ui::setFlag(m_statusDev, "polished", !m_statusDev->property("polished").toBool());
    m_statusDev->setVisible(dev || noSink);
    // Only a staff member signed in for the current session is shown: never on the idle screen.
    const QString staff = m_ctx.session->staffDisplayName();
    ui::setText(m_statusStaff, staff.isEmpty() ? QString() : tr("Staff: %1").arg(staff));
    m_statusStaff->setVisible(!staff.isEmpty());
}

void KioskWindow::showLanguageOverlay(bool show)
{
    if (show) {
        for (QPushButton *b : std::as_const(m_languageChoices)) {
            b->setChecked(b->property("code").toString() == m_ctx.languages->language());
        }
        m_languageOverlay->setGeometry(rect());
        m_languageOverlay->raise();
    }
    m_languageOverlay->setVisible(show);
}

void KioskWindow::showTimeoutWarning(int secondsLeft)
{
    ui::setText(m_timeoutText, tr("Are you still there?\nWithout a touch, everything is cleared in %n second(s).",
                                  nullptr, secondsLeft));
    m_timeoutOverlay->setGeometry(rect());
    m_timeoutOverlay->raise();
    m_timeoutOverlay->show();
}

void KioskWindow::hideTimeoutWarning()
{
    m_timeoutOverlay->hide();
}

void KioskWindow::showQuitConfirmation(bool show)
{
    if (show) {
        m_quitOverlay->setGeometry(rect());
        m_quitOverlay->raise();
        m_quitKeep->setFocus();
    }
    m_quitOverlay->setVisible(show);
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (event->type() == QEvent::MouseButtonPress && (watched == m_product || watched == m_municipality)) {
            m_brandPressedMs = m_ctx.clock->monotonicMs();
        }
        // Any touch or key keeps the session alive, and the staff sign-in of this session (never past its end).
        m_idle->activity();
        m_ctx.session->staffActivity();
        break;
    case QEvent::ContextMenu:
        return true; // no context menus anywhere: nothing to copy, nothing to open
    case QEvent::MouseButtonRelease:
        // Self-service has no visible staff path: staff hold the header's title for 3 seconds.
        if ((watched == m_product || watched == m_municipality) && m_brandPressedMs >= 0) {
            const qint64 held = m_ctx.clock->monotonicMs() - m_brandPressedMs;
            m_brandPressedMs = -1;
            if (held >= 3000 && m_ctx.config->mode == KioskMode::SelfService && m_ctx.staff) {
                m_ctx.session->openAdmin();
            }
        }
        break;
    case QEvent::Show:
        // No dialog of any kind (file dialogs above all) may open over the kiosk.
        if (m_lockdown && qobject_cast<QDialog *>(watched)) {
            qCWarning(lcKiosk) << "refused a dialog window in lockdown";
            QTimer::singleShot(0, static_cast<QWidget *>(watched), &QWidget::close);
            return true;
        }
        break;
    default:
        break;
    }
    if (m_lockdown && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers();
        const bool closeKeys = (key->key() == Qt::Key_F4 && (mods & Qt::AltModifier)) ||
                               ((mods & Qt::ControlModifier) && (key->key() == Qt::Key_W || key->key() == Qt::Key_Q)) ||
                               key->key() == Qt::Key_Super_L || key->key() == Qt::Key_Super_R ||
                               key->key() == Qt::Key_Meta || (mods & Qt::MetaModifier) ||
                               (key->key() == Qt::Key_Tab && (mods & Qt::AltModifier)) || key->key() == Qt::Key_Escape;
        if (closeKeys) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_lockdown && !m_exitAllowed) {
        // Alt-F4, a compositor's close request: the kiosk stays. Only the administrator exit closes it.
        event->ignore();
        return;
    }
    m_ctx.session->cancel();
    event->accept();
}

} // namespace kakanai::kiosk
