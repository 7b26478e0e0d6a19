#include "FlowScreens.h"

#include "ChoiceGroup.h"
#include "Drawings.h"
#include "FieldEditors.h"
#include "FieldPolicy.h"
#include "KioskSession.h"
#include "Languages.h"
#include "QueueStatus.h"
#include "RequestSink.h"
#include "StaffAccounts.h"
#include "Ui.h"
#include "common/Clock.h"

#include "FormCatalog.h"
#include "LifeEvents.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kakanai::kiosk {

EventButton::EventButton(QWidget *parent)
    : QPushButton(parent)
{
    setProperty("role", QStringLiteral("event"));
    setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 16);
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
    m_title->setText(title);
    m_detail->setText(detail);
    setAccessibleName(title);
    setAccessibleDescription(detail);
    updateGeometry();
}

QSize EventButton::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(200, 0));
}

QSize EventButton::minimumSizeHint() const
{
    return layout()->minimumSize();
}

namespace {

QScrollArea *touchScrollArea(QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // A finger on the touchscreen drags the page (touch events only: taps and the mouse reach the buttons at
    // once, without the press delay a mouse-driven scroller adds).
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    return scroll;
}

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
    }
    return QString();
}

QString integrityText(const KioskSession &s)
{
    if (s.readWithCodeB()) {
        return QCoreApplication::translate("ReviewScreen", "Read with the verification code B by staff.");
    }
    switch (s.integrity()) {
    case card::IntegrityStatus::Verified:
        return QCoreApplication::translate("ReviewScreen", "The card's data is genuine: its signature was checked.");
    case card::IntegrityStatus::NotVerifiable:
        return QCoreApplication::translate("ReviewScreen",
                                           "The card's signature was not checked on this kiosk (no key set up).");
    case card::IntegrityStatus::Failed:
        break;
    }
    return QCoreApplication::translate("ReviewScreen", "The card's data failed its check.");
}

} // namespace

// ---- procedure choice ---------------------------------------------------------------------------------------

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

// ---- questions ----------------------------------------------------------------------------------------------

QuestionsScreen::QuestionsScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("QuestionsScreen"));
    setBodyScrolls(false);
    QScrollArea *scroll = touchScrollArea(this);
    auto *content = new QWidget(scroll);
    m_list = new QVBoxLayout(content);
    m_list->setSpacing(20);
    m_list->setContentsMargins(0, 0, 20, 0);
    scroll->setWidget(content);
    body()->addWidget(scroll, 1);
    addQuitButton();
    addBackButton();
    m_next = addPrimaryButton("questions_next");
    connect(m_next, &QPushButton::clicked, this, [this] {
        QSet<QString> yes;
        for (const auto &[id, group] : std::as_const(m_questions)) {
            if (group->selected().contains(QJsonValue(true))) {
                yes.insert(id);
            }
        }
        m_ctx.session->answerQuestions(yes);
    });
    retranslate();
}

void QuestionsScreen::enter()
{
    ui::clearLayout(m_list);
    m_questions.clear();
    m_labels.clear();
    const forms::LifeEvent *event = m_ctx.navigator->event(m_ctx.session->lifeEventId());
    if (event) {
        for (const QString &q : event->questions) {
            auto *row = new QFrame(this);
            ui::setRole(row, "panel");
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(24, 16, 24, 16);
            QLabel *label = ui::label("body", row);
            label->setProperty("question", q);
            rowLayout->addWidget(label, 1);
            auto *group = new ChoiceGroup(true, row);
            group->setObjectName(QStringLiteral("question_") + q);
            group->setOptions({{true, tr("Yes"), {}}, {false, tr("No"), {}}}, 2);
            group->setMinimumWidth(360);
            rowLayout->addWidget(group);
            m_list->addWidget(row);
            m_questions.append({q, group});
            m_labels.append(label);
        }
    }
    m_list->addStretch(1);
    retranslate();
}

void QuestionsScreen::clearSession()
{
    for (const auto &[id, group] : std::as_const(m_questions)) {
        group->setSelected(QList<QJsonValue>());
    }
}

void QuestionsScreen::retranslate()
{
    ui::setText(title(), tr("A few questions about your move"));
    ui::setText(subtitle(), tr("Your answers only decide which other procedures we list for you. "
                               "Skip a question if it does not apply."));
    for (QLabel *label : std::as_const(m_labels)) {
        const forms::NavigatorQuestion *q = m_ctx.navigator->question(label->property("question").toString());
        ui::setText(label, q ? datatext::text(q->label, language()) : QString());
    }
    for (const auto &[id, group] : std::as_const(m_questions)) {
        group->setLabels({tr("Yes"), tr("No")});
    }
    ui::setText(m_next, tr("Next"));
}

// ---- review -------------------------------------------------------------------------------------------------

ReviewScreen::ReviewScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("ReviewScreen"));
    setBodyScrolls(false);
    title()->setObjectName(QStringLiteral("review_title"));
    subtitle()->setObjectName(QStringLiteral("review_progress"));
    m_banner = ui::label("error", this);
    m_banner->setObjectName(QStringLiteral("review_errors"));
    m_banner->hide();
    body()->addWidget(m_banner);
    m_scroll = touchScrollArea(this);
    body()->addWidget(m_scroll, 1);
    addQuitButton();
    addBackButton();
    m_next = addPrimaryButton("review_next");
    connect(m_next, &QPushButton::clicked, this, [this] {
        const int before = m_ctx.session->formIndex();
        if (m_ctx.session->reviewNext()) {
            if (m_ctx.session->state() == SessionState::Review && m_ctx.session->formIndex() != before) {
                enter();
            }
            return;
        }
        m_showAll = true;
        showIssues(true);
    });
    connect(m_ctx.session, &KioskSession::formChanged, this, [this] {
        if (m_ctx.session->state() == SessionState::Review && isVisible()) {
            refresh();
        }
    });
    connect(m_ctx.session, &KioskSession::formIndexChanged, this, [this] {
        if (m_ctx.session->state() == SessionState::Review && isVisible()) {
            enter();
        }
    });
}

FieldEditor *ReviewScreen::editor(const QString &path) const
{
    return m_editors.value(path);
}

void ReviewScreen::enter()
{
    m_formIndex = m_ctx.session->formIndex();
    m_showAll = false;
    m_touched.clear();
    m_signature.clear();
    m_banner->hide();
    rebuild();
    m_scroll->verticalScrollBar()->setValue(0);
}

void ReviewScreen::clearSession()
{
    if (m_content) {
        ui::scrub(m_content);
        m_content->hide();
        m_content->deleteLater();
        m_content = nullptr;
    }
    m_editors.clear();
    m_errors.clear();
    m_rows.clear();
    m_labels.clear();
    m_sectionTitles.clear();
    m_cardHeading = m_integrity = m_unaskable = nullptr;
    m_plan = ReviewPlan();
    m_signature.clear();
    ui::setText(title(), QString());
    ui::setText(m_banner, QString());
}

QFrame *ReviewScreen::fieldRow(const PlannedField &field, QWidget *parent)
{
    auto *row = new QFrame(parent);
    ui::setRole(row, "field");
    row->setObjectName(QStringLiteral("row_") + field.path);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(10);
    auto *head = new QHBoxLayout;
    QLabel *label = ui::label("fieldLabel", row);
    head->addWidget(label, 1);
    m_labels.insert(field.path, label);
    if (field.required) {
        QLabel *required = ui::label("required", row);
        required->setWordWrap(false);
        required->setProperty("requiredMark", true);
        head->addWidget(required, 0, Qt::AlignTop);
    }
    layout->addLayout(head);
    if (!field.definition->help.ja().isEmpty()) {
        QLabel *help = ui::label("muted", row);
        help->setProperty("helpFor", field.path);
        layout->addWidget(help);
    }
    EditorContext ec;
    ec.mode = m_ctx.config->mode;
    ec.language = language();
    ec.today = m_ctx.clock->now().date();
    ec.postal = m_ctx.postal;
    FieldEditor *editor = FieldEditor::create(field, ec, row);
    layout->addWidget(editor);
    auto hook = [this](FieldEditor *e) {
        connect(e, &FieldEditor::edited, this,
                [this](const QString &path, const QJsonValue &value, forms::Provenance provenance) {
                    m_touched.insert(path);
                    m_ctx.session->setValue(path, value, provenance);
                });
        connect(e, &FieldEditor::cleared, this, [this](const QString &path) {
            m_touched.insert(path);
            m_ctx.session->removeValue(path);
        });
        m_editors.insert(e->field().path, e);
    };
    hook(editor);
    if (auto *list = qobject_cast<ListEditor *>(editor)) {
        for (FieldEditor *sub : list->editors()) {
            m_editors.insert(sub->field().path, sub);
        }
        connect(list, &ListEditor::addItem, this, [this](const QString &path) { m_ctx.session->addListItem(path); });
        connect(list, &ListEditor::removeItem, this,
                [this](const QString &path, int index) { m_ctx.session->removeListItem(path, index); });
    }
    QLabel *error = ui::label("error", row);
    error->hide();
    layout->addWidget(error);
    m_errors.insert(field.path, error);
    m_rows.insert(field.path, row);
    // Sub-fields of a list report their errors in the list's row.
    for (const auto &item : field.items) {
        for (const PlannedField &sub : item) {
            m_errors.insert(sub.path, error);
            m_rows.insert(sub.path, row);
        }
    }
    return row;
}

void ReviewScreen::rebuild()
{
    KioskSession *s = m_ctx.session;
    if (s->formCount() == 0) {
        return;
    }
    const int scroll = m_scroll->verticalScrollBar()->value();
    if (m_content) {
        ui::scrub(m_content);
        m_content->hide();
        m_content->deleteLater();
    }
    m_editors.clear();
    m_errors.clear();
    m_rows.clear();
    m_labels.clear();
    m_sectionTitles.clear();
    const forms::FormInstance &form = s->form(s->formIndex());
    m_plan = planReview(form, s->formContext(), m_ctx.config->mode, *m_ctx.policy);
    m_signature = m_plan.signature();

    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 24, 24);
    layout->setSpacing(22);

    auto *card = new QFrame(m_content);
    ui::setRole(card, "cardPanel");
    card->setObjectName(QStringLiteral("card_values"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 20, 28, 20);
    auto *cardHead = new QHBoxLayout;
    m_cardHeading = ui::label("section", card);
    cardHead->addWidget(m_cardHeading, 1);
    cardLayout->addLayout(cardHead);
    m_integrity = ui::label("muted", card);
    cardLayout->addWidget(m_integrity);
    EditorContext ec;
    ec.mode = m_ctx.config->mode;
    ec.language = language();
    ec.today = m_ctx.clock->now().date();
    ec.postal = m_ctx.postal;
    for (const PlannedField &f : std::as_const(m_plan.cardFields)) {
        auto *row = new CardValueRow(f, ec, card);
        connect(row, &FieldEditor::edited, this,
                [this](const QString &path, const QJsonValue &value, forms::Provenance provenance) {
                    m_ctx.session->setValue(path, value, provenance);
                });
        connect(row, &CardValueRow::readNumberRequested, this, [this] { m_ctx.session->readIndividualNumber(); });
        m_editors.insert(f.path, row);
        cardLayout->addWidget(row);
    }
    layout->addWidget(card);

    if (!m_plan.unaskable.isEmpty()) {
        auto *notice = new QFrame(m_content);
        ui::setRole(notice, "notice");
        auto *nl = new QVBoxLayout(notice);
        nl->setContentsMargins(28, 20, 28, 20);
        m_unaskable = ui::label("subtitle", notice);
        m_unaskable->setObjectName(QStringLiteral("review_unaskable"));
        nl->addWidget(m_unaskable);
        layout->addWidget(notice);
    } else {
        m_unaskable = nullptr;
    }

    for (const PlannedSection &section : std::as_const(m_plan.sections)) {
        auto *panel = new QFrame(m_content);
        ui::setRole(panel, "panel");
        auto *pl = new QVBoxLayout(panel);
        pl->setContentsMargins(28, 20, 28, 24);
        pl->setSpacing(14);
        QLabel *heading = ui::label("section", panel);
        heading->setProperty("section", m_sectionTitles.size());
        m_sectionTitles.append(heading);
        pl->addWidget(heading);
        for (const PlannedField &f : section.fields) {
            pl->addWidget(fieldRow(f, panel));
        }
        layout->addWidget(panel);
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->verticalScrollBar()->setValue(scroll);
    retranslate();
    for (FieldEditor *e : std::as_const(m_editors)) {
        e->load(form);
    }
    showIssues(m_showAll);
    applyOnlyValues();
}

void ReviewScreen::applyOnlyValues()
{
    KioskSession *s = m_ctx.session;
    // Exactly one answer allowed (self-service: "I am the one moving") is answered at once, not asked.
    for (const PlannedSection &section : std::as_const(m_plan.sections)) {
        for (const PlannedField &f : section.fields) {
            if (!f.onlyValue.isUndefined() && !f.onlyValue.isNull()) {
                s->setValue(f.path, f.onlyValue, forms::Provenance::Resident);
                return; // formChanged rebuilds; the next one follows from there
            }
            // A list whose first item is the card holder gets that item filled from the card.
            if (f.kind == EditorKind::List && f.itemCount == 0 && !f.cardHolderItem.isEmpty()) {
                const int index = s->addListItem(f.path);
                if (index == 0) {
                    for (auto it = f.cardHolderItem.cbegin(); it != f.cardHolderItem.cend(); ++it) {
                        const QString path = forms::itemPath(f.path, 0, it.key());
                        if (it.value() == QLatin1String("name")) {
                            s->setValue(path, s->record().name, forms::Provenance::Card);
                        } else if (it.value() == QLatin1String("birth_date")) {
                            s->setValue(path, s->record().birthDate.toString(Qt::ISODate), forms::Provenance::Card);
                        }
                    }
                }
                return;
            }
        }
    }
}

void ReviewScreen::refresh()
{
    KioskSession *s = m_ctx.session;
    if (s->formCount() == 0 || s->formIndex() != m_formIndex) {
        enter();
        return;
    }
    const forms::FormInstance &form = s->form(s->formIndex());
    const ReviewPlan plan = planReview(form, s->formContext(), m_ctx.config->mode, *m_ctx.policy);
    if (plan.signature() != m_signature) {
        rebuild();
        return;
    }
    m_plan = plan;
    for (FieldEditor *e : std::as_const(m_editors)) {
        e->load(form);
    }
    showIssues(m_showAll);
    applyOnlyValues();
}

void ReviewScreen::showIssues(bool all)
{
    KioskSession *s = m_ctx.session;
    for (QLabel *e : std::as_const(m_errors)) {
        ui::setText(e, QString());
        e->hide();
    }
    for (QFrame *row : std::as_const(m_rows)) {
        ui::setFlag(row, "invalid", false);
    }
    QStringList elsewhere;
    int errors = 0;
    QFrame *first = nullptr;
    for (const forms::ValidationIssue &issue : s->issues(s->formIndex())) {
        if (issue.severity != forms::Severity::Error) {
            continue;
        }
        ++errors;
        const QString text = datatext::message(m_ctx.catalog->messages(), issue.messageCode, language());
        QLabel *label = m_errors.value(issue.field);
        if (label) {
            if (!all && !m_touched.contains(issue.field)) {
                continue;
            }
            const QString existing = label->text();
            ui::setText(label, existing.isEmpty() ? text : existing + QLatin1Char('\n') + text);
            label->show();
            QFrame *row = m_rows.value(issue.field);
            ui::setFlag(row, "invalid", true);
            if (!first) {
                first = row;
            }
        } else if (all) {
            const forms::FieldDefinition *def = s->form(s->formIndex()).definition().field(issue.field);
            elsewhere.append(def ? datatext::text(def->label, language()) + QStringLiteral(": ") + text : text);
        }
    }
    if (all && errors > 0) {
        QString banner = tr("Please check the items marked in red.");
        if (!elsewhere.isEmpty()) {
            banner += QLatin1Char('\n') + elsewhere.join(QLatin1Char('\n'));
        }
        ui::setText(m_banner, banner);
        m_banner->show();
        if (first) {
            m_scroll->ensureWidgetVisible(first, 0, 40);
        }
    } else {
        ui::setText(m_banner, QString());
        m_banner->hide();
    }
    m_next->setEnabled(m_plan.unaskable.isEmpty() || m_ctx.config->mode == KioskMode::Counter);
}

void ReviewScreen::retranslate()
{
    KioskSession *s = m_ctx.session;
    if (s->formCount() == 0 || !m_content) {
        return;
    }
    const QString lang = language();
    const forms::FormInstance &form = s->form(s->formIndex());
    ui::setText(title(), datatext::text(form.definition().title, lang));
    ui::setText(subtitle(), tr("Form %1 of %2 · Check what came from your card, then answer the questions below.")
                                .arg(s->formIndex() + 1)
                                .arg(s->formCount()));
    if (m_cardHeading) {
        ui::setText(m_cardHeading, tr("From your card"));
        ui::setText(m_integrity, integrityText(*s));
    }
    if (m_unaskable) {
        ui::setText(m_unaskable, tr("This form needs details that are entered at the counter. Please take your "
                                    "card to the counter; the staff will help you."));
    }
    for (int i = 0; i < m_sectionTitles.size() && i < m_plan.sections.size(); ++i) {
        ui::setText(m_sectionTitles.at(i), datatext::text(m_plan.sections.at(i).title, lang));
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const PlannedField *f = m_plan.find(it.key());
        ui::setText(it.value(), f ? fieldLabel(*f, lang) : QString());
    }
    for (QLabel *l : m_content->findChildren<QLabel *>()) {
        if (l->property("requiredMark").toBool()) {
            ui::setText(l, tr("Required"));
        } else if (l->property("helpFor").isValid()) {
            const PlannedField *f = m_plan.find(l->property("helpFor").toString());
            ui::setText(l, f ? datatext::text(f->definition->help, lang) : QString());
        }
    }
    for (FieldEditor *e : std::as_const(m_editors)) {
        e->retranslate(lang);
        e->load(form);
    }
    const bool last = s->formIndex() + 1 >= s->formCount();
    ui::setText(m_next, last ? tr("Check the summary") : tr("Next form"));
    showIssues(m_showAll);
}

// ---- resident confirmation ----------------------------------------------------------------------------------

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

// ---- staff confirmation -------------------------------------------------------------------------------------

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
        const QStringList cells{formTitle == lastForm ? QString() : formTitle, label, value, source, card};
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
            add(formTitle, label, value, source, card);
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
    const QString staff = m_ctx.staff ? m_ctx.staff->displayName() : QString();
    ui::setText(subtitle(), tr("Signed in: %1. Check every field and where it came from, then confirm or send it "
                               "back to the resident.")
                                .arg(staff));
    m_table->setHorizontalHeaderLabels({tr("Form"), tr("Field"), tr("Value"), tr("Source"), tr("Card's value")});
    ui::setText(m_sendBack, tr("Send back"));
    ui::setText(m_confirm, tr("Confirm and accept"));
}

// ---- submit failed ------------------------------------------------------------------------------------------

SubmitFailedScreen::SubmitFailedScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("SubmitFailedScreen"));
    auto *box = new QFrame(this);
    ui::setRole(box, "errorNotice");
    auto *boxRow = new QHBoxLayout(box);
    boxRow->setContentsMargins(32, 28, 36, 28);
    boxRow->setSpacing(28);
    boxRow->addWidget(new StatusIcon(StatusIcon::Kind::Error, box), 0, Qt::AlignTop);
    auto *bl = new QVBoxLayout;
    boxRow->addLayout(bl, 1);
    m_text = ui::label("subtitle", box);
    m_detail = ui::label("muted", box);
    m_detail->setObjectName(QStringLiteral("submit_detail"));
    bl->addWidget(m_text);
    bl->addWidget(m_detail);
    body()->addWidget(box);
    body()->addStretch(1);
    addQuitButton();
    m_retry = addPrimaryButton("submit_retry");
    connect(m_retry, &QPushButton::clicked, this, [this] { m_ctx.session->retrySubmit(); });
    retranslate();
}

void SubmitFailedScreen::enter()
{
    retranslate();
}

void SubmitFailedScreen::retranslate()
{
    ui::setText(title(), tr("The request could not be saved"));
    ui::setText(subtitle(), QString());
    ui::setText(m_text, tr("Nothing was accepted yet. Please ask the staff; you can also try again."));
    const auto error = m_ctx.session->submitError();
    QString detail;
    if (error) {
        detail = error->code == SinkErrorCode::NotConfigured
                     ? tr("For staff: no request storage is configured on this kiosk (submit/sink).")
                     : tr("For staff: %1").arg(error->detail);
    }
    ui::setText(m_detail, detail);
    ui::setText(m_retry, tr("Try again"));
}

// ---- done ---------------------------------------------------------------------------------------------------

DoneScreen::DoneScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("DoneScreen"));
    auto *top = new QHBoxLayout;
    top->setSpacing(40);
    top->addWidget(new StatusIcon(StatusIcon::Kind::Success, this), 0, Qt::AlignTop);
    auto *receiptBox = new QFrame(this);
    ui::setRole(receiptBox, "panel");
    auto *rl = new QVBoxLayout(receiptBox);
    rl->setContentsMargins(40, 24, 40, 24);
    m_receiptLabel = ui::label("subtitle", receiptBox);
    m_receipt = ui::label("huge", receiptBox);
    m_receipt->setObjectName(QStringLiteral("receipt_number"));
    m_receipt->setWordWrap(false);
    rl->addWidget(m_receiptLabel);
    rl->addWidget(m_receipt);
    top->addWidget(receiptBox);
    auto *right = new QVBoxLayout;
    m_next = ui::label("subtitle", this);
    m_next->setObjectName(QStringLiteral("done_next_steps"));
    m_takeCard = ui::label("subtitle", this);
    m_takeCard->setObjectName(QStringLiteral("done_take_card"));
    m_takeCard->setProperty("state", QStringLiteral("warn"));
    right->addWidget(m_next);
    right->addWidget(m_takeCard);
    right->addStretch(1);
    top->addLayout(right, 1);
    body()->addLayout(top);
    m_guidanceTitle = ui::label("section", this);
    body()->addWidget(m_guidanceTitle);
    m_guidance = ui::label("body", this);
    m_guidance->setObjectName(QStringLiteral("guidance"));
    body()->addWidget(m_guidance);
    m_print = ui::label("body", this);
    m_print->setObjectName(QStringLiteral("print_notice"));
    body()->addWidget(m_print);
    body()->addStretch(1);
    m_countdown = ui::label("muted", this);
    m_countdown->setObjectName(QStringLiteral("done_countdown"));
    actions()->insertWidget(0, m_countdown);
    m_finish = addPrimaryButton("done_finish");
    connect(m_finish, &QPushButton::clicked, this, [this] { m_ctx.session->finish(); });
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &DoneScreen::tick);
    connect(m_ctx.session, &KioskSession::stateChanged, this, [this](SessionState, SessionState to) {
        if (to != SessionState::Done) {
            m_timer.stop();
        }
    });
    retranslate();
}

void DoneScreen::enter()
{
    m_enteredMs = m_ctx.clock->monotonicMs();
    m_timer.start();
    retranslate();
}

void DoneScreen::clearSession()
{
    m_timer.stop();
    ui::setText(m_receipt, QString());
    ui::setText(m_guidance, QString());
    ui::setText(m_print, QString());
}

int DoneScreen::secondsLeft() const
{
    const qint64 elapsed = m_ctx.clock->monotonicMs() - m_enteredMs;
    return int(std::max<qint64>(0, qint64(m_ctx.config->doneReturnSeconds) * 1000 - elapsed + 999) / 1000);
}

void DoneScreen::tick()
{
    if (m_ctx.session->state() != SessionState::Done) {
        m_timer.stop();
        return;
    }
    const int left = secondsLeft();
    if (left <= 0) {
        m_timer.stop();
        m_ctx.session->finish();
        return;
    }
    ui::setText(m_countdown, tr("This screen closes by itself in %n second(s).", nullptr, left));
    m_takeCard->setVisible(m_ctx.session->cardPresent());
}

void DoneScreen::printFinished()
{
    retranslate();
}

void DoneScreen::retranslate()
{
    KioskSession *s = m_ctx.session;
    const QString lang = language();
    ui::setText(title(), tr("Your request has been received"));
    ui::setText(subtitle(), QString());
    ui::setText(m_receiptLabel, tr("Receipt number"));
    ui::setText(m_receipt, s->receiptNumber());
    m_receipt->setAccessibleName(tr("Receipt number %1").arg(s->receiptNumber()));
    ui::setText(m_next, m_ctx.config->mode == KioskMode::SelfService
                            ? tr("Take the printed receipt to the counter. You will be called by this number.")
                            : tr("Please wait near the counter. You will be called by this number."));
    ui::setText(m_takeCard, tr("Please take your card with you."));
    m_takeCard->setVisible(s->cardPresent());
    QStringList lines;
    for (const forms::RelatedProcedure &p : s->guidance()) {
        QString line =
            QStringLiteral("・") + datatext::text(p.title, lang) + QStringLiteral(" — ") + datatext::text(p.desk, lang);
        const QString bring = datatext::text(p.bring, lang);
        if (!bring.isEmpty()) {
            line += QLatin1Char('\n') + QStringLiteral("    ") + tr("Bring: %1").arg(bring);
        }
        lines.append(line);
    }
    ui::setText(m_guidanceTitle, lines.isEmpty() ? QString() : tr("You may also need these procedures:"));
    m_guidanceTitle->setVisible(!lines.isEmpty());
    ui::setText(m_guidance, lines.join(QLatin1Char('\n')));
    m_guidance->setVisible(!lines.isEmpty());
    QString print;
    if (const auto outcome = s->printOutcome()) {
        if (outcome->status == PrintStatus::Failed) {
            print = tr("For staff: printing failed (%1). The request is saved and queued; print it again from the "
                       "back office.")
                        .arg(outcome->detail);
        } else if (outcome->status == PrintStatus::NotPrinted) {
            print = tr("For staff: nothing was printed (%1). The request is saved.").arg(outcome->detail);
        } else if (!outcome->staffNotice.isEmpty()) {
            print = tr("For staff: check the printed forms: %1").arg(outcome->staffNotice);
        }
    }
    ui::setText(m_print, print);
    m_print->setVisible(!print.isEmpty());
    ui::setText(m_finish, tr("Finish"));
    ui::setText(m_countdown, tr("This screen closes by itself in %n second(s).", nullptr, secondsLeft()));
}

// ---- administrator ------------------------------------------------------------------------------------------

AdminScreen::AdminScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("AdminScreen"));
    auto *box = new QFrame(this);
    ui::setRole(box, "panel");
    auto *bl = new QVBoxLayout(box);
    bl->setContentsMargins(36, 30, 36, 30);
    m_info = ui::label("body", box);
    m_info->setObjectName(QStringLiteral("admin_info"));
    bl->addWidget(m_info);
    body()->addWidget(box);
    body()->addStretch(1);
    m_close = ui::button("secondary", this);
    m_close->setObjectName(QStringLiteral("admin_close"));
    actions()->insertWidget(0, m_close);
    m_exit = addPrimaryButton("admin_exit");
    ui::setRole(m_exit, "staff");
    connect(m_close, &QPushButton::clicked, this, [this] { m_ctx.session->closeAdmin(); });
    connect(m_exit, &QPushButton::clicked, this, [this] { m_ctx.session->requestExit(); });
    retranslate();
}

void AdminScreen::enter()
{
    retranslate();
}

void AdminScreen::retranslate()
{
    ui::setText(title(), tr("Staff menu"));
    ui::setText(subtitle(), m_ctx.staff ? tr("Signed in: %1").arg(m_ctx.staff->displayName()) : QString());
    const KioskConfig &c = *m_ctx.config;
    QStringList lines;
    lines << tr("Kiosk: %1 (%2)").arg(c.kioskId, c.mode == KioskMode::Counter ? tr("counter") : tr("self-service"));
    lines << tr("Municipality: %1 %2").arg(c.municipality, c.municipalityCode);
    lines << tr("Requests go to: %1").arg(m_ctx.sink ? m_ctx.sink->describe() : QString());
    if (m_ctx.queue) {
        const QueueStatus q = m_ctx.queue->current();
        lines << (q.link == QueueStatus::Link::NotConfigured
                      ? tr("Back-office queue: not configured")
                      : tr("Back-office queue: %1, %n waiting", nullptr, q.queued)
                            .arg(q.link == QueueStatus::Link::Online ? tr("online") : tr("offline")));
    }
    lines << tr("Card reader: %1").arg(c.card.reader.isEmpty() ? tr("any") : c.card.reader);
    lines << tr("Version: %1").arg(QStringLiteral(KAKANAI_VERSION));
    ui::setText(m_info, lines.join(QLatin1Char('\n')));
    ui::setText(m_close, tr("Back to the first screen"));
    ui::setText(m_exit, tr("Close the kiosk application"));
}

} // namespace kakanai::kiosk
