// 和暦: Gregorian ↔ era conversion, the exact era boundaries, 元年, full-/half-width input, and errors.
#include "forms/Wareki.h"

#include <QTest>

using namespace kakanai::forms;

class TestWareki : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void boundaries_data();
    void boundaries();
    void everyDayRoundTrips();
    void fiscalYear_data();
    void fiscalYear();
};

void TestWareki::format_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("fullWidth");
    QTest::newRow("reiwa first day is gannen")
        << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日") << QStringLiteral("令和元年５月１日");
    QTest::newRow("heisei last day") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日")
                                     << QStringLiteral("平成３１年４月３０日");
    QTest::newRow("reiwa 2 new year") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日")
                                      << QStringLiteral("令和２年１月１日");
    QTest::newRow("heisei gannen first day")
        << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日") << QStringLiteral("平成元年１月８日");
    QTest::newRow("showa 64 last day") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日")
                                       << QStringLiteral("昭和６４年１月７日");
    QTest::newRow("showa gannen") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日")
                                  << QStringLiteral("昭和元年１２月２５日");
    QTest::newRow("taisho 15 last day") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日")
                                        << QStringLiteral("大正１５年１２月２４日");
    QTest::newRow("taisho gannen") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日")
                                   << QStringLiteral("大正元年７月３０日");
    QTest::newRow("meiji 45 last day") << QDate(1912, 7, 29) << QStringLiteral("明治45年7月29日")
                                       << QStringLiteral("明治４５年７月２９日");
    QTest::newRow("meiji first day") << QDate(1868, 1, 25) << QStringLiteral("明治元年1月25日")
                                     << QStringLiteral("明治元年１月２５日");
    QTest::newRow("error: before meiji") << QDate(1868, 1, 24) << QString() << QString();
    QTest::newRow("error: invalid date") << QDate() << QString() << QString();
}

void TestWareki::format()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QFETCH(QString, fullWidth);
    QCOMPARE(formatWareki(date), expected);
    QCOMPARE(formatWarekiFullWidth(date), fullWidth);
}

void TestWareki::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("gannen kanji") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("year one as digit") << QStringLiteral("令和1年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("full-width digits") << QStringLiteral("令和１年５月１日") << QDate(2019, 5, 1);
    QTest::newRow("spaces between parts") << QStringLiteral(" 令和 元年 5月 1日 ") << QDate(2019, 5, 1);
    QTest::newRow("letter and dots") << QStringLiteral("R1.5.1") << QDate(2019, 5, 1);
    QTest::newRow("lower-case letter") << QStringLiteral("r01.05.01") << QDate(2019, 5, 1);
    QTest::newRow("full-width letter") << QStringLiteral("Ｈ３１．４．３０") << QDate(2019, 4, 30);
    QTest::newRow("slashes") << QStringLiteral("H31/04/30") << QDate(2019, 4, 30);
    QTest::newRow("hyphens") << QStringLiteral("S64-1-7") << QDate(1989, 1, 7);
    QTest::newRow("one-kanji era") << QStringLiteral("平31.4.30") << QDate(2019, 4, 30);
    QTest::newRow("kanji numerals") << QStringLiteral("平成三十一年四月三十日") << QDate(2019, 4, 30);
    QTest::newRow("reiwa ligature") << QStringLiteral("㋿元年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("heisei ligature") << QStringLiteral("㍻元年1月8日") << QDate(1989, 1, 8);
    QTest::newRow("showa ligature") << QStringLiteral("㍼64年1月7日") << QDate(1989, 1, 7);
    QTest::newRow("taisho") << QStringLiteral("大正元年7月30日") << QDate(1912, 7, 30);
    QTest::newRow("meiji first day") << QStringLiteral("明治元年1月25日") << QDate(1868, 1, 25);
    QTest::newRow("leap day heisei 12") << QStringLiteral("平成12年2月29日") << QDate(2000, 2, 29);
}

void TestWareki::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto date = parseWareki(text);
    QVERIFY2(date.ok(), qPrintable(date.ok() ? QString() : date.error().toLogString()));
    QCOMPARE(*date, expected);
}

void TestWareki::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<FormsErrorCode>("code");
    QTest::newRow("error: heisei after its end") << QStringLiteral("平成31年5月1日") << FormsErrorCode::DateOutsideEra;
    QTest::newRow("error: reiwa before its start")
        << QStringLiteral("令和元年4月30日") << FormsErrorCode::DateOutsideEra;
    QTest::newRow("error: showa 64 after 7 jan") << QStringLiteral("昭和64年1月8日") << FormsErrorCode::DateOutsideEra;
    QTest::newRow("error: heisei gannen before 8 jan")
        << QStringLiteral("平成元年1月7日") << FormsErrorCode::DateOutsideEra;
    QTest::newRow("error: meiji before 25 jan") << QStringLiteral("明治元年1月24日") << FormsErrorCode::DateOutsideEra;
    QTest::newRow("error: taisho 16") << QStringLiteral("大正16年1月1日") << FormsErrorCode::DateOutsideEra;
    QTest::newRow("error: no such day") << QStringLiteral("令和5年2月29日") << FormsErrorCode::InvalidDate;
    QTest::newRow("error: month 13") << QStringLiteral("R5.13.1") << FormsErrorCode::InvalidDate;
    QTest::newRow("error: year zero") << QStringLiteral("令和0年5月1日") << FormsErrorCode::InvalidDate;
    QTest::newRow("error: unknown era") << QStringLiteral("慶応3年1月1日") << FormsErrorCode::InvalidDate;
    QTest::newRow("error: gregorian text") << QStringLiteral("2019-05-01") << FormsErrorCode::InvalidDate;
    QTest::newRow("error: empty") << QString() << FormsErrorCode::InvalidDate;
    QTest::newRow("error: trailing garbage") << QStringLiteral("令和元年5月1日です") << FormsErrorCode::InvalidDate;
}

void TestWareki::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(FormsErrorCode, code);
    const auto date = parseWareki(text);
    QVERIFY(!date.ok());
    QCOMPARE(date.error().code, code);
}

void TestWareki::boundaries_data()
{
    QTest::addColumn<Era>("era");
    QTest::addColumn<QDate>("firstDay");
    QTest::newRow("meiji") << Era::Meiji << QDate(1868, 1, 25);
    QTest::newRow("taisho") << Era::Taisho << QDate(1912, 7, 30);
    QTest::newRow("showa") << Era::Showa << QDate(1926, 12, 25);
    QTest::newRow("heisei") << Era::Heisei << QDate(1989, 1, 8);
    QTest::newRow("reiwa") << Era::Reiwa << QDate(2019, 5, 1);
}

// Day by day around each boundary: the era changes exactly on the first day, which is 元年 of the new era.
void TestWareki::boundaries()
{
    QFETCH(Era, era);
    QFETCH(QDate, firstDay);
    QCOMPARE(eraStart(era), firstDay);
    for (int offset = -10; offset <= 10; ++offset) {
        const QDate day = firstDay.addDays(offset);
        const auto w = toWareki(day);
        if (offset < 0) {
            if (era == Era::Meiji) {
                QVERIFY2(!w, qPrintable(day.toString(Qt::ISODate)));
                continue;
            }
            QVERIFY(w);
            QCOMPARE(int(w->era), int(era) - 1);
            QVERIFY(w->year > 1);
        } else {
            QVERIFY(w);
            QCOMPARE(w->era, era);
            // 元年 runs to 31 December: 昭和元年 lasted seven days.
            const int year = day.year() == firstDay.year() ? 1 : 2;
            QCOMPARE(w->year, year);
            QCOMPARE(formatWareki(day).contains(QStringLiteral("元年")), year == 1);
        }
    }
}

// Every day from 明治元年1月25日 to the end of 2100 converts to 和暦 and back to the same day, and the era year
// never goes backwards within an era.
void TestWareki::everyDayRoundTrips()
{
    const QDate last(2100, 12, 31);
    int checked = 0;
    std::optional<WarekiDate> previous;
    for (QDate d(1868, 1, 25); d <= last; d = d.addDays(1)) {
        const QString text = formatWareki(d);
        const auto back = parseWareki(text);
        if (!back || *back != d) {
            QFAIL(qPrintable(QStringLiteral("round trip failed for %1 (%2)").arg(d.toString(Qt::ISODate), text)));
        }
        const auto w = toWareki(d);
        if (previous && previous->era == w->era && w->year < previous->year) {
            QFAIL("era year went backwards");
        }
        previous = w;
        ++checked;
    }
    QCOMPARE(checked, int(QDate(1868, 1, 25).daysTo(last)) + 1);
}

void TestWareki::fiscalYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2019 is reiwa gannen-do") << 2019 << QStringLiteral("令和元年度");
    QTest::newRow("2024") << 2024 << QStringLiteral("令和6年度");
    QTest::newRow("1989 is heisei gannen-do") << 1989 << QStringLiteral("平成元年度");
    QTest::newRow("2018") << 2018 << QStringLiteral("平成30年度");
    QTest::newRow("1988 stays showa") << 1988 << QStringLiteral("昭和63年度");
    QTest::newRow("1912 is taisho gannen-do") << 1912 << QStringLiteral("大正元年度");
    QTest::newRow("error: before meiji") << 1867 << QString();
}

void TestWareki::fiscalYear()
{
    QFETCH(int, year);
    QFETCH(QString, expected);
    QCOMPARE(formatFiscalYear(year), expected);
}

QTEST_GUILESS_MAIN(TestWareki)
#include "TestWareki.moc"
