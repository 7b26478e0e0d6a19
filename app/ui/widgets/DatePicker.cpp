#include "app/ui/widgets/DatePicker.h"

#include "app/ui/Ui.h"
#include "app/ui/widgets/ChoiceGroup.h"
#include "app/ui/widgets/FieldEditors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

using forms::Era;

DatePicker::DatePicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    m_eraButton = ui::button("choice", this);
    m_eraButton->setObjectName(QStringLiteral("date_era"));
    m_yearButton = ui::button("choice", this);
    m_yearButton->setObjectName(QStringLiteral("date_year"));
    m_monthButton = ui::button("choice", this);
    m_monthButton->setObjectName(QStringLiteral("date_month"));
    m_dayButton = ui::button("choice", this);
    m_dayButton->setObjectName(QStringLiteral("date_day"));
    for (QPushButton *b : {m_eraButton, m_yearButton, m_monthButton, m_dayButton}) {
        b->setCheckable(true);
        b->setMinimumWidth(110);
        row->addWidget(b, 1);
    }
    row->addSpacing(12);
    m_todayButton = ui::button("quiet", this);
    m_todayButton->setObjectName(QStringLiteral("date_today"));
    row->addWidget(m_todayButton);
    m_calendarButton = ui::button("quiet", this);
    m_calendarButton->setObjectName(QStringLiteral("date_calendar"));
    row->addWidget(m_calendarButton);
    row->addStretch(1);
    layout->addLayout(row);
    m_summary = ui::label("muted", this);
    layout->addWidget(m_summary);
    m_grid = new ChoiceGroup(true, this);
    m_grid->hide();
    layout->addWidget(m_grid);

    connect(m_eraButton, &QPushButton::clicked, this, [this] { open(Part::Era); });
    connect(m_yearButton, &QPushButton::clicked, this, [this] { open(Part::Year); });
    connect(m_monthButton, &QPushButton::clicked, this, [this] { open(Part::Month); });
    connect(m_dayButton, &QPushButton::clicked, this, [this] { open(Part::Day); });
    connect(m_todayButton, &QPushButton::clicked, this, [this] {
        setDate(m_today);
        Q_EMIT dateChanged(m_today);
    });
    connect(m_calendarButton, &QPushButton::clicked, this, [this] {
        const QDate d = date();
        setCalendar(m_calendar == Calendar::Wareki ? Calendar::Gregorian : Calendar::Wareki);
        setDate(d);
    });
    connect(m_grid, &ChoiceGroup::chosen, this, [this](const QJsonValue &v) { choose(m_open, v.toInt()); });
    m_todayButton->hide();
    refresh();
}

void DatePicker::setRange(QDate minimum, QDate maximum)
{
    m_min = std::max(minimum, forms::eraStart(Era::Meiji));
    m_max = maximum;
    refresh();
}

void DatePicker::setCalendar(Calendar calendar)
{
    if (m_calendar == calendar) {
        return;
    }
    const QDate d = date();
    m_calendar = calendar;
    m_era.reset();
    m_year.reset();
    m_month.reset();
    m_day.reset();
    if (d.isValid()) {
        setDate(d);
    }
    open(Part::None);
    refresh();
}

void DatePicker::setCalendarToggle(bool shown)
{
    m_calendarButton->setVisible(shown);
}

void DatePicker::setTodayButton(QDate today)
{
    m_today = today;
    m_todayButton->setVisible(today.isValid());
}

void DatePicker::setDate(QDate date)
{
    if (!date.isValid()) {
        m_era.reset();
        m_year.reset();
        m_month.reset();
        m_day.reset();
    } else if (m_calendar == Calendar::Wareki) {
        const auto w = forms::toWareki(date);
        if (!w) {
            return;
        }
        m_era = w->era;
        m_year = w->year;
        m_month = w->month;
        m_day = w->day;
    } else {
        m_year = date.year();
        m_month = date.month();
        m_day = date.day();
    }
    open(Part::None);
    refresh();
}

int DatePicker::gregorianYear() const
{
    if (!m_year) {
        return 0;
    }
    if (m_calendar == Calendar::Gregorian) {
        return *m_year;
    }
    return m_era ? forms::eraStart(*m_era).year() + *m_year - 1 : 0;
}

QDate DatePicker::date() const
{
    if (!m_year || !m_month || !m_day || (m_calendar == Calendar::Wareki && !m_era)) {
        return {};
    }
    const QDate d(gregorianYear(), *m_month, *m_day);
    if (!d.isValid()) {
        return {};
    }
    if (m_calendar == Calendar::Wareki) {
        const auto era = forms::eraOn(d);
        if (!era || *era != *m_era) {
            return {}; // 平成31年5月1日 does not exist
        }
    }
    return d;
}

QList<Era> DatePicker::eras() const
{
    QList<Era> out;
    for (Era e : {Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa}) {
        const QDate start = forms::eraStart(e);
        const QDate end = e == Era::Reiwa ? QDate(9999, 12, 31) : forms::eraStart(Era(int(e) + 1)).addDays(-1);
        if (end >= m_min && start <= m_max) {
            out.append(e);
        }
    }
    return out;
}

int DatePicker::yearCount(Era era) const
{
    const QDate start = forms::eraStart(era);
    const QDate end = era == Era::Reiwa ? m_max : std::min(m_max, forms::eraStart(Era(int(era) + 1)).addDays(-1));
    return end.year() - start.year() + 1;
}

void DatePicker::open(Part part)
{
    m_open = part;
    QList<ChoiceGroup::Option> options;
    int columns = 0;
    switch (part) {
    case Part::Era:
        for (Era e : eras()) {
            options.append({int(e), forms::eraName(e), {}});
        }
        columns = 5;
        break;
    case Part::Year:
        if (m_calendar == Calendar::Wareki) {
            if (!m_era) {
                open(Part::Era);
                return;
            }
            const int first = std::max(1, m_min.year() - forms::eraStart(*m_era).year() + 1);
            for (int y = first; y <= yearCount(*m_era); ++y) {
                options.append({y, y == 1 ? tr("1st year", "date picker: 元年") : QString::number(y), {}});
            }
        } else {
            for (int y = m_max.year(); y >= m_min.year(); --y) {
                options.append({y, QString::number(y), {}});
            }
        }
        columns = 10;
        break;
    case Part::Month:
        for (int m = 1; m <= 12; ++m) {
            options.append({m, QString::number(m), {}});
        }
        columns = 6;
        break;
    case Part::Day: {
        const int year = gregorianYear();
        const int days = (year > 0 && m_month) ? QDate(year, *m_month, 1).daysInMonth() : 31;
        for (int d = 1; d <= days; ++d) {
            options.append({d, QString::number(d), {}});
        }
        columns = 8;
        break;
    }
    case Part::None:
        break;
    }
    m_grid->setOptions(options, columns);
    if (part != Part::None) {
        std::optional<int> current;
        switch (part) {
        case Part::Era:
            current = m_era ? std::optional<int>(int(*m_era)) : std::nullopt;
            break;
        case Part::Year:
            current = m_year;
            break;
        case Part::Month:
            current = m_month;
            break;
        case Part::Day:
            current = m_day;
            break;
        case Part::None:
            break;
        }
        if (current) {
            m_grid->setSelected(QJsonValue(*current));
        }
    }
    m_grid->setVisible(part != Part::None);
    refresh();
}

void DatePicker::choose(Part part, int value)
{
    const QDate before = date();
    switch (part) {
    case Part::Era:
        m_era = Era(value);
        m_year.reset();
        open(Part::Year);
        break;
    case Part::Year:
        m_year = value;
        open(m_month ? (m_day ? Part::None : Part::Day) : Part::Month);
        break;
    case Part::Month:
        m_month = value;
        open(m_day ? Part::None : Part::Day);
        break;
    case Part::Day:
        m_day = value;
        open(Part::None);
        break;
    case Part::None:
        return;
    }
    // A day past the month's end (31 after choosing February) is dropped and asked again.
    if (m_day && m_month && gregorianYear() > 0 && !QDate(gregorianYear(), *m_month, *m_day).isValid()) {
        m_day.reset();
        open(Part::Day);
    }
    refresh();
    const QDate after = date();
    if (after != before) {
        Q_EMIT dateChanged(after);
    }
}

void DatePicker::pick(QDate date)
{
    if (m_calendar == Calendar::Wareki) {
        const auto w = forms::toWareki(date);
        if (!w) {
            return;
        }
        open(Part::Era);
        choose(Part::Era, int(w->era));
        choose(Part::Year, w->year);
        choose(Part::Month, w->month);
        choose(Part::Day, w->day);
    } else {
        open(Part::Year);
        choose(Part::Year, date.year());
        choose(Part::Month, date.month());
        choose(Part::Day, date.day());
    }
}

void DatePicker::refresh()
{
    const bool wareki = m_calendar == Calendar::Wareki;
    m_eraButton->setVisible(wareki);
    ui::setText(m_eraButton, m_era ? forms::eraName(*m_era) : tr("Era"), tr("Era of the date"));
    // Set parts show their number (with 年/月/日 where the language writes them); unset parts say what they are.
    QString year = tr("Year");
    if (m_year) {
        year =
            wareki && *m_year == 1 ? tr("1st year", "date picker: 元年") : tr("%1", "date picker: year").arg(*m_year);
    }
    ui::setText(m_yearButton, year, tr("Year of the date"));
    ui::setText(m_monthButton, m_month ? tr("%1", "date picker: month").arg(*m_month) : tr("Month"),
                tr("Month of the date"));
    ui::setText(m_dayButton, m_day ? tr("%1", "date picker: day").arg(*m_day) : tr("Day"), tr("Day of the date"));
    m_eraButton->setChecked(m_open == Part::Era);
    m_yearButton->setChecked(m_open == Part::Year);
    m_monthButton->setChecked(m_open == Part::Month);
    m_dayButton->setChecked(m_open == Part::Day);
    ui::setText(m_todayButton, tr("Today"));
    ui::setText(m_calendarButton, wareki ? tr("Western calendar") : tr("Japanese era"),
                tr("Switches between the Japanese era and the Western calendar"));
    const QDate d = date();
    if (d.isValid()) {
        ui::setText(m_summary, wareki ? QStringLiteral("%1 (%2)").arg(forms::formatWareki(d), longDate(d))
                                      : QStringLiteral("%1 (%2)").arg(longDate(d), forms::formatWareki(d)));
    } else {
        ui::setText(m_summary, QString());
    }
    m_summary->setVisible(d.isValid());
}

void DatePicker::retranslate()
{
    if (m_open == Part::Year) {
        open(Part::Year);
    }
    refresh();
}

void DatePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace kakanai::kiosk
