#include "app/ui/Ui.h"

#include "app/ui/widgets/RubyText.h"

#include "forms/RubyText.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QLayout>
#include <QLineEdit>
#include <QStyle>
#include <QTableWidget>

namespace kakanai::kiosk::ui {

void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void setFlag(QWidget *widget, const char *property, bool on)
{
    if (widget->property(property).toBool() == on) {
        return;
    }
    widget->setProperty(property, on);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QLabel *label(const char *role, QWidget *parent, const QString &text)
{
    auto *l = new RubyLabel(parent);
    l->setProperty("role", QString::fromLatin1(role));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setContextMenuPolicy(Qt::NoContextMenu);
    if (!text.isEmpty()) {
        setText(l, text);
    }
    return l;
}

QPushButton *button(const char *role, QWidget *parent, const QString &text)
{
    auto *b = new RubyButton(parent);
    b->setProperty("role", QString::fromLatin1(role));
    b->setAutoDefault(false);
    b->setFocusPolicy(Qt::StrongFocus);
    if (!text.isEmpty()) {
        setText(b, text);
    }
    return b;
}

QString plain(const QString &text)
{
    return forms::ruby::stripRuby(text);
}

void setText(QPushButton *button, const QString &text, const QString &accessibleDescription)
{
    if (auto *ruby = qobject_cast<RubyButton *>(button)) {
        ruby->setMarkup(text);
    } else {
        button->setText(plain(text));
    }
    QString name = plain(text);
    name.replace(QLatin1Char('\n'), QLatin1Char(' '));
    button->setAccessibleName(name);
    button->setAccessibleDescription(plain(accessibleDescription));
}

void setText(QLabel *label, const QString &text)
{
    if (auto *ruby = qobject_cast<RubyLabel *>(label)) {
        ruby->setMarkup(text);
    } else {
        label->setText(plain(text));
    }
    // Screen readers read the text itself; the name says what it is only where the text alone would not.
    if (label->accessibleName().isEmpty() || label->property("autoName").toBool()) {
        label->setProperty("autoName", true);
        label->setAccessibleName(plain(text));
    }
}

void scrub(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *r = qobject_cast<RubyLabel *>(w)) {
            r->setMarkup(QString()); // the markup and its laid-out runs too
        } else if (auto *l = qobject_cast<QLabel *>(w)) {
            l->clear();
        } else if (auto *rb = qobject_cast<RubyButton *>(w)) {
            rb->setMarkup(QString());
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            b->setText(QString());
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            e->setText(QString()); // setText also clears the undo history, which clear() would keep
        }
        if (auto *table = qobject_cast<QTableWidget *>(w)) {
            table->clearContents();
            table->setRowCount(0);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (view->model()) {
                view->model()->removeRows(0, view->model()->rowCount());
            }
        }
        w->setAccessibleName(QString());
        w->setAccessibleDescription(QString());
        w->setToolTip(QString());
        w->setWhatsThis(QString());
    }
}

void clearLayout(QLayout *layout)
{
    if (!layout) {
        return;
    }
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            scrub(w);
            w->hide();
            w->deleteLater();
        } else if (QLayout *child = item->layout()) {
            clearLayout(child);
        }
        delete item;
    }
}

} // namespace kakanai::kiosk::ui
