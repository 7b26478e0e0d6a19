#include "app/ui/screens/ReviewScreen.h"

#include "app/core/FieldPolicy.h"
#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/FieldEditors.h"
#include "common/Clock.h"

#include "forms/FormCatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kakanai::kiosk {

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
    // The card's address contradicts the chosen move (転入 with an address already in the city): one tap switches.
    m_switchNotice = new QFrame(this);
    m_switchNotice->setObjectName(QStringLiteral("switch_notice"));
    ui::setRole(m_switchNotice, "notice");
    auto *switchRow = new QHBoxLayout(m_switchNotice);
    switchRow->setContentsMargins(24, 12, 16, 12);
    switchRow->setSpacing(20);
    m_switchText = ui::label("body", m_switchNotice);
    m_switchText->setObjectName(QStringLiteral("switch_text"));
    switchRow->addWidget(m_switchText, 1);
    m_switchButton = ui::button("primary", m_switchNotice);
    m_switchButton->setObjectName(QStringLiteral("switch_procedure"));
    switchRow->addWidget(m_switchButton, 0, Qt::AlignVCenter);
    m_switchNotice->hide();
    body()->addWidget(m_switchNotice);
    connect(m_switchButton, &QPushButton::clicked, this,
            [this] { m_ctx.session->switchLifeEvent(m_ctx.session->suggestedLifeEvent()); });
    m_fee = ui::label("subtitle", this);
    m_fee->setObjectName(QStringLiteral("review_fee"));
    body()->addWidget(m_fee);
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
    ui::setText(m_switchText, QString());
    m_switchNotice->hide();
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
        // The path is copied: the list editor that sent it is rebuilt (and may be gone) while the session
        // answers, through formChanged.
        connect(list, &ListEditor::addItem, this,
                [this](const QString &path) { m_ctx.session->addListItem(QString(path)); });
        connect(list, &ListEditor::removeItem, this,
                [this](const QString &path, int index) { m_ctx.session->removeListItem(QString(path), index); });
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
        connect(row, &CardValueRow::correctRequested, this, [this] { m_ctx.session->requestCorrection(); });
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
    showFee(form); // copies or the certificate kind may have changed
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
    refreshSwitch(); // a corrected address may settle (or raise) the contradiction
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

void ReviewScreen::showFee(const forms::FormInstance &form)
{
    const auto feeOfForm = forms::feeOf(form);
    const QString fee = feeOfForm ? feeText(*feeOfForm) : QString();
    ui::setText(m_fee, fee);
    m_fee->setVisible(!fee.isEmpty());
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
    showFee(form);
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
    refreshSwitch();
}

void ReviewScreen::refreshSwitch()
{
    const QString suggested = m_ctx.session->suggestedLifeEvent();
    const QString city = cityName(*m_ctx.config);
    QString text;
    if (suggested == QLatin1String("moving_within")) {
        text = tr("The address on your card is already in %1. A move within %1 is notified with a 転居届.").arg(city);
    } else if (suggested == QLatin1String("moving_in")) {
        text = tr("The address on your card is not in %1. Moving here from another municipality is notified with a "
                  "転入届.")
                   .arg(city);
    } else if (!suggested.isEmpty()) {
        text = tr("The address on your card does not fit this procedure.");
    }
    ui::setText(m_switchText, text);
    ui::setText(m_switchButton,
                suggested.isEmpty() ? QString() : tr("Switch to: %1").arg(lifeEventTitle(m_ctx, suggested, language())),
                tr("Your answers that fit are kept"));
    m_switchNotice->setVisible(!suggested.isEmpty());
}

} // namespace kakanai::kiosk
