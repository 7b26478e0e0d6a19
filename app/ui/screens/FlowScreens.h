#pragma once

#include "ReviewPlan.h"
#include "Screen.h"

#include <QHash>
#include <QJsonValue>
#include <QPushButton>
#include <QTimer>

class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QVBoxLayout;

namespace kakanai::kiosk {

class ChoiceGroup;
class FieldEditor;

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

// What brings the resident here: life events first (each with the forms it fills), then single forms.
class ProcedureScreen final : public Screen
{
    Q_OBJECT
public:
    ProcedureScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

private:
    QStringList offeredForms() const;
    QLabel *m_greeting;
    QLabel *m_integrity;
    QLabel *m_eventsLabel;
    QLabel *m_formsLabel;
    QVBoxLayout *m_events;
    QList<QPushButton *> m_eventButtons;
    ChoiceGroup *m_forms;
    QPushButton *m_next;
};

// The life event's yes/no questions, deciding the related procedures listed on the guidance slip.
class QuestionsScreen final : public Screen
{
    Q_OBJECT
public:
    QuestionsScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

private:
    QVBoxLayout *m_list;
    QList<QPair<QString, ChoiceGroup *>> m_questions;
    QList<QLabel *> m_labels;
    QPushButton *m_next;
};

// One form: the values from the card, marked; then only what the card cannot know, generated from the form's
// definition; inline messages in plain words.
class ReviewScreen final : public Screen
{
    Q_OBJECT
public:
    ReviewScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

    FieldEditor *editor(const QString &path) const;

private:
    void rebuild();
    void refresh();
    void applyOnlyValues();
    void showIssues(bool all);
    QFrame *fieldRow(const PlannedField &field, QWidget *parent);

    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QLabel *m_banner;
    QPushButton *m_next;
    ReviewPlan m_plan;
    QString m_signature;
    int m_formIndex = -1;
    bool m_showAll = false;
    QSet<QString> m_touched;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QFrame *> m_rows;
    QHash<QString, QLabel *> m_labels;
    QList<QLabel *> m_sectionTitles;
    QLabel *m_cardHeading = nullptr;
    QLabel *m_integrity = nullptr;
    QLabel *m_unaskable = nullptr;
};

// What will be submitted, large and plain, in the resident's language (やさしい日本語 one tap away).
class ResidentConfirmScreen final : public Screen
{
    Q_OBJECT
public:
    ResidentConfirmScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    void rebuild();
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QPushButton *m_yes;
    QPushButton *m_fix;
    QPushButton *m_easy;
};

// Counter mode: every field with where it came from; confirm or send back.
class StaffConfirmScreen final : public Screen
{
    Q_OBJECT
public:
    StaffConfirmScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;

private:
    void rebuild();
    QTableWidget *m_table;
    QLabel *m_card;
    QLabel *m_warnings;
    QPushButton *m_confirm;
    QPushButton *m_sendBack;
};

// The sink could not store the request: nothing queued, staff called, try again.
class SubmitFailedScreen final : public Screen
{
    Q_OBJECT
public:
    SubmitFailedScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_text;
    QLabel *m_detail;
    QPushButton *m_retry;
};

// The receipt number, what happens next, related procedures, the card reminder; back to idle by itself.
class DoneScreen final : public Screen
{
    Q_OBJECT
public:
    DoneScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void clearSession() override;
    void retranslate() override;
    void printFinished();
    int secondsLeft() const;

private:
    void tick();
    QLabel *m_receiptLabel;
    QLabel *m_receipt;
    QLabel *m_next;
    QLabel *m_takeCard;
    QLabel *m_guidanceTitle;
    QLabel *m_guidance;
    QLabel *m_print;
    QLabel *m_countdown;
    QPushButton *m_finish;
    QTimer m_timer;
    qint64 m_enteredMs = 0;
};

// Administrator: kiosk facts and the one way out of the kiosk (after a staff sign-in).
class AdminScreen final : public Screen
{
    Q_OBJECT
public:
    AdminScreen(KioskContext context, QWidget *parent = nullptr);
    void enter() override;
    void retranslate() override;

private:
    QLabel *m_info;
    QPushButton *m_exit;
    QPushButton *m_close;
};

} // namespace kakanai::kiosk
