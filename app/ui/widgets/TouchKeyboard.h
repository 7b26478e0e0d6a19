#pragma once

#include "app/core/KanaComposer.h"

#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace kakanai::kiosk {

// The kiosk's Japanese input: a touch keyboard over the lower part of the screen (KioskWindow places it), shown for the
// text fields that ask for it (a QLineEdit with the dynamic property "kakanaiInput": "kanji", "katakana" or "latin"),
// and the input method for a physical keyboard on the same field (staff type romaji; cage offers no input-method
// protocol, so the kiosk converts in-process). Both feed one KanaComposer; the composition is shown inside the field as
// Qt's pre-edit text (underlined, the chosen 文節 highlighted) and committed into it as an input-method commit, so the
// field reports textEdited as for any typing. Candidates appear as large buttons in the keyboard's top row.
//
// Pages: 50音 (あ…わ in columns, ゛ ゜ 小 ー), カナ (the same keys writing katakana, no conversion) and ABC (A-Z,
// a-z, digits, - . , @ /). Every key is NoFocus so the field keeps the focus. Physical keys: romaji, Space = 変換 /
// next candidate, Enter = 確定, Backspace, ←/→ = 文節 (with Shift: shorter/longer), ↑/↓ = candidate, 半角/全角 =
// kana ↔ ABC; anything else (digits, Ctrl+V, a 外字 from the staff's keyboard) commits first and reaches the field
// unchanged, code points included.
class TouchKeyboard : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        Hiragana,
        Katakana,
        Latin,
    };
    static constexpr const char *InputProperty = "kakanaiInput";

    // converter may be null (no engine): kana are typed, 変換 is disabled.
    explicit TouchKeyboard(KanaConverter *converter, QWidget *parent = nullptr);

    // Attaches to a field (commits what was composed for the previous one first); null detaches.
    void attach(QLineEdit *field);
    QLineEdit *field() const { return m_field; }
    // Whether a widget asks for this keyboard (the property is set).
    static bool wants(const QWidget *widget);

    void setPage(Page page);
    Page page() const { return m_page; }
    KanaComposer *composer() { return m_composer; }
    // Drops the composition without committing (the session ends).
    void clear();

    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *key(const QString &objectName, const QString &text, QWidget *parent);
    void retranslate();
    void refresh();
    void sendPreedit();
    void commitToField(const QString &text);
    void typeLatin(const QString &text);
    void backspace();
    bool physicalKey(QKeyEvent *event);

    KanaComposer *m_composer;
    QPointer<QLineEdit> m_field;
    Page m_page = Page::Hiragana;
    bool m_upperCase = true;
    int m_candidatePage = 0;

    QPushButton *m_hiraganaMode;
    QPushButton *m_katakanaMode;
    QPushButton *m_latinMode;
    QPushButton *m_previousSegment;
    QPushButton *m_nextSegment;
    QList<QPushButton *> m_candidates;
    QPushButton *m_moreCandidates;
    QStackedWidget *m_pages;
    QList<QPushButton *> m_kanaKeys;
    QList<QPushButton *> m_letterKeys;
    QPushButton *m_dakuten;
    QPushButton *m_handakuten;
    QPushButton *m_small;
    QPushButton *m_shift;
    QPushButton *m_delete;
    QPushButton *m_space;
    QPushButton *m_convert;
    QPushButton *m_commit;
    QPushButton *m_close;
};

} // namespace kakanai::kiosk
