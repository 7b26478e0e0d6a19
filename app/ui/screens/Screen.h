#pragma once

#include "app/ui/KioskContext.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kakanai::kiosk {

// One page of KioskWindow's QStackedWidget. A title, a body, and an action bar at the bottom (back and quit on
// the left, the primary action on the right). enter() fills the page from the session when it is shown;
// clearSession() drops every text derived from the resident's data (the session's aboutToWipe); retranslate()
// follows a language switch without touching the session.
class Screen : public QWidget
{
    Q_OBJECT
public:
    Screen(KioskContext context, QWidget *parent = nullptr);

    virtual void enter() {}
    virtual void clearSession() {}
    virtual void retranslate() {}
    QString language() const;

Q_SIGNALS:
    // "Quit" was tapped: the window asks before the session is wiped (KioskWindow's confirmation overlay).
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Builders for subclasses.
    QLabel *title() const { return m_title; }
    QLabel *subtitle() const { return m_subtitle; }
    QVBoxLayout *body() const { return m_body; }
    QScrollArea *bodyScroll() const { return m_bodyScroll; }
    QHBoxLayout *actions() const { return m_actions; }
    QPushButton *addQuitButton();                          // "Quit": asks, then ends the session (wipes); left
    QPushButton *addBackButton();                          // "Back": session back(), left of the bar
    QPushButton *addPrimaryButton(const char *objectName); // right of the bar
    void retranslateCommon();
    // The body scrolls (with a finger) when it does not fit the screen, as at 1280×800 with larger text. Screens
    // with a scroll area of their own (the review, the summary, the questions) turn this off.
    void setBodyScrolls(bool scrolls);

    KioskContext m_ctx;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_body;
    QWidget *m_bodyWidget;
    QScrollArea *m_bodyScroll;
    QHBoxLayout *m_actions;
    QPushButton *m_quit = nullptr;
    QPushButton *m_back = nullptr;
    bool m_primaryAdded = false;
};

} // namespace kakanai::kiosk
