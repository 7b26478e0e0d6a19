#include "RequestView.h"

#include "RequestListModel.h"

#include <QCheckBox>
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

bool isIndividualNumber(const QString &key)
{
    return key == QLatin1String("individual_number") || key.endsWith(QLatin1String(".individual_number"));
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
    const QString integrity =
        request.document.value(QLatin1String("card")).toObject().value(QLatin1String("integrity")).toString();
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

void RequestView::addValues(QTreeWidgetItem *parent, const QString &formId, const QString &role,
                            const QJsonObject &values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        if (v.contains(QLatin1String("items"))) {
            auto *listItem = new QTreeWidgetItem(parent);
            listItem->setText(0, m_labels.fieldLabel(formId, role, QString(), it.key()));
            const QJsonArray items = v.value(QLatin1String("items")).toArray();
            for (int i = 0; i < items.size(); ++i) {
                auto *entry = new QTreeWidgetItem(listItem);
                entry->setText(0, QStringLiteral("%1").arg(i + 1));
                const QJsonObject item = items.at(i).toObject();
                for (auto jt = item.begin(); jt != item.end(); ++jt) {
                    const QJsonObject iv = jt.value().toObject();
                    auto *row = new QTreeWidgetItem(entry);
                    row->setText(0, m_labels.fieldLabel(formId, QString(), it.key(), jt.key()));
                    const QString value = plainValue(iv.value(QLatin1String("value")));
                    const QString choice = m_labels.choiceText(formId, QString(), it.key(), jt.key(), value);
                    row->setText(1, choice.isEmpty() ? value : QStringLiteral("%1（%2）").arg(choice, value));
                    row->setText(2, provenanceText(iv.value(QLatin1String("provenance")).toString()));
                }
            }
            continue;
        }
        auto *row = new QTreeWidgetItem(parent);
        row->setText(0, m_labels.fieldLabel(formId, role, QString(), it.key()));
        QString value = plainValue(v.value(QLatin1String("value")));
        if (isIndividualNumber(it.key())) {
            m_showNumber->setEnabled(true);
            if (!m_showNumber->isChecked()) {
                value = QString(value.size(), QChar(0x25CF)); // ●
            }
            row->setData(1, Qt::UserRole, QStringLiteral("individual_number"));
        } else {
            const QString choice = m_labels.choiceText(formId, role, QString(), it.key(), value);
            if (!choice.isEmpty()) {
                value = QStringLiteral("%1（%2）").arg(choice, value);
            }
        }
        row->setText(1, value);
        QString provenance = provenanceText(v.value(QLatin1String("provenance")).toString());
        if (v.contains(QLatin1String("card_value"))) {
            // Staff or the resident changed what the card said: show both.
            provenance += tr("（カードの値: %1）").arg(plainValue(v.value(QLatin1String("card_value"))));
        } else if (v.value(QLatin1String("card_value_replaced")).toBool()) {
            provenance += tr("（カードの値から変更）");
        }
        row->setText(2, provenance);
    }
}

void RequestView::rebuildValues()
{
    m_values->clear();
    m_showNumber->setEnabled(false);
    const QJsonArray forms = m_current.document.value(QLatin1String("forms")).toArray();
    for (const QJsonValue &fv : forms) {
        const QJsonObject form = fv.toObject();
        const QString formId = form.value(QLatin1String("form_id")).toString();
        auto *formItem = new QTreeWidgetItem(m_values);
        formItem->setText(0, m_labels.formTitle(formId));
        formItem->setText(1, form.value(QLatin1String("legal_basis")).toString());
        const QJsonArray people = form.value(QLatin1String("people")).toArray();
        for (const QJsonValue &pv : people) {
            const QJsonObject person = pv.toObject();
            const QString role = person.value(QLatin1String("role")).toString();
            auto *personItem = new QTreeWidgetItem(formItem);
            QString title = role;
            if (role == QLatin1String("requester")) {
                title = tr("請求者");
            } else if (role == QLatin1String("counter_person")) {
                title = tr("窓口に来た人");
            } else if (role == QLatin1String("subject")) {
                title = tr("対象者");
            } else if (role == QLatin1String("mover")) {
                title = tr("異動者");
            } else if (role == QLatin1String("notifier")) {
                title = tr("届出人");
            }
            if (person.contains(QLatin1String("index"))) {
                title += QStringLiteral(" %1").arg(person.value(QLatin1String("index")).toInt() + 1);
            }
            personItem->setText(0, title);
            addValues(personItem, formId, role, person.value(QLatin1String("values")).toObject());
        }
        addValues(formItem, formId, QString(), form.value(QLatin1String("values")).toObject());
        const QJsonArray warnings = form.value(QLatin1String("warnings")).toArray();
        for (const QJsonValue &w : warnings) {
            auto *item = new QTreeWidgetItem(formItem);
            item->setText(0, tr("注意"));
            item->setText(1, w.toObject().value(QLatin1String("code")).toString());
            item->setText(2, w.toObject().value(QLatin1String("field")).toString());
            item->setForeground(1, QBrush(QColor(0xb3, 0x26, 0x1e)));
        }
    }
    m_values->expandAll();
    m_values->resizeColumnToContents(0);
    m_values->resizeColumnToContents(1);
}

} // namespace kakanai::backoffice
