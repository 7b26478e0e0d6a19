#include "app/core/AnthyConverter.h"

#include <QByteArray>

#include <anthy/anthy.h>

#include <mutex>

namespace kakanai::kiosk {

namespace {

// anthy_init once per process; its result is kept (a missing dictionary does not appear later).
int initAnthy()
{
    static std::once_flag once;
    static int result = -1;
    std::call_once(once, [] {
        result = anthy_init();
        if (result == 0) {
            // Anthy's own log lines name files, never readings; still, none of them belongs in the kiosk's journal.
            anthy_set_logger([](int, const char *) {}, 0);
        }
    });
    return result;
}

QString segmentText(anthy_context_t context, int segment, int candidate)
{
    const int size = anthy_get_segment(context, segment, candidate, nullptr, 0);
    if (size < 0) {
        return {};
    }
    QByteArray buffer(size + 1, '\0');
    if (anthy_get_segment(context, segment, candidate, buffer.data(), int(buffer.size())) < 0) {
        return {};
    }
    return QString::fromUtf8(buffer.constData(), size);
}

} // namespace

Expected<std::unique_ptr<AnthyConverter>, ConverterError> AnthyConverter::open()
{
    if (initAnthy() != 0) {
        return ConverterError::EngineUnavailable;
    }
    anthy_context_t context = anthy_create_context();
    if (!context) {
        return ConverterError::EngineUnavailable;
    }
    if (anthy_context_set_encoding(context, ANTHY_UTF8_ENCODING) != ANTHY_UTF8_ENCODING) {
        anthy_release_context(context);
        return ConverterError::EngineUnavailable;
    }
    // Reconversion would hand kanji to the engine as a reading; the composer only ever gives it kana.
    anthy_set_reconversion_mode(context, ANTHY_RECONVERT_DISABLE);
    return std::unique_ptr<AnthyConverter>(new AnthyConverter(context));
}

AnthyConverter::AnthyConverter(anthy_context *context)
    : m_context(context)
{}

AnthyConverter::~AnthyConverter()
{
    anthy_release_context(m_context);
}

QString AnthyConverter::version()
{
    return QString::fromLatin1(anthy_get_version_string());
}

QList<ConversionSegment> AnthyConverter::convert(const QString &reading)
{
    anthy_reset_context(m_context);
    m_converted = false;
    if (reading.isEmpty() || anthy_set_string(m_context, reading.toUtf8().constData()) != 0) {
        return {};
    }
    m_converted = true;
    return segments();
}

QList<ConversionSegment> AnthyConverter::resizeSegment(int index, int delta)
{
    anthy_conv_stat stat{};
    if (!m_converted || anthy_get_stat(m_context, &stat) != 0 || index < 0 || index >= stat.nr_segment) {
        return {};
    }
    anthy_resize_segment(m_context, index, delta);
    return segments();
}

void AnthyConverter::reset()
{
    anthy_reset_context(m_context);
    m_converted = false;
}

QList<ConversionSegment> AnthyConverter::segments() const
{
    QList<ConversionSegment> out;
    anthy_conv_stat stat{};
    if (anthy_get_stat(m_context, &stat) != 0) {
        return out;
    }
    for (int s = 0; s < stat.nr_segment; ++s) {
        anthy_segment_stat segment{};
        if (anthy_get_segment_stat(m_context, s, &segment) != 0) {
            return {};
        }
        ConversionSegment c;
        c.reading = segmentText(m_context, s, NTH_UNCONVERTED_CANDIDATE);
        for (int i = 0; i < segment.nr_candidate; ++i) {
            const QString text = segmentText(m_context, s, i);
            if (!text.isEmpty() && !c.candidates.contains(text)) {
                c.candidates.append(text);
            }
        }
        if (c.candidates.isEmpty()) {
            c.candidates.append(c.reading);
        }
        out.append(c);
    }
    return out;
}

} // namespace kakanai::kiosk
