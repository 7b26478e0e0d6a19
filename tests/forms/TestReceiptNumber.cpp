// The receipt number (受付番号): prefixes without look-alike letters, the zero-padded sequence, and that the
// request schema's pattern accepts exactly what isReceiptNumber accepts.
#include "forms/JsonSchema.h"
#include "forms/ReceiptNumber.h"
#include "tests/forms/FormsTestSupport.h"

#include <QJsonObject>
#include <QTest>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

class TestReceiptNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefix_data();
    void prefix();
    void format_data();
    void format();
    void number_data();
    void number();
    void schemaPatternAgrees_data();
    void schemaPatternAgrees();
    void everySequenceRoundTrips();
};

void TestReceiptNumber::prefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one letter") << QStringLiteral("A") << true;
    QTest::newRow("two letters") << QStringLiteral("KT") << true;
    QTest::newRow("three letters") << QStringLiteral("XYW") << true;
    QTest::newRow("error: empty") << QString() << false;
    QTest::newRow("error: four letters") << QStringLiteral("ACDE") << false;
    QTest::newRow("error: B looks like 8") << QStringLiteral("B") << false;
    QTest::newRow("error: G looks like 6") << QStringLiteral("AG") << false;
    QTest::newRow("error: I looks like 1") << QStringLiteral("I") << false;
    QTest::newRow("error: O looks like 0") << QStringLiteral("O") << false;
    QTest::newRow("error: Q") << QStringLiteral("Q") << false;
    QTest::newRow("error: S looks like 5") << QStringLiteral("S") << false;
    QTest::newRow("error: Z looks like 2") << QStringLiteral("Z") << false;
    QTest::newRow("error: lower case") << QStringLiteral("a") << false;
    QTest::newRow("error: digit") << QStringLiteral("A1") << false;
    QTest::newRow("error: full-width letter") << QStringLiteral("Ａ") << false;
}

void TestReceiptNumber::prefix()
{
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    QCOMPARE(isReceiptPrefix(prefix), valid);
}

void TestReceiptNumber::format_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("expected");
    QTest::newRow("padded to three digits") << QStringLiteral("A") << 7 << QStringLiteral("A-007");
    QTest::newRow("two digits padded") << QStringLiteral("A") << 42 << QStringLiteral("A-042");
    QTest::newRow("three digits") << QStringLiteral("M") << 100 << QStringLiteral("M-100");
    QTest::newRow("four digits unpadded") << QStringLiteral("KT") << 1234 << QStringLiteral("KT-1234");
    QTest::newRow("largest") << QStringLiteral("XYW") << 99999 << QStringLiteral("XYW-99999");
    QTest::newRow("first") << QStringLiteral("C") << 1 << QStringLiteral("C-001");
    QTest::newRow("error: sequence zero") << QStringLiteral("A") << 0 << QString();
    QTest::newRow("error: negative sequence") << QStringLiteral("A") << -3 << QString();
    QTest::newRow("error: sequence too large") << QStringLiteral("A") << 100000 << QString();
    QTest::newRow("error: look-alike prefix") << QStringLiteral("O") << 7 << QString();
    QTest::newRow("error: empty prefix") << QString() << 7 << QString();
}

void TestReceiptNumber::format()
{
    QFETCH(QString, prefix);
    QFETCH(int, sequence);
    QFETCH(QString, expected);
    QCOMPARE(formatReceiptNumber(prefix, sequence), expected);
    if (!expected.isEmpty()) {
        QVERIFY(isReceiptNumber(expected));
    }
}

void TestReceiptNumber::number_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("A-007") << QStringLiteral("A-007") << true;
    QTest::newRow("KT-1234") << QStringLiteral("KT-1234") << true;
    QTest::newRow("XYW-99999") << QStringLiteral("XYW-99999") << true;
    QTest::newRow("A-100") << QStringLiteral("A-100") << true;
    QTest::newRow("error: sequence 000") << QStringLiteral("A-000") << false;
    QTest::newRow("error: two digits") << QStringLiteral("A-07") << false;
    QTest::newRow("error: needless padding") << QStringLiteral("A-0007") << false;
    QTest::newRow("error: six digits") << QStringLiteral("A-123456") << false;
    QTest::newRow("error: no hyphen") << QStringLiteral("A007") << false;
    QTest::newRow("error: look-alike prefix") << QStringLiteral("S-007") << false;
    QTest::newRow("error: trailing newline") << QStringLiteral("A-007\n") << false;
    QTest::newRow("error: leading space") << QStringLiteral(" A-007") << false;
    QTest::newRow("error: full-width digits") << QStringLiteral("A-００７") << false;
    QTest::newRow("error: hex tail of a request id") << QStringLiteral("3F2-A91") << false;
    QTest::newRow("error: empty") << QString() << false;
}

void TestReceiptNumber::number()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(isReceiptNumber(number), valid);
}

void TestReceiptNumber::schemaPatternAgrees_data()
{
    number_data();
}

void TestReceiptNumber::schemaPatternAgrees()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    if (number.endsWith(QLatin1Char('\n'))) {
        QSKIP("ECMAScript's $ and PCRE's $ differ before a final newline; isReceiptNumber is the strict check");
    }
    auto schema = JsonSchema::load(readBytes(sourcePath(QStringLiteral("resources/schema/request.schema.json"))));
    QVERIFY(schema.ok());
    const QJsonObject root =
        QJsonDocument::fromJson(readBytes(sourcePath(QStringLiteral("resources/schema/request.schema.json")))).object();
    QCOMPARE(root.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("receipt_number"))
                 .toObject()
                 .value(QStringLiteral("pattern"))
                 .toString(),
             receiptNumberPattern());
    const QRegularExpression re(receiptNumberPattern());
    QCOMPARE(re.match(number).hasMatch(), valid);
}

void TestReceiptNumber::everySequenceRoundTrips()
{
    for (int n = 1; n <= MaxReceiptSequence; ++n) {
        const QString s = formatReceiptNumber(QStringLiteral("KT"), n);
        if (!isReceiptNumber(s) || s.section(QLatin1Char('-'), 1).toInt() != n) {
            QFAIL(qPrintable(QStringLiteral("sequence %1 gives %2").arg(n).arg(s)));
        }
    }
}

QTEST_GUILESS_MAIN(TestReceiptNumber)
#include "TestReceiptNumber.moc"
