#include "app/ui/screens/QuestionsScreen.h"

#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/ChoiceGroup.h"

#include "forms/LifeEvents.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kakanai::kiosk {

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
            // Answers given before stay (back from the review, or a switch from 転入 to 転居 that kept them).
            if (const auto it = m_ctx.session->navigatorAnswers().constFind(q);
                it != m_ctx.session->navigatorAnswers().cend()) {
                group->setSelected(QJsonValue(it.value()));
            }
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

} // namespace kakanai::kiosk
