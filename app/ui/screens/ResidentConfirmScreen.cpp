#include "app/ui/screens/ResidentConfirmScreen.h"

#include "app/core/FieldPolicy.h"
#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/core/ReviewPlan.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/FieldEditors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kakanai::kiosk {

ResidentConfirmScreen::ResidentConfirmScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("ResidentConfirmScreen"));
    setBodyScrolls(false);
    m_scroll = touchScrollArea(this);
    body()->addWidget(m_scroll, 1);
    addQuitButton();
    m_fix = addBackButton();
    m_easy = ui::button("secondary", this);
    m_easy->setObjectName(QStringLiteral("easy_japanese"));
    actions()->insertWidget(2, m_easy);
    connect(m_easy, &QPushButton::clicked, this, [this] {
        Q_EMIT languageChosen(language() == QLatin1String("ja_easy") ? QStringLiteral("ja")
                                                                     : QStringLiteral("ja_easy"));
    });
    m_yes = addPrimaryButton("confirm_yes");
    connect(m_yes, &QPushButton::clicked, this, [this] { m_ctx.session->residentConfirm(); });
    retranslate();
}

void ResidentConfirmScreen::enter()
{
    rebuild();
}

void ResidentConfirmScreen::clearSession()
{
    if (m_content) {
        ui::scrub(m_content);
        m_content->hide();
        m_content->deleteLater();
        m_content = nullptr;
    }
}

void ResidentConfirmScreen::rebuild()
{
    clearSession();
    KioskSession *s = m_ctx.session;
    const QString lang = language();
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("confirm_summary"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 24, 0);
    layout->setSpacing(22);
    for (int i = 0; i < s->formCount(); ++i) {
        const forms::FormInstance &form = s->form(i);
        auto *panel = new QFrame(m_content);
        ui::setRole(panel, "panel");
        auto *grid = new QGridLayout(panel);
        grid->setContentsMargins(32, 24, 32, 24);
        grid->setHorizontalSpacing(32);
        grid->setVerticalSpacing(12);
        grid->addWidget(ui::label("section", panel, datatext::text(form.definition().title, lang)), 0, 0, 1, 2);
        int row = 1;
        auto addRow = [&](const QString &label, const QString &value) {
            QLabel *l = ui::label("muted", panel, label);
            l->setMinimumWidth(300);
            grid->addWidget(l, row, 0, Qt::AlignTop);
            grid->addWidget(ui::label("value", panel, value), row, 1);
            ++row;
        };
        // Everything the resident sees in the review, in the order of the printed form.
        const ReviewPlan plan = planReview(form, s->formContext(), m_ctx.config->mode, *m_ctx.policy);
        auto show = [&](const PlannedField &f) {
            if (f.kind == EditorKind::IndividualNumber) {
                return; // staff see it on their confirmation; the resident's summary stays free of it
            }
            const QString value = displayValue(*f.definition, form.value(f.path), lang);
            if (!value.isEmpty()) {
                addRow(fieldLabel(f, lang), value);
            }
        };
        for (const PlannedField &f : plan.cardFields) {
            show(f);
        }
        for (const PlannedSection &section : plan.sections) {
            for (const PlannedField &f : section.fields) {
                if (f.kind == EditorKind::List) {
                    for (const auto &item : f.items) {
                        for (const PlannedField &sub : item) {
                            show(sub);
                        }
                    }
                } else {
                    show(f);
                }
            }
        }
        grid->setColumnStretch(1, 1);
        layout->addWidget(panel);
    }
    layout->addStretch(1);
    m_content->setProperty("language", lang);
    m_scroll->setWidget(m_content);
    retranslate();
}

void ResidentConfirmScreen::retranslate()
{
    ui::setText(title(), tr("Please check your request"));
    ui::setText(subtitle(), tr("This is what will be submitted. If it is right, tap “Yes, submit”."));
    ui::setText(m_yes, tr("Yes, submit"));
    ui::setText(m_fix, tr("Fix something"));
    const QString lang = language();
    m_easy->setVisible(lang == QLatin1String("ja") || lang == QLatin1String("ja_easy"));
    ui::setText(m_easy, lang == QLatin1String("ja_easy") ? QStringLiteral("ふつうの 日本語で みる")
                                                         : QStringLiteral("やさしい にほんごで みる"));
    if (m_content && isVisible() && m_content->property("language").toString() != lang) {
        m_content->setProperty("language", lang);
        rebuild();
    }
}

} // namespace kakanai::kiosk
