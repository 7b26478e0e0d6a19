// 再印刷 through the printer library: the forms of a delivered request rendered again from its document and written
// where [printer] says (here a PDF folder); a broken [printer] is a clear error naming its key.
#include "inbox/PrinterReprint.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kakanai::backoffice;

class TestInboxReprint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString ini(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("inbox.ini"));
        if (!fixtures::writeFile(path, content)) {
            qFatal("cannot write the INI");
        }
        return path;
    }

    static RequestDetail detailOf(const QJsonObject &doc)
    {
        RequestDetail d;
        d.document = doc;
        d.summary.requestId = doc.value(QLatin1String("request_id")).toString();
        return d;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reprintToPdfFolder()
    {
        const QString out = m_dir.filePath(QStringLiteral("pdf"));
        QVERIFY(QDir().mkpath(out));
        auto hook = PrinterReprint::create(ini(QStringLiteral("[printer]\npdf_directory=%1\n").arg(out).toUtf8()));
        const QList<QJsonObject> requests =
            fixtures::kioskRequests(QStringLiteral("kiosk-01"), fixtures::personas().mid(0, 1));
        QVERIFY(!requests.isEmpty());
        const RequestDetail d = detailOf(requests.first());
        auto done = hook->reprint(d);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toLogString()));
        const QString file = QDir(out).filePath(d.summary.requestId + QStringLiteral("-forms.pdf"));
        QVERIFY2(done->contains(file), qPrintable(*done));
        QVERIFY(fixtures::readFile(file).startsWith("%PDF"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("no printer and no PDF folder")
            << QByteArray("[printer]\n") << QStringLiteral("no_printer_configured");
        QTest::newRow("unknown receipt format")
            << QByteArray("[printer]\nreceipt_format=a5\n") << QStringLiteral("printer/receipt_format");
        QTest::newRow("font not installed")
            << QByteArray("[printer]\npdf_directory=/tmp\nfont_family=No Such Font\n") << QStringLiteral("font_family");
    }
    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        auto hook = PrinterReprint::create(ini(content));
        const RequestDetail d =
            detailOf(fixtures::kioskRequests(QStringLiteral("kiosk-01"), fixtures::personas().mid(0, 1)).first());
        auto done = hook->reprint(d);
        QVERIFY(!done.ok());
        QVERIFY2(done.error().detail.contains(says), qPrintable(done.error().detail));
    }
};

QTEST_MAIN(TestInboxReprint)
#include "TestInboxReprint.moc"
