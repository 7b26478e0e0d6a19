#include "app/ui/widgets/ChoiceGroup.h"

#include "app/ui/Ui.h"

#include <QGridLayout>
#include <QJsonDocument>

namespace kakanai::kiosk {

ChoiceGroup::ChoiceGroup(bool exclusive, QWidget *parent)
    : QWidget(parent)
    , m_exclusive(exclusive)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
}

QString ChoiceGroup::objectNameFor(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("choice_yes") : QStringLiteral("choice_no");
    }
    if (value.isDouble()) {
        return QStringLiteral("choice_") + QString::number(value.toDouble());
    }
    return QStringLiteral("choice_") + value.toString();
}

void ChoiceGroup::setOptions(const QList<Option> &options, int columns)
{
    for (QPushButton *b : std::as_const(m_buttons)) {
        ui::scrub(b);
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    m_options = options;
    if (columns <= 0) {
        qsizetype longest = 0;
        for (const Option &o : options) {
            longest = std::max(longest, o.label.size());
        }
        columns = longest <= 4 ? 4 : (longest <= 10 ? 3 : 2);
        if (options.size() <= 2) {
            columns = std::max(2, int(options.size()));
        }
        columns = std::min(columns, std::max(1, int(options.size())));
    }
    for (int i = 0; i < options.size(); ++i) {
        const Option &o = options.at(i);
        QPushButton *b = ui::button("choice", this);
        b->setCheckable(true);
        b->setObjectName(objectNameFor(o.value));
        ui::setText(b, o.label, o.description);
        b->setMinimumWidth(120);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        connect(b, &QPushButton::clicked, this, [this, i, b](bool on) {
            const QJsonValue value = m_options.at(i).value;
            if (m_exclusive) {
                for (QPushButton *other : std::as_const(m_buttons)) {
                    other->setChecked(other == b);
                }
                Q_EMIT chosen(value);
            } else {
                Q_EMIT toggled(value, on);
            }
        });
        m_grid->addWidget(b, i / columns, i % columns);
        m_buttons.append(b);
    }
}

void ChoiceGroup::setLabels(const QStringList &labels)
{
    for (int i = 0; i < m_buttons.size() && i < labels.size(); ++i) {
        m_options[i].label = labels.at(i);
        ui::setText(m_buttons.at(i), labels.at(i), m_options.at(i).description);
    }
}

void ChoiceGroup::setSelected(const QList<QJsonValue> &values)
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_buttons.at(i)->setChecked(values.contains(m_options.at(i).value));
    }
}

QList<QJsonValue> ChoiceGroup::selected() const
{
    QList<QJsonValue> out;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked()) {
            out.append(m_options.at(i).value);
        }
    }
    return out;
}

QPushButton *ChoiceGroup::buttonFor(const QJsonValue &value) const
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_options.at(i).value == value) {
            return m_buttons.at(i);
        }
    }
    return nullptr;
}

void ChoiceGroup::setAccessibleGroupName(const QString &name)
{
    setAccessibleName(ui::plain(name));
}

} // namespace kakanai::kiosk
