// Japanese input in the window, as a person uses it: the touch keyboard opens under a text field of the 転入届, a
// name (世帯主 山田太郎) and an address (方書 芝公園, with ゛ tapped) are typed by tapping kana keys, converted by the
// real engine (Anthy) and chosen among its candidates, and both are found on the printed form (pdftotext). Staff's
// physical keyboard: romaji converted the same way, and 外字 (𠮷 U+20BB7, 髙 U+9AD9) kept to the exact code point
// in the Request and in the PDF's text layer. The keyboard goes with the session.
#include "tests/app/GuiTestSupport.h"
#include "tests/support/ProgramRun.h"

#include "app/ui/widgets/TouchKeyboard.h"
#include "printer/PrintRenderer.h"

#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollArea>

using namespace kakanai;
using namespace kakanai::kiosk;
using kakanai::testing::FakeCardPort;
using kakanai::testing::FakeSink;
using kakanai::testing::KioskHarness;
using S = kakanai::kiosk::SessionState;

class TestKioskKeyboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCardPort> m_card;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<KioskHarness> m_k;

    void make(QSize size = QSize(1920, 1080))
    {
        m_k.reset();
        m_card = std::make_unique<FakeCardPort>();
        m_sink = std::make_unique<FakeSink>();
        KioskHarness::Setup setup;
        setup.mode = KioskMode::Counter;
        setup.card = m_card.get();
        setup.sink = m_sink.get();
        setup.size = size;
        m_k = std::make_unique<KioskHarness>(setup);
        QVERIFY(m_k->app);
        m_k->window()->activateWindow();
        m_card->remove();
    }

    // Card, PIN, 転入 with the number read, the values this test is not about set through the session.
    void toMovingInReview()
    {
        KioskSession *s = m_k->session();
        m_card->insert();
        m_card->answerTries(3);
        QVERIFY(m_k->keys(QStringLiteral("1234"), QStringLiteral("PinScreen")));
        QVERIFY(m_k->click(QStringLiteral("pin_ok")));
        m_card->answerRead(testing::demoResident());
        QCOMPARE(m_k->state(), S::ProcedureChoice);
        QVERIFY(s->chooseLifeEvent(QStringLiteral("moving_in")));
        QVERIFY(s->answerQuestions({}));
        // The 転入届 asks for the individual number: it is read over the card the PIN verified (one PIN a visit).
        QCOMPARE(m_k->state(), S::Reading);
        m_card->answerRead(testing::demoResident(true));
        QVERIFY(m_k->waitFor(S::Review));
        const QList<std::pair<const char *, QString>> values = {
            {"path", QStringLiteral("special")},
            {"moved_on", QStringLiteral("2025-03-28")},
            {"planned_move_out_on", QStringLiteral("2025-03-25")},
            {"new_address.postal_code", QStringLiteral("1050011")},
            {"new_address.address", QStringLiteral("東京都港区芝公園４丁目２－８")},
            {"movers[0].relation", QStringLiteral("head")},
            {"notifier.relation", QStringLiteral("mover")},
            {"id_document", QStringLiteral("mynumber_card")},
        };
        for (const auto &[path, value] : values) {
            QVERIFY2(s->setValue(QLatin1String(path), value, forms::Provenance::Staff), path);
        }
        QCoreApplication::processEvents();
    }

    QLineEdit *field(const QString &path) const
    {
        QWidget *editor = m_k->find(QStringLiteral("editor_") + path);
        return editor ? editor->findChild<QLineEdit *>(QStringLiteral("text")) : nullptr;
    }

    TouchKeyboard *keyboard() const { return m_k->window()->keyboard(); }

    // A finger on the field: it takes the focus, and the keyboard opens for it.
    bool tap(QLineEdit *edit)
    {
        if (!edit || !edit->isVisible()) {
            return false;
        }
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(10, edit->height() / 2));
        if (!edit->hasFocus()) {
            edit->setFocus(Qt::MouseFocusReason); // offscreen windows are not always active
        }
        return QTest::qWaitFor([&] { return keyboard()->isVisible() && keyboard()->field() == edit; }, 2000);
    }

    // Taps kana as a person does: a voiced kana (だ) is its plain key, then ゛; ぱ is は, then ゜.
    bool tapKana(const QString &kana)
    {
        const QString voiced = QStringLiteral("がぎぐげござじずぜぞだぢづでどばびぶべぼ");
        const QString plainVoiced = QStringLiteral("かきくけこさしすせそたちつてとはひふへほ");
        const QString semi = QStringLiteral("ぱぴぷぺぽ");
        const QString plainSemi = QStringLiteral("はひふへほ");
        const QString keyboard = QStringLiteral("TouchKeyboard");
        for (QChar c : kana) {
            QString mark;
            if (const qsizetype i = voiced.indexOf(c); i >= 0) {
                c = plainVoiced.at(i);
                mark = QStringLiteral("key_dakuten");
            } else if (const qsizetype j = semi.indexOf(c); j >= 0) {
                c = plainSemi.at(j);
                mark = QStringLiteral("key_handakuten");
            }
            if (!m_k->click(QStringLiteral("kana_") + c, keyboard) ||
                (!mark.isEmpty() && !m_k->click(mark, keyboard))) {
                return false;
            }
        }
        return true;
    }

    // Taps the candidate with this text (turning the candidate pages as a person would).
    bool tapCandidate(const QString &text)
    {
        for (int page = 0; page < 8; ++page) {
            for (QPushButton *b : keyboard()->findChildren<QPushButton *>()) {
                if (b->objectName().startsWith(QStringLiteral("candidate_")) && b->isVisible() && b->isEnabled() &&
                    b->text() == text) {
                    QTest::mouseClick(b, Qt::LeftButton);
                    return true;
                }
            }
            if (!m_k->click(QStringLiteral("candidates_more"), QStringLiteral("TouchKeyboard"))) {
                return false;
            }
        }
        return false;
    }

    // ↓ through the candidates, as staff do, until `wanted` is chosen.
    bool chooseWithArrows(QLineEdit *edit, const QString &wanted)
    {
        for (int i = 0; i < 40 && keyboard()->composer()->preedit() != wanted; ++i) {
            QTest::keyClick(edit, Qt::Key_Down);
        }
        return keyboard()->composer()->preedit() == wanted;
    }

    // Resident and staff confirm; the Request the sink got, printed as the kiosk prints it, as text.
    QString confirmAndPrint(QJsonObject *request)
    {
        KioskSession *s = m_k->session();
        if (!s->reviewNext() || !m_k->waitFor(S::ResidentConfirm) || !m_k->click(QStringLiteral("confirm_yes")) ||
            !m_k->signInStaff() || !m_k->waitFor(S::StaffConfirm) || !m_k->click(QStringLiteral("staff_confirm")) ||
            m_sink->json.size() != 1) {
            qWarning("stopped in state %s", qPrintable(sessionStateName(m_k->state())));
            return {};
        }
        *request = QJsonDocument::fromJson(m_sink->json.first()).object();
        auto catalog = forms::FormCatalog::load();
        auto renderer = printer::PrintRenderer::create(printer::PrinterConfig{}, *catalog);
        auto pdf = renderer->renderForms(*request);
        if (!pdf) {
            return {};
        }
        testsupport::ProgramInput input;
        input.stdinData = pdf->pdf;
        const auto text = testsupport::runProgram(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"), QStringLiteral("-")}, input);
        m_sink->commit();
        return text.exitCode == 0 ? QString::fromUtf8(text.out).remove(QLatin1Char('\n')) : QString();
    }

    // A value of the Request's first form: a field of the form itself, or of the person with this role.
    static QString value(const QJsonObject &request, const QString &field, const QString &role = {})
    {
        const QJsonObject form = request.value(QStringLiteral("forms")).toArray().first().toObject();
        QJsonObject values = form.value(QStringLiteral("values")).toObject();
        if (!role.isEmpty()) {
            for (const QJsonValue &person : form.value(QStringLiteral("people")).toArray()) {
                if (person.toObject().value(QStringLiteral("role")).toString() == role) {
                    values = person.toObject().value(QStringLiteral("values")).toObject();
                }
            }
        }
        return values.value(field).toObject().value(QStringLiteral("value")).toString();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_k.reset();
        m_card.reset();
        m_sink.reset();
    }

    void nameAndAddressByTaps()
    {
        make();
        toMovingInReview();
        QVERIFY(!keyboard()->isVisible()); // only a text field opens it

        // 世帯主: や ま だ → 変換 → 山田, た ろ う → 変換 → 太郎.
        QLineEdit *head = field(QStringLiteral("head_of_household.name"));
        QVERIFY(tap(head));
        QCOMPARE(keyboard()->page(), TouchKeyboard::Page::Hiragana);
        QVERIFY(tapKana(QStringLiteral("やまだ")));
        QCOMPARE(head->text(), QString()); // still being composed: nothing in the field's value yet
        QVERIFY(m_k->click(QStringLiteral("key_convert"), QStringLiteral("TouchKeyboard")));
        QVERIFY(tapCandidate(QStringLiteral("山田")));
        QVERIFY(m_k->click(QStringLiteral("key_commit"), QStringLiteral("TouchKeyboard")));
        QCOMPARE(head->text(), QStringLiteral("山田"));
        QVERIFY(tapKana(QStringLiteral("たろう")));
        QVERIFY(m_k->click(QStringLiteral("key_convert"), QStringLiteral("TouchKeyboard")));
        QVERIFY(tapCandidate(QStringLiteral("太郎")));
        QVERIFY(m_k->click(QStringLiteral("key_commit"), QStringLiteral("TouchKeyboard")));
        QCOMPARE(head->text(), QStringLiteral("山田太郎"));
        const forms::FieldValue *stored = m_k->session()->form(0).value(QStringLiteral("head_of_household.name"));
        QVERIFY(stored);
        QCOMPARE(stored->value.toString(), QStringLiteral("山田太郎"));

        // 方書: し は ゛ こ う え ん → 変換 → 芝公園; the keyboard moves to the field tapped next.
        QLineEdit *katagaki = field(QStringLiteral("new_address.katagaki"));
        QVERIFY(tap(katagaki));
        QVERIFY(tapKana(QStringLiteral("しは")));
        QVERIFY(m_k->click(QStringLiteral("key_dakuten"), QStringLiteral("TouchKeyboard")));
        QVERIFY(tapKana(QStringLiteral("こうえん")));
        QCOMPARE(keyboard()->composer()->preedit(), QStringLiteral("しばこうえん"));
        QVERIFY(m_k->click(QStringLiteral("key_convert"), QStringLiteral("TouchKeyboard")));
        QVERIFY(tapCandidate(QStringLiteral("芝公園")));
        QVERIFY(m_k->click(QStringLiteral("key_commit"), QStringLiteral("TouchKeyboard")));
        QCOMPARE(katagaki->text(), QStringLiteral("芝公園"));
        QCOMPARE(head->text(), QStringLiteral("山田太郎")); // untouched

        // Delete on a composed-nothing field deletes the field's own last character (and the session hears it).
        QVERIFY(tapKana(QStringLiteral("ー")));
        QVERIFY(m_k->click(QStringLiteral("key_delete"), QStringLiteral("TouchKeyboard")));   // the ー being composed
        QVERIFY(!m_k->button(QStringLiteral("key_commit"), QStringLiteral("TouchKeyboard"))); // nothing to commit
        QCOMPARE(katagaki->text(), QStringLiteral("芝公園"));

        // Closing the keyboard leaves the field; the keyboard hides.
        QVERIFY(m_k->click(QStringLiteral("key_close"), QStringLiteral("TouchKeyboard")));
        QVERIFY(QTest::qWaitFor([&] { return !keyboard()->isVisible(); }, 2000));

        QJsonObject request;
        const QString paper = confirmAndPrint(&request);
        QVERIFY(!paper.isEmpty());
        QCOMPARE(value(request, QStringLiteral("name"), QStringLiteral("head_of_household")),
                 QStringLiteral("山田太郎"));
        QCOMPARE(value(request, QStringLiteral("new_address.katagaki")), QStringLiteral("芝公園"));
        QVERIFY2(paper.contains(QStringLiteral("山田太郎")), "the name typed is not on the printed form");
        QVERIFY2(paper.contains(QStringLiteral("芝公園")), "the 方書 typed is not on the printed form");
        QVERIFY(!paper.contains(QStringLiteral("やまだ"))); // control: the reading itself never reached the paper
    }

    // The keyboard lies over the screen without growing the window, and the field being typed into stays in sight
    // above it, at both sizes (a docked keyboard under a review screen made the window taller than the display).
    void fitsAndKeepsTheFieldInSight_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }
    void fitsAndKeepsTheFieldInSight()
    {
        QFETCH(QSize, size);
        make(size);
        toMovingInReview();
        QCOMPARE(m_k->window()->size(), size);
        for (const QString &path : {QStringLiteral("head_of_household.name"), QStringLiteral("movers[0].kana")}) {
            QLineEdit *edit = field(path);
            QVERIFY(tap(edit));
            QTest::qWait(50); // the scroll is queued after the page got its room
            QCOMPARE(m_k->window()->size(), size);
            const QRect kb = keyboard()->geometry();
            QCOMPARE(kb.bottom() + 1, m_k->find(QStringLiteral("StatusLine"))->y());
            const QRect shown(edit->mapTo(m_k->window(), QPoint(0, 0)), edit->size());
            QVERIFY2(shown.bottom() < kb.top(), qPrintable(path)); // not under the keyboard
            QScrollArea *area = nullptr;
            for (QWidget *w = edit->parentWidget(); w && !area; w = w->parentWidget()) {
                area = qobject_cast<QScrollArea *>(w);
            }
            QVERIFY(area);
            const int viewportTop = area->viewport()->mapTo(m_k->window(), QPoint(0, 0)).y();
            QVERIFY2(shown.top() >= viewportTop, qPrintable(path)); // not scrolled away above
        }
        QVERIFY(m_k->click(QStringLiteral("key_close"), QStringLiteral("TouchKeyboard")));
        QVERIFY(QTest::qWaitFor([&] { return !keyboard()->isVisible(); }, 2000));
        QCOMPARE(m_k->window()->size(), size);
    }

    // Staff at a physical keyboard: romaji converted in the kiosk (Space = 変換 / next, Enter = 確定), and 外字 from
    // their keyboard or clipboard arrive as they are, to the PDF's text layer.
    void staffKeyboardAndGaiji()
    {
        make();
        toMovingInReview();
        QLineEdit *head = field(QStringLiteral("head_of_household.name"));
        QVERIFY(tap(head));
        const QString yoshi = QString::fromUcs4(U"\U00020BB7"); // 𠮷 (つちよし), outside JIS X 0208
        const QString taka = QString::fromUcs4(U"\U00009AD9");  // 髙 (はしごだか), outside JIS X 0208
        QCOMPARE(yoshi.size(), 2);                              // a surrogate pair in UTF-16
        QTest::sendKeyEvent(QTest::Click, head, Qt::Key_unknown, yoshi, Qt::NoModifier);
        QTest::keyClicks(head, QStringLiteral("ta"));
        QCOMPARE(keyboard()->composer()->preedit(), QStringLiteral("た"));
        QTest::keyClick(head, Qt::Key_Space);
        QVERIFY(chooseWithArrows(head, QStringLiteral("田")));
        QTest::keyClick(head, Qt::Key_Return);
        QTest::keyClick(head, Qt::Key_Space); // nothing composed: a space in the field
        QTest::sendKeyEvent(QTest::Click, head, Qt::Key_unknown, taka, Qt::NoModifier);
        QTest::keyClicks(head, QStringLiteral("tarou"));
        QTest::keyClick(head, Qt::Key_Space);
        QVERIFY(chooseWithArrows(head, QStringLiteral("太郎")));
        QTest::keyClick(head, Qt::Key_Return);
        const QString name = yoshi + QStringLiteral("田 ") + taka + QStringLiteral("太郎");
        QCOMPARE(head->text(), name);

        // 半角/全角 switches to letters and digits (romaji no longer converted), and back.
        QLineEdit *katagaki = field(QStringLiteral("new_address.katagaki"));
        QVERIFY(tap(katagaki));
        QTest::keyClicks(katagaki, QStringLiteral("haitu"));
        QTest::sendKeyEvent(QTest::Click, katagaki, Qt::Key_Zenkaku_Hankaku, QString(),
                            Qt::NoModifier); // commits ハイツ… as kana, then letters
        QCOMPARE(keyboard()->page(), TouchKeyboard::Page::Latin);
        QTest::keyClicks(katagaki, QStringLiteral("101a"));
        QCOMPARE(katagaki->text(), QStringLiteral("はいつ101a"));
        QTest::sendKeyEvent(QTest::Click, katagaki, Qt::Key_Zenkaku_Hankaku, QString(), Qt::NoModifier);
        QCOMPARE(keyboard()->page(), TouchKeyboard::Page::Hiragana);
        QTest::keyClicks(katagaki, QStringLiteral("a"));
        QCOMPARE(keyboard()->composer()->preedit(), QStringLiteral("あ"));
        QTest::keyClick(katagaki, Qt::Key_Backspace);
        QVERIFY(!keyboard()->composer()->isComposing());
        QCOMPARE(katagaki->text(), QStringLiteral("はいつ101a")); // the composed あ went, not the field's a

        QJsonObject request;
        const QString paper = confirmAndPrint(&request);
        QVERIFY(!paper.isEmpty());
        const QString stored = value(request, QStringLiteral("name"), QStringLiteral("head_of_household"));
        QCOMPARE(stored, name);
        QCOMPARE(stored.toUcs4().first(), 0x20BB7u);
        QVERIFY2(paper.contains(yoshi + QStringLiteral("田")), "𠮷 lost on its way to the paper");
        QVERIFY2(paper.contains(taka + QStringLiteral("太郎")), "髙 lost on its way to the paper");
        // Control: the JIS look-alikes (吉, 高) are not what was printed.
        QVERIFY(!paper.contains(QStringLiteral("吉田")));
        QVERIFY(!paper.contains(QStringLiteral("高太郎")));
    }

    // A 外字 pasted by staff (Ctrl+V) passes the input method untouched.
    void pastedGaiji()
    {
        make();
        toMovingInReview();
        QLineEdit *head = field(QStringLiteral("head_of_household.name"));
        QVERIFY(tap(head));
        QTest::keyClicks(head, QStringLiteral("yamada")); // being composed when the paste comes
        QGuiApplication::clipboard()->setText(QString::fromUcs4(U"\U00020BB7"));
        QTest::keyClick(head, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(head->text(), QStringLiteral("やまだ") + QString::fromUcs4(U"\U00020BB7"));
        const forms::FieldValue *stored = m_k->session()->form(0).value(QStringLiteral("head_of_household.name"));
        QVERIFY(stored && stored->value.toString() == head->text());
    }

    // フリガナ fields open in katakana; the session's end drops what was being typed, and hides the keyboard.
    void katakanaFieldAndWipe()
    {
        make();
        toMovingInReview();
        QLineEdit *kana = field(QStringLiteral("movers[0].kana"));
        QVERIFY(tap(kana));
        QCOMPARE(keyboard()->page(), TouchKeyboard::Page::Katakana);
        QVERIFY(m_k->button(QStringLiteral("kana_や"), QStringLiteral("TouchKeyboard"))->text() == u"ヤ");
        QVERIFY(tapKana(QStringLiteral("やまだ")));
        QVERIFY(!m_k->button(QStringLiteral("key_convert"), QStringLiteral("TouchKeyboard"))); // never to kanji
        QVERIFY(m_k->click(QStringLiteral("key_commit"), QStringLiteral("TouchKeyboard")));
        QCOMPARE(kana->text(), QStringLiteral("ヤマダ"));
        QVERIFY(tapKana(QStringLiteral("たろう"))); // composed, not committed
        QCOMPARE(keyboard()->composer()->preedit(), QStringLiteral("タロウ"));
        m_card->remove();
        QVERIFY(m_k->waitFor(S::Idle));
        QVERIFY(!keyboard()->isVisible());
        QVERIFY(!keyboard()->composer()->isComposing());
        QVERIFY(keyboard()->field() == nullptr);
    }
};

QTEST_MAIN(TestKioskKeyboard)
#include "TestKioskKeyboard.moc"
