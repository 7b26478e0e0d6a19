// The pre-entry page's QR codes at the kiosk's window: the texts the browser test (web_browser) took from the
// page's QR images with zbarimg are typed into the window as a USB scanner in keyboard mode types them (fast keys,
// then Enter, timed on the manual clock), on the idle screen; after the card and the PIN the review opens the
// procedure with exactly the page's answers, marked pre_entry, and shows them selected. For every form of the catalogue
// that self-service offers, the answers the browser test gave the page (form-<id>.json) are compared field by field
// with the review's values, and every set of answers the page was tried with (form-plans.json) must make the kiosk's
// review plan ask exactly the fields the page showed.
#include "app/core/ReviewPlan.h"
#include "preentry/PreEntryCodec.h"
#include "tests/app/AppTestSupport.h"
#include "tests/app/GuiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
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

    static QByteArray readCodeFile(const QString &file)
    {
        QFile in(QDir(codesDir()).filePath(file));
        if (!in.open(QIODevice::ReadOnly)) {
            qWarning("%s: run web_browser first", qPrintable(in.fileName()));
            return {};
        }
        return in.readAll().trimmed();
    }

    // The card and the PIN, as always; then the review opens.
    void cardAndPin()
    {
        m_card->insert();
        m_card->answerTries(3);
        QCOMPARE(m_k->state(), S::PinEntry);
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        m_card->answerRead(testing::demoResident());
        QCOMPARE(m_k->state(), S::Review);
    }

    // The page's element id of a field (web/src/app.js idOf).
    static QString idOf(const QString &path)
    {
        static const QRegularExpression other(QStringLiteral("[^a-zA-Z0-9]"));
        return QStringLiteral("f-") + QString(path).replace(other, QStringLiteral("-"));
    }

    static void collectIds(const QList<PlannedField> &fields, QStringList &out)
    {
        for (const PlannedField &f : fields) {
            if (f.kind != EditorKind::List) {
                out.append(idOf(f.path));
            }
            if (!f.pairedPostal.isEmpty()) {
                out.append(idOf(f.pairedPostal));
            }
            for (const auto &item : f.items) {
                collectIds(item, out);
            }
        }
    }

    // What the review screen does by itself as it opens (ReviewScreen::applyOnlyValues): answers the one answer
    // self-service allows and starts a list whose first item is the card holder with the card's values.
    static void settleLikeTheReview(forms::FormInstance &f, const forms::FormContext &context)
    {
        const ResidentRecord card = testing::demoResident();
        for (int round = 0; round < 20; ++round) {
            f.derive(context);
            const ReviewPlan plan = planReview(f, context, KioskMode::SelfService, testing::policy());
            bool changed = false;
            for (const PlannedSection &section : plan.sections) {
                for (const PlannedField &p : section.fields) {
                    if (!p.onlyValue.isUndefined() && !p.onlyValue.isNull()) {
                        changed = !f.setValue(p.path, p.onlyValue, forms::Provenance::Resident).has_value();
                    } else if (p.kind == EditorKind::List && p.itemCount == 0 && !p.cardHolderItem.isEmpty()) {
                        for (auto it = p.cardHolderItem.cbegin(); it != p.cardHolderItem.cend(); ++it) {
                            const QString path = forms::itemPath(p.path, 0, it.key());
                            const QJsonValue v = it.value() == QLatin1String("name")
                                                     ? QJsonValue(card.name)
                                                     : QJsonValue(card.birthDate.toString(Qt::ISODate));
                            changed = !f.setValue(path, v, forms::Provenance::Card).has_value() || changed;
                        }
                    }
                    if (changed) {
                        break;
                    }
                }
                if (changed) {
                    break;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

private Q_SLOTS:
    void init()
    {
        if (QTest::currentTestFunction() == QByteArrayLiteral("pageAsksWhatTheKioskAsks")) {
            return; // no window: the review plan over a form instance
        }
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
        const QByteArray text = readCodeFile(file);
        QVERIFY(!text.isEmpty());
        const auto entry =
            preentry::PreEntryCodec::decode(text, testing::catalog(), QDate::currentDate(), &testing::navigator());
        QVERIFY(entry.ok());

        scan(text);
        QVERIFY(m_k->session()->hasPendingPreEntry());
        auto *notice = m_k->window()->findChild<QLabel *>(QStringLiteral("PreEntryNotice"));
        QVERIFY(notice && notice->isVisible());

        cardAndPin();
        if (QTest::currentTestFailed()) {
            return;
        }
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

    void everyFormPrefillsTheReviewExactly_data()
    {
        QTest::addColumn<QString>("formId");
        int rows = 0;
        for (const QString &id : testing::catalog().ids()) {
            if (testing::policy().formInSelfService(id)) {
                QTest::newRow(qPrintable(id)) << id;
                ++rows;
            }
        }
        QVERIFY(rows >= 6);
    }

    void everyFormPrefillsTheReviewExactly()
    {
        QFETCH(QString, formId);
        QVERIFY2(!codesDir().isEmpty(), "KAKANAI_PREENTRY_CODES is not set (ctest sets it)");
        const QByteArray text = readCodeFile(QStringLiteral("form-%1.txt").arg(formId));
        QVERIFY(!text.isEmpty());
        const QJsonObject given = QJsonDocument::fromJson(readCodeFile(QStringLiteral("form-%1.json").arg(formId)))
                                      .object()
                                      .value(QStringLiteral("answers"))
                                      .toObject();
        QVERIFY2(given.size() >= 3, "too few answers given on the page");

        scan(text);
        QVERIFY(m_k->session()->hasPendingPreEntry());
        cardAndPin();
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(m_k->session()->formIds(), QStringList{formId});
        QVERIFY(m_k->session()->preEntryDropped().isEmpty());
        const forms::FormInstance &f = m_k->session()->form(0);
        // Every answer the page was given is the review's value, exactly.
        for (auto it = given.begin(); it != given.end(); ++it) {
            const forms::FieldValue *v = f.value(it.key());
            QVERIFY2(v, qPrintable(formId + QLatin1Char('/') + it.key() + QStringLiteral(": not on the review")));
            QCOMPARE(v->value.toJson(), it.value());
            const forms::FieldDefinition *def = f.definition().field(it.key());
            const bool isDefault = def && def->defaultValue == it.value();
            QVERIFY2(v->provenance == forms::Provenance::PreEntry ||
                         (isDefault && v->provenance == forms::Provenance::Derived),
                     qPrintable(it.key()));
        }
        // The page let through only answers the kiosk's rules accept (its own checks and the form's rules, across
        // its pages): no error on the review for any of them.
        forms::FormContext context;
        context.today = QDate::currentDate();
        context.mode = forms::Mode::SelfService;
        context.municipality = QStringLiteral("東京都港区");
        context.municipalityCode = QStringLiteral("13103");
        for (const forms::ValidationIssue &issue : f.validate(context)) {
            QVERIFY2(issue.severity != forms::Severity::Error || !given.contains(issue.field),
                     qPrintable(issue.field + QLatin1Char(' ') + issue.code));
        }
        // And nothing else comes from the pre-entry but the one answer self-service allows (which the page, like
        // the review screen, answers by itself).
        for (const QString &path : f.paths()) {
            const forms::FieldValue *v = f.value(path);
            if (v->provenance != forms::Provenance::PreEntry || given.contains(path)) {
                continue;
            }
            QVERIFY2(testing::policy().selfServiceOptions(formId, path).size() == 1,
                     qPrintable(path + QStringLiteral(": pre-entered but not given on the page")));
        }
    }

    void pageAsksWhatTheKioskAsks_data()
    {
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QStringList>("shown");
        const QJsonArray plans = QJsonDocument::fromJson(readCodeFile(QStringLiteral("form-plans.json"))).array();
        QVERIFY2(!plans.isEmpty(), "no form-plans.json: run web_browser first");
        QSet<QString> forms;
        for (qsizetype i = 0; i < plans.size(); ++i) {
            const QJsonObject p = plans.at(i).toObject();
            QStringList shown;
            for (const QJsonValue &id : p.value(QStringLiteral("shown")).toArray()) {
                shown.append(id.toString());
            }
            const QString form = p.value(QStringLiteral("form")).toString();
            forms.insert(form);
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(form).arg(i)))
                << form << p.value(QStringLiteral("section")).toString()
                << p.value(QStringLiteral("answers")).toObject() << shown;
        }
        for (const QString &id : testing::catalog().ids()) {
            QVERIFY2(!testing::policy().formInSelfService(id) || forms.contains(id), qPrintable(id));
        }
    }

    // For the same answers, the kiosk's review (self-service, the card's values in) asks exactly the fields the page
    // showed on the page of the same section.
    void pageAsksWhatTheKioskAsks()
    {
        QFETCH(QString, formId);
        QFETCH(QString, section);
        QFETCH(QJsonObject, answers);
        QFETCH(QStringList, shown);
        forms::FormContext context;
        context.today = QDate::currentDate();
        context.mode = forms::Mode::SelfService;
        context.municipality = QStringLiteral("東京都港区"); // web/src/city.js, the kiosk's testConfig
        context.municipalityCode = QStringLiteral("13103");
        forms::FormInstance f(testing::catalog().shared(formId));
        f.prefill(testing::demoResident());
        settleLikeTheReview(f, context);
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const auto refused = f.setValue(it.key(), it.value(), forms::Provenance::PreEntry);
            QVERIFY2(!refused, qPrintable(it.key()));
        }
        settleLikeTheReview(f, context);
        const ReviewPlan plan = planReview(f, context, KioskMode::SelfService, testing::policy());
        const PlannedSection *match = nullptr;
        for (const PlannedSection &s : plan.sections) {
            if (s.title.ja() == section) {
                match = &s;
            }
        }
        QVERIFY2(match, qPrintable(QStringLiteral("the kiosk asks nothing in the section ") + section));
        QStringList asked;
        collectIds(match->fields, asked);
        asked.sort();
        shown.sort();
        QCOMPARE(asked.join(QLatin1Char(' ')), shown.join(QLatin1Char(' ')));
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
