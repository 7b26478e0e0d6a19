#pragma once

#include <QPushButton>

class QLabel;

namespace kakanai::kiosk {

// A life event as one large button: the event, and below it the forms it fills.
class EventButton final : public QPushButton
{
    Q_OBJECT
public:
    explicit EventButton(QWidget *parent = nullptr);
    void setTexts(const QString &title, const QString &detail);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QLabel *m_title;
    QLabel *m_detail;
};

} // namespace kakanai::kiosk
