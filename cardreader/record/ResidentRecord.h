#pragma once

#include "cardreader/record/IndividualNumber.h"
#include "common/Wipe.h"

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kakanai {

// Sex as the card's 券面事項入力補助AP encodes it (JIS X 0303 / ISO 5218 digits).
enum class Sex : char
{
    NotKnown = '0',
    Male = '1',
    Female = '2',
    NotApplicable = '9',
};

inline std::optional<Sex> sexFromCardDigit(QChar digit)
{
    switch (digit.unicode()) {
    case u'0':
        return Sex::NotKnown;
    case u'1':
        return Sex::Male;
    case u'2':
        return Sex::Female;
    case u'9':
        return Sex::NotApplicable;
    default:
        return std::nullopt;
    }
}

inline QString sexCardDigit(Sex sex)
{
    return QString(QChar::fromLatin1(static_cast<char>(sex)));
}

// The four attributes (基本4情報) read from the card, and the individual number only when the procedure asked for
// it. A plain value handed from the card library to the forms: no widgets, no card handles. The strings are kept
// exactly as the card holds them (U+3000 between family and given name, full-width digits and hyphens in the
// address, characters outside JIS as the same code points).
struct ResidentRecord
{
    ResidentRecord() = default;
    ResidentRecord(const ResidentRecord &) = default;
    ResidentRecord(ResidentRecord &&) = default;
    ResidentRecord &operator=(const ResidentRecord &) = default;
    ResidentRecord &operator=(ResidentRecord &&) = default;
    ~ResidentRecord() { wipe(); }

    QString name;
    QString address;
    QDate birthDate;
    Sex sex = Sex::NotKnown;
    std::optional<IndividualNumber> individualNumber;

    // Family and given name split at the first U+3000 (ideographic space), as the card separates them. A name
    // without the separator (some foreign residents' names) is all family name.
    QString familyName() const
    {
        const qsizetype at = name.indexOf(QChar(0x3000));
        return at < 0 ? name : name.left(at);
    }
    QString givenName() const
    {
        const qsizetype at = name.indexOf(QChar(0x3000));
        return at < 0 ? QString() : name.mid(at + 1);
    }

    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && !birthDate.isValid(); }

    // Overwrites every field; what is left is an empty record.
    void wipe()
    {
        kakanai::wipe(name);
        kakanai::wipe(address);
        birthDate = QDate();
        sex = Sex::NotKnown;
        if (individualNumber) {
            individualNumber->wipe();
            individualNumber.reset();
        }
    }
};

} // namespace kakanai

Q_DECLARE_METATYPE(kakanai::ResidentRecord)
