#include "forms/RubyText.h"

namespace kakanai::forms::ruby {

namespace {

// The term starting at `open` (a '{'): its base and reading and the index after its '}', or false when the brace
// does not open well-formed markup.
bool readTerm(QStringView s, qsizetype open, RubyRun &term, qsizetype &end)
{
    qsizetype bar = -1;
    for (qsizetype i = open + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('|')) {
            if (bar >= 0) {
                return false;
            }
            bar = i;
        } else if (c == QLatin1Char('}')) {
            if (bar < 0 || bar == open + 1 || bar == i - 1) {
                return false;
            }
            term.base = s.mid(open + 1, bar - open - 1).toString();
            term.reading = s.mid(bar + 1, i - bar - 1).toString();
            end = i + 1;
            return true;
        } else if (c == QLatin1Char('{')) {
            return false;
        }
    }
    return false;
}

} // namespace

QList<RubyRun> parseRuby(QStringView markup)
{
    QList<RubyRun> runs;
    QString plain;
    qsizetype i = 0;
    while (i < markup.size()) {
        if (markup.at(i) == QLatin1Char('{')) {
            RubyRun term;
            qsizetype end = 0;
            if (readTerm(markup, i, term, end)) {
                if (!plain.isEmpty()) {
                    runs.append({plain, QString()});
                    plain.clear();
                }
                runs.append(term);
                i = end;
                continue;
            }
        }
        plain.append(markup.at(i));
        ++i;
    }
    if (!plain.isEmpty()) {
        runs.append({plain, QString()});
    }
    return runs;
}

QString stripRuby(QStringView markup)
{
    if (!markup.contains(QLatin1Char('{'))) {
        return markup.toString();
    }
    QString out;
    out.reserve(markup.size());
    for (const RubyRun &run : parseRuby(markup)) {
        out += run.base;
    }
    return out;
}

bool hasRuby(QStringView markup)
{
    if (!markup.contains(QLatin1Char('{'))) {
        return false;
    }
    for (const RubyRun &run : parseRuby(markup)) {
        if (!run.reading.isEmpty()) {
            return true;
        }
    }
    return false;
}

QString toMarkup(const QList<RubyRun> &runs)
{
    QString out;
    for (const RubyRun &run : runs) {
        if (run.reading.isEmpty()) {
            out += run.base;
        } else {
            out += QLatin1Char('{') + run.base + QLatin1Char('|') + run.reading + QLatin1Char('}');
        }
    }
    return out;
}

} // namespace kakanai::forms::ruby
