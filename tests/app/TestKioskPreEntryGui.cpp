// The pre-entry page's QR codes at the kiosk's window: the texts the browser test (web_browser) took from the
// page's QR images with zbarimg are typed into the window as a USB scanner in keyboard mode types them (fast keys,
// then Enter, timed on the manual clock), on the idle screen; after the card and the PIN the review opens the
// procedure with exactly the page's answers, marked pre_entry, and shows them selected.
#include "preentry/PreEntryCodec.h"
#include "tests/app/AppTestSupport.h"
#include "tests/app/GuiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QWindow>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

class TestKioskPreEntryGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<KioskHarness> m_k;

    static QString codesDir() { return qEnvironmentVariable("KAKANAI_PREENTRY_CODES"); }

    void scan(const QByteArray &text)
    {
        QWindow *w = m_k->window()->windowHandle();
        QVERIFY(w);
        for (const char c : text) {
            m_k->clock.advanceMs(4);
            QTest::keyClick(w, c);
        }
        m_k->clock.advanceMs(4);
        QTest::keyClick(w, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        KioskHarness::Setup setup;
        setup.mode = KioskMode::SelfService;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        QVERIFY(QTest::qWaitForWindowExposed(m_k->window()));
        // The page dated its code with today's date: the kiosk's clock stands on today too.
        m_k->clock.advanceMs(m_k->clock.now().msecsTo(QDateTime::currentDateTime()));
        m_card->remove();
        QCOMPARE(m_k->state(), S::Idle);
    }

    void cleanup()
    {
        m_k.reset();
        m_card.reset();
    }

    void pageCodesPrefillTheReview_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("procedure");
        for (const char *name : {"juminhyo-ja", "juminhyo-en", "tennyu-ja", "tennyu-en"}) {
            QTest::newRow(name) << QString::fromLatin1(name) + QStringLiteral(".txt")
                                << QString::fromLatin1(name).section(QLatin1Char('-'), 0, 0);
        }
    }

    void pageCodesPrefillTheReview()
    {
        QFETCH(QString, file);
        QFETCH(QString, procedure);
        QVERIFY2(!codesDir().isEmpty(), "KAKANAI_PREENTRY_CODES is not set (ctest sets it)");
        QFile in(QDir(codesDir()).filePath(file));
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName() + QStringLiteral(": run web_browser first")));
        const QByteArray text = in.readAll().trimmed();
        const auto entry =
            preentry::PreEntryCodec::decode(text, testing::catalog(), QDate::currentDate(), &testing::navigator());
        QVERIFY(entry.ok());

        scan(text);
        QVERIFY(m_k->session()->hasPendingPreEntry());
        auto *notice = m_k->window()->findChild<QLabel *>(QStringLiteral("PreEntryNotice"));
        QVERIFY(notice && notice->isVisible());

        // The card and the PIN, as always.
        m_card->insert();
        m_card->answerTries(3);
        QCOMPARE(m_k->state(), S::PinEntry);
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        m_card->answerRead(testing::demoResident());
        QCOMPARE(m_k->state(), S::Review);
        QVERIFY(!notice->isVisible());

        const QString form = entry->forms.first().formId;
        QCOMPARE(m_k->session()->formIds().first(), form);
        QCOMPARE(entry->procedureId(), procedure == QLatin1String("tennyu") ? QStringLiteral("moving_in") : procedure);
        const forms::FormInstance &f = m_k->session()->form(0);
        int shown = 0;
        int preEntered = 0;
        const QJsonObject answers = entry->forms.first().answers;
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            QList<std::pair<QString, QJsonValue>> values;
            if (it.value().isArray() && !it.value().toArray().isEmpty() && it.value().toArray().first().isObject()) {
                const QJsonArray items = it.value().toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QJsonObject item = items.at(i).toObject();
                    for (auto x = item.begin(); x != item.end(); ++x) {
                        values.append({forms::itemPath(it.key(), int(i), x.key()), x.value()});
                    }
                }
            } else {
                values.append({it.key(), it.value()});
            }
            for (const auto &[path, value] : values) {
                const forms::FieldValue *v = f.value(path);
                QVERIFY2(v, qPrintable(path));
                QCOMPARE(v->value.toJson(), value);
                // An answer the kiosk gives by itself (a field's default; the one option self-service allows, which
                // the review screen sets as it opens) keeps that provenance, as a tap on it does
                // (FormInstance::setValue: confirming a value keeps where it came from).
                const forms::FieldDefinition *def = f.definition().field(path);
                const bool isDefault = def && def->defaultValue == value;
                const bool onlyOption = def && def->type == forms::FieldType::Choice &&
                                        testing::policy().selfServiceOptions(form, path).size() == 1;
                QVERIFY2(v->provenance == forms::Provenance::PreEntry ||
                             (isDefault && v->provenance == forms::Provenance::Derived) ||
                             (onlyOption && v->provenance == forms::Provenance::Resident),
                         qPrintable(path));
                if (v->provenance == forms::Provenance::PreEntry) {
                    ++preEntered;
                }
                // A choice answered at home is selected on the review screen.
                if (value.isString()) {
                    if (QPushButton *b = m_k->button(QStringLiteral("choice_") + value.toString(),
                                                     QStringLiteral("editor_") + path)) {
                        QVERIFY2(b->isChecked(), qPrintable(path));
                        ++shown;
                    }
                }
            }
        }
        QVERIFY2(shown > 0, "no pre-entered choice found on the review screen");
        QVERIFY2(preEntered >= 3, "too few values marked pre_entry");
        QVERIFY(m_k->session()->preEntryDropped().isEmpty());
    }

    void damagedCodeShowsAMessageAndKeepsNothing()
    {
        scan("KKP1AEAQ2KJZGIYDAMBQGAYTCMBRGE2DCNBVGQ3DMNZY");
        QVERIFY(!m_k->session()->hasPendingPreEntry());
        auto *notice = m_k->window()->findChild<QLabel *>(QStringLiteral("PreEntryNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->property("problem").toBool());
        QCOMPARE(m_k->state(), S::Idle);
    }
};

QTEST_MAIN(TestKioskPreEntryGui)
#include "TestKioskPreEntryGui.moc"
