#pragma once

#include "cardreader/virtualcard/CardKeys.h"
#include "cardreader/virtualcard/Persona.h"
#include "cardreader/virtualcard/VirtualCard.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

// Shared set-up of the virtual card unit tests: shipped personas, their keys (generated once per test process into
// a temporary folder, since RSA key generation is the slow part), and a card driven through process().
namespace kakanai::virtualcard::testing {

QString personaPath(const QString &name); // resources/personas/<name>.json in the source tree
std::optional<Persona> loadPersona(const QString &name);
std::shared_ptr<const CardKeys> keysFor(const Persona &persona);
QString keysDir(); // the per-process folder keysFor() fills

// A powered card for a shipped persona with the persona's counters. nullopt if the persona or keys failed.
std::optional<VirtualCard> makeCard(const QString &personaName, VirtualCard::Options options = {});

struct Answer
{
    QByteArray data;
    std::uint16_t sw = 0;
    QString swText() const; // "9000"
};
// Sends hex (spaces allowed) or raw bytes and splits the answer.
Answer send(VirtualCard &card, const QByteArray &bytes);
Answer sendHex(VirtualCard &card, const char *hex);

// Reads a whole EF of the current application by SFI and then by offset in 256-byte chunks, the way readers do.
// nullopt when a chunk answers anything but 9000 / 6B00.
std::optional<QByteArray> readWholeFile(VirtualCard &card, std::uint16_t fid);

// Frequently used commands.
QByteArray selectInputSupport();
QByteArray selectJpki();
QByteArray selectFile(std::uint16_t fid);
QByteArray verify(std::uint8_t p2, const QByteArray &referenceData);

} // namespace kakanai::virtualcard::testing
