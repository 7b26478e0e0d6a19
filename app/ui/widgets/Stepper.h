#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

// − n + for small counts (copies, 通数), and the year of the card's expiry.
class Stepper : public QWidget
{
    Q_OBJECT
public:
    explicit Stepper(QWidget *parent = nullptr);
    void setRange(int minimum, int maximum);
    void setValue(int value);
    int value() const { return m_value; }
    bool hasValue() const { return m_set; }
    void setSuffix(const QString &suffix);
    void setAccessibleLabel(const QString &label);

Q_SIGNALS:
    void valueChanged(int value);

private:
    void refresh();
    int m_min = 1;
    int m_max = 10;
    int m_value = 1;
    bool m_set = false;
    QString m_suffix;
    QString m_label;
    QPushButton *m_minus;
    QPushButton *m_plus;
    QLabel *m_display;
};

// A turning arc that says "working": card checks and reads, the sink's commit.
class Spinner : public QWidget
{
    Q_OBJECT
public:
    explicit Spinner(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {120, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    int m_angle = 0;
    int m_timer = 0;
};

} // namespace kakanai::kiosk
