#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kakanai::virtualcard {

// Deliberate defects a persona can ask for, so that negative tests of the reader have a card to fail on.
enum class Fault
{
    AttributesTampered,   // EF 0002 changed after the integrity record (EF 0003) was signed
    NumberBadCheckDigit,  // EF 0001 holds a number whose check digit is wrong (the persona must give one)
    AttributesTruncated,  // the FF20 length of EF 0002 claims more bytes than the file holds
    BadOffsets,           // the DF21 offset table of EF 0002 does not match the content
    AuthCertExpired,      // the 利用者証明用 certificate's validity ended in the past
    IntegrityWrongIssuer, // EF 0004 is signed by a key other than the test issuer key
    // A cloned card (issue 9): EF 0003 and EF 0004 copied from a genuine card (their signed DF31/DF32 digest
    // another resident's EF 0001/EF 0002), EF 0001 and EF 0002 written with this persona's number and attributes,
    // and unsigned DF31 and DF32 objects holding their digests appended after DF33 (the FF30 length grown to
    // match). A reader that takes the last DF31/DF32 and checks the signature over the bytes before DF33 says
    // "verified"; a strict one fails on the shape.
    CloneUnsignedDigests,
};

// How the card face prints the birth date, which 照合番号B's first six digits follow (ref §4.6).
enum class CodeBBirthYearForm
{
    Wareki,  // the year within the era: the form confirmed on a Japanese national's card
    Western, // the last two digits of the Western year: a card whose face prints 西暦 (undocumented, ref §4.6 [U])
};

QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name);
QList<Fault> allFaults();

// One fictional card holder and the state of their card, as a persona file describes it
// (resources/personas/*.json). Loading validates every key strictly: a persona that would make the emulator
// write something the real card never holds is refused, unless a fault asks for exactly that.
struct Persona
{
    // Tries limits of the real card (ref §5.1). The limits of 照合番号A/B are not published (ref §14.4); the
    // emulator gives them 10 tries, a guess that is high enough never to block a staff typo test by accident.
    static constexpr int MaxPinTries = 3;
    static constexpr int MaxSignPasswordTries = 5;
    static constexpr int MaxCodeTries = 10;

    QString id;         // file name without ".json": names the per-persona key folder and the state file
    QString sourcePath; // for error messages

    QString name;    // UTF-8 on the card; family and given name separated by U+3000
    QString address; // as printed: full-width digits, U+FF0D hyphens
    QDate birthDate;
    char sex = '1';              // the card's digit: 1, 2 (also 0 and 9 per JIS X 0303)
    QByteArray individualNumber; // 12 ASCII digits
    QByteArray pin;              // 4 ASCII digits: 券面事項入力補助用 (key 0011)
    int pinTriesLeft = MaxPinTries;
    QByteArray authPin; // 4 ASCII digits: 利用者証明用 (JPKI key 0018); the PIN unless auth_pin is given
    int authPinTriesLeft = MaxPinTries;
    QByteArray signPassword; // 6-16 of [0-9A-Z]: 署名用 (JPKI key 001B)
    int signPasswordTriesLeft = MaxSignPasswordTries;
    QByteArray securityCode; // 4 ASCII digits printed on the card face
    QDate expiryDate;
    int codeATriesLeft = MaxCodeTries;
    int codeBTriesLeft = MaxCodeTries;
    CodeBBirthYearForm codeBBirthYear = CodeBBirthYearForm::Wareki;
    QList<Fault> faults;

    bool hasFault(Fault fault) const { return faults.contains(fault); }

    // 照合番号B: birth date as YYMMDD in the card face's form (和暦 era year, or 西暦 for code_b_birth_year
    // "western") + expiry year YYYY + security code (14 ASCII digits, ref §4.6).
    QByteArray codeB() const;

    // Parses and validates persona JSON. sourceName appears in error messages ("demo.json: key \"pin\": ...").
    // On failure returns nullopt and sets *error.
    static std::optional<Persona> fromJson(const QByteArray &json, const QString &sourceName, QString *error);
    static std::optional<Persona> load(const QString &path, QString *error);
};

// The year within the Japanese era (和暦) a date falls in, e.g. 1980-02-17 → 55 (昭和55年). Era starts: 明治
// 1868-01-25, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01. nullopt before 明治.
std::optional<int> japaneseEraYear(const QDate &date);

// Physical size chosen for EF 0002 (基本4情報). The real size is not published; cards seen hold about 100 bytes
// of TLV, and readers read 3 + length or a whole 256-byte chunk. 512 bytes leaves room for the longest 方書 and
// lets a long address push the TLV beyond one 256-byte READ BINARY.
constexpr int AttributesFileSize = 512;

} // namespace kakanai::virtualcard
