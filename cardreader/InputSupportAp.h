#pragma once

#include "cardreader/CardApplication.h"
#include "cardreader/Result.h"

#include "cardreader/record/ResidentRecord.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kakanai::card {

// 券面事項入力補助AP: the four attributes (EF 0002), the individual number (EF 0001), and the integrity record
// (EF 0003, EF 0004). ref/mynumbercard.md §4.
class InputSupportAp : public CardApplication
{
public:
    explicit InputSupportAp(ApduTransport &transport);

    Result<pinguard::TriesState> pinTries();
    // 4-digit PIN (key 0011): opens EF 0001 and EF 0002.
    Status verifyPin(const SecretBytes &pin, bool lastTryConfirmed);
    // 照合番号B (key 0015): 和暦 birth date YYMMDD + expiry year YYYY + security code; opens EF 0002 only.
    Status verifyCodeB(const SecretBytes &code, bool lastTryConfirmed);

    Result<QByteArray> readAttributesFile();       // EF 0002: the FF20 object
    Result<QByteArray> readNumberFile();           // EF 0001: the physical 17 bytes (the integrity hash covers all 17)
    Result<QByteArray> readIntegrityRecord();      // EF 0003: the FF30 object
    Result<QByteArray> readIntegrityCertificate(); // EF 0004: the 7F21 object
};

// Parses EF 0002. Checks the offset table against the element positions, that birth date and sex are what the
// card writes (8 ASCII digits of a real date, one digit), and that name and address are valid UTF-8. Strings are
// returned exactly as stored.
Result<ResidentRecord> parseAttributes(QByteArrayView ef0002);

// Parses EF 0001 (FF 10 0C + 12 digits [+ FF FF]) and checks the check digit.
Result<IndividualNumber> parseIndividualNumber(QByteArrayView ef0001);

// The bytes the integrity record's DF32 digest covers: EF 0002 from the DF22 object to the end of the FF20 value
// (without the FF20 header and the DF21 offset table).
std::optional<QByteArrayView> attributesDigestSource(QByteArrayView ef0002);

} // namespace kakanai::card
