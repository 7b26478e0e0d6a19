#include "inbox/RequestListModel.h"

#include <QBrush>
#include <QColor>

namespace kakanai::backoffice {

RequestListModel::RequestListModel(std::function<QString(const QString &, const QString &)> procedureTitle,
                                   QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_procedureTitle(std::move(procedureTitle))
    , m_zone(std::move(zone))
{}

QString RequestListModel::statusText(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return tr("受信");
    case RequestStatus::Accepted:
        return tr("受付済");
    case RequestStatus::Registered:
        return tr("基幹登録済");
    case RequestStatus::Returned:
        return tr("返戻");
    }
    return {};
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const RequestSummary &r = m_rows.at(index.row());
    if (role == RequestIdRole) {
        return r.requestId;
    }
    if (role == StatusRole) {
        return QVariant::fromValue(r.status);
    }
    if (role == Qt::ToolTipRole && r.status == RequestStatus::Returned) {
        return r.statusReason;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (r.status) {
        case RequestStatus::Received:
            return QBrush(QColor(0x0b, 0x57, 0xd0));
        case RequestStatus::Returned:
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case ReceivedColumn: {
        const QDateTime t = m_zone.isValid() ? r.receivedAt.toTimeZone(m_zone) : r.receivedAt.toLocalTime();
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case ReceiptColumn:
        return r.receiptNumber;
    case StatusColumn:
        return statusText(r.status);
    case ProcedureColumn:
        return m_procedureTitle ? m_procedureTitle(r.procedureKind, r.procedureId) : r.procedureId;
    case KioskColumn:
        return r.kioskId;
    case RequestIdColumn:
        return r.requestId;
    default:
        return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ReceivedColumn:
        return tr("受信日時");
    case ReceiptColumn:
        return tr("受付番号");
    case StatusColumn:
        return tr("状態");
    case ProcedureColumn:
        return tr("手続");
    case KioskColumn:
        return tr("端末");
    case RequestIdColumn:
        return tr("申請ID");
    default:
        return {};
    }
}

void RequestListModel::setRows(const QList<RequestSummary> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool RequestListModel::updateRow(const RequestSummary &row)
{
    const int i = rowOf(row.requestId);
    if (i < 0) {
        return false;
    }
    m_rows[i] = row;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    return true;
}

int RequestListModel::rowOf(const QString &requestId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).requestId == requestId) {
            return i;
        }
    }
    return -1;
}

} // namespace kakanai::backoffice
