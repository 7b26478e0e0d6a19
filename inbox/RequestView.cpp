#include "inbox/RequestView.h"

#include "inbox/RequestListModel.h"

#include "forms/Fees.h"
#include "forms/Request.h"

#include <QCheckBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kakanai::backoffice {

namespace {

QString plainValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("✓") : QStringLiteral("—");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &x : v.toArray()) {
            parts.append(x.toString());
        }
        return parts.join(QStringLiteral("、"));
    }
    default:
        return {};
    }
}

} // namespace

RequestView::RequestView(FormLabels labels, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_labels(std::move(labels))
    , m_zone(std::move(zone))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("requestHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_header->setFont(big);
    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("requestStatus"));
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showNumber = new QCheckBox(tr("個人番号を表示"), this);
    m_showNumber->setObjectName(QStringLiteral("showIndividualNumber"));
    connect(m_showNumber, &QCheckBox::toggled, this, &RequestView::rebuildValues);

    m_values = new QTreeWidget(this);
    m_values->setObjectName(QStringLiteral("requestValues"));
    m_values->setColumnCount(3);
    m_values->setHeaderLabels({tr("項目"), tr("値"), tr("由来")});
    m_values->setAlternatingRowColors(true);
    m_values->setUniformRowHeights(true);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("requestHistory"));
    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("日時"), tr("状態"), tr("理由"), tr("担当")});
    m_history->setRootIsDecorated(false);
    m_history->setMaximumHeight(120);

    layout->addWidget(m_header);
    layout->addWidget(m_statusLine);
    layout->addWidget(m_showNumber);
    layout->addWidget(m_values, 1);
    layout->addWidget(new QLabel(tr("状態の履歴"), this));
    layout->addWidget(m_history);
    clear();
}

QString RequestView::provenanceText(const QString &provenance)
{
    if (provenance == QLatin1String("card")) {
        return tr("券面");
    }
    if (provenance == QLatin1String("staff")) {
        return tr("職員");
    }
    if (provenance == QLatin1String("resident")) {
        return tr("住民");
    }
    if (provenance == QLatin1String("derived")) {
        return tr("自動");
    }
    if (provenance == QLatin1String("pre_entry")) {
        return tr("事前入力");
    }
    return provenance;
}

QString RequestView::timeText(const QDateTime &t) const
{
    if (!t.isValid()) {
        return {};
    }
    return (m_zone.isValid() ? t.toTimeZone(m_zone) : t.toLocalTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void RequestView::clear()
{
    m_current = RequestDetail();
    m_header->setText(tr("申請を選んでください"));
    m_statusLine->clear();
    m_values->clear();
    m_history->clear();
    m_showNumber->setChecked(false);
    m_showNumber->setEnabled(false);
}

void RequestView::showRequest(const RequestDetail &request)
{
    const bool same = request.summary.requestId == m_current.summary.requestId;
    m_current = request;
    if (!same) {
        m_showNumber->setChecked(false); // masked again for every other request
    }
    const RequestSummary &s = request.summary;
    m_header->setText(m_labels.procedureTitle(s.procedureKind, s.procedureId));
    QString line = tr("申請ID %1 ・ 端末 %2 ・ 作成 %3 ・ 受信 %4 ・ 状態 %5")
                       .arg(s.requestId, s.kioskId, timeText(s.createdAt), timeText(s.receivedAt),
                            RequestListModel::statusText(s.status));
    if (s.status == RequestStatus::Returned && !s.statusReason.isEmpty()) {
        line += tr("（理由: %1）").arg(s.statusReason);
    }
    const auto header = forms::readRequestHeader(request.document);
    const QString integrity = header ? header->cardIntegrity : QString();
    if (!integrity.isEmpty()) {
        line += tr(" ・ カード真正性 %1")
                    .arg(integrity == QLatin1String("verified") ? tr("確認済")
                         : integrity == QLatin1String("failed") ? tr("不一致")
                                                                : tr("確認不可"));
    }
    m_statusLine->setText(line);

    m_history->clear();
    for (const QJsonValue &h : request.statusHistory) {
        const QJsonObject o = h.toObject();
        const auto status = statusFromName(o.value(QLatin1String("status")).toString());
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, timeText(QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs)));
        item->setText(1, status ? RequestListModel::statusText(*status) : o.value(QLatin1String("status")).toString());
        item->setText(2, o.value(QLatin1String("reason")).toString());
        item->setText(3, o.value(QLatin1String("by")).toString());
    }
    for (int c = 0; c < 3; ++c) {
        m_history->resizeColumnToContents(c);
    }
    rebuildValues();
}

void RequestView::addValue(QTreeWidgetItem *parent, const forms::FormInstance &form, const QString &path)
{
    const forms::FormDefinition &def = form.definition();
    const forms::RequestPlace place = forms::requestPlace(def, path);
    const forms::FieldValue *v = form.value(path);
    auto *row = new QTreeWidgetItem(parent);
    row->setText(0, m_labels.fieldLabel(def.id, place.role, place.list, place.key));
    QString value = plainValue(v->value.toJson());
    if (const kakanai::IndividualNumber *number = form.individualNumber(path)) {
        m_showNumber->setEnabled(true);
        value =
            m_showNumber->isChecked() ? number->digits() : QString(kakanai::IndividualNumber::Length, QChar(0x25CF));
        row->setData(1, Qt::UserRole, QStringLiteral("individual_number"));
    } else {
        const QString choice = m_labels.choiceText(def.id, place.role, place.list, place.key, value);
        if (!choice.isEmpty()) {
            value = QStringLiteral("%1（%2）").arg(choice, value);
        }
    }
    row->setText(1, value);
    QString provenance = provenanceText(forms::provenanceName(v->provenance));
    if (v->cardValue && !form.individualNumber(path)) {
        // Staff or the resident changed what the card said: show both.
        provenance += tr("（カードの値: %1）").arg(plainValue(v->cardValue->toJson()));
    } else if (v->cardValue) {
        provenance += tr("（カードの値から変更）");
    }
    row->setText(2, provenance);
}

void RequestView::rebuildValues()
{
    m_values->clear();
    m_showNumber->setEnabled(false);
    if (m_current.document.isEmpty()) {
        return;
    }
    const forms::FormCatalog *catalog = m_labels.catalog();
    auto stored = catalog ? forms::readRequest(m_current.document, *catalog)
                          : forms::Result<forms::StoredRequest>(forms::FormsError::make(
                                forms::FormsErrorCode::UnknownForm, {}, {}, QStringLiteral("no form catalog")));
    if (!stored) {
        // Shown as it is: staff see that this request does not fit the forms this inbox knows.
        auto *item = new QTreeWidgetItem(m_values);
        item->setText(0, tr("読み取れない申請"));
        item->setText(1, stored.error().toLogString());
        item->setForeground(1, QBrush(QColor(0xb3, 0x26, 0x1e)));
        return;
    }
    // What the cashier collects: the total the kiosk showed and the receipt printed, first and on the status line.
    if (stored->feeTotal) {
        auto *total = new QTreeWidgetItem(m_values);
        total->setText(0, tr("手数料 合計"));
        total->setText(1, forms::formatYen(*stored->feeTotal));
        total->setData(1, Qt::UserRole, QStringLiteral("fee_total"));
        QString line = m_statusLine->text();
        const QString feeMark = tr(" ・ 手数料 %1");
        if (const qsizetype at = line.indexOf(feeMark.left(feeMark.indexOf(QLatin1Char('%')))); at >= 0) {
            line.truncate(at); // rebuilt (the individual number shown or masked): one fee on the line
        }
        m_statusLine->setText(line + feeMark.arg(forms::formatYen(*stored->feeTotal)));
    }
    for (const forms::StoredForm &form : stored->forms) {
        const forms::FormDefinition &def = form.instance.definition();
        auto *formItem = new QTreeWidgetItem(m_values);
        formItem->setText(0, m_labels.formTitle(def.id));
        formItem->setText(1, def.legalBasis);
        if (form.fee) {
            auto *fee = new QTreeWidgetItem(formItem);
            fee->setText(0, tr("手数料"));
            fee->setText(1, tr("%1 × %2通 = %3")
                                .arg(forms::formatYen(form.fee->perCopy))
                                .arg(form.fee->copies)
                                .arg(forms::formatYen(form.fee->amount)));
            fee->setData(1, Qt::UserRole, QStringLiteral("fee"));
        }
        QHash<QString, QTreeWidgetItem *> groups; // person "role#index" or list "list" / "list#item" → its node
        for (const QString &path : forms::pathsInRequestOrder(form.instance)) {
            const forms::RequestPlace place = forms::requestPlace(def, path);
            QTreeWidgetItem *parent = formItem;
            if (!place.role.isEmpty()) {
                const QString key = place.role + QLatin1Char('#') + QString::number(place.personIndex);
                parent = groups.value(key);
                if (!parent) {
                    parent = groups[key] = new QTreeWidgetItem(formItem);
                    QString title = roleTitle(place.role);
                    if (place.personIndex >= 0) {
                        title += QStringLiteral(" %1").arg(place.personIndex + 1);
                    }
                    parent->setText(0, title);
                }
            } else if (!place.list.isEmpty()) {
                QTreeWidgetItem *list = groups.value(place.list);
                if (!list) {
                    list = groups[place.list] = new QTreeWidgetItem(formItem);
                    list->setText(0, m_labels.fieldLabel(def.id, QString(), QString(), place.list));
                }
                const QString key = place.list + QLatin1Char('#') + QString::number(place.item);
                parent = groups.value(key);
                if (!parent) {
                    parent = groups[key] = new QTreeWidgetItem(list);
                    parent->setText(0, QStringLiteral("%1").arg(place.item + 1));
                }
            }
            addValue(parent, form.instance, path);
        }
        for (const forms::ValidationIssue &w : form.warnings) {
            auto *item = new QTreeWidgetItem(formItem);
            item->setText(0, tr("注意"));
            item->setText(1, w.code);
            item->setText(2, w.field);
            item->setForeground(1, QBrush(QColor(0xb3, 0x26, 0x1e)));
        }
    }
    m_values->expandAll();
    m_values->resizeColumnToContents(0);
    m_values->resizeColumnToContents(1);
}

QString RequestView::roleTitle(const QString &role)
{
    if (role == QLatin1String("requester")) {
        return tr("請求者");
    }
    if (role == QLatin1String("counter_person")) {
        return tr("窓口に来た人");
    }
    if (role == QLatin1String("subject")) {
        return tr("対象者");
    }
    if (role == QLatin1String("mover")) {
        return tr("異動者");
    }
    if (role == QLatin1String("notifier")) {
        return tr("届出人");
    }
    return role;
}

} // namespace kakanai::backoffice
