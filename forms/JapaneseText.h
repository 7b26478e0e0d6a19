#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Width, hyphen and numeral folding for Japanese text. Everything here builds *comparison* keys: what is shown,
// printed and queued stays exactly what the card or the resident gave. Only the characters listed below are
// mapped; every other code point, including characters outside JIS X 0208/0213 (𠮷, 﨑, 髙 …) and surrogate
// pairs, passes through unchanged.
namespace kakanai::forms::text {

// Folded text with, for each folded character, the index in the original it came from (plus one trailing entry
// holding the original's length), so that a match found in the folded text can be cut from the original.
struct FoldedText
{
    QString text;
    QList<qsizetype> source;

    // The original span [source[from], source[to]) of the folded span [from, to).
    qsizetype originalIndex(qsizetype foldedIndex) const { return source.value(foldedIndex, source.last()); }
};

// Full-width ASCII (！–～) to ASCII, the ideographic space U+3000 to a space, half-width katakana (ｱ, ｶﾞ, ﾊﾟ,
// ｰ …) to full-width katakana with voiced marks composed.
FoldedText foldWidth(QStringView in);
inline QString toNarrow(QStringView in)
{
    return foldWidth(in).text;
}

// True for the hyphen-like characters people and cards put between address numbers: - ‐ ‑ ‒ – — ― − － ﹣ and,
// only between two digits, the prolonged sound marks ー ｰ (which elsewhere are part of katakana words such as
// センター and must stay).
bool isHyphenLike(QChar c);

// The value of a kanji numeral written the traditional way (〇一二三四五六七八九十百千, also 壱弐参 and 拾 of
// older documents): "二十三" = 23, "百五" = 105. nullopt for anything else or an empty view.
std::optional<int> kanjiNumeralValue(QStringView numeral);

// Only ASCII digits, after width folding; nullopt if anything else remains.
std::optional<QString> asciiDigits(QStringView in);

// Folding used to compare names (prefecture, municipality, town): width, hyphens between digits, and the
// small/large ケ variants of place names (霞ケ関 = 霞ヶ関 = 霞が関 is NOT folded: those are distinct official
// spellings; only ヶ/ケ/ｹ, which Japan Post and the card spell inconsistently, are folded to ケ).
FoldedText foldName(QStringView in);

// The comparison key of a whole address: folded width and hyphens, whitespace removed, kanji numerals before
// 丁目/番地/番/号 turned into digits, and the 丁目・番地・号 spellings canonicalised so that
// "四丁目５番６号", "4丁目5-6", "４－５－６" and "4の5の6" give the same key ("4-5-6"). Never shown.
QString addressComparisonKey(QStringView address);

} // namespace kakanai::forms::text
