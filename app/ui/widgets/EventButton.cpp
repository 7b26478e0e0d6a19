#include "app/ui/widgets/EventButton.h"

#include "app/ui/Ui.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace kakanai::kiosk {

EventButton::EventButton(QWidget *parent)
    : QPushButton(parent)
{
    setProperty("role", QStringLiteral("event"));
    setAutoDefault(false);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(4);
    m_title = ui::label("eventTitle", this);
    m_detail = ui::label("eventDetail", this);
    for (QLabel *l : {m_title, m_detail}) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(l);
    }
}

void EventButton::setTexts(const QString &title, const QString &detail)
{
    ui::setText(m_title, title);
    ui::setText(m_detail, detail);
    setAccessibleName(ui::plain(title));
    setAccessibleDescription(ui::plain(detail));
    updateGeometry();
}

void EventButton::setDetailShown(bool shown)
{
    if (m_detail->isVisibleTo(this) != shown) {
        m_detail->setVisible(shown);
        updateGeometry();
    }
}

QSize EventButton::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(200, 0));
}

QSize EventButton::minimumSizeHint() const
{
    return layout()->minimumSize();
}

bool EventButton::hasHeightForWidth() const
{
    return true;
}

int EventButton::heightForWidth(int width) const
{
    return std::max(minimumHeight(), layout()->totalHeightForWidth(width));
}

} // namespace kakanai::kiosk
