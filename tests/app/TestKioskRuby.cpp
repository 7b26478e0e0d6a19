// やさしい日本語 on screen: official terms in kanji with their reading above (ruby), drawn by the labels and buttons
// of app/ui (RubyLabel, RubyButton), while everything that reads the widgets as text — accessible names, text(),
// the staff's table — gets the base text without markup. Offscreen, with a scripted card.
#include "app/ui/widgets/RubyText.h"
#include "tests/app/GuiTestSupport.h"

#include <QFontInfo>
#include <QImage>
#include <QRegularExpression>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

class TestKioskRuby : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<KioskHarness> m_k;

    void make(const QString &language, QSize size = {1920, 1080})
    {
        m_k.reset();
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        KioskHarness::Setup setup;
        setup.language = language;
        setup.size = size;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        m_card->remove();
    }

    void toProcedure()
    {
        m_card->insert();
        QCOMPARE(m_k->state(), S::CheckingCard);
        m_card->answerTries(3);
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        m_card->answerRead(testing::demoResident());
        QCOMPARE(m_k->state(), S::ProcedureChoice);
        QTest::qWait(10);
    }

    // The visible labels of the window that draw the term with ruby.
    QList<RubyLabel *> rubyLabelsWith(const QString &term) const
    {
        QList<RubyLabel *> out;
        for (RubyLabel *l : m_k->window()->findChildren<RubyLabel *>()) {
            if (l->isVisible() && l->showsRuby() && l->markup().contains(QLatin1Char('{') + term + QLatin1Char('|'))) {
                out.append(l);
            }
        }
        return out;
    }

    // Every text the widgets give out that still holds markup.
    static QStringList markupShown()
    {
        static const QRegularExpression markup(QStringLiteral("[{}|]"));
        QStringList out;
        for (const QString &t : KioskHarness::allTexts()) {
            if (t.contains(markup)) {
                out << t;
            }
        }
        return out;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_k.reset();
        m_card.reset();
        m_sink.reset();
    }

    void officialTermsShowRuby_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("ruby");
        QTest::newRow("やさしい日本語") << QStringLiteral("ja_easy") << true;
        QTest::newRow("control: 日本語 has no ruby") << QStringLiteral("ja") << false;
    }

    void officialTermsShowRuby()
    {
        QFETCH(QString, language);
        QFETCH(bool, ruby);
        make(language);
        toProcedure();
        const QString term = QStringLiteral("住民票");
        const QList<RubyLabel *> labels = rubyLabelsWith(term);
        QCOMPARE(!labels.isEmpty(), ruby);
        // The label's text() is the base text, so are the names a screen reader reads.
        QPushButton *choice = m_k->button(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen"));
        QVERIFY(choice);
        QVERIFY2(choice->accessibleName().contains(term), qPrintable(choice->accessibleName()));
        QVERIFY2(markupShown().isEmpty(), qPrintable(markupShown().join(QLatin1Char('\n'))));
        if (!ruby) {
            return;
        }
        RubyLabel *label = labels.first();
        QCOMPARE(label->text(), forms::ruby::stripRuby(label->markup()));
        QVERIFY(label->text().contains(term));
        QVERIFY(!label->text().contains(QStringLiteral("じゅうみんひょう")));
        // Ruby takes room above the base: the label is taller than the same text as a plain label, and is given
        // that height on screen (nothing cut).
        QLabel plain;
        plain.setFont(label->font());
        plain.setWordWrap(label->wordWrap());
        plain.setContentsMargins(label->contentsMargins());
        plain.setText(label->text());
        const int width = label->width();
        QVERIFY2(
            label->heightForWidth(width) > plain.heightForWidth(width),
            qPrintable(QStringLiteral("%1 vs %2").arg(label->heightForWidth(width)).arg(plain.heightForWidth(width))));
        QVERIFY(label->height() >= label->heightForWidth(width));
        // And paints it: the band above the base text has ink (the reading), unlike a plain label's top margin.
        const QImage image = label->grab().toImage();
        const QRect contents = label->contentsRect();
        const int band = QFontInfo(label->font()).pixelSize() / 2 - 2;
        // Ink: pixels of the text's own colour.
        const QColor ink0 = label->palette().color(label->foregroundRole());
        auto inkIn = [&](const QImage &img, int top, int height) {
            int ink = 0;
            for (int y = std::max(0, top); y < top + height && y < img.height(); ++y) {
                for (int x = contents.left(); x < contents.right() && x < img.width(); ++x) {
                    const QColor c = QColor::fromRgb(img.pixel(x, y));
                    if (std::abs(c.red() - ink0.red()) + std::abs(c.green() - ink0.green()) +
                            std::abs(c.blue() - ink0.blue()) <
                        60) {
                        ++ink;
                    }
                }
            }
            return ink;
        };
        const int textHeight = label->heightForWidth(width) - (label->height() - contents.height());
        const int top = (label->alignment() & Qt::AlignTop) ? contents.top()
                                                            : contents.top() + (contents.height() - textHeight) / 2;
        QVERIFY2(inkIn(image, top, band) > 10, "no reading drawn above the base text");
    }

    void noMarkupOnAnyScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    // Through the screens of a 住民票 and a 転入 visit: no widget gives out markup as text.
    void noMarkupOnAnyScreen()
    {
        QFETCH(QSize, size);
        make(QStringLiteral("ja_easy"), size);
        QVERIFY2(markupShown().isEmpty(), qPrintable(markupShown().join(QLatin1Char('\n'))));
        toProcedure();
        QVERIFY(!rubyLabelsWith(QStringLiteral("住民票")).isEmpty()); // positive control: markup was there
        QVERIFY2(markupShown().isEmpty(), qPrintable(markupShown().join(QLatin1Char('\n'))));
        QVERIFY(m_k->click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("forms_next")));
        QCOMPARE(m_k->state(), S::Review);
        QTest::qWait(10);
        QVERIFY2(markupShown().isEmpty(), qPrintable(markupShown().join(QLatin1Char('\n'))));
        m_k->session()->cancel();
        QVERIFY(m_k->waitFor(S::Idle, 1000));
        toProcedure();
        QVERIFY(m_k->click(QStringLiteral("event_moving_in")));
        QCOMPARE(m_k->state(), S::Questions);
        QTest::qWait(10);
        QVERIFY2(markupShown().isEmpty(), qPrintable(markupShown().join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKioskRuby)
#include "TestKioskRuby.moc"
