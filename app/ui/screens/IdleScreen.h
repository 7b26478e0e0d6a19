#pragma once

#include "app/ui/screens/Screen.h"

#include <QList>

class QLabel;
class QPushButton;

namespace kakanai::kiosk {

class ReaderIllustration;

// Idle: place the card; the language; the reader's state in plain words.
class IdleScreen final : public Screen
{
    Q_OBJECT
public:
    IdleScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;
    void refreshReader();

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    ReaderIllustration *m_picture;
    QLabel *m_reader;
    QLabel *m_languageLabel;
    QLabel *m_sinkNotice;
    QPushButton *m_start;
    QList<QPushButton *> m_languageButtons;
};

} // namespace kakanai::kiosk
