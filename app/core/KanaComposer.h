#pragma once

#include "app/core/KanaConverter.h"

#include <QObject>
#include <QString>

namespace kakanai::kiosk {

// The kiosk's input method, without widgets: what is being composed (the 未確定 text) from kana keys on the touch
// keyboard or romaji typed by staff on a physical keyboard, its kana → kanji conversion through a KanaConverter,
// and the text it commits. The touch keyboard shows it (TouchKeyboard) and hands committed text to the focused
// field. The reading is kept as hiragana; Output::Katakana shows and commits it in katakana (フリガナ fields) and
// never converts. It holds a resident's words only until commit() or clear(): the window clears it when the
// session ends.
class KanaComposer : public QObject
{
    Q_OBJECT
public:
    enum class Output
    {
        Kanji,    // hiragana reading, converted to kanji on request (変換)
        Katakana, // katakana, no conversion
    };
    enum class Mark
    {
        Dakuten,    // ゛: か → が (again: back)
        Handakuten, // ゜: は → ぱ
        Small,      // 小: つ → っ, や → ゃ, あ → ぁ
    };

    // converter may be null (no engine installed): kana are still typed and committed, 変換 does nothing.
    explicit KanaComposer(KanaConverter *converter, QObject *parent = nullptr);
    ~KanaComposer() override;

    void setOutput(Output output);
    Output output() const { return m_output; }
    bool canConvert() const { return m_converter && m_output == Output::Kanji; }

    // Kana from the touch keyboard (hiragana or katakana, one or more). During a conversion, the conversion is
    // committed first, as every IME does.
    void typeKana(const QString &kana);
    // One key of romaji from a physical keyboard (a-z, '-', '\'', ',', '.'); false for any other character, which
    // the caller then handles (after commit()).
    bool typeRomaji(QChar key);
    // ゛ ゜ 小 on the last kana of the reading; false when there is none or the mark does not apply.
    bool applyMark(Mark mark);
    // Deletes the last romaji or kana; during a conversion goes back to the reading. False when nothing is composed
    // (the field then deletes its own character).
    bool backspace();

    // 変換: converts the reading, or (during a conversion) chooses the focused 文節's next candidate.
    bool convert();
    void selectCandidate(int index);
    void focusSegment(int index);
    // Makes the focused 文節 longer or shorter by one kana (the engine splits the rest again).
    void resizeFocused(int delta);

    // 確定: emits committed() with the composed text and clears the composition.
    void commit();
    // During a conversion: back to the reading. Otherwise drops the composition.
    void cancel();
    // Drops everything without committing (the session ended), and makes the engine forget.
    void clear();

    bool isComposing() const { return !m_reading.isEmpty() || !m_romaji.isEmpty(); }
    bool isConverting() const { return !m_segments.isEmpty(); }
    // What the field shows while composing: the conversion, or the reading (in the output's script) and any romaji.
    QString preedit() const;
    const QList<ConversionSegment> &segments() const { return m_segments; }
    int focusedSegment() const { return m_focus; }
    int chosenCandidate(int segment) const;
    // Where the focused 文節 starts in preedit() and how long it is (both 0 when not converting).
    int focusStart() const;
    int focusLength() const;

    static QString toKatakana(const QString &text);
    static QString toHiragana(const QString &text);

Q_SIGNALS:
    void changed();
    void committed(const QString &text);

private:
    void flushRomaji(bool final);
    void setSegments(const QList<ConversionSegment> &segments);
    QString convertedText() const;

    KanaConverter *m_converter;
    Output m_output = Output::Kanji;
    QString m_reading; // hiragana
    QString m_romaji;  // ASCII not yet kana
    QList<ConversionSegment> m_segments;
    QList<int> m_chosen;
    int m_focus = 0;
};

} // namespace kakanai::kiosk
