#pragma once

#include "inbox/FormLabels.h"
#include "inbox/IntakeTypes.h"

#include "forms/FormInstance.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace kakanai::backoffice {

// One request opened: who sent it when, its status and history, and every value of every form with where it came
// from (券面 = read from the card, 職員 = staff, 住民 = the resident, 自動 = derived). The individual number is
// masked until staff tick 「個人番号を表示」, and masked again for the next request.
class RequestView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestView(FormLabels labels, QTimeZone zone, QWidget *parent = nullptr);

    void showRequest(const RequestDetail &request);
    void clear();
    bool hasRequest() const { return !m_current.summary.requestId.isEmpty(); }
    const RequestDetail &current() const { return m_current; }

    static QString provenanceText(const QString &provenance);
    // 請求者, 窓口に来た人, … for a person role of a request; the role id for others.
    static QString roleTitle(const QString &role);

private:
    void rebuildValues();
    void addValue(QTreeWidgetItem *parent, const forms::FormInstance &form, const QString &path);
    QString timeText(const QDateTime &t) const;

    FormLabels m_labels;
    QTimeZone m_zone;
    RequestDetail m_current;
    QLabel *m_header = nullptr;
    QLabel *m_statusLine = nullptr;
    QCheckBox *m_showNumber = nullptr;
    QTreeWidget *m_values = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace kakanai::backoffice
