// Requests are checked against the request schema before they are queued; errors name where, never what.
#include "outbox/RequestDocument.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QTest>

using namespace kakanai::backoffice;

class TestRequestDocument : public QObject
{
    Q_OBJECT

    RequestValidator m_validator;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_validator.isReady()); }

    void kioskRequestsAreValid()
    {
        const QList<QJsonObject> requests = fixtures::kioskRequests(QStringLiteral("kiosk-01"));
        QVERIFY(requests.size() >= 10);
        for (const QJsonObject &r : requests) {
            auto meta = m_validator.inspect(r);
            QVERIFY2(meta.ok(), meta.ok() ? "" : qPrintable(meta.error().detail));
            QCOMPARE(meta->requestId, r.value(QLatin1String("request_id")).toString());
            QCOMPARE(meta->kioskId, QStringLiteral("kiosk-01"));
            QCOMPARE(meta->schemaVersion, 1);
            QCOMPARE(meta->procedureKind, QStringLiteral("form"));
        }
    }

    void metadata()
    {
        const QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-07"), 1);
        auto meta = m_validator.inspect(r);
        QVERIFY(meta.ok());
        QCOMPARE(meta->procedureId, QStringLiteral("tenkyo"));
        QCOMPARE(meta->createdAt, r.value(QLatin1String("created_at")).toString());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where"); // a piece of the error's detail
        auto edit = [](const std::function<void(QJsonObject &)> &change) {
            QJsonObject r = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 1, QStringLiteral("秘密　太郎"));
            change(r);
            return QJsonDocument(r).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("not JSON") << QByteArray("{\"request_id\": ") << QStringLiteral("not JSON");
        QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("no request id") << edit([](QJsonObject &r) { r.remove(QStringLiteral("request_id")); })
                                       << QStringLiteral("required");
        QTest::newRow("request id not UUIDv7")
            << edit([](QJsonObject &r) { r[QStringLiteral("request_id")] = QStringLiteral("not-a-uuid-秘密　太郎"); })
            << QStringLiteral("/request_id");
        QTest::newRow("unknown schema version") << edit([](QJsonObject &r) { r[QStringLiteral("schema_version")] = 2; })
                                                << QStringLiteral("/schema_version");
        QTest::newRow("kiosk id too long")
            << edit([](QJsonObject &r) { r[QStringLiteral("kiosk_id")] = QString(65, QLatin1Char('k')); })
            << QStringLiteral("/kiosk_id");
        QTest::newRow("no forms") << edit([](QJsonObject &r) { r[QStringLiteral("forms")] = QJsonArray(); })
                                  << QStringLiteral("/forms");
        QTest::newRow("unknown top-level key")
            << edit([](QJsonObject &r) { r[QStringLiteral("secret")] = QStringLiteral("秘密　太郎"); })
            << QStringLiteral("/secret");
        QTest::newRow("NUL in a value") << edit([](QJsonObject &r) {
            QJsonArray forms = r[QStringLiteral("forms")].toArray();
            QJsonObject form = forms[0].toObject();
            QJsonObject values = form[QStringLiteral("values")].toObject();
            values[QStringLiteral("note")] = QJsonObject{{QStringLiteral("value"), QStringLiteral("a\u0000b")},
                                                         {QStringLiteral("provenance"), QStringLiteral("staff")}};
            form[QStringLiteral("values")] = values;
            forms[0] = form;
            r[QStringLiteral("forms")] = forms;
        }) << QStringLiteral("U+0000");
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        auto meta = m_validator.inspectJson(json);
        QVERIFY(!meta.ok());
        QCOMPARE(meta.error().code, BackofficeErrorCode::InvalidRequest);
        QVERIFY2(meta.error().detail.contains(where), qPrintable(meta.error().detail));
        QVERIFY2(!meta.error().detail.contains(QStringLiteral("秘密")), "the error quotes a value");
    }
};

QTEST_GUILESS_MAIN(TestRequestDocument)
#include "TestRequestDocument.moc"
