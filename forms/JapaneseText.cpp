#include "forms/JapaneseText.h"

#include <QRegularExpression>

#include <array>

namespace kakanai::forms::text {

namespace {

// Half-width katakana U+FF61..U+FF9F to their full-width forms (JIS X 0201 katakana to JIS X 0208).
constexpr std::array<char16_t, 0x3F> HalfwidthKatakana = {
    u'。', u'「', u'」', u'、', u'・', u'ヲ', u'ァ', u'ィ', u'ゥ', u'ェ', u'ォ', u'ャ', u'ュ', u'ョ', u'ッ', u'ー',
    u'ア', u'イ', u'ウ', u'エ', u'オ', u'カ', u'キ', u'ク', u'ケ', u'コ', u'サ', u'シ', u'ス', u'セ', u'ソ', u'タ',
    u'チ', u'ツ', u'テ', u'ト', u'ナ', u'ニ', u'ヌ', u'ネ', u'ノ', u'ハ', u'ヒ', u'フ', u'ヘ', u'ホ', u'マ', u'ミ',
    u'ム', u'メ', u'モ', u'ヤ', u'ユ', u'ヨ', u'ラ', u'リ', u'ル', u'レ', u'ロ', u'ワ', u'ン', u'゛', u'゜',
};

constexpr char16_t HalfwidthVoiced = 0xFF9E;     // ﾞ
constexpr char16_t HalfwidthSemiVoiced = 0xFF9F; // ﾟ

// Full-width katakana that take a voiced mark by adding one to the code point (カ→ガ … ト→ド, ハ→バ … ホ→ボ).
bool takesVoicedMark(char16_t kana)
{
    return (kana >= u'カ' && kana <= u'チ' && (kana - u'カ') % 2 == 0) || kana == u'ツ' || kana == u'テ' ||
           kana == u'ト' || (kana >= u'ハ' && kana <= u'ホ' && (kana - u'ハ') % 3 == 0);
}

bool takesSemiVoicedMark(char16_t kana)
{
    return kana >= u'ハ' && kana <= u'ホ' && (kana - u'ハ') % 3 == 0;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int kanjiDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
    case u'壱':
        return 1;
    case u'二':
    case u'弐':
        return 2;
    case u'三':
    case u'参':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

int kanjiUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
    case u'拾':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

} // namespace

FoldedText foldWidth(QStringView in)
{
    FoldedText out;
    out.text.reserve(in.size());
    out.source.reserve(in.size() + 1);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char16_t c = in[i].unicode();
        if (c >= 0xFF01 && c <= 0xFF5E) {
            out.text.append(QChar(char16_t(c - 0xFF01 + 0x21)));
        } else if (c == 0x3000) {
            out.text.append(QLatin1Char(' '));
        } else if (c >= 0xFF61 && c <= 0xFF9F) {
            const char16_t full = HalfwidthKatakana[c - 0xFF61];
            const char16_t next = i + 1 < in.size() ? in[i + 1].unicode() : 0;
            if (next == HalfwidthVoiced && full == u'ウ') {
                out.text.append(QChar(u'ヴ'));
                out.source.append(i);
                ++i;
                continue;
            }
            if (next == HalfwidthVoiced && takesVoicedMark(full)) {
                out.text.append(QChar(char16_t(full + 1)));
                out.source.append(i);
                ++i;
                continue;
            }
            if (next == HalfwidthSemiVoiced && takesSemiVoicedMark(full)) {
                out.text.append(QChar(char16_t(full + 2)));
                out.source.append(i);
                ++i;
                continue;
            }
            out.text.append(QChar(full));
        } else {
            out.text.append(in[i]);
        }
        out.source.append(i);
    }
    out.source.append(in.size());
    return out;
}

bool isHyphenLike(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
    case 0x2012: // ‒ figure dash
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2015: // ― horizontal bar (JIS X 0208 1-29 in Shift_JIS tables)
    case 0x2212: // − minus sign (JIS X 0208 1-61 as mapped by most converters)
    case 0xFF0D: // － full-width hyphen-minus (cp932's mapping of 1-61; what the card uses)
    case 0xFE63: // ﹣ small hyphen-minus
        return true;
    default:
        return false;
    }
}

std::optional<int> kanjiNumeralValue(QStringView numeral)
{
    if (numeral.isEmpty()) {
        return std::nullopt;
    }
    // Positional form (二〇二四, 一〇五) when it has no unit characters.
    bool hasUnit = false;
    for (const QChar c : numeral) {
        if (kanjiUnit(c) != 0) {
            hasUnit = true;
        } else if (kanjiDigit(c) < 0) {
            return std::nullopt;
        }
    }
    if (!hasUnit) {
        if (numeral.size() > 6) {
            return std::nullopt;
        }
        int value = 0;
        for (const QChar c : numeral) {
            value = value * 10 + kanjiDigit(c);
        }
        return value;
    }
    // Traditional form: each unit multiplies the digit before it (or 1), units strictly decreasing.
    int total = 0;
    int pending = -1;
    int lastUnit = 10000;
    for (const QChar c : numeral) {
        const int unit = kanjiUnit(c);
        if (unit == 0) {
            if (pending >= 0) {
                return std::nullopt; // two digits in a row in the traditional form (二三十)
            }
            pending = kanjiDigit(c);
            continue;
        }
        if (unit >= lastUnit || pending == 0) {
            return std::nullopt;
        }
        total += (pending < 0 ? 1 : pending) * unit;
        pending = -1;
        lastUnit = unit;
    }
    if (pending > 0) {
        total += pending;
    }
    return total;
}

std::optional<QString> asciiDigits(QStringView in)
{
    const QString narrow = toNarrow(in);
    for (const QChar c : narrow) {
        if (!isAsciiDigit(c)) {
            return std::nullopt;
        }
    }
    return narrow;
}

FoldedText foldName(QStringView in)
{
    FoldedText folded = foldWidth(in);
    for (qsizetype i = 0; i < folded.text.size(); ++i) {
        const QChar c = folded.text[i];
        if (c == QChar(u'ヶ') || c == QChar(u'ヵ')) {
            folded.text[i] = QChar(u'ケ');
        } else if (isHyphenLike(c)) {
            folded.text[i] = QLatin1Char('-');
        } else if ((c == QChar(u'ー')) && i > 0 && i + 1 < folded.text.size() && isAsciiDigit(folded.text[i - 1]) &&
                   isAsciiDigit(folded.text[i + 1])) {
            folded.text[i] = QLatin1Char('-');
        }
    }
    return folded;
}

QString addressComparisonKey(QStringView address)
{
    QString key = foldName(address).text;
    key.remove(QRegularExpression(QStringLiteral("\\s+")));

    // Kanji numerals that count 丁目・番地・番・号 become digits. A 番 must be followed by a digit, 地, 号, a
    // hyphen or the end, so that town names such as 一番町 (仙台市) keep their kanji.
    static const QRegularExpression kanjiCount(
        QStringLiteral("([〇一二三四五六七八九十百千壱弐参拾]+)(?=丁目|番地|番(?=[0-9号の-]|$)|号)"));
    QString converted;
    qsizetype last = 0;
    auto it = kanjiCount.globalMatch(key);
    while (it.hasNext()) {
        const auto m = it.next();
        converted += QStringView(key).mid(last, m.capturedStart(1) - last);
        const auto value = kanjiNumeralValue(m.capturedView(1));
        converted += value ? QString::number(*value) : m.captured(1);
        last = m.capturedEnd(1);
    }
    converted += QStringView(key).mid(last);
    key = converted;

    // 丁目・番地・番・号・の between two numbers become one hyphen; trailing ones after the last number go.
    static const QRegularExpression between(QStringLiteral("(?<=[0-9])(?:丁目|番地|番|号|の|-)+(?=[0-9])"));
    key.replace(between, QStringLiteral("-"));
    static const QRegularExpression trailing(QStringLiteral("(?<=[0-9])(?:丁目|番地|番|号)(?![0-9])"));
    key.replace(trailing, QString());
    return key;
}

} // namespace kakanai::forms::text
