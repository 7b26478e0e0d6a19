#pragma once

#include "app/core/ReviewPlan.h"
#include "app/ui/screens/Screen.h"

#include <QHash>
#include <QSet>

class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;

namespace kakanai::kiosk {

class FieldEditor;

// One form: the values from the card, marked; then only what the card cannot know, generated from the form's
// definition; inline messages in plain words.
class ReviewScreen final : public Screen
{
    Q_OBJECT
public:
    ReviewScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

    FieldEditor *editor(const QString &path) const;

private:
    void rebuild();
    void refresh();
    void showFee(const forms::FormInstance &form);
    void applyOnlyValues();
    void showIssues(bool all);
    void refreshSwitch();
    QFrame *fieldRow(const PlannedField &field, QWidget *parent);

    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QLabel *m_banner;
    QFrame *m_switchNotice;
    QLabel *m_switchText;
    QPushButton *m_switchButton;
    QLabel *m_fee; // 手数料 of the form under review (forms::feeOf), updated as copies change
    QPushButton *m_next;
    ReviewPlan m_plan;
    QString m_signature;
    int m_formIndex = -1;
    bool m_showAll = false;
    QSet<QString> m_touched;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QFrame *> m_rows;
    QHash<QString, QLabel *> m_labels;
    QList<QLabel *> m_sectionTitles;
    QLabel *m_cardHeading = nullptr;
    QLabel *m_integrity = nullptr;
    QLabel *m_unaskable = nullptr;
};

} // namespace kakanai::kiosk
