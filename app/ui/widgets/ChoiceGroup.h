#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace kakanai::kiosk {

// Large option buttons in a grid: one choice (exclusive) or several (toggles). Used for choices, yes/no, preset
// answers and every picker. Buttons are named "choice_<value>" for tests and carry accessible names.
class ChoiceGroup : public QWidget
{
    Q_OBJECT
public:
    struct Option
    {
        QJsonValue value;
        QString label;
        QString description; // accessible description (help text), optional
    };

    explicit ChoiceGroup(bool exclusive, QWidget *parent = nullptr);

    void setOptions(const QList<Option> &options, int columns = 0); // 0: from the label lengths
    // New labels for the same options (language switch), in the same order.
    void setLabels(const QStringList &labels);
    void setSelected(const QList<QJsonValue> &values);
    void setSelected(const QJsonValue &value) { setSelected(QList<QJsonValue>{value}); }
    QList<QJsonValue> selected() const;
    int count() const { return int(m_buttons.size()); }
    QPushButton *buttonFor(const QJsonValue &value) const;
    void setAccessibleGroupName(const QString &name);

    static QString objectNameFor(const QJsonValue &value);

Q_SIGNALS:
    void chosen(const QJsonValue &value);           // exclusive: the option tapped
    void toggled(const QJsonValue &value, bool on); // toggles: one changed

private:
    bool m_exclusive;
    QGridLayout *m_grid;
    QList<Option> m_options;
    QList<QPushButton *> m_buttons;
};

} // namespace kakanai::kiosk
