#pragma once

#include "app/core/KanaConverter.h"
#include "common/Expected.h"

#include <memory>

struct anthy_context;

namespace kakanai::kiosk {

enum class ConverterError
{
    EngineUnavailable, // anthy_init failed: no dictionary (anthy-common) or an unreadable /etc/anthy/anthy-conf
};

// The kiosk's kana → kanji engine: Anthy (Debian's libanthy1 with the anthy-common dictionary), a C library that
// converts in-process, so it runs under the cage compositor with no input-method server or IPC (Mozc needs
// mozc-server; fcitx/ibus need an input-method protocol cage does not offer). UTF-8 in and out.
// Nothing is learned: no segment is ever committed to Anthy (commits feed its history file under ~/.anthy), so a
// resident's name never becomes a suggestion for the next one and nothing of it is written to disk.
// GUI thread only (Anthy is not thread-safe); one context per converter.
class AnthyConverter final : public KanaConverter
{
public:
    static Expected<std::unique_ptr<AnthyConverter>, ConverterError> open();
    ~AnthyConverter() override;
    AnthyConverter(const AnthyConverter &) = delete;
    AnthyConverter &operator=(const AnthyConverter &) = delete;

    QList<ConversionSegment> convert(const QString &reading) override;
    QList<ConversionSegment> resizeSegment(int index, int delta) override;
    void reset() override;

    // "Anthy 9100h" or similar, for the start-up log line.
    static QString version();

private:
    explicit AnthyConverter(anthy_context *context);
    QList<ConversionSegment> segments() const;

    anthy_context *m_context;
    bool m_converted = false;
};

} // namespace kakanai::kiosk
