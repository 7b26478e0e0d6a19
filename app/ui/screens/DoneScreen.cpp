#include "app/ui/screens/DoneScreen.h"

#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/core/RequestSink.h"
#include "app/ui/Ui.h"
#include "app/ui/screens/ScreenSupport.h"
#include "app/ui/widgets/FieldEditors.h"
#include "app/ui/widgets/StatusIcon.h"
#include "common/Clock.h"

#include "forms/LifeEvents.h"
#include "forms/Wareki.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

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
    m_fee = ui::label("subtitle", this);
    m_fee->setObjectName(QStringLiteral("done_fee"));
    right->addWidget(m_next);
    right->addWidget(m_fee);
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
        if (to == SessionState::Submitting) {
            captureFees();
        } else if (to == SessionState::Idle) {
            m_fees.clear();
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

void DoneScreen::captureFees()
{
    // Form titles and amounts only: nothing personal is kept.
    m_fees.clear();
    m_everyFormHasFee = true;
    const KioskSession *s = m_ctx.session;
    for (int i = 0; i < s->formCount(); ++i) {
        if (const auto fee = forms::feeOf(s->form(i))) {
            m_fees.append({s->form(i).definition().title, *fee});
        } else {
            m_everyFormHasFee = false;
        }
    }
}

void DoneScreen::clearSession()
{
    // The session's data is wiped before Done; the fees (titles and amounts, nothing personal) stay until Idle.
    m_timer.stop();
    ui::setText(m_receipt, QString());
    ui::setText(m_fee, QString());
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

QString DoneScreen::deadlineText(const forms::Deadline &deadline, const QDate &happenedOn, const QString &language)
{
    const QString rule = datatext::text(deadline.rule, language);
    const QDate due = deadline.dueFrom(happenedOn);
    if (!due.isValid()) {
        return tr("Deadline: %1", "the rule: within 14 days of moving in").arg(rule);
    }
    // 和暦 in Japanese, as the forms and the slip print dates; the locale's long date otherwise.
    const bool japanese = language == QLatin1String("ja") || language == QLatin1String("ja_easy");
    return tr("Deadline: %1 (%2)", "a date, then the rule it comes from")
        .arg(japanese ? forms::formatWareki(due) : longDate(due), rule);
}

void DoneScreen::retranslate()
{
    KioskSession *s = m_ctx.session;
    const QString lang = language();
    ui::setText(title(), tr("Your request has been received"));
    ui::setText(subtitle(), QString());
    ui::setText(m_receiptLabel, tr("Receipt number"));
    ui::setText(m_receipt, s->receiptNumber());
    m_receipt->setAccessibleName(ui::plain(tr("Receipt number %1")).arg(s->receiptNumber()));
    ui::setText(m_next, m_ctx.config->mode == KioskMode::SelfService
                            ? tr("Take the printed receipt to the counter. You will be called by this number.")
                            : tr("Please wait near the counter. You will be called by this number."));
    ui::setText(m_takeCard, tr("Please take your card with you."));
    m_takeCard->setVisible(s->cardPresent());
    // Per form and in total, the numbers the request carries (captured while it was built; the forms are gone now).
    QStringList fees;
    qint64 total = 0;
    for (const auto &[title, fee] : std::as_const(m_fees)) {
        fees.append(datatext::text(title, lang) + QStringLiteral(" — ") + feeText(fee));
        total += fee.amount;
    }
    if (!fees.isEmpty() && m_everyFormHasFee) {
        fees.append(feeTotalText(total));
    }
    ui::setText(m_fee, fees.join(QLatin1Char('\n')));
    m_fee->setVisible(!fees.isEmpty());
    QStringList lines;
    const QDate happenedOn = s->guidanceHappenedOn();
    for (const forms::RelatedProcedure &p : s->guidance()) {
        // The department, and where it is in this city hall (the city's counters; the slip prints the same).
        QString where = datatext::text(p.desk, lang);
        if (!p.counter.ja().isEmpty()) {
            where = tr("%1 (%2)", "a department, then where it is: building, floor, counter")
                        .arg(where, datatext::text(p.counter, lang));
        }
        QString line = QStringLiteral("・") + datatext::text(p.title, lang) + QStringLiteral(" — ") + where;
        const QString bring = datatext::text(p.bring, lang);
        if (!bring.isEmpty()) {
            line += QLatin1Char('\n') + QStringLiteral("    ") + tr("Bring: %1").arg(bring);
        }
        if (p.deadline) {
            line += QLatin1Char('\n') + QStringLiteral("    ") + deadlineText(*p.deadline, happenedOn, lang);
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

} // namespace kakanai::kiosk
