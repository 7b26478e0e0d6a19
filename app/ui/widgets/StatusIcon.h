#pragma once

#include <QWidget>

namespace kakanai::kiosk {

// A round sign beside a message: what kind of message it is, seen before it is read.
class StatusIcon : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Error,
        Success,
        Lock,
    };
    explicit StatusIcon(Kind kind, QWidget *parent = nullptr);
    void setKind(Kind kind);
    QSize sizeHint() const override { return {96, 96}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind;
};

} // namespace kakanai::kiosk
