#include "forms/Wareki.h"

#include "forms/JapaneseText.h"

#include <QRegularExpression>

#include <array>

namespace kakanai::forms {

namespace {

struct EraInfo
{
    Era era;
    char16_t kanji[3];
    char letter;
    int startYear;
    int startMonth;
    int startDay;
};

// In order; each era ends the day before the next one starts.
constexpr std::array<EraInfo, 5> Eras = {{
    {Era::Meiji, u"明治", 'M', 1868, 1, 25},
    {Era::Taisho, u"大正", 'T', 1912, 7, 30},
    {Era::Showa, u"昭和", 'S', 1926, 12, 25},
    {Era::Heisei, u"平成", 'H', 1989, 1, 8},
    {Era::Reiwa, u"令和", 'R', 2019, 5, 1},
}};

const EraInfo &info(Era era)
{
    return Eras[static_cast<size_t>(era)];
}

QDate startOf(const EraInfo &e)
{
    return QDate(e.startYear, e.startMonth, e.startDay);
}

std::optional<Era> eraFromText(const QString &token)
{
    for (const EraInfo &e : Eras) {
        const QString name = QString::fromUtf16(e.kanji, 2);
        if (token == name || token == name.left(1) ||
            token.compare(QString(QLatin1Char(e.letter)), Qt::CaseInsensitive) == 0) {
            return e.era;
        }
    }
    return std::nullopt;
}

std::optional<int> numberFromText(const QString &token)
{
    if (token == QStringLiteral("元")) {
        return 1;
    }
    bool ok = false;
    const int value = token.toInt(&ok);
    if (ok) {
        return value;
    }
    return text::kanjiNumeralValue(token);
}

QString formatWith(QDate date, bool fullWidth)
{
    const auto w = toWareki(date);
    if (!w) {
        return QString();
    }
    auto number = [fullWidth](int n) {
        QString digits = QString::number(n);
        if (fullWidth) {
            for (QChar &c : digits) {
                c = QChar(char16_t(c.unicode() - u'0' + 0xFF10));
            }
        }
        return digits;
    };
    const QString year = w->year == 1 ? QStringLiteral("元") : number(w->year);
    return eraName(w->era) + year + QStringLiteral("年") + number(w->month) + QStringLiteral("月") + number(w->day) +
           QStringLiteral("日");
}

} // namespace

QString eraName(Era era)
{
    return QString::fromUtf16(info(era).kanji, 2);
}

QChar eraLetter(Era era)
{
    return QLatin1Char(info(era).letter);
}

QDate eraStart(Era era)
{
    return startOf(info(era));
}

std::optional<Era> eraOn(QDate date)
{
    if (!date.isValid()) {
        return std::nullopt;
    }
    for (auto it = Eras.rbegin(); it != Eras.rend(); ++it) {
        if (date >= startOf(*it)) {
            return it->era;
        }
    }
    return std::nullopt;
}

std::optional<WarekiDate> toWareki(QDate date)
{
    const auto era = eraOn(date);
    if (!era) {
        return std::nullopt;
    }
    WarekiDate w;
    w.era = *era;
    w.year = date.year() - info(*era).startYear + 1;
    w.month = date.month();
    w.day = date.day();
    return w;
}

QString formatWareki(QDate date)
{
    return formatWith(date, false);
}

QString formatWarekiFullWidth(QDate date)
{
    return formatWith(date, true);
}

QString formatFiscalYear(int gregorianYear)
{
    // A fiscal year is named after the latest era that began in or before its Gregorian year and by its last
    // day (31 March): FY2019 (1 April 2019 – 31 March 2020) is 令和元年度 as the government renamed it, FY1988 is
    // 昭和63年度 although 平成 began before its end, because 平成 counts from 1989.
    const QDate lastDay(gregorianYear + 1, 3, 31);
    for (auto it = Eras.rbegin(); it != Eras.rend(); ++it) {
        if (it->startYear <= gregorianYear && startOf(*it) <= lastDay) {
            const int year = gregorianYear - it->startYear + 1;
            return eraName(it->era) + (year == 1 ? QStringLiteral("元") : QString::number(year)) +
                   QStringLiteral("年度");
        }
    }
    return QString();
}

Result<QDate> parseWareki(QStringView input)
{
    // NFKC turns full-width digits and letters into ASCII and the era ligatures (㍻ …) into their two kanji.
    QString textIn = input.toString().normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^(明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHRmtshr])\\s*\\.?\\s*"
                       "(元|[0-9]{1,3}|[〇一二三四五六七八九十]+)\\s*(?:年|[./-])\\s*"
                       "([0-9]{1,2}|[〇一二三四五六七八九十]+)\\s*(?:月|[./-])\\s*"
                       "([0-9]{1,2}|[〇一二三四五六七八九十]+)\\s*日?$"));
    const auto m = pattern.match(textIn);
    if (!m.hasMatch()) {
        return FormsError::make(FormsErrorCode::InvalidDate, {}, {}, QStringLiteral("not a 和暦 date"));
    }
    const auto era = eraFromText(m.captured(1));
    const auto year = numberFromText(m.captured(2));
    const auto month = numberFromText(m.captured(3));
    const auto day = numberFromText(m.captured(4));
    if (!era || !year || !month || !day || *year < 1) {
        return FormsError::make(FormsErrorCode::InvalidDate, {}, {}, QStringLiteral("unreadable number"));
    }
    const EraInfo &e = info(*era);
    const QDate date(e.startYear + *year - 1, *month, *day);
    if (!date.isValid()) {
        return FormsError::make(FormsErrorCode::InvalidDate, {}, {}, QStringLiteral("no such day"));
    }
    if (eraOn(date) != era) {
        return FormsError::make(FormsErrorCode::DateOutsideEra, {}, {}, QStringLiteral("date outside its era"));
    }
    return date;
}

} // namespace kakanai::forms
