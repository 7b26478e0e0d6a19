// 照合番号B from what the card face prints (ref mynumbercard.md §4.6): the birth date in 和暦 or in 西暦, the expiry
// year and the security code, and every input that would make a malformed code refused before the card sees it.
#include "app/core/CodeB.h"

#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;

Q_DECLARE_METATYPE(kakanai::kiosk::CodeBBirthYear)

class TestCodeB : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<CodeBBirthYear>("form");
        QTest::addColumn<int>("expiryYear");
        QTest::addColumn<QByteArray>("securityCode");
        QTest::addColumn<QByteArray>("expected"); // empty: refused
        const auto W = CodeBBirthYear::Wareki;
        const auto G = CodeBBirthYear::Western;
        QTest::newRow("ref §4.6 card, 和暦")
            << QDate(1980, 2, 17) << W << 2035 << QByteArray("2285") << QByteArray("55021720352285");
        QTest::newRow("same card face in 西暦")
            << QDate(1980, 2, 17) << G << 2035 << QByteArray("2285") << QByteArray("80021720352285");
        QTest::newRow("demo persona, 和暦")
            << QDate(1985, 4, 12) << W << 2034 << QByteArray("2468") << QByteArray("60041220342468");
        QTest::newRow("平成元年 (1 is written 01)")
            << QDate(1989, 1, 8) << W << 2030 << QByteArray("0001") << QByteArray("01010820300001");
        QTest::newRow("last day of 昭和")
            << QDate(1989, 1, 7) << W << 2030 << QByteArray("0001") << QByteArray("64010720300001");
        QTest::newRow("令和 birth") << QDate(2020, 1, 1) << W << 2025 << QByteArray("9999")
                                    << QByteArray("02010120259999");
        QTest::newRow("西暦 2000s birth")
            << QDate(2003, 11, 5) << G << 2031 << QByteArray("4321") << QByteArray("03110520314321");
        QTest::newRow("西暦 before 明治 is fine")
            << QDate(1867, 5, 6) << G << 2030 << QByteArray("1111") << QByteArray("67050620301111");
        QTest::newRow("error: 和暦 before 明治")
            << QDate(1867, 5, 6) << W << 2030 << QByteArray("1111") << QByteArray();
        QTest::newRow("error: no birth date") << QDate() << W << 2030 << QByteArray("1111") << QByteArray();
        QTest::newRow("error: 3-digit code") << QDate(1980, 2, 17) << W << 2035 << QByteArray("228") << QByteArray();
        QTest::newRow("error: letter in code") << QDate(1980, 2, 17) << G << 2035 << QByteArray("22a5") << QByteArray();
        QTest::newRow("error: 2-digit expiry year")
            << QDate(1980, 2, 17) << W << 35 << QByteArray("2285") << QByteArray();
    }

    void build()
    {
        QFETCH(QDate, birth);
        QFETCH(CodeBBirthYear, form);
        QFETCH(int, expiryYear);
        QFETCH(QByteArray, securityCode);
        QFETCH(QByteArray, expected);
        const auto code = codeBFromCardFace(birth, form, expiryYear, securityCode);
        if (expected.isEmpty()) {
            QVERIFY(!code);
            return;
        }
        QVERIFY(code);
        QCOMPARE(code->bytes(), expected);
        QCOMPARE(code->size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestCodeB)
#include "TestCodeB.moc"
