// Strict identifiers: a request the outbox accepts is one the intake accepts, and the other way round, for the
// identifiers both sides check. The same table of cases goes through the outbox's schema check (what enqueue runs)
// and through an INSERT as the kiosk role; both must agree with the expected verdict. The case that started it: a
// request_id ending in a newline was acknowledged (PCRE's `$` matches before a final newline) and then refused by
// the intake forever.
#include "outbox/Pg.h"
#include "outbox/RequestDocument.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QTest>

using namespace kakanai::backoffice;

class TestStrictIdentifiers : public QObject
{
    Q_OBJECT

    QString m_kiosk;

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        m_kiosk = fixtures::uniqueKioskId("strict");
    }

    void sameVerdictOnBothSides_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // %1: a fresh UUIDv7 (lower case, with hyphens)
        QTest::addColumn<bool>("accepted");
        QTest::newRow("request_id: UUIDv7") << QStringLiteral("request_id") << QStringLiteral("%1") << true;
        QTest::newRow("error: request_id with a trailing newline")
            << QStringLiteral("request_id") << QStringLiteral("%1\n") << false;
        QTest::newRow("error: request_id with a trailing CR LF")
            << QStringLiteral("request_id") << QStringLiteral("%1\r\n") << false;
        QTest::newRow("error: request_id with a leading space")
            << QStringLiteral("request_id") << QStringLiteral(" %1") << false;
        QTest::newRow("error: request_id in upper case")
            << QStringLiteral("request_id") << QStringLiteral("UPPER:%1") << false;
        QTest::newRow("error: request_id in braces") << QStringLiteral("request_id") << QStringLiteral("{%1}") << false;
        QTest::newRow("error: request_id without hyphens")
            << QStringLiteral("request_id") << QStringLiteral("NOHYPHENS:%1") << false;
        QTest::newRow("error: request_id of version 4")
            << QStringLiteral("request_id") << QStringLiteral("0b5cbb3e-2d4e-4f7a-9c1d-2e3f4a5b6c7d") << false;
        QTest::newRow("receipt_number") << QStringLiteral("receipt_number") << QStringLiteral("A-007") << true;
        QTest::newRow("receipt_number of five digits")
            << QStringLiteral("receipt_number") << QStringLiteral("KT-12345") << true;
        QTest::newRow("error: receipt_number with a trailing newline")
            << QStringLiteral("receipt_number") << QStringLiteral("A-007\n") << false;
        QTest::newRow("error: receipt_number with a look-alike letter")
            << QStringLiteral("receipt_number") << QStringLiteral("O-007") << false;
    }
    void sameVerdictOnBothSides()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QJsonObject r = fixtures::syntheticRequest(m_kiosk, 1);
        const QString id = r.value(QLatin1String("request_id")).toString();
        if (value.startsWith(QLatin1String("UPPER:"))) {
            value = value.mid(6).arg(id).toUpper();
        } else if (value.startsWith(QLatin1String("NOHYPHENS:"))) {
            value = value.mid(10).arg(id).remove(QLatin1Char('-'));
        } else if (value.contains(QLatin1String("%1"))) {
            value = value.arg(id);
        }
        r[field] = value;

        // The outbox: the check enqueue runs before anything is written.
        RequestValidator validator;
        QVERIFY(validator.isReady());
        const auto meta = validator.inspect(r);
        QCOMPARE(meta.ok(), accepted);
        if (!accepted) {
            QCOMPARE(meta.error().code, BackofficeErrorCode::InvalidRequest);
            QVERIFY(meta.error().detail.contains(QLatin1Char('/') + field));
        }

        // The intake, as the kiosk's sync worker sends it.
        auto kiosk = PgConnection::connect(fixtures::pgSettings(QStringLiteral("kiosk")));
        QVERIFY(kiosk.ok());
        auto inserted = (*kiosk)->exec(QStringLiteral("INSERT INTO intake.requests (document) VALUES ($1::jsonb)"),
                                       {QJsonDocument(r).toJson(QJsonDocument::Compact)});
        QCOMPARE(inserted.ok(), accepted);
        if (!accepted) {
            // A data error (SQLSTATE class 22/23): the sync engine sets such a request aside at once.
            QCOMPARE(inserted.error().code, BackofficeErrorCode::IntakeRejected);
        }
    }
};

QTEST_GUILESS_MAIN(TestStrictIdentifiers)
#include "TestStrictIdentifiers.moc"
