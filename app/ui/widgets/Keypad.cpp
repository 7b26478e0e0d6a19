#include "app/ui/widgets/Keypad.h"

#include "app/ui/Ui.h"

#include <QEvent>
#include <QGridLayout>

namespace kakanai::kiosk {

Keypad::Keypad(Layout layout, QWidget *parent)
    : QWidget(parent)
    , m_layout(layout)
{
    auto *grid = new QGridLayout(this);
    grid->setSpacing(12);
    grid->setContentsMargins(0, 0, 0, 0);
    auto key = [this](QChar c) {
        QPushButton *b = ui::button("key", this, QString(c));
        b->setObjectName(QStringLiteral("key_") + c);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, c] { Q_EMIT keyPressed(c); });
        return b;
    };
    if (layout == Layout::CardNumber) {
        const QString keys = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        for (int i = 0; i < keys.size(); ++i) {
            grid->addWidget(key(keys.at(i)), i / 9, i % 9);
        }
        m_delete = ui::button("keyWord", this);
        grid->addWidget(m_delete, 4, 0, 1, 5);
        m_clear = ui::button("keyWord", this);
        grid->addWidget(m_clear, 4, 5, 1, 4);
    } else {
        for (int i = 1; i <= 9; ++i) {
            grid->addWidget(key(QChar(u'0' + i)), (i - 1) / 3, (i - 1) % 3);
        }
        grid->addWidget(key(u'0'), 3, 1);
        if (layout == Layout::Digits) {
            m_clear = ui::button("keyWord", this);
            grid->addWidget(m_clear, 3, 0);
        } else {
            m_hyphen = key(u'-');
            m_hyphen->setObjectName(QStringLiteral("key_hyphen"));
            grid->addWidget(m_hyphen, 3, 0);
            m_clear = ui::button("keyWord", this);
            grid->addWidget(m_clear, 4, 0, 1, 3);
        }
        m_delete = ui::button("keyWord", this);
        grid->addWidget(m_delete, 3, 2);
    }
    m_clear->setObjectName(QStringLiteral("key_clear"));
    m_delete->setObjectName(QStringLiteral("key_delete"));
    m_clear->setFocusPolicy(Qt::NoFocus);
    m_delete->setFocusPolicy(Qt::NoFocus);
    connect(m_clear, &QPushButton::clicked, this, &Keypad::clearPressed);
    connect(m_delete, &QPushButton::clicked, this, &Keypad::deletePressed);
    retranslate();
}

void Keypad::retranslate()
{
    ui::setText(m_clear, tr("Clear"), tr("Clears everything entered"));
    ui::setText(m_delete, tr("Delete"), tr("Deletes the last character"));
    if (m_hyphen) {
        ui::setText(m_hyphen, QStringLiteral("-"), tr("Hyphen"));
    }
}

void Keypad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace kakanai::kiosk
