// The [printer] group of the kiosk INI: defaults, every key, and a clear error naming the key for every value that
// cannot work.
#include "printer/PrinterConfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::printer;

class TestPrinterConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaults();
    void everyKey();
    void receiptQueueFallsBackToName();
    void errors_data();
    void errors();
    void queueNames_data();
    void queueNames();

private:
    QSettings &ini(const QByteArray &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestPrinterConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPrinterConfig::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

QSettings &TestPrinterConfig::ini(const QByteArray &text)
{
    QFile f(m_dir->filePath(QStringLiteral("kiosk.ini")));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
        qFatal("cannot write the INI");
    }
    f.close();
    m_settings = std::make_unique<QSettings>(f.fileName(), QSettings::IniFormat);
    return *m_settings;
}

void TestPrinterConfig::defaults()
{
    auto c = PrinterConfig::load(ini(""));
    QVERIFY(c);
    QCOMPARE(c->printerName, QString());
    QCOMPARE(c->receiptFormat, ReceiptFormat::Roll80);
    QCOMPARE(c->fontFamily, QStringLiteral("Noto Sans CJK JP"));
    QCOMPARE(c->titleFontFamily, QStringLiteral("Noto Serif CJK JP"));
    QVERIFY(c->fallbackFontFamilies.isEmpty());
    QCOMPARE(c->cupsServer, QString());
    QCOMPARE(c->pdfDirectory, QString());
    QCOMPARE(c->addressee, QString());
}

void TestPrinterConfig::everyKey()
{
    const QByteArray text = "[kiosk]\nmunicipality=東京都千代田区\n"
                            "[printer]\nname=counter-a4\nreceipt_name=counter-roll\nreceipt_format=a6\n"
                            "font_family=Noto Serif CJK JP\ntitle_font_family=Noto Sans CJK JP\n"
                            "fallback_fonts=\"IPAmjMincho, Droid Sans Fallback\"\ncups_server=/run/cups/cups.sock\n"
                            "pdf_directory=" +
                            m_dir->path().toUtf8() + "\n";
    auto c = PrinterConfig::load(ini(text));
    QVERIFY2(c, c ? "" : qPrintable(c.error().toLogString()));
    QCOMPARE(c->printerName, QStringLiteral("counter-a4"));
    QCOMPARE(c->receiptPrinterName, QStringLiteral("counter-roll"));
    QCOMPARE(c->receiptQueue(), QStringLiteral("counter-roll"));
    QCOMPARE(c->receiptFormat, ReceiptFormat::A6);
    QCOMPARE(c->fontFamily, QStringLiteral("Noto Serif CJK JP"));
    QCOMPARE(c->titleFontFamily, QStringLiteral("Noto Sans CJK JP"));
    QCOMPARE(c->fallbackFontFamilies,
             (QStringList{QStringLiteral("IPAmjMincho"), QStringLiteral("Droid Sans Fallback")}));
    QCOMPARE(c->cupsServer, QStringLiteral("/run/cups/cups.sock"));
    QCOMPARE(c->pdfDirectory, m_dir->path());
    // The addressee defaults to the kiosk's municipality: （あて先）東京都千代田区長
    QCOMPARE(c->addressee, QStringLiteral("東京都千代田区長"));

    auto own = PrinterConfig::load(ini("[printer]\naddressee=千代田区長　様\ncups_server=print.example:8631\n"));
    QVERIFY(own);
    QCOMPARE(own->addressee, QStringLiteral("千代田区長　様"));
    QCOMPARE(own->cupsServer, QStringLiteral("print.example:8631"));
}

void TestPrinterConfig::receiptQueueFallsBackToName()
{
    auto c = PrinterConfig::load(ini("[printer]\nname=counter-a4\n"));
    QVERIFY(c);
    QCOMPARE(c->receiptQueue(), QStringLiteral("counter-a4"));
}

void TestPrinterConfig::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("error: unknown key (a typo)")
        << QByteArray("[printer]\nreciept_format=a6\n") << QStringLiteral("printer/reciept_format");
    QTest::newRow("error: receipt_format not roll80/a6")
        << QByteArray("[printer]\nreceipt_format=a4\n") << QStringLiteral("printer/receipt_format");
    QTest::newRow("error: queue name with a space")
        << QByteArray("[printer]\nname=\"counter a4\"\n") << QStringLiteral("printer/name");
    QTest::newRow("error: queue name with a slash")
        << QByteArray("[printer]\nreceipt_name=roll/1\n") << QStringLiteral("printer/receipt_name");
    QTest::newRow("error: name given as a list")
        << QByteArray("[printer]\nname=a, b\n") << QStringLiteral("printer/name");
    QTest::newRow("error: empty font family")
        << QByteArray("[printer]\nfont_family=\n") << QStringLiteral("printer/font_family");
    QTest::newRow("error: cups_server with a bad port")
        << QByteArray("[printer]\ncups_server=localhost:99999\n") << QStringLiteral("printer/cups_server");
    QTest::newRow("error: cups_server not a host")
        << QByteArray("[printer]\ncups_server=\"http://x\"\n") << QStringLiteral("printer/cups_server");
    QTest::newRow("error: pdf_directory missing")
        << QByteArray("[printer]\npdf_directory=/nonexistent/kakanai\n") << QStringLiteral("printer/pdf_directory");
    QTest::newRow("error: pdf_directory relative")
        << QByteArray("[printer]\npdf_directory=out\n") << QStringLiteral("printer/pdf_directory");
}

void TestPrinterConfig::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    auto c = PrinterConfig::load(ini(text));
    QVERIFY(!c);
    QCOMPARE(c.error().code, PrintErrorCode::InvalidConfiguration);
    QCOMPARE(c.error().field, field);
    QVERIFY(!c.error().detail.isEmpty());
    QVERIFY(c.error().toLogString().startsWith(QStringLiteral("invalid_configuration field=") + field));
}

void TestPrinterConfig::queueNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("counter-a4") << true;
    QTest::newRow("underscore and digits") << QStringLiteral("Brother_HL_L2375DW") << true;
    QTest::newRow("error: empty") << QString() << false;
    QTest::newRow("error: space") << QStringLiteral("a b") << false;
    QTest::newRow("error: hash") << QStringLiteral("a#b") << false;
    QTest::newRow("error: backslash") << QStringLiteral("a\\b") << false;
    QTest::newRow("error: 128 bytes") << QString(128, QLatin1Char('p')) << false;
}

void TestPrinterConfig::queueNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidQueueName(name), valid);
}

QTEST_GUILESS_MAIN(TestPrinterConfig)
#include "TestPrinterConfig.moc"
