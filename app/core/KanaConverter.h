#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kakanai::kiosk {

// One 文節 of a conversion: the hiragana it was read from and the engine's candidates for it, best first (the
// engine's own hiragana and katakana forms included).
struct ConversionSegment
{
    QString reading;
    QStringList candidates;
};

// A kana → kanji conversion engine behind the kiosk's input method (KanaComposer). The production engine is Anthy
// (AnthyConverter, in-process); the interface keeps it swappable and lets the composer be tested with a fake.
// Engines learn nothing from a conversion: what a resident types (names, addresses) is never kept by the engine,
// in memory beyond reset() or on disk.
class KanaConverter
{
public:
    virtual ~KanaConverter() = default;

    // Splits a hiragana reading into 文節 with candidates. Empty when the engine cannot convert the reading.
    virtual QList<ConversionSegment> convert(const QString &reading) = 0;
    // Makes 文節 `index` of the last conversion longer (delta > 0) or shorter by `delta` kana; the engine splits
    // what follows again. Returns all segments; empty when there is no conversion or the index is out of range.
    virtual QList<ConversionSegment> resizeSegment(int index, int delta) = 0;
    // Forgets the last conversion (its reading is the resident's).
    virtual void reset() = 0;
};

} // namespace kakanai::kiosk
