// The receipt (80 mm roll and A6: number, QR code, date in 和暦 and Gregorian, what to do next, nothing personal)
// and the life event's guidance slip (the related procedures from the navigator data).
#include "tests/printer/PrinterTestSupport.h"

#include "printer/QrPayload.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace kakanai::forms;
using namespace kakanai::printer;
using namespace kakanai::printer::testing;

namespace {

QSizeF pageSizePt(const QString &pdf)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                       .match(QString::fromLatin1(info.out));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

qreal mm(qreal pt)
{
    return pt * 25.4 / 72.0;
}

} // namespace

class TestReceiptAndSlip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void receipt_data();
    void receipt();
    void receiptNumberAndMode();
    void receiptShowsFees_data();
    void receiptShowsFees();
    void slipListsTheRelatedProcedures_data();
    void slipListsTheRelatedProcedures();
    void slipForAFormRequestUsesItsLifeEvent();
    void slipWithoutRelatedProcedures();
    void slipErrors();

private:
    std::optional<PrintRenderer> m_renderer;
};

void TestReceiptAndSlip::initTestCase()
{
    PrinterConfig config;
    config.addressee = QStringLiteral("東京都千代田区長");
    m_renderer.emplace(renderer(config));
}

void TestReceiptAndSlip::receipt_data()
{
    QTest::addColumn<ReceiptFormat>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lifeEvent"); // empty: the one form tennyu
    for (const ReceiptFormat format : {ReceiptFormat::Roll80, ReceiptFormat::A6}) {
        for (const QString &language : {QString(), QStringLiteral("en")}) {
            for (const QString &event : {QString(), QStringLiteral("certificates")}) {
                QTest::addRow("%s %s %s", qPrintable(receiptFormatName(format)),
                              language.isEmpty() ? "ja" : qPrintable(language),
                              event.isEmpty() ? "one form" : "life event of four forms")
                    << format << language << event;
            }
        }
    }
}

void TestReceiptAndSlip::receipt()
{
    QFETCH(ReceiptFormat, format);
    QFETCH(QString, language);
    QFETCH(QString, lifeEvent);
    const Persona who = persona(QStringLiteral("outside-jis"));
    const QStringList forms =
        lifeEvent.isEmpty() ? QStringList{QStringLiteral("tennyu")} : navigator().event(lifeEvent)->forms;
    const QJsonObject request = fillRequest(forms, who, lifeEvent);
    ReceiptOptions options;
    options.secondLanguage = language;
    options.format = format;
    auto doc = m_renderer->renderReceipt(request, options);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toLogString()));
    QCOMPARE(doc->kind, DocumentKind::Receipt);
    QCOMPARE(doc->pageCount, 1); // A6 included: a long receipt is set smaller, never spills onto a second sheet
    QVERIFY(doc->issues.isEmpty());

    QTemporaryDir dir;
    const QString pdf = writeTemp(dir, QStringLiteral("receipt.pdf"), doc->pdf);
    const QSizeF size = pageSizePt(pdf);
    if (format == ReceiptFormat::Roll80) {
        QVERIFY2(qAbs(mm(size.width()) - 80) < 0.5, qPrintable(QString::number(mm(size.width()))));
        QVERIFY(mm(size.height()) >= 80);
    } else {
        QVERIFY2(qAbs(mm(size.width()) - 105) < 0.5 && qAbs(mm(size.height()) - 148) < 0.5,
                 qPrintable(QStringLiteral("%1 x %2").arg(mm(size.width())).arg(mm(size.height()))));
    }

    const QString text = pdfText(pdf);
    const QString requestId = request.value(QStringLiteral("request_id")).toString();
    QVERIFY2(text.contains(ExampleReceiptNumber), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("受付番号")));
    QVERIFY(text.contains(QStringLiteral("受付票")));
    QVERIFY(text.contains(QStringLiteral("東京都千代田区")));
    QVERIFY(text.contains(QStringLiteral("令和7年4月10日（木）10:00"))); // 和暦
    QVERIFY(text.contains(QStringLiteral("2025-04-10 10:00")));          // Gregorian
    QVERIFY(text.contains(QStringLiteral("次にすること")));
    QVERIFY(text.contains(QStringLiteral("受付番号でお呼びします")));
    for (const QString &id : forms) {
        QVERIFY(text.contains(catalog().form(id)->title.ja()));
    }
    QCOMPARE(text.contains(QStringLiteral("ほかに必要な手続きは「ご案内」をご覧ください")), !lifeEvent.isEmpty());
    QCOMPARE(text.contains(QStringLiteral("What to do next")), language == QLatin1String("en"));
    // Nothing personal on a receipt.
    QVERIFY(!text.contains(who.name));
    QVERIFY(!text.contains(QStringLiteral("髙﨑")));
    QVERIFY(!text.contains(who.address.left(6)));

    const QStringList codes = qrCodes(dir, pdf);
    QCOMPARE(codes.size(), 1);
    const auto payload = QrPayload::parse(codes.first().toLatin1());
    QVERIFY(payload);
    QCOMPARE(payload->requestId, requestId);
    QVERIFY(payload->formId.isEmpty());
}

void TestReceiptAndSlip::receiptNumberAndMode()
{
    const QJsonObject request = fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo")), QString(),
                                            Mode::SelfService, QStringLiteral("A-007"));
    auto doc = m_renderer->renderReceipt(request);
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString text = pdfText(writeTemp(dir, QStringLiteral("r.pdf"), doc->pdf));
    // The request's receipt number, on the receipt, the form pages and the slip alike.
    QVERIFY(text.contains(QStringLiteral("A-007")));
    auto forms = m_renderer->renderForms(request);
    QVERIFY(forms);
    QVERIFY(pdfText(writeTemp(dir, QStringLiteral("f.pdf"), forms->pdf)).contains(QStringLiteral("A-007")));
    auto content = PrintRenderer::slipContent(request, navigator());
    QVERIFY(content);
    auto slip = m_renderer->renderGuidanceSlip(request, *content);
    QVERIFY(slip);
    QVERIFY(pdfText(writeTemp(dir, QStringLiteral("s.pdf"), slip->pdf)).contains(QStringLiteral("A-007")));
    // A request without one gets no number, rather than one made up from its id.
    const QJsonObject without = fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo")), QString(),
                                            Mode::SelfService, QString());
    auto plain = m_renderer->renderReceipt(without);
    QVERIFY(plain);
    const QString plainText = pdfText(writeTemp(dir, QStringLiteral("p.pdf"), plain->pdf));
    // The number's label 「受付番号」 is printed once more on the numbered receipt than on the one without (the text
    // 「受付番号でお呼びします」 is on both).
    QVERIFY(text.contains(QStringLiteral("受付番号A-007")));
    QCOMPARE(text.count(QStringLiteral("受付番号")), plainText.count(QStringLiteral("受付番号")) + 1);
    QVERIFY(plainText.contains(QStringLiteral("受付票")));
    const QString id = without.value(QStringLiteral("request_id")).toString();
    QVERIFY(!plainText.contains(id.right(6).toUpper().insert(3, QLatin1Char('-'))));
    QVERIFY(text.contains(QStringLiteral("この受付票を持って、窓口へお越しください。"))); // self-service
    QVERIFY(text.contains(QStringLiteral("手数料")));                                     // a certificate
    QVERIFY(!text.contains(QStringLiteral("お渡しする書類")));                            // no notification
}

// 手数料 from the Request (resources/forms/fees.json, example values): each form's fee, the total, and the amount in
// the step that asks the resident to pay; a notification is free and asks for no payment.
void TestReceiptAndSlip::receiptShowsFees_data()
{
    QTest::addColumn<QString>("lifeEvent");
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<QStringList>("expected"); // in the receipt's text, spaces (U+3000 too) removed
    QTest::addColumn<bool>("pay");
    QTest::newRow("住民票 2 copies") << QString() << QStringList{QStringLiteral("juminhyo")}
                                   << QStringList{QStringLiteral("手数料¥300×2通=¥600"), QStringLiteral("手数料合計¥600"),
                                                  QStringLiteral("証明書を受け取るときに手数料¥600をお支払いください。")}
                                   << true;
    QTest::newRow("four certificates: per form and the total")
        << QStringLiteral("certificates")
        << QStringList{QStringLiteral("juminhyo"), QStringLiteral("inkan"), QStringLiteral("koseki"),
                       QStringLiteral("zeishomei")}
        << QStringList{QStringLiteral("手数料¥300×2通=¥600"), QStringLiteral("手数料¥450×1通=¥450"),
                       QStringLiteral("手数料合計¥1,650"), QStringLiteral("手数料¥1,650をお支払いください")}
        << true;
    QTest::newRow("転入届 is free") << QString() << QStringList{QStringLiteral("tennyu")}
                                 << QStringList{QStringLiteral("手数料¥0×1通=¥0"), QStringLiteral("手数料合計¥0")} << false;
}

void TestReceiptAndSlip::receiptShowsFees()
{
    QFETCH(QString, lifeEvent);
    QFETCH(QStringList, forms);
    QFETCH(QStringList, expected);
    QFETCH(bool, pay);
    const QJsonObject request = fillRequest(forms, persona(QStringLiteral("outside-jis")), lifeEvent);
    auto doc = m_renderer->renderReceipt(request);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toLogString()));
    QTemporaryDir dir;
    const QString text =
        pdfText(writeTemp(dir, QStringLiteral("fees.pdf"), doc->pdf)).remove(QLatin1Char(' ')).remove(QChar(0x3000));
    for (const QString &e : expected) {
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in ") + text));
    }
    QCOMPARE(text.contains(QStringLiteral("お支払いください")), pay);
    // The numbers are the Request's: the same request without fees prints no amount at all.
    QJsonObject without = request;
    without.remove(QStringLiteral("fee_total"));
    QJsonArray stripped;
    for (const QJsonValue &f : request.value(QStringLiteral("forms")).toArray()) {
        QJsonObject o = f.toObject();
        o.remove(QStringLiteral("fee"));
        stripped.append(o);
    }
    without.insert(QStringLiteral("forms"), stripped);
    auto plain = m_renderer->renderReceipt(without);
    QVERIFY(plain);
    const QString plainText = pdfText(writeTemp(dir, QStringLiteral("plain.pdf"), plain->pdf));
    QVERIFY2(!plainText.contains(QStringLiteral("¥")), qPrintable(plainText));
}

void TestReceiptAndSlip::slipListsTheRelatedProcedures_data()
{
    QTest::addColumn<QStringList>("yes");
    QTest::addColumn<bool>("answered");
    QTest::newRow("answers given: only what applies")
        << QStringList{QStringLiteral("kokuho"), QStringLiteral("has_card")} << true;
    QTest::newRow("no answers: every procedure with its condition") << QStringList() << false;
}

void TestReceiptAndSlip::slipListsTheRelatedProcedures()
{
    QFETCH(QStringList, yes);
    QFETCH(bool, answered);
    const QJsonObject request =
        fillRequest({QStringLiteral("tennyu")}, persona(QStringLiteral("long-address")), QStringLiteral("moving_in"));
    std::optional<QSet<QString>> yesSet;
    std::optional<NavigatorAnswers> answers;
    if (answered) {
        yesSet = QSet<QString>(yes.begin(), yes.end());
        answers = navigator().answersOf(QStringLiteral("moving_in"), *yesSet);
    }
    // Without answers (the request carries none) every conditional procedure is undecided.
    auto content = PrintRenderer::slipContent(request, navigator(), answers);
    QVERIFY2(content, content ? "" : qPrintable(content.error().toLogString()));
    QCOMPARE(content->event.id, QStringLiteral("moving_in"));
    auto expected = navigator().guide(
        QStringLiteral("moving_in"),
        answered ? *yesSet : QSet<QString>(content->event.questions.begin(), content->event.questions.end()));
    QVERIFY(expected);
    QCOMPARE(content->procedures.size(), expected->procedures.size());

    auto doc = m_renderer->renderGuidanceSlip(request, *content, RenderOptions{QStringLiteral("en")});
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toLogString()));
    QCOMPARE(doc->kind, DocumentKind::GuidanceSlip);
    QTemporaryDir dir;
    const QString pdf = writeTemp(dir, QStringLiteral("slip.pdf"), doc->pdf);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("ほかに必要な手続き")));
    QVERIFY(text.contains(content->event.title.ja()));
    QVERIFY(text.contains(QStringLiteral("住民異動届（転入届）")));
    for (const RelatedProcedure &p : expected->procedures) {
        QVERIFY2(text.contains(p.title.ja()), qPrintable(p.id));
        QVERIFY2(text.contains(p.desk.ja()), qPrintable(p.id));
        QVERIFY2(text.contains(p.title.en()), qPrintable(p.id)); // English alongside
    }
    if (answered) {
        // Procedures whose question was not answered yes are left out, and no condition is printed.
        auto all = navigator().guide(QStringLiteral("moving_in"),
                                     QSet<QString>(content->event.questions.begin(), content->event.questions.end()));
        for (const RelatedProcedure &p : all->procedures) {
            if (!p.condition.isEmpty() && !yesSet->contains(p.condition)) {
                QVERIFY2(!text.contains(p.title.ja()), qPrintable(p.id));
            }
        }
        QVERIFY(!text.contains(QStringLiteral("対象：")));
    } else {
        const NavigatorQuestion *kokuho = navigator().question(QStringLiteral("kokuho"));
        QVERIFY(kokuho);
        QVERIFY(text.contains(QStringLiteral("対象：「%1」に「はい」の方").arg(kokuho->label.ja())));
    }
    const QStringList codes = qrCodes(dir, pdf);
    QCOMPARE(codes.size(), doc->pageCount);
    for (const QString &code : codes) {
        QCOMPARE(QrPayload::parse(code.toLatin1())->requestId, request.value(QStringLiteral("request_id")).toString());
    }
}

void TestReceiptAndSlip::slipForAFormRequestUsesItsLifeEvent()
{
    const QJsonObject request = fillRequest({QStringLiteral("tenshutsu")}, persona(QStringLiteral("demo")));
    auto content = PrintRenderer::slipContent(request, navigator());
    QVERIFY(content);
    QCOMPARE(content->event.id, QStringLiteral("moving_out"));
    QVERIFY(!content->procedures.isEmpty());
}

void TestReceiptAndSlip::slipWithoutRelatedProcedures()
{
    const QJsonObject request = fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo")));
    auto content = PrintRenderer::slipContent(request, navigator());
    QVERIFY(content);
    QCOMPARE(content->event.id, QStringLiteral("certificates"));
    QVERIFY(content->procedures.isEmpty());
    auto doc = m_renderer->renderGuidanceSlip(request, *content);
    QVERIFY(doc);
    QTemporaryDir dir;
    QVERIFY(pdfText(writeTemp(dir, QStringLiteral("none.pdf"), doc->pdf))
                .contains(QStringLiteral("ほかに必要な手続きはありません。")));
}

void TestReceiptAndSlip::slipErrors()
{
    // A navigator (a city's own) in which no event holds the form.
    const QByteArray json = R"({"format": 1, "questions": [], "procedures": [],
        "events": [{"id": "only_moving_out", "title": {"ja": "転出"}, "forms": ["tenshutsu"], "questions": [],
                    "procedures": []}]})";
    auto own = LifeEventNavigator::load(json, QStringLiteral("own.json"));
    QVERIFY2(own, own ? "" : qPrintable(own.error().toLogString()));
    auto content =
        PrintRenderer::slipContent(fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo"))), *own);
    QVERIFY(!content);
    QCOMPARE(content.error().code, PrintErrorCode::NoGuidance);

    QJsonObject broken = fillRequest({QStringLiteral("juminhyo")}, persona(QStringLiteral("demo")));
    broken.remove(QStringLiteral("procedure"));
    auto noProcedure = PrintRenderer::slipContent(broken, navigator());
    QVERIFY(!noProcedure);
    QCOMPARE(noProcedure.error().code, PrintErrorCode::InvalidRequest);
}

QTEST_MAIN(TestReceiptAndSlip)
#include "TestReceiptAndSlip.moc"
