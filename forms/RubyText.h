#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Ruby (furigana) markup inside translated strings: 「{住民票|じゅうみんひょう}を もらう」. やさしい日本語 writes
// official terms in kanji, so that a resident can match them to the paper, with their reading above. The markup is
// `{base|reading}`: neither part may be empty or hold '{', '}' or '|'; anything else between braces (or a brace
// without its partner) is not markup and stays as literal text, so a malformed entry is shown, never lost. Qt's
// %1 arguments are untouched (they may sit inside the base or around the markup).
//
// One parser for every consumer: the kiosk's labels and buttons draw the runs, the printer draws them on the slip
// (the PDF text layer holds the base text only), and every plain-text use (logs, accessible names, the Request,
// other languages) takes stripRuby().
namespace kakanai::forms::ruby {

struct RubyRun
{
    QString base;
    QString reading; // empty: plain text without ruby

    bool operator==(const RubyRun &) const = default;
};

// The text as runs; adjacent plain text is one run. Empty text gives no runs.
QList<RubyRun> parseRuby(QStringView markup);
// The base text only: 「住民票を もらう」.
QString stripRuby(QStringView markup);
// True when the text holds at least one well-formed ruby term.
bool hasRuby(QStringView markup);
// The markup of runs (the inverse of parseRuby for well-formed input).
QString toMarkup(const QList<RubyRun> &runs);

} // namespace kakanai::forms::ruby
