#pragma once

#include <QPushButton>

class QLabel;

namespace kakanai::kiosk {

// One large button with two lines: a life event and the forms it fills, or (checkable) a form named by what the
// resident wants with its official name below. Its height follows its width, so wrapped text is never cut.
class EventButton final : public QPushButton
{
    Q_OBJECT
public:
    explicit EventButton(QWidget *parent = nullptr);
    void setTexts(const QString &title, const QString &detail);
    // The second line can be left out where a page would not fit otherwise (the title and the accessible
    // description stay).
    void setDetailShown(bool shown);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

private:
    QLabel *m_title;
    QLabel *m_detail;
};

} // namespace kakanai::kiosk
