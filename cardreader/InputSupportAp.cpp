#include "cardreader/InputSupportAp.h"

#include "cardreader/MyNumberCard.h"
#include "cardreader/Tlv.h"

#include <QStringDecoder>

namespace kakanai::card {

namespace is = mynumber::inputsupport;

InputSupportAp::InputSupportAp(ApduTransport &transport)
    : CardApplication(transport, mynumber::aidInputSupport())
{}

Result<pinguard::TriesState> InputSupportAp::pinTries()
{
    return queryTries(is::KeyPin);
}

Status InputSupportAp::verifyPin(const SecretBytes &pin, bool lastTryConfirmed)
{
    if (!pinguard::isValidFourDigitPin(pin.bytes())) {
        return CardError::fromCode(CardErrorCode::InvalidPinFormat, QStringLiteral("PIN must be 4 digits"));
    }
    return verifyGuarded(is::KeyPin, pin, lastTryConfirmed);
}

Status InputSupportAp::verifyCodeB(const SecretBytes &code, bool lastTryConfirmed)
{
    if (!pinguard::isValidCodeB(code.bytes())) {
        return CardError::fromCode(CardErrorCode::InvalidPinFormat, QStringLiteral("照合番号B must be 14 digits"));
    }
    return verifyGuarded(is::KeyCodeB, code, lastTryConfirmed);
}

Result<QByteArray> InputSupportAp::readAttributesFile()
{
    return readTlvFile(is::EfAttributes);
}

Result<QByteArray> InputSupportAp::readNumberFile()
{
    return readFixedFile(is::EfIndividualNumber, is::NumberFileSize);
}

Result<QByteArray> InputSupportAp::readIntegrityRecord()
{
    return readTlvFile(is::EfIntegrity);
}

Result<QByteArray> InputSupportAp::readIntegrityCertificate()
{
    return readTlvFile(is::EfIntegrityCert);
}

namespace {

CardError malformed(const char *what)
{
    return CardError::fromCode(CardErrorCode::MalformedResponse, QString::fromLatin1(what));
}

std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

bool allAsciiDigits(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

Result<ResidentRecord> parseAttributes(QByteArrayView ef0002)
{
    const auto outer = tlv::parseElement(ef0002, 0);
    if (!outer || outer->tag() != is::TagAttributes) {
        return malformed("EF 0002: no FF20 object");
    }
    const auto children = tlv::parseAll(outer->value);
    if (!children) {
        return malformed("EF 0002: FF20 content is not TLV");
    }
    const qsizetype base = outer->header.headerSize; // children offsets are relative to the file start
    std::optional<TlvElement> offsets, name, address, birth, sex;
    for (const auto &e : *children) {
        switch (e.tag()) {
        case is::TagOffsets:
            offsets = e;
            break;
        case is::TagName:
            name = e;
            break;
        case is::TagAddress:
            address = e;
            break;
        case is::TagBirthDate:
            birth = e;
            break;
        case is::TagSex:
            sex = e;
            break;
        default:
            break; // tolerate elements a later card generation may add
        }
    }
    if (!name || !address || !birth || !sex) {
        return malformed("EF 0002: one of DF22..DF25 is missing");
    }
    if (offsets) {
        // DF21 holds four big-endian offsets from the start of the file to DF22..DF25. A mismatch means the
        // answer was cut or spliced.
        if (offsets->value.size() != 8) {
            return malformed("EF 0002: DF21 is not 8 bytes");
        }
        const TlvElement *expected[] = {&*name, &*address, &*birth, &*sex};
        for (int i = 0; i < 4; ++i) {
            const int off = (static_cast<std::uint8_t>(offsets->value[2 * i]) << 8) |
                            static_cast<std::uint8_t>(offsets->value[2 * i + 1]);
            if (off != base + expected[i]->offset) {
                return malformed("EF 0002: DF21 offset table disagrees with the content");
            }
        }
    }
    ResidentRecord record;
    const auto nameText = strictUtf8(name->value);
    const auto addressText = strictUtf8(address->value);
    if (!nameText || !addressText) {
        return malformed("EF 0002: name or address is not UTF-8");
    }
    if (nameText->isEmpty()) {
        return malformed("EF 0002: empty name");
    }
    record.name = *nameText;
    record.address = *addressText;

    if (birth->value.size() != 8 || !allAsciiDigits(birth->value)) {
        return malformed("EF 0002: birth date is not 8 digits");
    }
    const QByteArray b = birth->value.toByteArray();
    record.birthDate = QDate(b.left(4).toInt(), b.mid(4, 2).toInt(), b.mid(6, 2).toInt());
    if (!record.birthDate.isValid()) {
        return malformed("EF 0002: birth date does not exist");
    }
    if (sex->value.size() != 1) {
        return malformed("EF 0002: sex is not one byte");
    }
    const auto s = sexFromCardDigit(QChar::fromLatin1(sex->value[0]));
    if (!s) {
        return malformed("EF 0002: unknown sex code");
    }
    record.sex = *s;
    return record;
}

Result<IndividualNumber> parseIndividualNumber(QByteArrayView ef0001)
{
    const auto e = tlv::parseElement(ef0001, 0);
    if (!e || e->tag() != is::TagNumber || e->value.size() != IndividualNumber::Length) {
        return malformed("EF 0001: not FF10 with 12 bytes");
    }
    if (!allAsciiDigits(e->value)) {
        return malformed("EF 0001: not 12 digits");
    }
    auto number = IndividualNumber::fromDigits(std::string_view(e->value.data(), 12));
    if (!number) {
        return malformed("EF 0001: check digit does not match");
    }
    return std::move(*number);
}

std::optional<QByteArrayView> attributesDigestSource(QByteArrayView ef0002)
{
    const auto outer = tlv::parseElement(ef0002, 0);
    if (!outer || outer->tag() != is::TagAttributes) {
        return std::nullopt;
    }
    const auto first = tlv::parseElement(outer->value, 0);
    if (!first) {
        return std::nullopt;
    }
    qsizetype start = 0;
    if (first->tag() == is::TagOffsets) {
        start = first->end();
    }
    return outer->value.sliced(start);
}

} // namespace kakanai::card
