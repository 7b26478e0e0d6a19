// The inbox's list model and request view, offscreen, without a database: model contract, Japanese labels from the
// catalog, provenance, and the individual number masked until staff ask to see it.
#include "inbox/FormLabels.h"
#include "inbox/RequestListModel.h"
#include "inbox/RequestView.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace kakanai::backoffice;

namespace {

RequestDetail detailOf(const QJsonObject &doc, RequestStatus status = RequestStatus::Received)
{
    RequestDetail d;
    d.document = doc;
    d.summary.requestId = doc.value(QLatin1String("request_id")).toString();
    d.summary.kioskId = doc.value(QLatin1String("kiosk_id")).toString();
    d.summary.procedureKind = QStringLiteral("form");
    d.summary.procedureId = doc.value(QLatin1String("procedure")).toObject().value(QLatin1String("id")).toString();
    d.summary.receivedAt = QDateTime(QDate(2025, 4, 1), QTime(0, 31), Qt::UTC);
    d.summary.createdAt = QDateTime(QDate(2025, 4, 1), QTime(0, 30), Qt::UTC);
    d.summary.status = status;
    d.statusHistory = QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("received")},
                                             {QStringLiteral("at"), QStringLiteral("2025-04-01T00:31:00.000+00:00")},
                                             {QStringLiteral("by"), QStringLiteral("kiosk_0001")}}};
    return d;
}

QStringList texts(const QTreeWidget *tree, int column)
{
    QStringList out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        out.append(item->text(column));
        for (int i = 0; i < item->childCount(); ++i) {
            walk(item->child(i));
        }
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        walk(tree->topLevelItem(i));
    }
    return out;
}

} // namespace

class TestRequestView : public QObject
{
    Q_OBJECT

    FormLabels m_labels = FormLabels::embedded();

private Q_SLOTS:
    void modelContract()
    {
        RequestListModel model([this](const QString &k, const QString &id) { return m_labels.procedureTitle(k, id); },
                               QTimeZone("Asia/Tokyo"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<RequestSummary> rows;
        for (int i = 0; i < 3; ++i) {
            rows.append(detailOf(fixtures::syntheticRequest(QStringLiteral("kiosk-0%1").arg(i), i)).summary);
        }
        rows[0].receiptNumber = QStringLiteral("A-007"); // the others are from before receipt numbers
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RequestListModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, RequestListModel::ProcedureColumn)).toString(),
                 QStringLiteral("住民異動届（転居届）"));
        QCOMPARE(model.data(model.index(0, RequestListModel::ReceivedColumn)).toString(),
                 QStringLiteral("2025-04-01 09:31:00"));
        QCOMPARE(model.data(model.index(1, RequestListModel::StatusColumn)).toString(), QStringLiteral("受信"));
        QCOMPARE(model.data(model.index(0, RequestListModel::ReceiptColumn)).toString(), QStringLiteral("A-007"));
        QCOMPARE(model.data(model.index(1, RequestListModel::ReceiptColumn)).toString(), QString());
        QCOMPARE(model.headerData(RequestListModel::ReceiptColumn, Qt::Horizontal).toString(),
                 QStringLiteral("受付番号"));
        QCOMPARE(model.data(model.index(2, 0), RequestListModel::RequestIdRole).toString(), rows.at(2).requestId);
        QCOMPARE(model.rowOf(rows.at(1).requestId), 1);
        QCOMPARE(model.rowOf(QStringLiteral("absent")), -1);
        RequestSummary changed = rows.at(1);
        changed.status = RequestStatus::Returned;
        changed.statusReason = QStringLiteral("記載不備");
        QVERIFY(model.updateRow(changed));
        QCOMPARE(model.data(model.index(1, RequestListModel::StatusColumn)).toString(), QStringLiteral("返戻"));
        QCOMPARE(model.data(model.index(1, 0), Qt::ToolTipRole).toString(), QStringLiteral("記載不備"));
        changed.requestId = QStringLiteral("absent");
        QVERIFY(!model.updateRow(changed));
        QCOMPARE(model.headerData(RequestListModel::KioskColumn, Qt::Horizontal).toString(), QStringLiteral("端末"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void individualNumberMasked()
    {
        const fixtures::Persona p = fixtures::personas().first();
        QList<QJsonObject> requests = fixtures::kioskRequests(QStringLiteral("kiosk-01"), {p});
        QJsonObject withNumber;
        QJsonObject without;
        for (const QJsonObject &r : requests) {
            const bool has = QJsonDocument(r).toJson().contains(p.individualNumber.toUtf8());
            (has ? withNumber : without) = r;
        }
        QVERIFY(!withNumber.isEmpty());
        QVERIFY(!without.isEmpty());

        RequestView view(m_labels, QTimeZone("Asia/Tokyo"));
        view.resize(900, 700);
        view.show();
        view.showRequest(detailOf(withNumber));
        auto *values = view.findChild<QTreeWidget *>(QStringLiteral("requestValues"));
        auto *show = view.findChild<QCheckBox *>(QStringLiteral("showIndividualNumber"));
        QVERIFY(values && show);
        QVERIFY(show->isEnabled());
        QVERIFY(!texts(values, 1).join(QLatin1Char('|')).contains(p.individualNumber));
        QVERIFY(texts(values, 1).contains(QString(p.individualNumber.size(), QChar(0x25CF))));
        QVERIFY(texts(values, 1).join(QLatin1Char('|')).contains(p.name)); // names are shown: staff work with them
        QVERIFY(texts(values, 0).contains(QStringLiteral("個人番号")) ||
                texts(values, 0).join(QLatin1Char('|')).contains(QStringLiteral("個人番号")));
        QVERIFY(texts(values, 2).contains(QStringLiteral("券面")));
        show->setChecked(true);
        QVERIFY(texts(values, 1).contains(p.individualNumber));
        // The next request starts masked again.
        view.showRequest(detailOf(without));
        QVERIFY(!show->isChecked());
        QVERIFY(!show->isEnabled());
        view.showRequest(detailOf(withNumber));
        QVERIFY(!texts(values, 1).join(QLatin1Char('|')).contains(p.individualNumber));
        const QString header = view.findChild<QLabel *>(QStringLiteral("requestHeader"))->text();
        QVERIFY(!header.isEmpty());
        auto *history = view.findChild<QTreeWidget *>(QStringLiteral("requestHistory"));
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("受信"));
        view.clear();
        QVERIFY(!view.hasRequest());
        QCOMPARE(values->topLevelItemCount(), 0);
    }

    // 手数料 for the cashier: the Request's total first and on the status line, each form's fee under it; the same
    // numbers the kiosk showed (resources/examples/requests/juminhyo.json: 2 copies at the example ¥300).
    void feesForTheCashier()
    {
        QFile f(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/examples/requests/juminhyo.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject request = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(request.value(QLatin1String("fee_total")).toInt(), 600);

        RequestView view(m_labels, QTimeZone("Asia/Tokyo"));
        view.resize(900, 700);
        view.show();
        view.showRequest(detailOf(request));
        auto *values = view.findChild<QTreeWidget *>(QStringLiteral("requestValues"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("requestStatus"));
        QVERIFY(values && status);
        QCOMPARE(values->topLevelItem(0)->text(0), QStringLiteral("手数料 合計"));
        QCOMPARE(values->topLevelItem(0)->text(1), QStringLiteral("¥600"));
        QVERIFY(texts(values, 1).contains(QStringLiteral("¥300 × 2通 = ¥600")));
        QVERIFY2(status->text().endsWith(QStringLiteral(" ・ 手数料 ¥600")), qPrintable(status->text()));
        // Rebuilt when staff show the number: still one fee on the status line.
        view.findChild<QCheckBox *>(QStringLiteral("showIndividualNumber"))->setChecked(true);
        view.findChild<QCheckBox *>(QStringLiteral("showIndividualNumber"))->setChecked(false);
        QCOMPARE(status->text().count(QStringLiteral("手数料")), 1);

        // A request without fees (queued before the fee table) shows none.
        QJsonObject without = request;
        without.remove(QStringLiteral("fee_total"));
        QJsonArray forms;
        for (const QJsonValue &form : request.value(QLatin1String("forms")).toArray()) {
            QJsonObject o = form.toObject();
            o.remove(QStringLiteral("fee"));
            forms.append(o);
        }
        without.insert(QStringLiteral("forms"), forms);
        view.showRequest(detailOf(without));
        QVERIFY(!texts(values, 0).contains(QStringLiteral("手数料 合計")));
        QVERIFY(!texts(values, 0).contains(QStringLiteral("手数料")));
        QVERIFY(!status->text().contains(QStringLiteral("手数料")));
    }

    void labelsFallBackToIds()
    {
        const FormLabels none;
        QCOMPARE(none.formTitle(QStringLiteral("tenkyo")), QStringLiteral("tenkyo"));
        QCOMPARE(m_labels.formTitle(QStringLiteral("retired_form")), QStringLiteral("retired_form"));
        QCOMPARE(m_labels.fieldLabel(QStringLiteral("tenkyo"), QString(), QString(), QStringLiteral("no_such")),
                 QStringLiteral("no_such"));
        QCOMPARE(RequestView::provenanceText(QStringLiteral("resident")), QStringLiteral("住民"));
    }
};

QTEST_MAIN(TestRequestView)
#include "TestRequestView.moc"
