// 広域交付 (住民基本台帳法 第12条の4) decided from the card, through the window: the demo card's address is in
// 千代田区; at a 港区 kiosk the 住民票 request is a 広域交付 request (staff see it, with the reason, on their
// confirmation; the Request and the printed form say so), at a 千代田区 kiosk it is not. The resident is never
// asked, so cannot answer it away.
#include "tests/app/GuiTestSupport.h"
#include "tests/support/ProgramRun.h"

#include "printer/PrintRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

class TestKioskWideArea : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<KioskHarness> m_k;

    void make(KioskMode mode, const QString &municipality, const QString &code)
    {
        m_k.reset();
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        KioskHarness::Setup setup;
        setup.mode = mode;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        setup.adjust = [=](KioskConfig &c) {
            c.municipality = municipality;
            c.municipalityCode = code;
        };
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        m_card->remove();
    }

    // Card, PIN, 住民票, the resident's answers, up to the resident's confirmation.
    void toResidentConfirm()
    {
        m_card->insert();
        QCOMPARE(m_k->state(), S::CheckingCard);
        m_card->answerTries(3);
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        m_card->answerRead(testing::demoResident());
        QCOMPARE(m_k->state(), S::ProcedureChoice);
        QVERIFY(m_k->click(QStringLiteral("choice_juminhyo"), QStringLiteral("ProcedureScreen")));
        QVERIFY(m_k->click(QStringLiteral("forms_next")));
        QCOMPARE(m_k->state(), S::Review);
        // Nothing on the review asks about 広域交付.
        QVERIFY(!m_k->find(QStringLiteral("editor_wide_area")));
        QVERIFY(m_k->click(QStringLiteral("choice_self"), QStringLiteral("editor_relation")));
        QVERIFY(m_k->click(QStringLiteral("choice_all_household"), QStringLiteral("editor_scope")));
        QVERIFY(m_k->click(QStringLiteral("choice_就職・転職"), QStringLiteral("editor_purpose")));
        if (m_k->session()->mode() == KioskMode::Counter) {
            QVERIFY(m_k->click(QStringLiteral("choice_mynumber_card"), QStringLiteral("editor_id_document")));
        }
        QVERIFY(m_k->click(QStringLiteral("review_next")));
        QCOMPARE(m_k->state(), S::ResidentConfirm);
    }

    static QJsonObject wideArea(const QByteArray &requestJson)
    {
        const QJsonObject request = QJsonDocument::fromJson(requestJson).object();
        const QJsonObject form = request.value(QStringLiteral("forms")).toArray().first().toObject();
        return form.value(QStringLiteral("values")).toObject().value(QStringLiteral("wide_area")).toObject();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_k.reset();
        m_card.reset();
        m_sink.reset();
    }

    void decidedFromTheCardsAddress_data()
    {
        QTest::addColumn<QString>("municipality");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("wide");
        QTest::newRow("千代田区 card at a 港区 kiosk")
            << QStringLiteral("東京都港区") << QStringLiteral("13103") << true;
        QTest::newRow("千代田区 card at a 千代田区 kiosk")
            << QStringLiteral("東京都千代田区") << QStringLiteral("13101") << false;
    }
    void decidedFromTheCardsAddress()
    {
        QFETCH(QString, municipality);
        QFETCH(QString, code);
        QFETCH(bool, wide);
        make(KioskMode::Counter, municipality, code);
        toResidentConfirm();
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QVERIFY(m_k->signInStaff());
        QVERIFY(m_k->waitFor(S::StaffConfirm));

        // Staff see the decision and why, on the row of the field.
        auto *table = m_k->window()->findChild<QTableWidget *>(QStringLiteral("staff_table"));
        QVERIFY(table);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1) && table->item(r, 1)->text().startsWith(QStringLiteral("広域交付"))) {
                row = r;
            }
        }
        QVERIFY2(row >= 0, "no 広域交付 row on the staff confirmation");
        const QString value = table->item(row, 2)->text();
        QVERIFY2(value.startsWith(wide ? QStringLiteral("はい") : QStringLiteral("いいえ")), qPrintable(value));
        QVERIFY2(value.contains(QStringLiteral("第12条の4")), qPrintable(value));

        QVERIFY(m_k->click(QStringLiteral("staff_confirm")));
        QCOMPARE(m_sink->submissions.size(), 1);
        const QJsonObject stored = wideArea(m_sink->json.first());
        QCOMPARE(stored.value(QStringLiteral("value")), QJsonValue(wide));
        QCOMPARE(stored.value(QStringLiteral("provenance")).toString(), QStringLiteral("derived"));

        // The printed form says the same (the text layer, read back by pdftotext from memory).
        auto catalog = forms::FormCatalog::load();
        QVERIFY(catalog);
        auto renderer = printer::PrintRenderer::create(printer::PrinterConfig{}, *catalog);
        QVERIFY(renderer);
        auto pdf = renderer->renderForms(QJsonDocument::fromJson(m_sink->json.first()).object());
        QVERIFY(pdf);
        testsupport::ProgramInput input;
        input.stdinData = pdf->pdf;
        const auto text = testsupport::runProgram(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"), QStringLiteral("-")}, input);
        QCOMPARE(text.exitCode, 0);
        const QString paper = QString::fromUtf8(text.out).remove(QLatin1Char('\n'));
        const qsizetype at = paper.indexOf(QStringLiteral("広域交付"));
        QVERIFY2(at >= 0, "no 広域交付 on the printed form");
        const QString after = paper.mid(at, 60);
        QVERIFY2(after.contains(wide ? QStringLiteral("はい") : QStringLiteral("いいえ")), qPrintable(after));
        m_sink->commit();
    }

    // Self-service: the same decision with nobody asked; the 第12条の4 limits hold (本人 or 同一世帯 only, which is all
    // self-service offers).
    void selfServiceDecidesToo()
    {
        make(KioskMode::SelfService, QStringLiteral("東京都港区"), QStringLiteral("13103"));
        toResidentConfirm();
        QVERIFY(m_k->click(QStringLiteral("confirm_yes")));
        QVERIFY(m_k->waitFor(S::Submitting));
        QCOMPARE(m_sink->submissions.size(), 1);
        const QJsonObject stored = wideArea(m_sink->json.first());
        QCOMPARE(stored.value(QStringLiteral("value")), QJsonValue(true));
        QCOMPARE(stored.value(QStringLiteral("provenance")).toString(), QStringLiteral("derived"));
        m_sink->commit();
    }
};

QTEST_MAIN(TestKioskWideArea)
#include "TestKioskWideArea.moc"
