#include "app/ui/screens/ProcedureScreen.h"

#include "app/core/FieldPolicy.h"
#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/EventButton.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kakanai::kiosk {

namespace {

// What people come to the counter for most, first on the page (then the catalogue's order).
const QStringList CommonFirst = {QStringLiteral("juminhyo"), QStringLiteral("inkan")};

} // namespace

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

    // Life events: those whose forms this mode offers; a "life event" without questions or related procedures
    // (the navigator's "I need certificates") is the list of single forms, not a button of its own.
    const QStringList offered = offeredForms();
    QStringList byEvent; // forms a listed event fills alone
    QList<const forms::LifeEvent *> events;
    for (const forms::LifeEvent &e : m_ctx.navigator->events()) {
        if (e.questions.isEmpty() && e.procedures.isEmpty()) {
            continue;
        }
        if (!std::all_of(e.forms.cbegin(), e.forms.cend(), [&](const QString &f) { return offered.contains(f); })) {
            continue;
        }
        events.append(&e);
        // A form its event implies (転入届: 転入) is chosen through the event; one that is not (世帯変更届, also
        // filed for a 世帯分離) keeps its own button too.
        if (e.forms.size() == 1 && e.impliedByForm) {
            byEvent.append(e.forms.first());
        }
    }

    m_formsLabel = ui::label("section", this);
    body()->addWidget(m_formsLabel);
    m_formGrid = new QGridLayout;
    m_formGrid->setSpacing(12);
    QStringList listed;
    for (const QString &id : CommonFirst) {
        if (offered.contains(id)) {
            listed.append(id);
        }
    }
    for (const QString &id : offered) {
        if (!listed.contains(id) && !byEvent.contains(id)) {
            listed.append(id);
        }
    }
    // One row each where the choices fit in one (five certificates and notifications, four life events); where the
    // page would scroll, fitToPage() leaves out the second lines.
    const int formColumns = std::clamp(int(listed.size()), 1, 5);
    for (int i = 0; i < listed.size(); ++i) {
        auto *b = new EventButton(this);
        b->setCheckable(true);
        // The name ChoiceGroup gives an option, which tests and the demo walk tap.
        b->setObjectName(QStringLiteral("choice_") + listed.at(i));
        b->setProperty("form", listed.at(i));
        connect(b, &QPushButton::toggled, this, &ProcedureScreen::refreshNext);
        m_formGrid->addWidget(b, i / formColumns, i % formColumns);
        m_formButtons.append(b);
    }
    for (int c = 0; c < formColumns; ++c) {
        m_formGrid->setColumnStretch(c, 1);
    }
    body()->addLayout(m_formGrid);

    m_eventsLabel = ui::label("section", this);
    body()->addWidget(m_eventsLabel);
    m_events = new QGridLayout;
    m_events->setSpacing(12);
    const int eventColumns = std::clamp(int(events.size()), 1, 4);
    for (int i = 0; i < events.size(); ++i) {
        auto *b = new EventButton(this);
        b->setObjectName(QStringLiteral("event_") + events.at(i)->id);
        b->setProperty("event", events.at(i)->id);
        const QString id = events.at(i)->id;
        connect(b, &QPushButton::clicked, this, [this, id] { m_ctx.session->chooseLifeEvent(id); });
        m_events->addWidget(b, i / eventColumns, i % eventColumns);
        m_eventButtons.append(b);
    }
    for (int c = 0; c < eventColumns; ++c) {
        m_events->setColumnStretch(c, 1);
    }
    body()->addLayout(m_events);
    m_eventsLabel->setVisible(!m_eventButtons.isEmpty());
    body()->addStretch(1);

    addQuitButton();
    m_next = addPrimaryButton("forms_next");
    connect(m_next, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const EventButton *b : std::as_const(m_formButtons)) {
            if (b->isChecked()) {
                ids.append(b->property("form").toString());
            }
        }
        // In the catalogue's order, whatever the order of the taps or on the page.
        QStringList ordered;
        for (const QString &id : m_ctx.catalog->ids()) {
            if (ids.contains(id)) {
                ordered.append(id);
            }
        }
        m_ctx.session->chooseForms(ordered);
    });
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

QStringList ProcedureScreen::listedForms() const
{
    QStringList out;
    for (const EventButton *b : m_formButtons) {
        out.append(b->property("form").toString());
    }
    return out;
}

QString ProcedureScreen::wishFor(const QString &formId) const
{
    // What the resident comes for, in their words; the form's official name goes below it.
    if (formId == QLatin1String("juminhyo")) {
        return tr("A copy of my residence record");
    }
    if (formId == QLatin1String("inkan")) {
        return tr("My seal registration certificate");
    }
    if (formId == QLatin1String("koseki")) {
        return tr("A family register certificate");
    }
    if (formId == QLatin1String("zeishomei")) {
        return tr("A tax or income certificate");
    }
    if (formId == QLatin1String("setai_henko")) {
        return tr("A change in my household");
    }
    return datatext::text(m_ctx.catalog->form(formId)->title, language());
}

void ProcedureScreen::enter()
{
    for (EventButton *b : std::as_const(m_formButtons)) {
        b->setChecked(false);
    }
    retranslate();
}

void ProcedureScreen::clearSession()
{
    ui::setText(m_greeting, QString());
    for (EventButton *b : std::as_const(m_formButtons)) {
        b->setChecked(false);
    }
}

void ProcedureScreen::refreshNext()
{
    m_next->setEnabled(
        std::any_of(m_formButtons.cbegin(), m_formButtons.cend(), [](const EventButton *b) { return b->isChecked(); }));
}

void ProcedureScreen::retranslate()
{
    const QString lang = language();
    ui::setText(title(), tr("What would you like to do today?"));
    // The section headings say what to choose; the page keeps its height for the choices (1280×800).
    ui::setText(subtitle(), QString());
    subtitle()->setVisible(false);
    const KioskSession *s = m_ctx.session;
    ui::setText(m_greeting, s->record().isEmpty() ? QString() : tr("Card read: %1").arg(s->record().name));
    ui::setText(m_integrity, s->record().isEmpty()                               ? QString()
                             : s->integrity() == card::IntegrityStatus::Verified ? tr("Card data checked")
                                                                                 : tr("Card data read"));
    m_integrity->setAccessibleDescription(ui::plain(integrityText(*s)));
    m_integrity->setVisible(!s->record().isEmpty());
    ui::setText(m_eventsLabel, tr("Something happened in your life"));
    ui::setText(m_formsLabel, tr("Certificates and notifications (choose one or more)"));
    for (EventButton *b : std::as_const(m_eventButtons)) {
        const forms::LifeEvent *e = m_ctx.navigator->event(b->property("event").toString());
        QStringList titles;
        for (const QString &f : e->forms) {
            titles.append(datatext::text(m_ctx.catalog->form(f)->title, lang));
        }
        b->setTexts(lifeEventTitle(m_ctx, e->id, lang), tr("Fills in: %1").arg(titles.join(QStringLiteral(" · "))));
    }
    for (EventButton *b : std::as_const(m_formButtons)) {
        const QString id = b->property("form").toString();
        // The official name as printed on the form, in Japanese in every language: it is what the paper says.
        b->setTexts(wishFor(id), datatext::text(m_ctx.catalog->form(id)->title, QStringLiteral("ja")));
    }
    ui::setText(m_next, tr("Next"));
    refreshNext();
    fitToPage();
}

void ProcedureScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    fitToPage();
}

// The page must fit without scrolling (1280×800 in the longer languages, too): when the choices with both their
// lines do not fit, the life events' "Fills in" lines go first, then the forms' official names. The titles, and
// the accessible descriptions with the full text, always stay.
void ProcedureScreen::fitToPage()
{
    QWidget *page = bodyScroll()->widget();
    const int width = bodyScroll()->viewport()->width();
    const int height = bodyScroll()->viewport()->height();
    if (width <= 0 || height <= 0) {
        return;
    }
    const auto fits = [&] {
        body()->invalidate();
        return body()->totalHeightForWidth(width) <= height;
    };
    for (EventButton *b : std::as_const(m_eventButtons) + m_formButtons) {
        b->setDetailShown(true);
    }
    for (const QList<EventButton *> *group : {&m_eventButtons, &m_formButtons}) {
        if (fits()) {
            break;
        }
        for (EventButton *b : *group) {
            b->setDetailShown(false);
        }
    }
    page->updateGeometry();
}

} // namespace kakanai::kiosk
