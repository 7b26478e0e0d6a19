#pragma once

#include "inbox/IntakeTypes.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <functional>

namespace kakanai::backoffice {

// The inbox's list: one row per request, newest first, as the last refresh returned them.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReceivedColumn,
        ReceiptColumn, // 受付番号, what staff call out
        StatusColumn,
        ProcedureColumn,
        KioskColumn,
        RequestIdColumn,
        ColumnCount
    };
    static constexpr int RequestIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    // `procedureTitle(kind, id)` names a procedure for people (住民異動届（転入届）); the id when empty.
    explicit RequestListModel(std::function<QString(const QString &, const QString &)> procedureTitle = {},
                              QTimeZone zone = QTimeZone(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<RequestSummary> &rows);
    // Replaces the row of the same request (after a status change); false when it is not listed.
    bool updateRow(const RequestSummary &row);
    int rowOf(const QString &requestId) const;
    const RequestSummary &summary(int row) const { return m_rows.at(row); }

    static QString statusText(RequestStatus status);

private:
    QList<RequestSummary> m_rows;
    std::function<QString(const QString &, const QString &)> m_procedureTitle;
    QTimeZone m_zone;
};

} // namespace kakanai::backoffice
