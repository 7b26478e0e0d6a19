#include "app/ui/screens/ProcedureScreen.h"

#include "app/core/FieldPolicy.h"
#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/ChoiceGroup.h"
#include "app/ui/widgets/EventButton.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

ProcedureScreen::ProcedureScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("ProcedureScreen"));
    auto *who = new QHBoxLayout;
    m_greeting = ui::label("subtitle", this);
    m_greeting->setObjectName(QStringLiteral("resident_name"));
    who->addWidget(m_greeting, 1);
    m_integrity = ui::label("badge", this);
    m_integrity->setWordWrap(false);
    who->addWidget(m_integrity, 0, Qt::AlignVCenter);
    body()->addLayout(who);
    m_eventsLabel = ui::label("section", this);
    body()->addWidget(m_eventsLabel);
    m_events = new QVBoxLayout;
    m_events->setSpacing(14);
    body()->addLayout(m_events);
    m_formsLabel = ui::label("section", this);
    body()->addWidget(m_formsLabel);
    m_forms = new ChoiceGroup(false, this);
    m_forms->setObjectName(QStringLiteral("forms"));
    body()->addWidget(m_forms);
    body()->addStretch(1);
    addQuitButton();
    m_next = addPrimaryButton("forms_next");
    connect(m_forms, &ChoiceGroup::toggled, this, [this] { m_next->setEnabled(!m_forms->selected().isEmpty()); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const QJsonValue &v : m_forms->selected()) {
            ids.append(v.toString());
        }
        // In the catalogue's order, whatever the order of the taps.
        QStringList ordered;
        for (const QString &id : m_ctx.catalog->ids()) {
            if (ids.contains(id)) {
                ordered.append(id);
            }
        }
        m_ctx.session->chooseForms(ordered);
    });
    // Life events: those whose forms this mode offers; a "life event" without questions or related procedures
    // (the navigator's "I need certificates") is the list of single forms below, not a button of its own.
    for (const forms::LifeEvent &e : m_ctx.navigator->events()) {
        if (e.questions.isEmpty() && e.procedures.isEmpty()) {
            continue;
        }
        const QStringList offered = offeredForms();
        if (!std::all_of(e.forms.cbegin(), e.forms.cend(), [&](const QString &f) { return offered.contains(f); })) {
            continue;
        }
        QPushButton *b = new EventButton(this);
        b->setObjectName(QStringLiteral("event_") + e.id);
        b->setProperty("event", e.id);
        const QString id = e.id;
        connect(b, &QPushButton::clicked, this, [this, id] { m_ctx.session->chooseLifeEvent(id); });
        m_events->addWidget(b);
        m_eventButtons.append(b);
    }
    retranslate();
}

QStringList ProcedureScreen::offeredForms() const
{
    QStringList out;
    for (const QString &id : m_ctx.catalog->ids()) {
        if (m_ctx.config->mode == KioskMode::Counter || m_ctx.policy->formInSelfService(id)) {
            out.append(id);
        }
    }
    return out;
}

void ProcedureScreen::enter()
{
    m_forms->setSelected(QList<QJsonValue>());
    retranslate();
}

void ProcedureScreen::clearSession()
{
    ui::setText(m_greeting, QString());
    m_forms->setSelected(QList<QJsonValue>());
}

void ProcedureScreen::retranslate()
{
    const QString lang = language();
    ui::setText(title(), tr("What would you like to do today?"));
    ui::setText(subtitle(), tr("Choose what happened, or the certificates and notifications you need."));
    const KioskSession *s = m_ctx.session;
    ui::setText(m_greeting, s->record().isEmpty() ? QString() : tr("Card read: %1").arg(s->record().name));
    ui::setText(m_integrity, s->record().isEmpty()                               ? QString()
                             : s->integrity() == card::IntegrityStatus::Verified ? tr("Card data checked")
                                                                                 : tr("Card data read"));
    m_integrity->setAccessibleDescription(integrityText(*s));
    m_integrity->setVisible(!s->record().isEmpty());
    ui::setText(m_eventsLabel, tr("Something happened in your life"));
    ui::setText(m_formsLabel, tr("Certificates and notifications (choose one or more)"));
    for (QPushButton *b : std::as_const(m_eventButtons)) {
        const forms::LifeEvent *e = m_ctx.navigator->event(b->property("event").toString());
        QStringList titles;
        for (const QString &f : e->forms) {
            titles.append(datatext::text(m_ctx.catalog->form(f)->title, lang));
        }
        static_cast<EventButton *>(b)->setTexts(datatext::text(e->title, lang),
                                                tr("Fills in: %1").arg(titles.join(QStringLiteral(" · "))));
    }
    const QList<QJsonValue> selected = m_forms->selected();
    QList<ChoiceGroup::Option> options;
    for (const QString &id : offeredForms()) {
        options.append({id, datatext::text(m_ctx.catalog->form(id)->title, lang), {}});
    }
    m_forms->setOptions(options, 2);
    m_forms->setSelected(selected);
    ui::setText(m_next, tr("Next"));
    m_next->setEnabled(!m_forms->selected().isEmpty());
}

} // namespace kakanai::kiosk
