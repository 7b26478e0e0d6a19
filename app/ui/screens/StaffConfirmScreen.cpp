#include "app/ui/screens/StaffConfirmScreen.h"

#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/core/StaffAccounts.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/FieldEditors.h"

#include "forms/FormCatalog.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScroller>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kakanai::kiosk {

namespace {

QString provenanceText(forms::Provenance p)
{
    switch (p) {
    case forms::Provenance::Card:
        return QCoreApplication::translate("StaffConfirmScreen", "Card");
    case forms::Provenance::Staff:
        return QCoreApplication::translate("StaffConfirmScreen", "Staff");
    case forms::Provenance::Resident:
        return QCoreApplication::translate("StaffConfirmScreen", "Resident");
    case forms::Provenance::Derived:
        return QCoreApplication::translate("StaffConfirmScreen", "Rule");
    case forms::Provenance::PreEntry:
        return QCoreApplication::translate("StaffConfirmScreen", "Pre-entry");
    }
    return QString();
}

} // namespace

StaffConfirmScreen::StaffConfirmScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("StaffConfirmScreen"));
    setBodyScrolls(false);
    m_card = ui::label("body", this);
    m_card->setObjectName(QStringLiteral("staff_card"));
    body()->addWidget(m_card);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("staff_table"));
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    QScroller::grabGesture(m_table->viewport(), QScroller::TouchGesture);
    body()->addWidget(m_table, 1);
    m_warnings = ui::label("body", this);
    m_warnings->setObjectName(QStringLiteral("staff_warnings"));
    body()->addWidget(m_warnings);
    addQuitButton();
    m_sendBack = ui::button("secondary", this);
    m_sendBack->setObjectName(QStringLiteral("staff_send_back"));
    actions()->insertWidget(1, m_sendBack);
    m_confirm = addPrimaryButton("staff_confirm");
    connect(m_sendBack, &QPushButton::clicked, this, [this] { m_ctx.session->staffSendBack(0); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { m_ctx.session->staffConfirm(); });
    retranslate();
}

void StaffConfirmScreen::enter()
{
    rebuild();
}

void StaffConfirmScreen::clearSession()
{
    m_table->clearContents();
    m_table->setRowCount(0);
    ui::setText(m_card, QString());
    ui::setText(m_warnings, QString());
    ui::setText(subtitle(), QString());
}

void StaffConfirmScreen::rebuild()
{
    clearSession();
    KioskSession *s = m_ctx.session;
    const QString lang = language();
    const forms::FormContext context = s->formContext();
    QStringList warnings;
    QString lastForm;
    auto add = [&](const QString &formTitle, const QString &label, const QString &value, const QString &source,
                   const QString &card) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        // The form's title on its first row only: the rows below belong to it.
        // The table shows plain text: a label's ruby markup goes, the values stay exactly as given.
        const QStringList cells{formTitle == lastForm ? QString() : ui::plain(formTitle), ui::plain(label), value,
                                ui::plain(source), card};
        lastForm = formTitle;
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
    };
    for (int i = 0; i < s->formCount(); ++i) {
        const forms::FormInstance &form = s->form(i);
        const QString formTitle = datatext::text(form.definition().title, lang);
        auto row = [&](const forms::FieldDefinition &f, const QString &path) {
            const forms::FieldValue *v = form.value(path);
            if (!v || !form.isApplicable(path, context)) {
                return;
            }
            const QString value = displayValue(f, v, lang);
            if (value.isEmpty()) {
                return;
            }
            QString label = datatext::text(f.label, lang);
            if (const auto item = forms::parseItemPath(path)) {
                label = QStringLiteral("%1 %2: %3")
                            .arg(datatext::text(form.definition().field(item->list)->label, lang))
                            .arg(item->index + 1)
                            .arg(label);
            }
            QString card;
            if (v->cardValue) {
                forms::FieldValue original;
                original.value = *v->cardValue;
                card = displayValue(f, &original, lang);
            }
            QString source = provenanceText(v->provenance);
            if (!v->copiedFrom.isEmpty()) {
                source += tr(" (copied)");
            }
            // A value a rule decided (広域交付 from the card's address) says why, so staff can check the decision.
            const QString why = v->provenance == forms::Provenance::Derived && v->copiedFrom.isEmpty()
                                    ? datatext::text(f.help, lang)
                                    : QString();
            add(formTitle, label, why.isEmpty() ? value : value + QLatin1Char('\n') + why, source, card);
        };
        for (const forms::FieldDefinition &f : form.definition().fields) {
            if (f.type == forms::FieldType::List) {
                for (int n = 0; n < form.itemCount(f.id); ++n) {
                    for (const forms::FieldDefinition &sub : f.itemFields) {
                        row(sub, forms::itemPath(f.id, n, sub.id));
                    }
                }
            } else {
                row(f, f.id);
            }
        }
        for (const forms::ValidationIssue &issue : form.validate(context)) {
            if (issue.severity == forms::Severity::Warning) {
                warnings.append(
                    formTitle + QStringLiteral(": ") +
                    datatext::message(m_ctx.catalog->messages(), issue.messageCode, lang) +
                    (issue.law.isEmpty() ? QString() : QStringLiteral(" (") + issue.law + QLatin1Char(')')));
            }
        }
    }
    m_table->resizeRowsToContents();
    ui::setText(m_card, integrityText(*s));
    ui::setText(m_warnings, warnings.isEmpty() ? QString()
                                               : tr("Warnings (accepted, passed on to the back office):") +
                                                     QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    retranslate();
}

void StaffConfirmScreen::retranslate()
{
    ui::setText(title(), tr("Staff confirmation"));
    const QString staff = m_ctx.session->staffDisplayName();
    ui::setText(subtitle(), tr("Signed in: %1. Check every field and where it came from, then confirm or send it "
                               "back to the resident.")
                                .arg(staff));
    m_table->setHorizontalHeaderLabels({tr("Form"), tr("Field"), tr("Value"), tr("Source"), tr("Card's value")});
    ui::setText(m_sendBack, tr("Send back"));
    ui::setText(m_confirm, tr("Confirm and accept"));
}

} // namespace kakanai::kiosk
