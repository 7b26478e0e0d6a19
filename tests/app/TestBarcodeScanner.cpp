// The USB scanner in keyboard mode (app/core/BarcodeScannerFilter): a fast burst of key presses ending in Enter is
// a scan; a person typing the same keys is not. Keys are delivered to a window as the platform delivers them, with
// a ManualClock between them, and the filter sits on the application as in the kiosk.
#include "app/core/BarcodeScannerFilter.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace kakanai;
using namespace kakanai::kiosk;

namespace {

// Counts the Enter presses that reach the window (the focused button would act on them).
class KeyWindow : public QWindow
{
public:
    int enters = 0;
    QString typed;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            ++enters;
        } else {
            typed += event->text();
        }
    }
};

} // namespace

class TestBarcodeScanner : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BarcodeScannerFilter> m_filter;
    std::unique_ptr<KeyWindow> m_window;

    // Types `text` with `gapMs` between keys (`slowAt`: one gap of `slowGapMs` before that character), then Enter
    // after `enterGapMs`.
    void type(const QByteArray &text, qint64 gapMs, qint64 enterGapMs, int slowAt = -1, qint64 slowGapMs = 0)
    {
        for (int i = 0; i < text.size(); ++i) {
            m_clock->advanceMs(i == slowAt ? slowGapMs : (i == 0 ? 1000 : gapMs));
            QTest::keyClick(m_window.get(), text.at(i));
        }
        m_clock->advanceMs(enterGapMs);
        QTest::keyClick(m_window.get(), Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_filter = std::make_unique<BarcodeScannerFilter>(*m_clock);
        m_window = std::make_unique<KeyWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        qApp->installEventFilter(m_filter.get());
    }

    void cleanup()
    {
        qApp->removeEventFilter(m_filter.get());
        m_window.reset();
        m_filter.reset();
    }

    void burst_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("gapMs");
        QTest::addColumn<qint64>("enterGapMs");
        QTest::addColumn<int>("slowAt");
        QTest::addColumn<bool>("scan");
        const QByteArray code("KKP1AEAQ2KJZGIYDAMBQGAYTCMBRGE2DC");
        QTest::newRow("scanner at 4 ms a key") << code << qint64(4) << qint64(4) << -1 << true;
        QTest::newRow("slow scanner at 30 ms a key") << code << qint64(30) << qint64(30) << -1 << true;
        QTest::newRow("lower case (Caps Lock on)") << code.toLower() << qint64(5) << qint64(5) << -1 << true;
        QTest::newRow("no: typing at 120 ms a key") << code << qint64(120) << qint64(120) << -1 << false;
        QTest::newRow("no: a fast typist at 60 ms") << code << qint64(60) << qint64(60) << -1 << false;
        // A pause starts a new burst: what follows it is too short to be a code.
        QTest::newRow("no: a pause near the end") << code << qint64(4) << qint64(4) << 28 << false;
        QTest::newRow("no: Enter long after the code") << code << qint64(4) << qint64(500) << -1 << false;
        QTest::newRow("no: too short to be a code") << QByteArray("KKP1A") << qint64(4) << qint64(4) << -1 << false;
    }

    void burst()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, gapMs);
        QFETCH(qint64, enterGapMs);
        QFETCH(int, slowAt);
        QFETCH(bool, scan);
        QSignalSpy scanned(m_filter.get(), &BarcodeScannerFilter::scanned);
        QVERIFY(scanned.isValid());
        type(text, gapMs, enterGapMs, slowAt, 400);
        QCOMPARE(scanned.count(), scan ? 1 : 0);
        if (scan) {
            QCOMPARE(scanned.first().first().toByteArray(), text);
            QCOMPARE(m_window->enters, 0); // the Enter that ends a scan presses nothing
        } else {
            QCOMPARE(m_window->enters, 1); // typing keeps its Enter
        }
        // The keys themselves reach the window either way.
        QCOMPARE(m_window->typed, QString::fromLatin1(text));
    }

    void twoScansInARow()
    {
        QSignalSpy scanned(m_filter.get(), &BarcodeScannerFilter::scanned);
        type("KKP1ABCDEFGH", 3, 3);
        type("KKP1IJKLMNOP", 3, 3);
        QCOMPARE(scanned.count(), 2);
        QCOMPARE(scanned.at(1).first().toByteArray(), QByteArray("KKP1IJKLMNOP"));
    }

    void disabledSeesNothing()
    {
        QSignalSpy scanned(m_filter.get(), &BarcodeScannerFilter::scanned);
        m_filter->setEnabled(false);
        type("KKP1ABCDEFGH", 3, 3);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_window->enters, 1);
        m_filter->setEnabled(true);
        type("KKP1ABCDEFGH", 3, 3);
        QCOMPARE(scanned.count(), 1);
    }
};

QTEST_MAIN(TestBarcodeScanner)
#include "TestBarcodeScanner.moc"
