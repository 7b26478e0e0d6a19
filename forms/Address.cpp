#include "forms/Address.h"

#include "forms/JapaneseText.h"
#include "forms/PostalDirectory.h"

#include <QRegularExpression>

namespace kakanai::forms {

namespace {

// Length (in folded characters) of `name` if the folded text starts with it at `from`, else 0.
qsizetype prefixAt(const QString &folded, qsizetype from, const QString &foldedName)
{
    if (foldedName.isEmpty()) {
        return 0;
    }
    return QStringView(folded).mid(from).startsWith(foldedName) ? foldedName.size() : 0;
}

QString cut(QStringView original, const text::FoldedText &folded, qsizetype from, qsizetype to)
{
    const qsizetype a = folded.originalIndex(from);
    const qsizetype b = folded.originalIndex(to);
    return original.mid(a, b - a).toString();
}

qsizetype skipSpaces(const QString &folded, qsizetype at)
{
    while (at < folded.size() && folded[at].isSpace()) {
        ++at;
    }
    return at;
}

} // namespace

QJsonObject AddressParts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("prefecture"), prefecture},
        {QStringLiteral("municipality"), municipality},
        {QStringLiteral("municipality_code"), municipalityCode},
        {QStringLiteral("town"), town},
        {QStringLiteral("block"), block},
        {QStringLiteral("katagaki"), katagaki},
    };
}

QString AddressParts::comparisonKey() const
{
    return text::addressComparisonKey(QString(prefecture + municipality + town + block + katagaki));
}

const QStringList &AddressSplitter::prefectures()
{
    static const QStringList list = {
        QStringLiteral("北海道"), QStringLiteral("青森県"),   QStringLiteral("岩手県"), QStringLiteral("宮城県"),
        QStringLiteral("秋田県"), QStringLiteral("山形県"),   QStringLiteral("福島県"), QStringLiteral("茨城県"),
        QStringLiteral("栃木県"), QStringLiteral("群馬県"),   QStringLiteral("埼玉県"), QStringLiteral("千葉県"),
        QStringLiteral("東京都"), QStringLiteral("神奈川県"), QStringLiteral("新潟県"), QStringLiteral("富山県"),
        QStringLiteral("石川県"), QStringLiteral("福井県"),   QStringLiteral("山梨県"), QStringLiteral("長野県"),
        QStringLiteral("岐阜県"), QStringLiteral("静岡県"),   QStringLiteral("愛知県"), QStringLiteral("三重県"),
        QStringLiteral("滋賀県"), QStringLiteral("京都府"),   QStringLiteral("大阪府"), QStringLiteral("兵庫県"),
        QStringLiteral("奈良県"), QStringLiteral("和歌山県"), QStringLiteral("鳥取県"), QStringLiteral("島根県"),
        QStringLiteral("岡山県"), QStringLiteral("広島県"),   QStringLiteral("山口県"), QStringLiteral("徳島県"),
        QStringLiteral("香川県"), QStringLiteral("愛媛県"),   QStringLiteral("高知県"), QStringLiteral("福岡県"),
        QStringLiteral("佐賀県"), QStringLiteral("長崎県"),   QStringLiteral("熊本県"), QStringLiteral("大分県"),
        QStringLiteral("宮崎県"), QStringLiteral("鹿児島県"), QStringLiteral("沖縄県"),
    };
    return list;
}

AddressSplitter::AddressSplitter(const PostalDirectory *directory)
    : m_directory(directory)
{}

const QList<AddressSplitter::FoldedMunicipality> &AddressSplitter::foldedMunicipalities() const
{
    if (m_folded.isEmpty() && m_directory) {
        for (const Municipality &m : m_directory->municipalities()) {
            const QString name = text::foldName(m.name).text;
            const qsizetype gun = name.indexOf(QChar(u'郡'));
            m_folded.append({name, gun > 0 ? name.mid(gun + 1) : QString(), &m});
        }
    }
    return m_folded;
}

AddressParts AddressSplitter::split(QStringView address) const
{
    AddressParts parts;
    const text::FoldedText folded = text::foldName(address);
    const QString &f = folded.text;
    qsizetype at = skipSpaces(f, 0);

    // 都道府県
    for (const QString &pref : prefectures()) {
        if (const qsizetype n = prefixAt(f, at, pref)) {
            parts.prefecture = cut(address, folded, at, at + n);
            at = skipSpaces(f, at + n);
            break;
        }
    }

    // 市区町村: the longest directory name in that prefecture; a name may also be written without its 郡.
    if (m_directory) {
        qsizetype best = 0;
        const Municipality *match = nullptr;
        for (const FoldedMunicipality &m : foldedMunicipalities()) {
            if (!parts.prefecture.isEmpty() && m.municipality->prefecture != parts.prefecture) {
                continue;
            }
            qsizetype n = prefixAt(f, at, m.name);
            if (n == 0 && !m.withoutCounty.isEmpty()) {
                n = prefixAt(f, at, m.withoutCounty);
            }
            if (n > best) {
                best = n;
                match = m.municipality;
            }
        }
        if (match) {
            parts.municipality = cut(address, folded, at, at + best);
            parts.municipalityCode = match->code;
            parts.municipalityFromDirectory = true;
            at = skipSpaces(f, at + best);
        }
    }
    if (!parts.municipalityFromDirectory) {
        // 政令市の区 (札幌市中央区), 郡+町村 (余市郡余市町), or 市/区/町/村 alone; the shortest that ends in one.
        static const QRegularExpression pattern(
            QStringLiteral("^(?:\\S+?市\\S+?区|\\S+?郡\\S+?[町村]|\\S+?[市区町村])"));
        const auto m = pattern.match(QStringView(f).mid(at));
        if (m.hasMatch()) {
            parts.municipality = cut(address, folded, at, at + m.capturedLength());
            at = skipSpaces(f, at + m.capturedLength());
        }
    }

    // 町域
    if (m_directory && !parts.municipalityCode.isEmpty()) {
        for (const QString &town : m_directory->towns(parts.municipalityCode)) {
            if (const qsizetype n = prefixAt(f, at, text::foldName(town).text)) {
                parts.town = cut(address, folded, at, at + n);
                parts.townFromDirectory = true;
                at += n;
                break;
            }
        }
    }

    // 丁目・番地・号: numbers (kanji numerals only before 丁目/番地/番/号) joined by those words, の or hyphens.
    static const QRegularExpression block(
        QStringLiteral("^(?:(?:[0-9]+|[〇一二三四五六七八九十百千]+(?=丁目|番地|番|号))(?:丁目|番地|番|号)?"
                       "(?:(?:の|-)(?=[0-9〇一二三四五六七八九十百千]))?)+"));
    if (!parts.townFromDirectory) {
        // Without a directory match the town runs up to the first number that starts the block.
        static const QRegularExpression townEnd(
            QStringLiteral("[0-9]|[〇一二三四五六七八九十百千]+(?:丁目|番地|番(?![町])|号)|\\s"));
        const auto m = townEnd.match(f, at);
        const qsizetype end = m.hasMatch() ? m.capturedStart() : f.size();
        parts.town = cut(address, folded, at, end);
        at = end;
    }
    at = skipSpaces(f, at);
    const auto b = block.match(QStringView(f).mid(at));
    if (b.hasMatch() && b.capturedLength() > 0) {
        parts.block = cut(address, folded, at, at + b.capturedLength());
        at = skipSpaces(f, at + b.capturedLength());
        parts.katagaki = cut(address, folded, at, f.size()).trimmed();
    } else {
        parts.block = cut(address, folded, at, f.size()).trimmed();
    }
    return parts;
}

bool sameAddress(QStringView a, QStringView b)
{
    return text::addressComparisonKey(a) == text::addressComparisonKey(b);
}

} // namespace kakanai::forms
