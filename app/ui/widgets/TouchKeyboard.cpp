#include "app/ui/widgets/TouchKeyboard.h"

#include "app/ui/Ui.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace kakanai::kiosk {

namespace {

// The 50音 table in columns (あ か さ … わ), five rows each; a space is an empty cell.
const QStringList &kanaColumns()
{
    static const QStringList columns = {
        QStringLiteral("あいうえお"), QStringLiteral("かきくけこ"), QStringLiteral("さしすせそ"),
        QStringLiteral("たちつてと"), QStringLiteral("なにぬねの"), QStringLiteral("はひふへほ"),
        QStringLiteral("まみむめも"), QStringLiteral("や ゆ よ"),   QStringLiteral("らりるれろ"),
        QStringLiteral("わをんー "),
    };
    return columns;
}

constexpr int CandidatesPerPage = 6;
constexpr char LatinSymbols[] = "-.,@/'";

} // namespace

TouchKeyboard::TouchKeyboard(KanaConverter *converter, QWidget *parent)
    : QWidget(parent)
    , m_composer(new KanaComposer(converter, this))
{
    setObjectName(QStringLiteral("TouchKeyboard"));
    setAttribute(Qt::WA_StyledBackground);
    ui::setRole(this, "keyboard");
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 6, 16, 6);
    outer->setSpacing(6);

    // Top row: the page, the 文節 and the candidates.
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    m_hiraganaMode = key(QStringLiteral("mode_hiragana"), QStringLiteral("かな"), this);
    m_katakanaMode = key(QStringLiteral("mode_katakana"), QStringLiteral("カナ"), this);
    m_latinMode = key(QStringLiteral("mode_latin"), QStringLiteral("ABC"), this);
    for (QPushButton *b : {m_hiraganaMode, m_katakanaMode, m_latinMode}) {
        b->setCheckable(true);
        top->addWidget(b);
    }
    top->addSpacing(16);
    m_previousSegment = key(QStringLiteral("segment_previous"), QStringLiteral("◀"), this);
    m_nextSegment = key(QStringLiteral("segment_next"), QStringLiteral("▶"), this);
    top->addWidget(m_previousSegment);
    for (int i = 0; i < CandidatesPerPage; ++i) {
        QPushButton *c = key(QStringLiteral("candidate_%1").arg(i), QString(), this);
        ui::setRole(c, "candidate");
        m_candidates.append(c);
        top->addWidget(c, 1);
        connect(c, &QPushButton::clicked, this,
                [this, i] { m_composer->selectCandidate(m_candidatePage * CandidatesPerPage + i); });
    }
    m_moreCandidates = key(QStringLiteral("candidates_more"), QString(), this);
    top->addWidget(m_moreCandidates);
    top->addWidget(m_nextSegment);
    outer->addLayout(top);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    m_pages = new QStackedWidget(this);
    body->addWidget(m_pages, 1);

    // The 50音 page.
    auto *kana = new QWidget(m_pages);
    auto *kanaGrid = new QGridLayout(kana);
    kanaGrid->setContentsMargins(0, 0, 0, 0);
    kanaGrid->setSpacing(6);
    for (int column = 0; column < kanaColumns().size(); ++column) {
        const QString &keys = kanaColumns().at(column);
        for (int row = 0; row < keys.size(); ++row) {
            const QChar k = keys.at(row);
            if (k == u' ') {
                continue;
            }
            QPushButton *b = key(QStringLiteral("kana_") + k, QString(k), kana);
            b->setProperty("kana", QString(k));
            m_kanaKeys.append(b);
            kanaGrid->addWidget(b, row, column);
            connect(b, &QPushButton::clicked, this,
                    [this, b] { m_composer->typeKana(b->property("kana").toString()); });
        }
    }
    m_dakuten = key(QStringLiteral("key_dakuten"), QStringLiteral("゛"), kana);
    m_handakuten = key(QStringLiteral("key_handakuten"), QStringLiteral("゜"), kana);
    m_small = key(QStringLiteral("key_small"), QString(), kana);
    const int marks = int(kanaColumns().size()) + 1;
    kanaGrid->setColumnMinimumWidth(marks - 1, 8);
    kanaGrid->addWidget(m_dakuten, 0, marks);
    kanaGrid->addWidget(m_handakuten, 1, marks);
    kanaGrid->addWidget(m_small, 2, marks);
    connect(m_dakuten, &QPushButton::clicked, this, [this] { m_composer->applyMark(KanaComposer::Mark::Dakuten); });
    connect(m_handakuten, &QPushButton::clicked, this,
            [this] { m_composer->applyMark(KanaComposer::Mark::Handakuten); });
    connect(m_small, &QPushButton::clicked, this, [this] { m_composer->applyMark(KanaComposer::Mark::Small); });
    m_pages->addWidget(kana);

    // The ABC page: digits, A-Z in alphabetical order (easier to find than QWERTY for someone who rarely types),
    // symbols of addresses and mail.
    auto *latin = new QWidget(m_pages);
    auto *latinGrid = new QGridLayout(latin);
    latinGrid->setContentsMargins(0, 0, 0, 0);
    latinGrid->setSpacing(6);
    QString latinKeys = QStringLiteral("1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    latinKeys += QString::fromLatin1(LatinSymbols);
    for (int i = 0; i < latinKeys.size(); ++i) {
        const QChar k = latinKeys.at(i);
        QPushButton *b = key(QStringLiteral("latin_") + k, QString(k), latin);
        m_letterKeys.append(b);
        latinGrid->addWidget(b, i / 10, i % 10);
        connect(b, &QPushButton::clicked, this, [this, b] { typeLatin(b->text()); });
    }
    m_shift = key(QStringLiteral("key_shift"), QString(), latin);
    latinGrid->addWidget(m_shift, 4, 2, 1, 3);
    connect(m_shift, &QPushButton::clicked, this, [this] {
        m_upperCase = !m_upperCase;
        refresh();
    });
    m_pages->addWidget(latin);

    // The function keys, the same on every page.
    auto *functions = new QGridLayout;
    functions->setSpacing(6);
    m_delete = key(QStringLiteral("key_delete"), QString(), this);
    m_space = key(QStringLiteral("key_space"), QString(), this);
    m_convert = key(QStringLiteral("key_convert"), QString(), this);
    m_commit = key(QStringLiteral("key_commit"), QString(), this);
    m_close = key(QStringLiteral("key_close"), QString(), this);
    ui::setRole(m_convert, "keyboardAction");
    ui::setRole(m_commit, "keyboardAction");
    functions->addWidget(m_delete, 0, 0);
    functions->addWidget(m_space, 1, 0);
    functions->addWidget(m_convert, 2, 0);
    functions->addWidget(m_commit, 3, 0);
    functions->addWidget(m_close, 4, 0);
    body->addLayout(functions);
    outer->addLayout(body);

    connect(m_hiraganaMode, &QPushButton::clicked, this, [this] { setPage(Page::Hiragana); });
    connect(m_katakanaMode, &QPushButton::clicked, this, [this] { setPage(Page::Katakana); });
    connect(m_latinMode, &QPushButton::clicked, this, [this] { setPage(Page::Latin); });
    connect(m_previousSegment, &QPushButton::clicked, this,
            [this] { m_composer->focusSegment(m_composer->focusedSegment() - 1); });
    connect(m_nextSegment, &QPushButton::clicked, this,
            [this] { m_composer->focusSegment(m_composer->focusedSegment() + 1); });
    connect(m_moreCandidates, &QPushButton::clicked, this, [this] {
        const int count = int(m_composer->segments().value(m_composer->focusedSegment()).candidates.size());
        const int pages = (count + CandidatesPerPage - 1) / CandidatesPerPage;
        m_candidatePage = pages > 0 ? (m_candidatePage + 1) % pages : 0;
        refresh();
    });
    connect(m_delete, &QPushButton::clicked, this, &TouchKeyboard::backspace);
    connect(m_space, &QPushButton::clicked, this, [this] {
        m_composer->commit();
        commitToField(QStringLiteral(" "));
    });
    connect(m_convert, &QPushButton::clicked, this, [this] { m_composer->convert(); });
    connect(m_commit, &QPushButton::clicked, this, [this] { m_composer->commit(); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_composer->commit();
        if (m_field) {
            m_field->clearFocus(); // the window hides the keyboard when no field wants it
        }
    });
    connect(m_composer, &KanaComposer::changed, this, [this] {
        if (!m_composer->isConverting()) {
            m_candidatePage = 0;
        } else {
            m_candidatePage = m_composer->chosenCandidate(m_composer->focusedSegment()) / CandidatesPerPage;
        }
        sendPreedit();
        refresh();
    });
    connect(m_composer, &KanaComposer::committed, this, &TouchKeyboard::commitToField);
    retranslate();
    refresh();
}

QPushButton *TouchKeyboard::key(const QString &objectName, const QString &text, QWidget *parent)
{
    QPushButton *b = ui::button("kana", parent, text);
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus); // the field keeps the focus (and the physical keyboard with it)
    b->setAutoDefault(false);
    return b;
}

bool TouchKeyboard::wants(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) && widget->property(InputProperty).isValid() &&
           !static_cast<const QLineEdit *>(widget)->isReadOnly();
}

void TouchKeyboard::attach(QLineEdit *field)
{
    if (field == m_field) {
        return;
    }
    m_composer->commit(); // into the field it was composed for
    if (m_field) {
        m_field->removeEventFilter(this);
    }
    m_field = field;
    if (m_field) {
        m_field->installEventFilter(this);
        const QString kind = m_field->property(InputProperty).toString();
        setPage(kind == u"latin" ? Page::Latin : kind == u"katakana" ? Page::Katakana : Page::Hiragana);
    }
    refresh();
}

void TouchKeyboard::setPage(Page page)
{
    m_composer->commit();
    m_page = page;
    m_composer->setOutput(page == Page::Katakana ? KanaComposer::Output::Katakana : KanaComposer::Output::Kanji);
    m_pages->setCurrentIndex(page == Page::Latin ? 1 : 0);
    refresh();
}

void TouchKeyboard::clear()
{
    m_composer->clear();
    m_candidatePage = 0;
    if (m_field) {
        QInputMethodEvent empty;
        QCoreApplication::sendEvent(m_field, &empty);
    }
    refresh();
}

void TouchKeyboard::commitToField(const QString &text)
{
    if (!m_field || text.isEmpty()) {
        return;
    }
    // An input-method commit: QLineEdit inserts it at the cursor (maxLength applies) and emits textEdited.
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(m_field, &event);
}

void TouchKeyboard::typeLatin(const QString &text)
{
    m_composer->commit();
    commitToField(text);
}

void TouchKeyboard::backspace()
{
    if (!m_composer->backspace() && m_field) {
        m_field->backspace();
    }
}

void TouchKeyboard::sendPreedit()
{
    if (!m_field) {
        return;
    }
    const QString preedit = m_composer->preedit();
    QList<QInputMethodEvent::Attribute> attributes;
    QTextCharFormat underline;
    underline.setFontUnderline(true);
    attributes.append({QInputMethodEvent::TextFormat, 0, int(preedit.size()), underline});
    if (m_composer->isConverting()) {
        QTextCharFormat focus;
        focus.setFontUnderline(true);
        focus.setBackground(palette().highlight());
        focus.setForeground(palette().highlightedText());
        attributes.append({QInputMethodEvent::TextFormat, m_composer->focusStart(), m_composer->focusLength(), focus});
    }
    attributes.append({QInputMethodEvent::Cursor, int(preedit.size()), 1, {}});
    QInputMethodEvent event(preedit, attributes);
    QCoreApplication::sendEvent(m_field, &event);
}

void TouchKeyboard::refresh()
{
    const bool latin = m_page == Page::Latin;
    m_hiraganaMode->setChecked(m_page == Page::Hiragana);
    m_katakanaMode->setChecked(m_page == Page::Katakana);
    m_latinMode->setChecked(latin);
    for (QPushButton *b : std::as_const(m_kanaKeys)) {
        const QString kana = b->property("kana").toString();
        const QString shown = m_page == Page::Katakana ? KanaComposer::toKatakana(kana) : kana;
        if (b->text() != shown) {
            ui::setText(b, shown);
        }
    }
    for (QPushButton *b : std::as_const(m_letterKeys)) {
        const QString k = b->objectName().mid(6);
        const QString shown = m_upperCase ? k : k.toLower();
        if (b->text() != shown) {
            ui::setText(b, shown);
        }
    }

    const bool converting = m_composer->isConverting();
    const int focus = m_composer->focusedSegment();
    const QStringList candidates = converting ? m_composer->segments().at(focus).candidates : QStringList();
    const int chosen = m_composer->chosenCandidate(focus);
    for (int i = 0; i < m_candidates.size(); ++i) {
        const int index = m_candidatePage * CandidatesPerPage + i;
        QPushButton *c = m_candidates.at(i);
        const QString text = candidates.value(index);
        if (c->text() != text) {
            ui::setText(c, text);
        }
        c->setEnabled(!text.isEmpty());
        ui::setFlag(c, "chosen", !text.isEmpty() && index == chosen);
    }
    m_moreCandidates->setEnabled(candidates.size() > CandidatesPerPage);
    m_previousSegment->setEnabled(converting && focus > 0);
    m_nextSegment->setEnabled(converting && focus + 1 < m_composer->segments().size());
    m_convert->setEnabled(!latin && m_composer->canConvert() && m_composer->isComposing());
    m_commit->setEnabled(m_composer->isComposing());
    m_dakuten->setEnabled(!converting);
    m_handakuten->setEnabled(!converting);
    m_small->setEnabled(!converting);
    ui::setText(m_convert, converting ? tr("Next") : tr("Convert"),
                converting ? tr("Shows the next kanji for the highlighted part") : tr("Converts the kana to kanji"));
}

void TouchKeyboard::retranslate()
{
    ui::setText(m_small, tr("Small"), tr("Makes the last kana small (っ, ゃ)"));
    m_dakuten->setAccessibleName(tr("Voiced mark"));
    m_handakuten->setAccessibleName(tr("Semi-voiced mark"));
    ui::setText(m_shift, tr("a / A"), tr("Switches between capital and small letters"));
    ui::setText(m_delete, tr("Delete"), tr("Deletes the last character"));
    ui::setText(m_space, tr("Space"));
    ui::setText(m_commit, tr("Enter"), tr("Puts the text into the field"));
    ui::setText(m_close, tr("Close"), tr("Closes the keyboard"));
    ui::setText(m_moreCandidates, tr("More"), tr("Shows more kanji"));
    m_previousSegment->setAccessibleName(tr("Previous part"));
    m_nextSegment->setAccessibleName(tr("Next part"));
    m_hiraganaMode->setAccessibleName(tr("Hiragana"));
    m_katakanaMode->setAccessibleName(tr("Katakana"));
    m_latinMode->setAccessibleName(tr("Letters and digits"));
    refresh();
}

void TouchKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool TouchKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field) {
        if (event->type() == QEvent::KeyPress && physicalKey(static_cast<QKeyEvent *>(event))) {
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            m_composer->commit(); // never leave a half-typed word behind in a field
        }
    }
    return QWidget::eventFilter(watched, event);
}

// A key of the staff's physical keyboard on the attached field. True when the input method took it.
bool TouchKeyboard::physicalKey(QKeyEvent *event)
{
    const int k = event->key();
    if (k == Qt::Key_Zenkaku_Hankaku || k == Qt::Key_Hankaku || k == Qt::Key_Zenkaku || k == Qt::Key_Kanji ||
        k == Qt::Key_Eisu_toggle) {
        setPage(m_page == Page::Latin ? Page::Hiragana : Page::Latin);
        return true;
    }
    if (k == Qt::Key_Muhenkan) {
        setPage(Page::Latin);
        return true;
    }
    if (k == Qt::Key_Henkan || k == Qt::Key_Hiragana || k == Qt::Key_Hiragana_Katakana) {
        if (m_page == Page::Latin) {
            setPage(Page::Hiragana);
        } else {
            m_composer->convert();
        }
        return true;
    }
    if (k == Qt::Key_Katakana) {
        setPage(Page::Katakana);
        return true;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (m_page == Page::Latin || mods != Qt::NoModifier) {
        m_composer->commit(); // Ctrl+V and the like act on committed text
        return false;
    }
    const bool composing = m_composer->isComposing();
    const bool converting = m_composer->isConverting();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (k) {
    case Qt::Key_Space:
        if (composing) {
            m_composer->convert();
            return true;
        }
        return false;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (composing) {
            m_composer->commit();
            return true;
        }
        return false;
    case Qt::Key_Backspace:
        return m_composer->backspace();
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (converting) {
            const int delta = k == Qt::Key_Left ? -1 : 1;
            if (shift) {
                m_composer->resizeFocused(delta);
            } else {
                m_composer->focusSegment(m_composer->focusedSegment() + delta);
            }
            return true;
        }
        return composing;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (converting) {
            const int count = int(m_composer->segments().at(m_composer->focusedSegment()).candidates.size());
            const int next = m_composer->chosenCandidate(m_composer->focusedSegment()) + (k == Qt::Key_Up ? -1 : 1);
            m_composer->selectCandidate((next + count) % count);
            return true;
        }
        return composing;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && m_composer->typeRomaji(text.at(0))) {
        return true;
    }
    // Digits, symbols, a 外字 from the staff's keyboard: the composition first, then the key as it is.
    m_composer->commit();
    return false;
}

} // namespace kakanai::kiosk
