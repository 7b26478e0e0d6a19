#include "tests/virtualcard/CardFixture.h"

#include "cardreader/Apdu.h"
#include "cardreader/MyNumberCard.h"

#include <QMap>
#include <QTemporaryDir>
#include <QtDebug>

namespace kakanai::virtualcard::testing {

namespace {

QTemporaryDir &sharedDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

QString personaPath(const QString &name)
{
    return QStringLiteral(KAKANAI_SOURCE_DIR "/resources/personas/") + name + QStringLiteral(".json");
}

std::optional<Persona> loadPersona(const QString &name)
{
    QString error;
    auto persona = Persona::load(personaPath(name), &error);
    if (!persona) {
        qWarning().noquote() << error;
    }
    return persona;
}

QString keysDir()
{
    return sharedDir().path() + QStringLiteral("/keys");
}

std::shared_ptr<const CardKeys> keysFor(const Persona &persona)
{
    static QMap<QString, std::shared_ptr<const CardKeys>> cache;
    const QString key = persona.id + QLatin1Char('/') + persona.expiryDate.toString(Qt::ISODate) +
                        QString::number(persona.hasFault(Fault::AuthCertExpired));
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return *it;
    }
    QString error;
    auto keys = CardKeys::open(keysDir(), persona, &error);
    if (!keys) {
        qWarning().noquote() << error;
        return nullptr;
    }
    auto shared = std::make_shared<const CardKeys>(std::move(*keys));
    cache.insert(key, shared);
    return shared;
}

std::optional<VirtualCard> makeCard(const QString &personaName, VirtualCard::Options options)
{
    const auto persona = loadPersona(personaName);
    if (!persona) {
        return std::nullopt;
    }
    auto keys = keysFor(*persona);
    if (!keys) {
        return std::nullopt;
    }
    VirtualCard card(*persona, std::move(keys), PersonaState::fromPersona(*persona), options);
    card.powerOn();
    return card;
}

QString Answer::swText() const
{
    return QString::asprintf("%04X", sw);
}

Answer send(VirtualCard &card, const QByteArray &bytes)
{
    const QByteArray response = card.process(bytes);
    Answer a;
    if (response.size() >= 2) {
        a.data = response.left(response.size() - 2);
        a.sw = static_cast<std::uint16_t>((static_cast<std::uint8_t>(response[response.size() - 2]) << 8) |
                                          static_cast<std::uint8_t>(response[response.size() - 1]));
    }
    return a;
}

Answer sendHex(VirtualCard &card, const char *hex)
{
    return send(card, QByteArray::fromHex(QByteArray(hex)));
}

std::optional<QByteArray> readWholeFile(VirtualCard &card, std::uint16_t fid)
{
    Answer a = send(card, card::apdu::readBinaryShortEf(card::mynumber::shortEf(fid), 0, 256).encode());
    if (a.sw != 0x9000) {
        return std::nullopt;
    }
    QByteArray content = a.data;
    while (a.data.size() == 256) {
        a = send(card, card::apdu::readBinary(static_cast<int>(content.size()), 256).encode());
        if (a.sw == 0x6B00) {
            break;
        }
        if (a.sw != 0x9000) {
            return std::nullopt;
        }
        content += a.data;
    }
    return content;
}

QByteArray selectInputSupport()
{
    return card::apdu::selectApplication(card::mynumber::aidInputSupport()).encode();
}

QByteArray selectJpki()
{
    return card::apdu::selectApplication(card::mynumber::aidJpki()).encode();
}

QByteArray selectFile(std::uint16_t fid)
{
    return card::apdu::selectFile(fid).encode();
}

QByteArray verify(std::uint8_t p2, const QByteArray &referenceData)
{
    return card::apdu::verify(p2, referenceData).encode();
}

} // namespace kakanai::virtualcard::testing
