#pragma once

#include "forms/FormsError.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// 和暦 (Japanese era calendar) for 明治, 大正, 昭和, 平成 and 令和. Dates are stored as Gregorian QDate everywhere;
// 和暦 is a display and input format only.
//
// Era boundaries (first day of each era, Gregorian):
//   明治 1868-01-25, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01.
// 明治: the era was proclaimed on 1868-10-23 (慶応4年9月8日) and applied retroactively from 慶応4年1月1日 of the
// lunisolar calendar, which is Gregorian 1868-01-25; Japan switched to the Gregorian calendar only on
// 明治6年1月1日 (1873-01-01). Like most converters (and 住民記録 systems, which hold no earlier birth dates), we map
// Gregorian dates from 1868-01-25 onward to 明治 with the Gregorian month and day, and refuse earlier dates. So
// 明治元年1月25日 here means Gregorian 1868-01-25, not the lunisolar day of that name.
namespace kakanai::forms {

enum class Era
{
    Meiji,
    Taisho,
    Showa,
    Heisei,
    Reiwa,
};

struct WarekiDate
{
    Era era = Era::Reiwa;
    int year = 1; // 1 = 元年
    int month = 1;
    int day = 1;

    friend bool operator==(const WarekiDate &, const WarekiDate &) = default;
};

// 明治 …, the letter M/T/S/H/R, the first day of the era, and the Gregorian year of its 元年.
QString eraName(Era era);
QChar eraLetter(Era era);
QDate eraStart(Era era);
// The era in force on the given day; nullopt before 1868-01-25 or for an invalid date.
std::optional<Era> eraOn(QDate date);

std::optional<WarekiDate> toWareki(QDate date);

// "令和元年5月1日" (元年 for year 1, half-width digits without padding, as printed forms write it).
// Empty for dates before 明治.
QString formatWareki(QDate date);
// "令和元年5月1日" with full-width digits (令和元年５月１日), for printed forms that want them.
QString formatWarekiFullWidth(QDate date);
// 年度 label of the fiscal year that starts on 1 April of gregorianYear (2019 → 令和元年度, 1988 → 昭和63年度,
// 1989 → 平成元年度). Empty before 明治.
QString formatFiscalYear(int gregorianYear);

// Parses 和暦 text back to a date. Accepts era names (令和), one-character abbreviations (令), letters (R, r),
// era ligatures (㋿ ㍻ ㍼ ㍽ ㍾), 元年 or a number, full-width or half-width digits, kanji numerals, and the
// separators 年月日 or . / - with optional spaces: 令和元年5月1日, 令和１年５月１日, R1.5.1, H31/04/30,
// 平成三十一年四月三十日. Errors: InvalidDate (unreadable or a day that does not exist), DateOutsideEra
// (平成31年5月1日, 令和元年4月30日).
Result<QDate> parseWareki(QStringView text);

} // namespace kakanai::forms
