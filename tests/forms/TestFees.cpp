// 手数料: the city's fee table (resources/forms/fees.json, example values) gives each filled form its fee, per copy
// and per certificate kind, 0 for notifications; the Request carries each form's fee and the total, and
// readRequest gives back the very numbers the kiosk showed. Broken tables are refused with the key named.
#include "forms/Fees.h"
#include "forms/FormFiller.h"
#include "forms/Request.h"
#include "tests/forms/FormsTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

namespace {

FillOutcome filled(const QString &form, const QString &overridesJson)
{
    const QString resident = form.startsWith(QLatin1String("ten")) ? QStringLiteral("suzuki_hanako.json")
                                                                   : QStringLiteral("yamada_taro.json");
    const ResidentInput r = exampleResident(resident);
    Answers answers = exampleAnswers(form);
    const QJsonObject overrides = QJsonDocument::fromJson(overridesJson.toUtf8()).object();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull()) {
            answers.resident.remove(it.key());
        } else {
            answers.resident.insert(it.key(), it.value());
        }
    }
    return fillForm(embeddedCatalog().shared(form), r.record, answers, chiyodaContext());
}

RequestOptions options()
{
    RequestOptions o;
    o.kioskId = QStringLiteral("chiyoda-01");
    o.createdAt = QDateTime(QDate(2025, 4, 10), QTime(10, 0), Qt::OffsetFromUTC, 9 * 3600);
    o.random = [] { return quint64(42); };
    return o;
}

} // namespace

class TestFees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feeOfForm_data();
    void feeOfForm();
    void requestCarriesFees();
    void requestWithTamperedTotalIsRefused_data();
    void requestWithTamperedTotalIsRefused();
    void brokenTable_data();
    void brokenTable();
    void yen();
};

void TestFees::feeOfForm_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("perCopy");
    QTest::addColumn<int>("copies");
    QTest::addColumn<qint64>("amount");
    QTest::newRow("住民票 1 copy") << QStringLiteral("juminhyo") << QStringLiteral(R"({"copies":1})") << true
                                   << qint64(300) << 1 << qint64(300);
    QTest::newRow("住民票 3 copies") << QStringLiteral("juminhyo") << QStringLiteral(R"({"copies":3})") << true
                                     << qint64(300) << 3 << qint64(900);
    QTest::newRow("印鑑登録証明書 2 copies")
        << QStringLiteral("inkan") << QStringLiteral(R"({"copies":2})") << true << qint64(300) << 2 << qint64(600);
    QTest::newRow("戸籍 全部事項") << QStringLiteral("koseki") << QStringLiteral(R"({"kind":"zenbu","copies":1})")
                                   << true << qint64(450) << 1 << qint64(450);
    QTest::newRow("戸籍 除籍 by kind, 2 copies")
        << QStringLiteral("koseki") << QStringLiteral(R"({"kind":"joseki_zenbu","copies":2})") << true << qint64(750)
        << 2 << qint64(1500);
    QTest::newRow("転入届 is free") << QStringLiteral("tennyu") << QStringLiteral("{}") << true << qint64(0) << 1
                                    << qint64(0);
    QTest::newRow("転出届 is free") << QStringLiteral("tenshutsu") << QStringLiteral("{}") << true << qint64(0) << 1
                                    << qint64(0);
    QTest::newRow("世帯変更届 is free") << QStringLiteral("setai_henko") << QStringLiteral("{}") << true << qint64(0)
                                        << 1 << qint64(0);
    QTest::newRow("error: 戸籍 without a kind has no fee")
        << QStringLiteral("koseki") << QStringLiteral(R"({"kind":null})") << false << qint64(0) << 0 << qint64(0);
    QTest::newRow("住民票 copies unanswered: the default 1")
        << QStringLiteral("juminhyo") << QStringLiteral(R"({"copies":null})") << true << qint64(300) << 1
        << qint64(300);
}

void TestFees::feeOfForm()
{
    QFETCH(QString, form);
    QFETCH(QString, overrides);
    QFETCH(bool, known);
    QFETCH(qint64, perCopy);
    QFETCH(int, copies);
    QFETCH(qint64, amount);
    const FillOutcome outcome = filled(form, overrides);
    const auto fee = feeOf(outcome.instance);
    QCOMPARE(fee.has_value(), known);
    if (known) {
        QCOMPARE(*fee, (FormFee{perCopy, copies, amount}));
    }
}

void TestFees::requestCarriesFees()
{
    const FillOutcome juminhyo = filled(QStringLiteral("juminhyo"), QStringLiteral(R"({"copies":2})"));
    const FillOutcome inkan = filled(QStringLiteral("inkan"), QStringLiteral(R"({"copies":1})"));
    RequestOptions o = options();
    o.lifeEvent = QStringLiteral("certificates");
    const QJsonObject request = buildRequest({{&juminhyo.instance, {}}, {&inkan.instance, {}}}, chiyodaContext(), o);
    const QJsonArray forms = request.value(QStringLiteral("forms")).toArray();
    QCOMPARE(forms.at(0).toObject().value(QStringLiteral("fee")).toObject(),
             (QJsonObject{
                 {QStringLiteral("per_copy"), 300}, {QStringLiteral("copies"), 2}, {QStringLiteral("amount"), 600}}));
    QCOMPARE(request.value(QStringLiteral("fee_total")).toInteger(), 900);

    const auto stored = readRequest(request, embeddedCatalog());
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toLogString()));
    QCOMPARE(stored->feeTotal, std::optional<qint64>(900));
    QCOMPARE(stored->forms.at(0).fee, std::optional<FormFee>(FormFee{300, 2, 600}));
    QCOMPARE(stored->forms.at(1).fee, std::optional<FormFee>(FormFee{300, 1, 300}));

    // A form without a fee (a 戸籍 request whose kind is not chosen) leaves the total out rather than understate it.
    const FillOutcome koseki = filled(QStringLiteral("koseki"), QStringLiteral(R"({"kind":null})"));
    const QJsonObject partial = buildRequest({{&juminhyo.instance, {}}, {&koseki.instance, {}}}, chiyodaContext(), o);
    QVERIFY(!partial.contains(QStringLiteral("fee_total")));
    QVERIFY(!partial.value(QStringLiteral("forms")).toArray().at(1).toObject().contains(QStringLiteral("fee")));
}

void TestFees::requestWithTamperedTotalIsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("error: total not the sum") << QStringLiteral("total") << QStringLiteral("/fee_total");
    QTest::newRow("error: amount not per copy × copies") << QStringLiteral("amount") << QStringLiteral("/forms/0/fee");
    QTest::newRow("error: negative fee") << QStringLiteral("negative") << QStringLiteral("/forms/0/fee");
    QTest::newRow("untouched") << QString() << QString();
}

void TestFees::requestWithTamperedTotalIsRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, pointer);
    const FillOutcome juminhyo = filled(QStringLiteral("juminhyo"), QStringLiteral(R"({"copies":2})"));
    QJsonObject request = buildRequest({{&juminhyo.instance, {}}}, chiyodaContext(), options());
    QJsonArray forms = request.value(QStringLiteral("forms")).toArray();
    QJsonObject form = forms.at(0).toObject();
    QJsonObject fee = form.value(QStringLiteral("fee")).toObject();
    if (change == QLatin1String("total")) {
        request.insert(QStringLiteral("fee_total"), 300);
    } else if (change == QLatin1String("amount")) {
        fee.insert(QStringLiteral("amount"), 300);
    } else if (change == QLatin1String("negative")) {
        fee.insert(QStringLiteral("per_copy"), -300);
        fee.insert(QStringLiteral("amount"), -600);
    }
    form.insert(QStringLiteral("fee"), fee);
    forms[0] = form;
    request.insert(QStringLiteral("forms"), forms);
    const auto stored = readRequest(request, embeddedCatalog());
    if (pointer.isEmpty()) {
        QVERIFY(stored.ok());
        QCOMPARE(stored->feeTotal, std::optional<qint64>(600));
        return;
    }
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, FormsErrorCode::InvalidRequest);
    QCOMPARE(stored.error().field, pointer);
}

void TestFees::brokenTable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid")
        << QByteArray(
               R"({"format":1,"fees":{"juminhyo":{"per_copy":300},"koseki":{"by":"kind","per_copy":{"zenbu":450}}}})")
        << QString();
    QTest::newRow("error: unknown form") << QByteArray(R"({"format":1,"fees":{"kekkon":{"per_copy":0}}})")
                                         << QStringLiteral("fees.kekkon");
    QTest::newRow("error: negative amount") << QByteArray(R"({"format":1,"fees":{"juminhyo":{"per_copy":-1}}})")
                                            << QStringLiteral("fees.juminhyo.per_copy");
    QTest::newRow("error: fractional yen") << QByteArray(R"({"format":1,"fees":{"juminhyo":{"per_copy":300.5}}})")
                                           << QStringLiteral("fees.juminhyo.per_copy");
    QTest::newRow("error: amounts by value without the field")
        << QByteArray(R"({"format":1,"fees":{"koseki":{"per_copy":{"zenbu":450}}}})")
        << QStringLiteral("fees.koseki.by");
    QTest::newRow("error: misspelt key") << QByteArray(R"({"format":1,"fees":{"juminhyo":{"per_cpy":300}}})")
                                         << QStringLiteral("fees.juminhyo.per_cpy");
    QTest::newRow("error: another currency")
        << QByteArray(R"({"format":1,"currency":"USD","fees":{}})") << QStringLiteral("currency");
    QTest::newRow("error: wrong format") << QByteArray(R"({"format":2,"fees":{}})") << QStringLiteral("format");
}

void TestFees::brokenTable()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto table = FeeTable::load(json, QStringLiteral("fees.json"), embeddedCatalog().ids());
    if (field.isNull()) {
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toLogString()));
        QCOMPARE(table->rule(QStringLiteral("koseki"))->byValue.value(QStringLiteral("zenbu")), 450);
        return;
    }
    QVERIFY(!table.ok());
    QCOMPARE(table.error().file, QStringLiteral("fees.json"));
    QCOMPARE(table.error().field, field);
}

void TestFees::yen()
{
    QCOMPARE(formatYen(0), QStringLiteral("¥0"));
    QCOMPARE(formatYen(300), QStringLiteral("¥300"));
    QCOMPARE(formatYen(1500), QStringLiteral("¥1,500"));
}

QTEST_GUILESS_MAIN(TestFees)
#include "TestFees.moc"
