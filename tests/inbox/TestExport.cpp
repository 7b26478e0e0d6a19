// The export layout for 基幹 systems: RFC 4180 CSV, one row per value, and JSON Lines, as outbox/README.md says.
#include "inbox/Export.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QBuffer>
#include <QTest>

using namespace kakanai::backoffice;

class TestExport : public QObject
{
    Q_OBJECT

    static RequestDetail detail()
    {
        RequestDetail d;
        QJsonObject doc = fixtures::syntheticRequest(QStringLiteral("kiosk-01"), 2, QStringLiteral("試験　花子"));
        doc[QStringLiteral("created_at")] = QStringLiteral("2025-04-01T09:30:00.000+09:00");
        doc[QStringLiteral("request_id")] = QStringLiteral("0195ef2a-7c40-7000-8000-00000000cafe");
        // A second person of a list, and a value changed by staff against the card.
        QJsonArray forms = doc[QStringLiteral("forms")].toArray();
        QJsonObject form = forms[0].toObject();
        QJsonArray people = form[QStringLiteral("people")].toArray();
        people.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("mover")},
                        {QStringLiteral("index"), 1},
                        {QStringLiteral("values"),
                         QJsonObject{{QStringLiteral("name"),
                                      QJsonObject{{QStringLiteral("value"), QStringLiteral("試験　一郎")},
                                                  {QStringLiteral("provenance"), QStringLiteral("resident")}}}}}});
        form[QStringLiteral("people")] = people;
        doc[QStringLiteral("receipt_number")] = QStringLiteral("KT-042");
        QJsonObject values = form[QStringLiteral("values")].toObject();
        values[QStringLiteral("phone")] =
            QJsonObject{{QStringLiteral("value"), QStringLiteral("03-1234-5678, 内線\"2\"")},
                        {QStringLiteral("provenance"), QStringLiteral("staff")},
                        {QStringLiteral("card_value"), QStringLiteral("03-0000-0000")}};
        form[QStringLiteral("values")] = values;
        forms[0] = form;
        doc[QStringLiteral("forms")] = forms;
        d.document = doc;
        d.summary.requestId = doc.value(QLatin1String("request_id")).toString();
        d.summary.kioskId = QStringLiteral("kiosk-01");
        d.summary.procedureKind = QStringLiteral("form");
        d.summary.procedureId = QStringLiteral("tenkyo");
        d.summary.formIds = {QStringLiteral("tenkyo")};
        d.summary.receivedAt = QDateTime(QDate(2025, 4, 1), QTime(0, 31, 2, 345), Qt::UTC);
        d.summary.createdAt = QDateTime(QDate(2025, 4, 1), QTime(0, 30), Qt::UTC);
        d.summary.status = RequestStatus::Returned;
        d.summary.statusReason = QStringLiteral("住所の記載に不備");
        d.submittedBy = QStringLiteral("kiosk_0001");
        d.statusHistory = QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("received")}}};
        return d;
    }

private Q_SLOTS:
    void csvQuoting_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QByteArray("a,b\r\n");
        QTest::newRow("empty fields") << QStringList{QString(), QString()} << QByteArray(",\r\n");
        QTest::newRow("comma") << QStringList{QStringLiteral("a,b")} << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote doubled") << QStringList{QStringLiteral("say \"hi\"")}
                                       << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("line break kept inside quotes")
            << QStringList{QStringLiteral("a\nb")} << QByteArray("\"a\nb\"\r\n");
        QTest::newRow("Japanese as UTF-8")
            << QStringList{QStringLiteral("山田　太郎")} << QStringLiteral("山田　太郎\r\n").toUtf8();
        QTest::newRow("outside JIS kept") << QStringList{QStringLiteral("𠮷田")} << QStringLiteral("𠮷田\r\n").toUtf8();
        // Spreadsheet formulas are neutralised with a leading apostrophe (outbox/README.md "Export layout").
        QTest::newRow("formula =") << QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")}
                                   << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
        QTest::newRow("formula +") << QStringList{QStringLiteral("+81 3 1234")} << QByteArray("'+81 3 1234\r\n");
        QTest::newRow("formula -") << QStringList{QStringLiteral("-2+3")} << QByteArray("'-2+3\r\n");
        QTest::newRow("formula @") << QStringList{QStringLiteral("@SUM(A1)")} << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("leading tab") << QStringList{QStringLiteral("\t=1")} << QByteArray("'\t=1\r\n");
        QTest::newRow("leading CR quoted") << QStringList{QStringLiteral("\r=1")} << QByteArray("\"'\r=1\"\r\n");
        QTest::newRow("apostrophe doubled up front")
            << QStringList{QStringLiteral("'quoted")} << QByteArray("''quoted\r\n");
        QTest::newRow("trigger later in the cell untouched")
            << QStringList{QStringLiteral("03-1234=5"), QStringLiteral("a@b")} << QByteArray("03-1234=5,a@b\r\n");
        QTest::newRow("full-width equals untouched")
            << QStringList{QStringLiteral("＝１")} << QStringLiteral("＝１\r\n").toUtf8();
    }

    // The importer's documented rule (drop one leading apostrophe) gives every value back exactly.
    void csvCellRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("山田");
        QTest::newRow("formula") << QStringLiteral("=1+1");
        QTest::newRow("apostrophe") << QStringLiteral("'=1+1");
        QTest::newRow("two apostrophes") << QStringLiteral("''");
        QTest::newRow("empty") << QString();
    }
    void csvCellRoundTrip()
    {
        QFETCH(QString, value);
        QString cell = ExportWriter::csvCell(value);
        if (cell.startsWith(QLatin1Char('\''))) {
            cell.remove(0, 1);
        }
        QCOMPARE(cell, value);
    }
    void csvQuoting()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, line);
        QCOMPARE(ExportWriter::csvLine(fields), line);
    }

    void csvRowsPerValue()
    {
        const RequestDetail d = detail();
        const QTimeZone tokyo("Asia/Tokyo");
        const auto read = ExportWriter::csvRows(d, tokyo, fixtures::catalog());
        QVERIFY2(read, read ? "" : qPrintable(read.error().toLogString()));
        const QList<QStringList> rows = *read;
        const QStringList columns = ExportWriter::csvColumns();
        QCOMPARE(columns.size(), 18);
        for (const QStringList &r : rows) {
            QCOMPARE(r.size(), columns.size());
            QCOMPARE(r.at(0), d.summary.requestId);
            QCOMPARE(r.at(columns.indexOf(QStringLiteral("receipt_number"))), QStringLiteral("KT-042"));
            QCOMPARE(r.at(columns.indexOf(QStringLiteral("received_at"))),
                     QStringLiteral("2025-04-01T09:31:02.345+09:00"));
            QCOMPARE(r.at(columns.indexOf(QStringLiteral("created_at"))),
                     QStringLiteral("2025-04-01T09:30:00.000+09:00"));
            QCOMPARE(r.at(columns.indexOf(QStringLiteral("status"))), QStringLiteral("returned"));
            QCOMPARE(r.at(columns.indexOf(QStringLiteral("status_reason"))), QStringLiteral("住所の記載に不備"));
        }
        auto find = [&](const QString &field) -> QStringList {
            for (const QStringList &r : rows) {
                if (r.at(columns.indexOf(QStringLiteral("field"))) == field) {
                    return r;
                }
            }
            return {};
        };
        auto findPerson = [&](const QString &field, const QString &index) -> QStringList {
            for (const QStringList &r : rows) {
                if (r.at(columns.indexOf(QStringLiteral("field"))) == field &&
                    r.at(columns.indexOf(QStringLiteral("person_index"))) == index) {
                    return r;
                }
            }
            return {};
        };
        const QStringList name = findPerson(QStringLiteral("name"), QStringLiteral("0"));
        QCOMPARE(name.at(columns.indexOf(QStringLiteral("role"))), QStringLiteral("mover"));
        QCOMPARE(name.at(columns.indexOf(QStringLiteral("person_index"))), QStringLiteral("0"));
        QCOMPARE(name.at(columns.indexOf(QStringLiteral("value"))), QStringLiteral("試験　花子"));
        QCOMPARE(name.at(columns.indexOf(QStringLiteral("provenance"))), QStringLiteral("card"));
        QCOMPARE(name.at(columns.indexOf(QStringLiteral("form_id"))), QStringLiteral("tenkyo"));
        QCOMPARE(name.at(columns.indexOf(QStringLiteral("form_version"))), QStringLiteral("1"));
        const QStringList katagaki = find(QStringLiteral("new_address.katagaki"));
        QCOMPARE(katagaki.at(columns.indexOf(QStringLiteral("value"))), QStringLiteral("3号室"));
        QVERIFY(katagaki.at(columns.indexOf(QStringLiteral("role"))).isEmpty());
        const QStringList second = findPerson(QStringLiteral("name"), QStringLiteral("1"));
        QCOMPARE(second.at(columns.indexOf(QStringLiteral("value"))), QStringLiteral("試験　一郎"));
        QCOMPARE(second.at(columns.indexOf(QStringLiteral("role"))), QStringLiteral("mover"));
        // The individual number as the request carries it (digits), from the IndividualNumber readRequest restored.
        QCOMPARE(findPerson(QStringLiteral("individual_number"), QStringLiteral("0"))
                     .at(columns.indexOf(QStringLiteral("value"))),
                 QStringLiteral("123456789018"));
        const QStringList phone = find(QStringLiteral("phone"));
        QCOMPARE(phone.at(columns.indexOf(QStringLiteral("card_value"))), QStringLiteral("03-0000-0000"));
        QCOMPARE(phone.at(columns.indexOf(QStringLiteral("provenance"))), QStringLiteral("staff"));
        QCOMPARE(rows.size(), 7); // 3 of the first mover, previous_address, katagaki, the second mover, phone
    }

    void writerFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("jsonl") << QStringLiteral("jsonl");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("unknown format") << QStringLiteral("xml");
    }
    void writerFormats()
    {
        QFETCH(QString, format);
        const auto fmt = exportFormatFromName(format);
        if (format == QLatin1String("xml")) {
            QVERIFY(!fmt);
            return;
        }
        QVERIFY(fmt);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ExportWriter writer(buffer, *fmt, QTimeZone("Asia/Tokyo"), fixtures::catalog());
        QVERIFY(writer.begin().ok());
        QVERIFY(writer.write(detail()).ok());
        QVERIFY(writer.write(detail()).ok());
        QCOMPARE(writer.count(), 2);
        const QByteArray out = buffer.data();
        QVERIFY(!out.startsWith("\xEF\xBB\xBF")); // no byte order mark unless asked for
        if (*fmt == ExportFormat::JsonLines) {
            const QList<QByteArray> lines = out.split('\n');
            QCOMPARE(lines.size(), 3);
            QVERIFY(lines.last().isEmpty());
            const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
            QCOMPARE(o.value(QLatin1String("request_id")).toString(), detail().summary.requestId);
            QCOMPARE(o.value(QLatin1String("receipt_number")).toString(), QStringLiteral("KT-042"));
            QCOMPARE(o.value(QLatin1String("created_at")).toString(), QStringLiteral("2025-04-01T09:30:00.000+09:00"));
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("returned"));
            QCOMPARE(o.value(QLatin1String("received_at")).toString(), QStringLiteral("2025-04-01T09:31:02.345+09:00"));
            QCOMPARE(o.value(QLatin1String("form_ids")).toArray(), QJsonArray{QStringLiteral("tenkyo")});
            QCOMPARE(o.value(QLatin1String("submitted_by")).toString(), QStringLiteral("kiosk_0001"));
            QCOMPARE(o.value(QLatin1String("document")).toObject(), detail().document);
            QVERIFY(o.value(QLatin1String("status_changed_at")).isNull());
        } else {
            QVERIFY(out.startsWith(ExportWriter::csvLine(ExportWriter::csvColumns())));
            QCOMPARE(out.count("\r\n"), 1 + 2 * 7);
            QVERIFY(out.contains(QStringLiteral("\"03-1234-5678, 内線\"\"2\"\"\"").toUtf8()));
        }
    }

    void byteOrderMark_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("csv without") << ExportFormat::Csv << false << true;
        QTest::newRow("csv with") << ExportFormat::Csv << true << true;
        QTest::newRow("jsonl without") << ExportFormat::JsonLines << false << true;
        QTest::newRow("jsonl with is refused") << ExportFormat::JsonLines << true << false;
    }
    void byteOrderMark()
    {
        QFETCH(ExportFormat, format);
        QFETCH(bool, bom);
        QFETCH(bool, accepted);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ExportOptions options;
        options.byteOrderMark = bom;
        ExportWriter writer(buffer, format, QTimeZone("Asia/Tokyo"), fixtures::catalog(), options);
        const auto begun = writer.begin();
        QCOMPARE(begun.ok(), accepted);
        if (!accepted) {
            QCOMPARE(begun.error().code, BackofficeErrorCode::Config);
            QVERIFY(buffer.data().isEmpty());
            return;
        }
        QVERIFY(writer.write(detail()).ok());
        const QByteArray out = buffer.data();
        QCOMPARE(out.startsWith("\xEF\xBB\xBF"), bom);
        QCOMPARE(out.count("\xEF\xBB\xBF"), bom ? 1 : 0); // once, at the start only
        if (format == ExportFormat::Csv) {
            QVERIFY(out.mid(bom ? 3 : 0).startsWith("request_id,"));
        }
    }

    void unreadableRequestStopsTheExport()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ExportWriter writer(buffer, ExportFormat::Csv, QTimeZone("Asia/Tokyo"), fixtures::catalog());
        QVERIFY(writer.write(detail()).ok()); // positive control
        RequestDetail broken = detail();
        QJsonArray forms = broken.document[QStringLiteral("forms")].toArray();
        QJsonObject form = forms[0].toObject();
        QJsonObject values = form[QStringLiteral("values")].toObject();
        values[QStringLiteral("no_such_field")] =
            QJsonObject{{QStringLiteral("value"), 1}, {QStringLiteral("provenance"), QStringLiteral("staff")}};
        form[QStringLiteral("values")] = values;
        forms[0] = form;
        broken.document[QStringLiteral("forms")] = forms;
        const auto written = writer.write(broken);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, BackofficeErrorCode::InvalidRequest);
        QCOMPARE(writer.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "TestExport.moc"
