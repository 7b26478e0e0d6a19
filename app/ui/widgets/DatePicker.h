#pragma once

#include "forms/Wareki.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

class ChoiceGroup;

// A date without typing: era, year, month and day as four large buttons; tapping one opens a grid of its values
// right below, and a choice moves on to the next part. 和暦 (明治 … 令和) by default, the Western calendar for
// residents who read another language (forms accept both; the date is stored Gregorian either way). A "today"
// button where a recent date is expected.
class DatePicker : public QWidget
{
    Q_OBJECT
public:
    enum class Calendar
    {
        Wareki,
        Gregorian,
    };

    explicit DatePicker(QWidget *parent = nullptr);

    void setRange(QDate minimum, QDate maximum);
    void setCalendar(Calendar calendar);
    Calendar calendar() const { return m_calendar; }
    void setTodayButton(QDate today); // invalid date: no button
    void setCalendarToggle(bool shown);
    void setDate(QDate date);
    QDate date() const;
    void retranslate();

    // For tests: picks a date as a person would, part by part.
    void pick(QDate date);

Q_SIGNALS:
    void dateChanged(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Part
    {
        Era,
        Year,
        Month,
        Day,
        None,
    };
    void open(Part part);
    void choose(Part part, int value);
    void refresh();
    QList<forms::Era> eras() const;
    int yearCount(forms::Era era) const;
    int gregorianYear() const;

    Calendar m_calendar = Calendar::Wareki;
    QDate m_min{1900, 1, 1};
    QDate m_max{2100, 12, 31};
    QDate m_today;
    std::optional<forms::Era> m_era;
    std::optional<int> m_year; // era year (1 = 元年) or Gregorian year
    std::optional<int> m_month;
    std::optional<int> m_day;
    Part m_open = Part::None;

    QPushButton *m_eraButton;
    QPushButton *m_yearButton;
    QPushButton *m_monthButton;
    QPushButton *m_dayButton;
    QPushButton *m_todayButton;
    QPushButton *m_calendarButton;
    QLabel *m_summary;
    ChoiceGroup *m_grid;
};

} // namespace kakanai::kiosk
