// kakanai-print as an operator runs it: PDFs of the forms, the receipt and the slip from an example request, the
// JSON summary, printing through CUPS (failing cleanly here: no scheduler), and the exit codes of every error.
#include "tests/printer/PrinterTestSupport.h"
#include "tests/support/ProgramRun.h"

#include <QJsonArray>

using namespace kakanai::printer::testing;

namespace {

using Run = kakanai::testsupport::ProgramRun;

Run run(const QStringList &args, const QMap<QString, QString> &env = {})
{
    return kakanai::testsupport::runProgram(binPath(QStringLiteral("kakanai-print")), args, {{}, env, 120000});
}

QString example(const QString &form)
{
    return sourcePath(QStringLiteral("resources/examples/requests/%1.json").arg(form));
}

} // namespace

class TestPrintCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rendersEveryDocument();
    void configurationFile();
    void missingGlyphsExitThree();
    void printerErrorsExitOne();
    void usageErrors_data();
    void usageErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPrintCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPrintCli::rendersEveryDocument()
{
    const QString forms = m_dir->filePath(QStringLiteral("forms.pdf"));
    const QString receipt = m_dir->filePath(QStringLiteral("receipt.pdf"));
    const QString slip = m_dir->filePath(QStringLiteral("slip.pdf"));
    const Run r = run({QStringLiteral("--request"), example(QStringLiteral("tennyu")), QStringLiteral("--pdf"), forms,
                       QStringLiteral("--receipt"), receipt, QStringLiteral("--slip"), slip, QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("--yes"), QStringLiteral("kokuho,has_card"),
                       QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    const QJsonObject request = readObject(example(QStringLiteral("tennyu")));
    QCOMPARE(summary.value(QStringLiteral("request_id")), request.value(QStringLiteral("request_id")));
    const QJsonArray documents = summary.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 3);
    QStringList kinds;
    for (const QJsonValue &d : documents) {
        kinds.append(d.toObject().value(QStringLiteral("kind")).toString());
        QVERIFY(d.toObject().value(QStringLiteral("pages")).toInt() >= 1);
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("forms"), QStringLiteral("receipt"), QStringLiteral("slip")}));
    QVERIFY(summary.value(QStringLiteral("issues")).toArray().isEmpty());
    // Nothing personal on the terminal: ids, kinds and counts only.
    const Persona who = persona(QStringLiteral("long-address"));
    QVERIFY(!QString::fromUtf8(r.out + r.err).contains(who.name));

    QVERIFY(pdfText(forms).contains(who.address));
    QVERIFY(pdfText(receipt).contains(QStringLiteral("受付票")));
    const QString slipText = pdfText(slip);
    QVERIFY(slipText.contains(QStringLiteral("国民健康保険の加入")));
    QVERIFY(!slipText.contains(QStringLiteral("児童手当"))); // has_children not answered yes
    QCOMPARE(QFile::permissions(forms) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestPrintCli::configurationFile()
{
    const QString ini = writeTemp(*m_dir, QStringLiteral("kiosk.ini"),
                                  "[kiosk]\nmunicipality=北海道札幌市中央区\n[printer]\nreceipt_format=a6\n");
    const QString receipt = m_dir->filePath(QStringLiteral("r.pdf"));
    const Run r =
        run({QStringLiteral("--config"), ini, QStringLiteral("--request"), example(QStringLiteral("tenkyo")),
             QStringLiteral("--receipt"), receipt, QStringLiteral("--pdf"), m_dir->filePath(QStringLiteral("f.pdf"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A6 (105 × 148 mm = 297.6 × 419.5 pt; Qt's A6 is 297 × 420).
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {receipt});
    QVERIFY2(info.out.contains("Page size:       297 x 420 pts"), info.out.constData());
    QVERIFY(pdfText(receipt).contains(QStringLiteral("北海道札幌市中央区")));
    QVERIFY(
        pdfText(m_dir->filePath(QStringLiteral("f.pdf"))).contains(QStringLiteral("（あて先）北海道札幌市中央区長")));

    const QString broken = writeTemp(*m_dir, QStringLiteral("broken.ini"), "[printer]\nreceipt_format=b5\n");
    const Run bad = run({QStringLiteral("--config"), broken, QStringLiteral("--request"),
                         example(QStringLiteral("tenkyo")), QStringLiteral("--receipt"), receipt});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("invalid_configuration field=printer/receipt_format"), bad.err.constData());
}

void TestPrintCli::missingGlyphsExitThree()
{
    // A name with a vendor 外字 in the Private Use Area: printed as 〓, reported, exit code 3.
    QJsonObject request = readObject(example(QStringLiteral("juminhyo")));
    QByteArray json = QJsonDocument(request).toJson();
    json.replace(QStringLiteral("𠮷").toUtf8(), QStringLiteral("\uE000").toUtf8());
    const QString file = writeTemp(*m_dir, QStringLiteral("gaiji.json"), json);
    const Run r = run({QStringLiteral("--request"), file, QStringLiteral("--pdf"),
                       m_dir->filePath(QStringLiteral("g.pdf")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("missing_glyph U+E000 in juminhyo counter_person.name"), r.err.constData());
    const QJsonArray issues = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("issues")).toArray();
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().toObject().value(QStringLiteral("code_point")).toString(), QStringLiteral("U+E000"));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("g.pdf"))));
}

void TestPrintCli::printerErrorsExitOne()
{
    const QString ini =
        writeTemp(*m_dir, QStringLiteral("kiosk.ini"), "[printer]\ncups_server=/nonexistent/kakanai/cups.sock\n");
    const Run r = run({QStringLiteral("--config"), ini, QStringLiteral("--request"), example(QStringLiteral("inkan")),
                       QStringLiteral("--printer"), QStringLiteral("counter-a4")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cups_unavailable printer=counter-a4"), r.err.constData());
}

void TestPrintCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    const QString ok = example(QStringLiteral("koseki"));
    QTest::newRow("error: no --request") << QStringList{QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                         << QByteArray("--request is required");
    QTest::newRow("error: nothing to do")
        << QStringList{QStringLiteral("--request"), ok} << QByteArray("nothing to do");
    QTest::newRow("error: unreadable request")
        << QStringList{QStringLiteral("--request"), QStringLiteral("/nonexistent.json"), QStringLiteral("--pdf"),
                       QStringLiteral("x.pdf")}
        << QByteArray("cannot read the request file");
    QTest::newRow("error: not JSON") << QStringList{QStringLiteral("--request"), QStringLiteral("NOTJSON"),
                                                    QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                     << QByteArray("not a JSON object");
    QTest::newRow("error: breaks the schema") << QStringList{QStringLiteral("--request"), QStringLiteral("SCHEMA"),
                                                             QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                              << QByteArray("invalid_request field=/request_id");
    QTest::newRow("error: bad receipt format")
        << QStringList{QStringLiteral("--request"),        ok,
                       QStringLiteral("--receipt"),        QStringLiteral("r.pdf"),
                       QStringLiteral("--receipt-format"), QStringLiteral("a4")}
        << QByteArray("--receipt-format is roll80 or a6");
    QTest::newRow("error: bad printer name")
        << QStringList{QStringLiteral("--request"), ok, QStringLiteral("--printer"), QStringLiteral("a b")}
        << QByteArray("not a CUPS queue name");
    QTest::newRow("error: missing config")
        << QStringList{QStringLiteral("--config"),  QStringLiteral("/nonexistent.ini"),
                       QStringLiteral("--request"), ok,
                       QStringLiteral("--pdf"),     QStringLiteral("x.pdf")}
        << QByteArray("no such configuration file");
}

void TestPrintCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    for (QString &a : args) {
        if (a == QLatin1String("NOTJSON")) {
            a = writeTemp(*m_dir, QStringLiteral("not.json"), "{ nope");
        } else if (a == QLatin1String("SCHEMA")) {
            QJsonObject r = readObject(example(QStringLiteral("koseki")));
            r.insert(QStringLiteral("request_id"), QStringLiteral("123"));
            a = writeTemp(*m_dir, QStringLiteral("schema.json"), QJsonDocument(r).toJson());
        } else if (a.endsWith(QLatin1String(".pdf"))) {
            a = m_dir->filePath(a);
        }
    }
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_MAIN(TestPrintCli)
#include "TestPrintCli.moc"
