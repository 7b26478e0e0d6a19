#include "cardreader/virtualcard/Persona.h"

#include "cardreader/virtualcard/CardFiles.h"

#include "cardreader/record/IndividualNumber.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <string_view>

namespace kakanai::virtualcard {

namespace {

struct FaultEntry
{
    Fault fault;
    const char *name;
};

constexpr FaultEntry FaultNames[] = {
    {Fault::AttributesTampered, "attributes_tampered"},      {Fault::NumberBadCheckDigit, "number_bad_check_digit"},
    {Fault::AttributesTruncated, "attributes_truncated"},    {Fault::BadOffsets, "bad_offsets"},
    {Fault::AuthCertExpired, "auth_cert_expired"},           {Fault::IntegrityWrongIssuer, "integrity_wrong_issuer"},
    {Fault::CloneUnsignedDigests, "clone_unsigned_digests"},
};

bool isAsciiDigits(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return !bytes.isEmpty();
}

bool isSignPassword(const QByteArray &bytes)
{
    if (bytes.size() < 6 || bytes.size() > 16) {
        return false;
    }
    for (const char c : bytes) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return false;
        }
    }
    return true;
}

// Collects the first error with the file and key it is about.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &source)
        : m_object(object)
        , m_source(source)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &key, const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = key.isEmpty() ? QStringLiteral("%1: %2").arg(m_source, message)
                                    : QStringLiteral("%1: key \"%2\": %3").arg(m_source, key, message);
        }
    }

    std::optional<QString> string(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required) {
                fail(key, QStringLiteral("missing"));
            }
            return std::nullopt;
        }
        if (!v.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    // Digits given as a JSON string (a number would lose leading zeros).
    std::optional<QByteArray> digits(const QString &key, int length, bool required = true)
    {
        const auto s = string(key, required);
        if (!s) {
            return std::nullopt;
        }
        const QByteArray bytes = s->toLatin1();
        if (bytes.size() != length || !isAsciiDigits(bytes) || QString::fromLatin1(bytes) != *s) {
            fail(key, QStringLiteral("must be a string of %1 ASCII digits").arg(length));
            return std::nullopt;
        }
        return bytes;
    }

    std::optional<QDate> date(const QString &key)
    {
        const auto s = string(key);
        if (!s) {
            return std::nullopt;
        }
        const QDate d = QDate::fromString(*s, QStringLiteral("yyyy-MM-dd"));
        if (s->size() != 10 || !d.isValid()) {
            fail(key, QStringLiteral("must be a date YYYY-MM-DD that exists"));
            return std::nullopt;
        }
        return d;
    }

    int tries(const QString &key, int max, int fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            return fallback;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != static_cast<int>(d) || d < 0 || d > max) {
            fail(key, QStringLiteral("must be an integer from 0 to %1").arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }

private:
    const QJsonObject &m_object;
    QString m_source;
    QString m_error;
};

} // namespace

QString faultName(Fault fault)
{
    for (const auto &entry : FaultNames) {
        if (entry.fault == fault) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QString();
}

std::optional<Fault> faultFromName(const QString &name)
{
    for (const auto &entry : FaultNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.fault;
        }
    }
    return std::nullopt;
}

QList<Fault> allFaults()
{
    QList<Fault> out;
    for (const auto &entry : FaultNames) {
        out.append(entry.fault);
    }
    return out;
}

std::optional<int> japaneseEraYear(const QDate &date)
{
    struct Era
    {
        QDate start;
    };
    const Era eras[] = {
        {QDate(2019, 5, 1)},   // 令和
        {QDate(1989, 1, 8)},   // 平成
        {QDate(1926, 12, 25)}, // 昭和
        {QDate(1912, 7, 30)},  // 大正
        {QDate(1868, 1, 25)},  // 明治
    };
    if (!date.isValid()) {
        return std::nullopt;
    }
    for (const auto &era : eras) {
        if (date >= era.start) {
            return date.year() - era.start.year() + 1;
        }
    }
    return std::nullopt;
}

QByteArray Persona::codeB() const
{
    // The card face's form of the birth year: the era year (ref §4.6), or for a card printed in 西暦 the last two
    // digits of the Western year (the form is undocumented, ref §4.6 [U]; the old 住基カード's precedent).
    int year = birthDate.year() % 100;
    if (codeBBirthYear == CodeBBirthYearForm::Wareki) {
        const auto eraYear = japaneseEraYear(birthDate);
        if (!eraYear) {
            return QByteArray();
        }
        year = *eraYear;
    }
    QByteArray out = QByteArray::number(year).rightJustified(2, '0');
    out += QByteArray::number(birthDate.month()).rightJustified(2, '0');
    out += QByteArray::number(birthDate.day()).rightJustified(2, '0');
    out += QByteArray::number(expiryDate.year()).rightJustified(4, '0');
    out += securityCode;
    return out;
}

std::optional<Persona> Persona::fromJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    const auto setError = [error](const QString &message) {
        if (error) {
            *error = message;
        }
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(QStringLiteral("%1: not valid JSON at offset %2: %3")
                     .arg(sourceName)
                     .arg(parseError.offset)
                     .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setError(QStringLiteral("%1: the top level must be a JSON object").arg(sourceName));
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    Reader r(object, sourceName);

    static const QSet<QString> known = {
        QStringLiteral("description"),
        QStringLiteral("name"),
        QStringLiteral("address"),
        QStringLiteral("birth_date"),
        QStringLiteral("sex"),
        QStringLiteral("individual_number"),
        QStringLiteral("pin"),
        QStringLiteral("pin_tries_left"),
        QStringLiteral("auth_pin"),
        QStringLiteral("auth_pin_tries_left"),
        QStringLiteral("sign_password"),
        QStringLiteral("sign_password_tries_left"),
        QStringLiteral("security_code"),
        QStringLiteral("expiry_date"),
        QStringLiteral("code_a_tries_left"),
        QStringLiteral("code_b_tries_left"),
        QStringLiteral("code_b_birth_year"),
        QStringLiteral("faults"),
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            r.fail(it.key(), QStringLiteral("unknown key"));
        }
    }

    Persona p;
    p.sourcePath = sourceName;
    p.id = QFileInfo(sourceName).completeBaseName();

    r.string(QStringLiteral("description"), false);
    if (const auto name = r.string(QStringLiteral("name"))) {
        if (name->trimmed().isEmpty()) {
            r.fail(QStringLiteral("name"), QStringLiteral("must not be empty"));
        }
        p.name = *name;
    }
    if (const auto address = r.string(QStringLiteral("address"))) {
        if (address->trimmed().isEmpty()) {
            r.fail(QStringLiteral("address"), QStringLiteral("must not be empty"));
        }
        p.address = *address;
    }
    if (const auto birth = r.date(QStringLiteral("birth_date"))) {
        p.birthDate = *birth;
        // 照合番号B needs a two-digit 和暦 year.
        const auto eraYear = japaneseEraYear(p.birthDate);
        if (!eraYear || *eraYear > 99) {
            r.fail(QStringLiteral("birth_date"), QStringLiteral("must fall in the 明治 era (1868-01-25) or later"));
        }
    }
    if (const auto form = r.string(QStringLiteral("code_b_birth_year"), false)) {
        if (*form == QLatin1String("western")) {
            p.codeBBirthYear = CodeBBirthYearForm::Western;
        } else if (*form != QLatin1String("wareki")) {
            r.fail(QStringLiteral("code_b_birth_year"), QStringLiteral("must be \"wareki\" or \"western\""));
        }
    }
    if (const auto sex = r.string(QStringLiteral("sex"))) {
        if (sex->size() != 1 || !QStringLiteral("0129").contains(sex->at(0))) {
            r.fail(QStringLiteral("sex"), QStringLiteral("must be the card's digit \"1\" or \"2\" (or \"0\", \"9\")"));
        } else {
            p.sex = sex->at(0).toLatin1();
        }
    }
    if (const auto faults = object.value(QStringLiteral("faults")); !faults.isUndefined()) {
        if (!faults.isArray()) {
            r.fail(QStringLiteral("faults"), QStringLiteral("must be an array of fault names"));
        } else {
            for (const QJsonValue &v : faults.toArray()) {
                const auto fault = faultFromName(v.toString());
                if (!v.isString() || !fault) {
                    QStringList names;
                    for (const auto &entry : FaultNames) {
                        names.append(QString::fromLatin1(entry.name));
                    }
                    r.fail(QStringLiteral("faults"), QStringLiteral("unknown fault \"%1\" (known: %2)")
                                                         .arg(v.toString(), names.join(QStringLiteral(", "))));
                } else if (p.faults.contains(*fault)) {
                    r.fail(QStringLiteral("faults"), QStringLiteral("fault \"%1\" listed twice").arg(v.toString()));
                } else {
                    p.faults.append(*fault);
                }
            }
        }
    }
    if (const auto number = r.digits(QStringLiteral("individual_number"), 12)) {
        p.individualNumber = *number;
        const bool valid = IndividualNumber::isValid(std::string_view(number->constData(), 12));
        if (!valid && !p.hasFault(Fault::NumberBadCheckDigit)) {
            r.fail(QStringLiteral("individual_number"),
                   QStringLiteral("check digit is wrong (add the fault \"number_bad_check_digit\" if intended)"));
        }
        if (valid && p.hasFault(Fault::NumberBadCheckDigit)) {
            r.fail(QStringLiteral("individual_number"),
                   QStringLiteral("the fault \"number_bad_check_digit\" needs a number whose check digit is wrong"));
        }
    }
    if (const auto pin = r.digits(QStringLiteral("pin"), 4)) {
        p.pin = *pin;
    }
    p.pinTriesLeft = r.tries(QStringLiteral("pin_tries_left"), MaxPinTries, MaxPinTries);
    p.authPin = p.pin;
    if (const auto authPin = r.digits(QStringLiteral("auth_pin"), 4, false)) {
        p.authPin = *authPin;
    }
    p.authPinTriesLeft = r.tries(QStringLiteral("auth_pin_tries_left"), MaxPinTries, MaxPinTries);
    if (const auto password = r.string(QStringLiteral("sign_password"))) {
        const QByteArray bytes = password->toLatin1();
        if (!isSignPassword(bytes) || QString::fromLatin1(bytes) != *password) {
            r.fail(QStringLiteral("sign_password"), QStringLiteral("must be 6 to 16 of 0-9 and A-Z"));
        } else {
            p.signPassword = bytes;
        }
    }
    p.signPasswordTriesLeft =
        r.tries(QStringLiteral("sign_password_tries_left"), MaxSignPasswordTries, MaxSignPasswordTries);
    if (const auto code = r.digits(QStringLiteral("security_code"), 4)) {
        p.securityCode = *code;
    }
    if (const auto expiry = r.date(QStringLiteral("expiry_date"))) {
        p.expiryDate = *expiry;
        if (p.birthDate.isValid() && p.expiryDate <= p.birthDate) {
            r.fail(QStringLiteral("expiry_date"), QStringLiteral("must be after birth_date"));
        }
    }
    p.codeATriesLeft = r.tries(QStringLiteral("code_a_tries_left"), MaxCodeTries, MaxCodeTries);
    p.codeBTriesLeft = r.tries(QStringLiteral("code_b_tries_left"), MaxCodeTries, MaxCodeTries);

    if (!r.failed()) {
        // The four attributes must fit the fixed physical size of EF 0002.
        const int size = attributesTlvSize(p);
        if (size > AttributesFileSize) {
            r.fail(QStringLiteral("address"), QStringLiteral("name and address take %1 bytes in EF 0002, which "
                                                             "holds %2")
                                                  .arg(size)
                                                  .arg(AttributesFileSize));
        }
    }
    if (r.failed()) {
        setError(r.error());
        return std::nullopt;
    }
    return p;
}

std::optional<Persona> Persona::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    }
    // Persona files are small; anything large is not one.
    const QByteArray json = file.read(1024 * 1024);
    return fromJson(json, path, error);
}

} // namespace kakanai::virtualcard
