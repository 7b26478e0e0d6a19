#include "app/core/KanaComposer.h"

#include <QHash>

#include <algorithm>

namespace kakanai::kiosk {

namespace {

constexpr char16_t HiraganaFirst = u'ぁ'; // U+3041
constexpr char16_t HiraganaLast = u'ゖ';  // U+3096
constexpr int KatakanaOffset = 0x60;      // ァ (U+30A1) − ぁ (U+3041)

// Kana and their marked forms, pairwise.
const QString &plainForDakuten()
{
    static const QString s = QStringLiteral("かきくけこさしすせそたちつてとはひふへほう");
    return s;
}
const QString &withDakuten()
{
    static const QString s = QStringLiteral("がぎぐげござじずぜぞだぢづでどばびぶべぼゔ");
    return s;
}
const QString &plainForHandakuten()
{
    static const QString s = QStringLiteral("はひふへほ");
    return s;
}
const QString &withHandakuten()
{
    static const QString s = QStringLiteral("ぱぴぷぺぽ");
    return s;
}
const QString &largeKana()
{
    static const QString s = QStringLiteral("あいうえおやゆよつわ");
    return s;
}
const QString &smallKana()
{
    static const QString s = QStringLiteral("ぁぃぅぇぉゃゅょっゎ");
    return s;
}

// Hepburn and 訓令式 romaji as typed on Japanese IMEs (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, x- and l- for small
// kana, nn for ん). Built from rows so that the table is short to read.
QHash<QString, QString> buildRomajiTable()
{
    QHash<QString, QString> t;
    const QString vowels = QStringLiteral("aiueo");
    auto row = [&](const QString &consonant, const QStringList &kana) {
        for (int i = 0; i < 5; ++i) {
            if (!kana.at(i).isEmpty()) {
                t.insert(consonant + vowels.at(i), kana.at(i));
            }
        }
    };
    auto split = [](const QString &s) { return s.split(u' '); };
    row(QString(), split(QStringLiteral("あ い う え お")));
    row(QStringLiteral("k"), split(QStringLiteral("か き く け こ")));
    row(QStringLiteral("s"), split(QStringLiteral("さ し す せ そ")));
    row(QStringLiteral("t"), split(QStringLiteral("た ち つ て と")));
    row(QStringLiteral("n"), split(QStringLiteral("な に ぬ ね の")));
    row(QStringLiteral("h"), split(QStringLiteral("は ひ ふ へ ほ")));
    row(QStringLiteral("m"), split(QStringLiteral("ま み む め も")));
    row(QStringLiteral("y"), split(QStringLiteral("や い ゆ いぇ よ")));
    row(QStringLiteral("r"), split(QStringLiteral("ら り る れ ろ")));
    row(QStringLiteral("l"), split(QStringLiteral("ぁ ぃ ぅ ぇ ぉ")));
    row(QStringLiteral("x"), split(QStringLiteral("ぁ ぃ ぅ ぇ ぉ")));
    row(QStringLiteral("w"), split(QStringLiteral("わ うぃ う うぇ を")));
    row(QStringLiteral("g"), split(QStringLiteral("が ぎ ぐ げ ご")));
    row(QStringLiteral("z"), split(QStringLiteral("ざ じ ず ぜ ぞ")));
    row(QStringLiteral("d"), split(QStringLiteral("だ ぢ づ で ど")));
    row(QStringLiteral("b"), split(QStringLiteral("ば び ぶ べ ぼ")));
    row(QStringLiteral("p"), split(QStringLiteral("ぱ ぴ ぷ ぺ ぽ")));
    row(QStringLiteral("f"), split(QStringLiteral("ふぁ ふぃ ふ ふぇ ふぉ")));
    row(QStringLiteral("v"), split(QStringLiteral("ゔぁ ゔぃ ゔ ゔぇ ゔぉ")));
    row(QStringLiteral("j"), split(QStringLiteral("じゃ じ じゅ じぇ じょ")));
    row(QStringLiteral("sh"), split(QStringLiteral("しゃ し しゅ しぇ しょ")));
    row(QStringLiteral("ch"), split(QStringLiteral("ちゃ ち ちゅ ちぇ ちょ")));
    row(QStringLiteral("ts"), split(QStringLiteral("つぁ つぃ つ つぇ つぉ")));
    row(QStringLiteral("th"), split(QStringLiteral("てゃ てぃ てゅ てぇ てょ")));
    row(QStringLiteral("dh"), split(QStringLiteral("でゃ でぃ でゅ でぇ でょ")));
    row(QStringLiteral("ly"), split(QStringLiteral("ゃ ぃ ゅ ぇ ょ")));
    row(QStringLiteral("xy"), split(QStringLiteral("ゃ ぃ ゅ ぇ ょ")));
    // The ゃ・ゅ・ょ rows: consonant + y + vowel after the consonant's い-kana.
    const QList<std::pair<QString, QString>> palatal = {
        {QStringLiteral("k"), QStringLiteral("き")}, {QStringLiteral("s"), QStringLiteral("し")},
        {QStringLiteral("t"), QStringLiteral("ち")}, {QStringLiteral("c"), QStringLiteral("ち")},
        {QStringLiteral("n"), QStringLiteral("に")}, {QStringLiteral("h"), QStringLiteral("ひ")},
        {QStringLiteral("m"), QStringLiteral("み")}, {QStringLiteral("r"), QStringLiteral("り")},
        {QStringLiteral("g"), QStringLiteral("ぎ")}, {QStringLiteral("z"), QStringLiteral("じ")},
        {QStringLiteral("j"), QStringLiteral("じ")}, {QStringLiteral("d"), QStringLiteral("ぢ")},
        {QStringLiteral("b"), QStringLiteral("び")}, {QStringLiteral("p"), QStringLiteral("ぴ")},
    };
    for (const auto &[consonant, kana] : palatal) {
        row(consonant + u'y', {kana + u'ゃ', kana + u'ぃ', kana + u'ゅ', kana + u'ぇ', kana + u'ょ'});
    }
    t.insert(QStringLiteral("shi"), QStringLiteral("し"));
    t.insert(QStringLiteral("chi"), QStringLiteral("ち"));
    t.insert(QStringLiteral("tsu"), QStringLiteral("つ"));
    t.insert(QStringLiteral("xtu"), QStringLiteral("っ"));
    t.insert(QStringLiteral("ltu"), QStringLiteral("っ"));
    t.insert(QStringLiteral("xtsu"), QStringLiteral("っ"));
    t.insert(QStringLiteral("xwa"), QStringLiteral("ゎ"));
    t.insert(QStringLiteral("lwa"), QStringLiteral("ゎ"));
    t.insert(QStringLiteral("nn"), QStringLiteral("ん"));
    t.insert(QStringLiteral("n'"), QStringLiteral("ん"));
    t.insert(QStringLiteral("-"), QStringLiteral("ー"));
    t.insert(QStringLiteral(","), QStringLiteral("、"));
    t.insert(QStringLiteral("."), QStringLiteral("。"));
    return t;
}

const QHash<QString, QString> &romajiTable()
{
    static const QHash<QString, QString> table = buildRomajiTable();
    return table;
}

bool isRomajiPrefix(const QString &s)
{
    const QHash<QString, QString> &table = romajiTable();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (it.key().size() > s.size() && it.key().startsWith(s)) {
            return true;
        }
    }
    return false;
}

bool isVowel(QChar c)
{
    return QStringLiteral("aiueo").contains(c);
}

// The other form of `c` in `from`/`to` (either direction), or a null QChar.
QChar toggled(QChar c, const QString &from, const QString &to)
{
    if (const qsizetype i = from.indexOf(c); i >= 0) {
        return to.at(i);
    }
    if (const qsizetype i = to.indexOf(c); i >= 0) {
        return from.at(i);
    }
    return {};
}

} // namespace

KanaComposer::KanaComposer(KanaConverter *converter, QObject *parent)
    : QObject(parent)
    , m_converter(converter)
{}

KanaComposer::~KanaComposer()
{
    clear();
}

QString KanaComposer::toKatakana(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= HiraganaFirst && c.unicode() <= HiraganaLast) {
            c = QChar(char16_t(c.unicode() + KatakanaOffset));
        }
    }
    return out;
}

QString KanaComposer::toHiragana(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= HiraganaFirst + KatakanaOffset && c.unicode() <= HiraganaLast + KatakanaOffset) {
            c = QChar(char16_t(c.unicode() - KatakanaOffset));
        }
    }
    return out;
}

void KanaComposer::setOutput(Output output)
{
    if (m_output == output) {
        return;
    }
    commit();
    m_output = output;
    Q_EMIT changed();
}

void KanaComposer::typeKana(const QString &kana)
{
    if (isConverting()) {
        commit();
    }
    flushRomaji(true);
    m_reading += toHiragana(kana);
    Q_EMIT changed();
}

bool KanaComposer::typeRomaji(QChar key)
{
    const QChar c = key.toLower();
    if (!((c >= u'a' && c <= u'z') || c == u'-' || c == u'\'' || c == u',' || c == u'.')) {
        return false;
    }
    if (isConverting()) {
        commit();
    }
    m_romaji += c;
    flushRomaji(false);
    Q_EMIT changed();
    return true;
}

// Turns the romaji typed so far into kana where it is complete: a table entry, a doubled consonant (っ), an n
// before a consonant (ん). `final`: nothing more is coming (convert, commit), so a lone n is ん and any rest stays
// as typed.
void KanaComposer::flushRomaji(bool final)
{
    const QHash<QString, QString> &table = romajiTable();
    while (!m_romaji.isEmpty()) {
        const auto it = table.constFind(m_romaji);
        const bool longerPossible = isRomajiPrefix(m_romaji);
        if (it != table.cend() && (!longerPossible || final)) {
            m_reading += it.value();
            m_romaji.clear();
            break;
        }
        if (longerPossible && !final) {
            break; // wait for the next key
        }
        const QChar first = m_romaji.at(0);
        const QChar second = m_romaji.size() >= 2 ? m_romaji.at(1) : QChar();
        if ((first == second && first != u'n' && !isVowel(first) && first.isLetter()) ||
            (first == u't' && second == u'c')) {
            m_reading += u'っ'; // kk, tt, ss …; tch as in matcha
            m_romaji.remove(0, 1);
            continue;
        }
        if (first == u'n' && (!second.isNull() || final)) {
            m_reading += u'ん';
            m_romaji.remove(0, 1);
            continue;
        }
        // Not romaji: kept as typed (a staff member's Latin letter inside a kana word).
        m_reading += first;
        m_romaji.remove(0, 1);
    }
}

bool KanaComposer::applyMark(Mark mark)
{
    if (isConverting() || m_reading.isEmpty() || !m_romaji.isEmpty()) {
        return false;
    }
    const QChar last = m_reading.back();
    QChar result;
    switch (mark) {
    case Mark::Dakuten:
        result = toggled(last, plainForDakuten(), withDakuten());
        break;
    case Mark::Handakuten:
        result = toggled(last, plainForHandakuten(), withHandakuten());
        if (result.isNull()) {
            // ば → ぱ: from the voiced form to the semi-voiced one.
            if (const qsizetype i = withDakuten().indexOf(last); i >= 0) {
                const QChar plain = plainForDakuten().at(i);
                if (const qsizetype j = plainForHandakuten().indexOf(plain); j >= 0) {
                    result = withHandakuten().at(j);
                }
            }
        }
        break;
    case Mark::Small:
        result = toggled(last, largeKana(), smallKana());
        break;
    }
    if (result.isNull()) {
        return false;
    }
    m_reading.back() = result;
    Q_EMIT changed();
    return true;
}

bool KanaComposer::backspace()
{
    if (isConverting()) {
        cancel();
        return true;
    }
    if (!m_romaji.isEmpty()) {
        m_romaji.chop(1);
    } else if (!m_reading.isEmpty()) {
        m_reading.chop(1);
    } else {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool KanaComposer::convert()
{
    flushRomaji(true);
    if (!canConvert() || m_reading.isEmpty()) {
        Q_EMIT changed();
        return false;
    }
    if (isConverting()) {
        const ConversionSegment &s = m_segments.at(m_focus);
        m_chosen[m_focus] = (m_chosen.at(m_focus) + 1) % int(s.candidates.size());
        Q_EMIT changed();
        return true;
    }
    const QList<ConversionSegment> segments = m_converter->convert(m_reading);
    if (segments.isEmpty()) {
        Q_EMIT changed();
        return false;
    }
    m_focus = 0;
    setSegments(segments);
    return true;
}

void KanaComposer::setSegments(const QList<ConversionSegment> &segments)
{
    m_segments = segments;
    m_chosen = QList<int>(segments.size(), 0);
    m_focus = std::clamp(m_focus, 0, int(segments.size()) - 1);
    Q_EMIT changed();
}

void KanaComposer::selectCandidate(int index)
{
    if (!isConverting() || index < 0 || index >= m_segments.at(m_focus).candidates.size()) {
        return;
    }
    m_chosen[m_focus] = index;
    Q_EMIT changed();
}

void KanaComposer::focusSegment(int index)
{
    if (!isConverting() || index < 0 || index >= m_segments.size() || index == m_focus) {
        return;
    }
    m_focus = index;
    Q_EMIT changed();
}

void KanaComposer::resizeFocused(int delta)
{
    if (!isConverting() || !m_converter) {
        return;
    }
    const QList<ConversionSegment> segments = m_converter->resizeSegment(m_focus, delta);
    if (!segments.isEmpty()) {
        setSegments(segments);
    }
}

int KanaComposer::chosenCandidate(int segment) const
{
    return segment >= 0 && segment < m_chosen.size() ? m_chosen.at(segment) : -1;
}

QString KanaComposer::convertedText() const
{
    QString out;
    for (int i = 0; i < m_segments.size(); ++i) {
        out += m_segments.at(i).candidates.value(m_chosen.at(i), m_segments.at(i).reading);
    }
    return out;
}

QString KanaComposer::preedit() const
{
    if (isConverting()) {
        return convertedText();
    }
    const QString reading = m_output == Output::Katakana ? toKatakana(m_reading) : m_reading;
    return reading + m_romaji;
}

int KanaComposer::focusStart() const
{
    int start = 0;
    for (int i = 0; i < m_focus && i < m_segments.size(); ++i) {
        start += int(m_segments.at(i).candidates.value(m_chosen.at(i)).size());
    }
    return isConverting() ? start : 0;
}

int KanaComposer::focusLength() const
{
    return isConverting() ? int(m_segments.at(m_focus).candidates.value(m_chosen.at(m_focus)).size()) : 0;
}

void KanaComposer::commit()
{
    flushRomaji(true);
    const QString text = preedit();
    m_reading.clear();
    m_romaji.clear();
    m_segments.clear();
    m_chosen.clear();
    m_focus = 0;
    if (m_converter) {
        m_converter->reset();
    }
    if (!text.isEmpty()) {
        Q_EMIT committed(text);
    }
    Q_EMIT changed();
}

void KanaComposer::cancel()
{
    if (isConverting()) {
        m_segments.clear();
        m_chosen.clear();
        m_focus = 0;
        if (m_converter) {
            m_converter->reset();
        }
    } else {
        m_reading.clear();
        m_romaji.clear();
    }
    Q_EMIT changed();
}

void KanaComposer::clear()
{
    m_reading.fill(QChar(u'\0'));
    m_reading.clear();
    m_romaji.clear();
    m_segments.clear();
    m_chosen.clear();
    m_focus = 0;
    if (m_converter) {
        m_converter->reset();
    }
}

} // namespace kakanai::kiosk
