#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kakanai::forms {

class PostalDirectory;
struct Municipality;

// An address cut into its parts. Each part is a substring of the original, exactly as written (full-width digits,
// U+FF0D hyphens, characters outside JIS): splitting never changes what is displayed or printed. Joining the
// parts in order gives the original back, less the whitespace between 番地 and 方書.
struct AddressParts
{
    QString prefecture;       // 東京都
    QString municipality;     // 千代田区, 札幌市中央区, 余市郡余市町
    QString municipalityCode; // from the directory, when it matched
    QString town;             // 町域 (丸の内, 大通西)
    QString block;            // 丁目・番地・号 (１丁目１番１号, ４－５－６)
    QString katagaki;         // 方書: building, room (霞ビル３０１号室)
    bool municipalityFromDirectory = false;
    bool townFromDirectory = false;

    QJsonObject toJson() const;
    // The comparison key of the whole address (see text::addressComparisonKey).
    QString comparisonKey() const;
};

// Splits addresses as the card and the resident write them, using the postal directory's municipality and town
// names where one is given (longest match wins), and a pattern for 市区町村 otherwise.
class AddressSplitter
{
public:
    explicit AddressSplitter(const PostalDirectory *directory = nullptr);

    AddressParts split(QStringView address) const;

    // The 47 prefectures, 北海道 first (JIS X 0401 order).
    static const QStringList &prefectures();

private:
    struct FoldedMunicipality
    {
        QString name;          // folded full name (余市郡余市町)
        QString withoutCounty; // folded name after 郡, or empty
        const Municipality *municipality;
    };
    const QList<FoldedMunicipality> &foldedMunicipalities() const;

    const PostalDirectory *m_directory;
    mutable QList<FoldedMunicipality> m_folded; // built on first use: folding 1,900 names per split costs ~1 ms
};

// True when two addresses name the same place: equal comparison keys (width, hyphens, kanji numerals, 丁目番地号
// spellings and spaces folded). "東京都千代田区丸の内一丁目１番１号" equals "東京都千代田区丸の内1-1-1".
bool sameAddress(QStringView a, QStringView b);

} // namespace kakanai::forms
