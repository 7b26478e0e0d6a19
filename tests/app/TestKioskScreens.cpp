// The screens as residents and staff meet them (issue 12), offscreen with a scripted card: the procedure screen
// fits without scrolling at 1920×1080 and 1280×800 in all seven languages, with the common certificates first and
// the city's own name; every language button of the idle screen is visible.
#include "app/ui/screens/ProcedureScreen.h"
#include "app/ui/screens/Screen.h"
#include "app/ui/widgets/EventButton.h"
#include "tests/app/GuiTestSupport.h"

#include <QScrollArea>
#include <QScrollBar>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

namespace {

// Whether a widget is shown whole inside the window and inside every scroll area's viewport around it.
bool fullyShown(QWidget *w, QWidget *window)
{
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    if (!window->rect().contains(inWindow)) {
        return false;
    }
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            const QRect inViewport(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
            if (!area->viewport()->rect().contains(inViewport)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestKioskScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<KioskHarness> m_k;

    void make(const QString &language = QStringLiteral("ja"), QSize size = {1920, 1080},
              KioskMode mode = KioskMode::Counter, std::function<void(KioskConfig &)> adjust = {})
    {
        m_k.reset();
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        KioskHarness::Setup setup;
        setup.mode = mode;
        setup.language = language;
        setup.size = size;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        setup.adjust = std::move(adjust);
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        m_card->remove();
    }

    void toPin(int tries = 3)
    {
        m_card->insert();
        QCOMPARE(m_k->state(), S::CheckingCard);
        m_card->answerTries(tries);
    }

    void toProcedure(const ResidentRecord &record = testing::demoResident())
    {
        toPin();
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        m_card->answerRead(record);
        QCOMPARE(m_k->state(), S::ProcedureChoice);
        QTest::qWait(10);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_k.reset();
        m_card.reset();
        m_sink.reset();
    }

    // ---- the procedure screen (item 2) -------------------------------------------------------------------------

    void procedureScreenFitsWithoutScrolling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("textScale");
        QTest::addColumn<bool>("fits");
        for (const QString &language : KioskConfig::supportedLanguages()) {
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size << 1.0 << true;
            }
        }
        // The control: with the larger text at 1280×800 the page no longer fits, and the check says so.
        QTest::newRow("control: pt 1280x800, larger text") << QStringLiteral("pt") << QSize(1280, 800) << 1.3 << false;
    }

    void procedureScreenFitsWithoutScrolling()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(double, textScale);
        QFETCH(bool, fits);
        make(language, size, KioskMode::Counter, [textScale](KioskConfig &c) { c.textScale = textScale; });
        toProcedure();
        auto *screen = m_k->window()->findChild<ProcedureScreen *>();
        QVERIFY(screen && screen->isVisible());
        if (fits) {
            QCOMPARE(m_k->window()->size(), size); // nothing pushes the window past the screen
        }
        auto *body = screen->findChild<QScrollArea *>(QStringLiteral("screen_body"));
        QVERIFY(body);
        QStringList problems;
        if (body->verticalScrollBar()->maximum() > 0) {
            problems << QStringLiteral("the page scrolls by %1 px").arg(body->verticalScrollBar()->maximum());
        }
        // Every choice whole on the screen, with room for its wrapped text (nothing cut at the bottom).
        const QList<EventButton *> buttons = screen->findChildren<EventButton *>();
        QVERIFY(buttons.size() >= 5);
        for (EventButton *b : buttons) {
            if (!fullyShown(b, m_k->window())) {
                problems << QStringLiteral("%1 is not shown whole").arg(b->objectName());
            }
            if (b->height() < b->heightForWidth(b->width())) {
                problems << QStringLiteral("%1 cuts its text (%2 < %3 px)")
                                .arg(b->objectName())
                                .arg(b->height())
                                .arg(b->heightForWidth(b->width()));
            }
        }
        for (const char *name : {"forms_next", "quit"}) {
            QPushButton *b = screen->findChild<QPushButton *>(QString::fromLatin1(name));
            if (!b || !fullyShown(b, m_k->window())) {
                problems << QStringLiteral("%1 is not shown whole").arg(QString::fromLatin1(name));
            }
        }
        QCOMPARE(problems.isEmpty(), fits);
        if (!fits) {
            return;
        }
        // The common certificates first, named by the wish, with the form's official name below; no 「市区町村内」
        // where the city's name belongs; the notification a life event fills is not listed a second time.
        const QStringList listed = screen->listedForms();
        QVERIFY2(listed.size() >= 4, qPrintable(listed.join(QLatin1Char(','))));
        QCOMPARE(listed.mid(0, 2), (QStringList{QStringLiteral("juminhyo"), QStringLiteral("inkan")}));
        QVERIFY(!listed.contains(QStringLiteral("tennyu")));
        QPushButton *juminhyo = m_k->button(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen"));
        QVERIFY(juminhyo);
        QVERIFY2(juminhyo->accessibleDescription() == QStringLiteral("住民票の写し等交付請求書"),
                 qPrintable(juminhyo->accessibleDescription()));
        QVERIFY(juminhyo->accessibleName() != juminhyo->accessibleDescription());
        QPushButton *within = m_k->button(QStringLiteral("event_moving_within"), QStringLiteral("ProcedureScreen"));
        QVERIFY(within);
        QVERIFY2(within->accessibleName().contains(QStringLiteral("港区")), qPrintable(within->accessibleName()));
        QVERIFY(!within->accessibleName().contains(QStringLiteral("市区町村内")));
        if (language == QLatin1String("ja")) {
            QCOMPARE(juminhyo->accessibleName(), QStringLiteral("住民票の写しがほしい"));
            QCOMPARE(within->accessibleName(), QStringLiteral("港区内で引っ越した"));
        }
        // Still chosen and sent as before.
        QVERIFY(m_k->click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("forms_next")));
        QCOMPARE(m_k->state(), S::Review);
        QCOMPARE(m_k->session()->formIds(), QStringList{QStringLiteral("juminhyo")});
    }

    // ---- foreign residents (item 6) ----------------------------------------------------------------------------

    void everyLanguageButtonVisible_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void everyLanguageButtonVisible()
    {
        QFETCH(QSize, size);
        make(QStringLiteral("ja"), size);
        QTest::qWait(10);
        const QStringList languages = KioskConfig::supportedLanguages();
        QCOMPARE(languages.size(), 7);
        for (const QString &code : languages) {
            auto *b = m_k->window()->findChild<QPushButton *>(QStringLiteral("lang_") + code);
            QVERIFY2(b && b->isVisible(), qPrintable(code));
            QVERIFY2(fullyShown(b, m_k->window()), qPrintable(code + QStringLiteral(" is cut off")));
        }
        // Also with a card on the reader ("Start" shown above them).
        m_card->insert();
        m_k->session()->cancel();
        QTest::qWait(10);
        for (const QString &code : languages) {
            auto *b = m_k->window()->findChild<QPushButton *>(QStringLiteral("lang_") + code);
            QVERIFY2(fullyShown(b, m_k->window()), qPrintable(code + QStringLiteral(" is cut off with a card in")));
        }
    }
};

QTEST_MAIN(TestKioskScreens)
#include "TestKioskScreens.moc"
