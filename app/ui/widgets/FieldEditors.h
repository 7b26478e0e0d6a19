#pragma once

#include "app/core/ReviewPlan.h"

#include "forms/FormInstance.h"

#include <QJsonValue>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kakanai::forms {
class PostalDirectory;
}

namespace kakanai::kiosk {

class ChoiceGroup;
class DatePicker;
class Keypad;
class Stepper;

// What every field editor needs to know besides its field.
struct EditorContext
{
    KioskMode mode = KioskMode::Counter;
    QString language = QStringLiteral("ja");
    QDate today;
    const forms::PostalDirectory *postal = nullptr;
};

// One field's editor on the review screen. Shows the current value of the form instance (load), and reports an
// answer with edited(); the screen hands it to the session. Editors never hold data the session does not hold:
// the screen scrubs them when the session ends.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(PlannedField field, EditorContext context, QWidget *parent = nullptr);
    const PlannedField &field() const { return m_field; }
    virtual void load(const forms::FormInstance &form) = 0;
    virtual void retranslate(const QString &language);

    // Who answered: keyboard entry in counter mode is staff; taps on the touchscreen are the resident's.
    forms::Provenance tapProvenance() const { return forms::Provenance::Resident; }

    static FieldEditor *create(const PlannedField &field, const EditorContext &context, QWidget *parent);

Q_SIGNALS:
    void edited(const QString &path, const QJsonValue &value, kakanai::forms::Provenance provenance);
    void cleared(const QString &path);

protected:
    PlannedField m_field;
    EditorContext m_context;
};

class ChoiceEditor final : public FieldEditor
{
    Q_OBJECT
public:
    ChoiceEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;
    void retranslate(const QString &language) override;

private:
    ChoiceGroup *m_group;
};

class YesNoEditor final : public FieldEditor
{
    Q_OBJECT
public:
    YesNoEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;
    void retranslate(const QString &language) override;

private:
    ChoiceGroup *m_group;
};

class CountEditor final : public FieldEditor
{
    Q_OBJECT
public:
    CountEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;

private:
    Stepper *m_stepper;
};

class DateEditor final : public FieldEditor
{
    Q_OBJECT
public:
    DateEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;
    void retranslate(const QString &language) override;
    DatePicker *picker() const { return m_picker; }

private:
    DatePicker *m_picker;
};

class PresetEditor final : public FieldEditor
{
    Q_OBJECT
public:
    PresetEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;
    void retranslate(const QString &language) override;

private:
    ChoiceGroup *m_group;
    QLineEdit *m_other = nullptr; // counter mode: staff may type another answer
};

class KeypadEditor final : public FieldEditor
{
    Q_OBJECT
public:
    KeypadEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setText(const QString &text);
    QLabel *m_display;
    Keypad *m_keypad;
    QString m_text;
};

class TextEditor final : public FieldEditor
{
    Q_OBJECT
public:
    TextEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;

private:
    QLineEdit *m_edit;
};

// Postal code → town → 丁目・番地・号, all by taps: writes the address text (and its postal code field).
class AddressEditor final : public FieldEditor
{
    Q_OBJECT
public:
    AddressEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;
    void retranslate(const QString &language) override;

    // For tests: enters a postal code, picks the n-th town and the block, as a person would.
    void enter(const QString &postalCode, int town, const QString &block);

private:
    enum class Step
    {
        Postal,
        Town,
        Block,
        Done,
    };
    void setStep(Step step);
    void postalKey(QChar key);
    void lookup();
    void chooseTown(int index);
    void blockKey(QChar key);
    void commit();
    void refresh();

    Step m_step = Step::Postal;
    QString m_postal;
    QString m_block;
    QString m_stored; // the address text the form holds
    struct Town
    {
        QString prefecture;
        QString municipality;
        QString town;
    };
    QList<Town> m_towns;
    int m_town = -1;

    QLabel *m_stepLabel;
    QLabel *m_display;
    QLabel *m_result;
    QLabel *m_message;
    Keypad *m_postalKeypad;
    ChoiceGroup *m_townChoice;
    Keypad *m_blockKeypad;
    QPushButton *m_blockDone;
    QPushButton *m_change;
};

// A list field (movers, persons): each item's fields, and add / remove buttons where allowed.
class ListEditor final : public FieldEditor
{
    Q_OBJECT
public:
    ListEditor(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;
    void retranslate(const QString &language) override;
    QList<FieldEditor *> editors() const { return m_editors; }

Q_SIGNALS:
    void addItem(const QString &listPath);
    void removeItem(const QString &listPath, int index);

private:
    QList<FieldEditor *> m_editors;
    QList<QLabel *> m_itemTitles;
    QList<QLabel *> m_labels;
    QPushButton *m_add = nullptr;
    QList<QPushButton *> m_removes;
};

// A value read from the card: shown with its mark; in counter mode staff may correct it (the card's value is kept
// beside the correction).
class CardValueRow final : public FieldEditor
{
    Q_OBJECT
public:
    CardValueRow(PlannedField field, EditorContext context, QWidget *parent);
    void load(const forms::FormInstance &form) override;
    void retranslate(const QString &language) override;

Q_SIGNALS:
    void readNumberRequested();
    // "Correct (staff)" was tapped: the session asks for a staff sign-in first when nobody signed in for it.
    void correctRequested();

private:
    QLabel *m_label;
    QLabel *m_value;
    QLabel *m_badge;
    QLabel *m_original;
    QPushButton *m_correct = nullptr;
    QPushButton *m_readNumber = nullptr;
    QLineEdit *m_edit = nullptr;
};

// The value of a field as a resident reads it: option labels in their language, dates in 和暦 (with the Western
// date in other languages), yes/no, the masked individual number.
QString displayValue(const forms::FieldDefinition &field, const forms::FieldValue *value, const QString &language);
// A date in the current locale's long form, without the weekday ("12 April 1985", "1985年4月12日").
QString longDate(QDate date);
QString fieldLabel(const PlannedField &field, const QString &language);

} // namespace kakanai::kiosk
