#include "app/ui/widgets/FieldEditors.h"

#include "app/core/Languages.h"
#include "app/ui/Ui.h"
#include "app/ui/widgets/ChoiceGroup.h"
#include "app/ui/widgets/DatePicker.h"
#include "app/ui/widgets/Keypad.h"
#include "app/ui/widgets/Stepper.h"
#include "app/ui/widgets/TouchKeyboard.h"

#include "forms/PostalDirectory.h"
#include "forms/Wareki.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kakanai::kiosk {

using forms::FieldType;

namespace {

bool japanese(const QString &language)
{
    return language == QLatin1String("ja") || language == QLatin1String("ja_easy");
}

// The definitions' English texts are fragments in lower case ("the person themselves"); on screen they start
// with a capital letter.
QString capitalised(QString text)
{
    if (!text.isEmpty() && text.at(0).isLower()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

QString optionText(const forms::LocalisedText &label, const QString &language)
{
    return capitalised(datatext::text(label, language));
}

QString optionLabel(const forms::FieldDefinition &f, const QString &value, const QString &language)
{
    const forms::ChoiceOption *o = f.option(value);
    return o ? optionText(o->label, language) : value;
}

QList<ChoiceGroup::Option> choiceOptions(const QList<forms::ChoiceOption> &options, const QString &language)
{
    QList<ChoiceGroup::Option> out;
    for (const forms::ChoiceOption &o : options) {
        out.append({o.value, optionText(o.label, language), {}});
    }
    return out;
}

// Full-width digits and hyphen, as the card and Japanese forms write addresses ("４－２－８").
QString fullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii) {
        if (c >= u'0' && c <= u'9') {
            out += QChar(0xFF10 + (c.unicode() - u'0'));
        } else if (c == u'-') {
            out += QChar(0xFF0D);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString longDate(QDate date)
{
    static const QRegularExpression weekday(QStringLiteral("[,，、]?\\s*dddd\\s*[,，、]?\\s*"));
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return QLocale().toString(date, format.trimmed());
}

QString fieldLabel(const PlannedField &field, const QString &language)
{
    return field.definition ? capitalised(datatext::text(field.definition->label, language)) : field.path;
}

QString displayValue(const forms::FieldDefinition &field, const forms::FieldValue *value, const QString &language)
{
    if (!value || value->value.isUndefined() || value->value.isNull()) {
        return QString();
    }
    const forms::WipeableValue &v = value->value;
    switch (field.type) {
    case FieldType::Choice:
        return optionLabel(field, v.toString(), language);
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QJsonValue &item : v.toArray()) {
            labels.append(optionLabel(field, item.toString(), language));
        }
        if (labels.isEmpty()) {
            return QCoreApplication::translate("FieldEditor", "None");
        }
        return labels.join(japanese(language) ? QStringLiteral("、") : QStringLiteral(", "));
    }
    case FieldType::Boolean:
        return v.toBool() ? QCoreApplication::translate("FieldEditor", "Yes")
                          : QCoreApplication::translate("FieldEditor", "No");
    case FieldType::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid()) {
            return v.toString();
        }
        if (japanese(language)) {
            return forms::formatWareki(d);
        }
        return QStringLiteral("%1 (%2)").arg(longDate(d), forms::formatWareki(d));
    }
    case FieldType::Integer:
        return QString::number(v.toInt());
    case FieldType::PostalCode: {
        const QString s = v.toString();
        return s.size() == 7 ? QStringLiteral("〒") + s.left(3) + QLatin1Char('-') + s.mid(3) : s;
    }
    default:
        return v.toString();
    }
}

FieldEditor::FieldEditor(PlannedField field, EditorContext context, QWidget *parent)
    : QWidget(parent)
    , m_field(std::move(field))
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("editor_") + m_field.path);
}

void FieldEditor::retranslate(const QString &language)
{
    m_context.language = language;
}

FieldEditor *FieldEditor::create(const PlannedField &field, const EditorContext &context, QWidget *parent)
{
    switch (field.kind) {
    case EditorKind::Choice:
        return new ChoiceEditor(field, context, parent);
    case EditorKind::MultiChoice:
        return new ChoiceEditor(field, context, parent);
    case EditorKind::YesNo:
        return new YesNoEditor(field, context, parent);
    case EditorKind::Count:
        return new CountEditor(field, context, parent);
    case EditorKind::Date:
        return new DateEditor(field, context, parent);
    case EditorKind::PostalCode:
        return new KeypadEditor(field, context, parent);
    case EditorKind::Address:
        return new AddressEditor(field, context, parent);
    case EditorKind::Presets:
        return new PresetEditor(field, context, parent);
    case EditorKind::Keypad:
        return new KeypadEditor(field, context, parent);
    case EditorKind::Text:
        return new TextEditor(field, context, parent);
    case EditorKind::IndividualNumber:
        return new CardValueRow(field, context, parent);
    case EditorKind::List:
        return new ListEditor(field, context, parent);
    }
    return nullptr;
}

// ---- choices ------------------------------------------------------------------------------------------------

ChoiceEditor::ChoiceEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const bool multi = m_field.kind == EditorKind::MultiChoice;
    m_group = new ChoiceGroup(!multi, this);
    m_group->setOptions(choiceOptions(m_field.options, m_context.language));
    layout->addWidget(m_group);
    connect(m_group, &ChoiceGroup::chosen, this,
            [this](const QJsonValue &value) { Q_EMIT edited(m_field.path, value, tapProvenance()); });
    connect(m_group, &ChoiceGroup::toggled, this, [this] {
        QJsonArray values;
        for (const QJsonValue &v : m_group->selected()) {
            values.append(v);
        }
        Q_EMIT edited(m_field.path, values, tapProvenance());
    });
}

void ChoiceEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    if (!v) {
        m_group->setSelected(QList<QJsonValue>());
    } else if (m_field.kind == EditorKind::MultiChoice) {
        QList<QJsonValue> values;
        for (const QJsonValue &item : v->value.toArray()) {
            values.append(item);
        }
        m_group->setSelected(values);
    } else {
        m_group->setSelected(v->value.toJson());
    }
}

void ChoiceEditor::retranslate(const QString &language)
{
    FieldEditor::retranslate(language);
    QStringList labels;
    for (const forms::ChoiceOption &o : m_field.options) {
        labels.append(optionText(o.label, language));
    }
    m_group->setLabels(labels);
}

YesNoEditor::YesNoEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_group = new ChoiceGroup(true, this);
    QList<ChoiceGroup::Option> options;
    for (const QJsonValue &v : m_field.allowedBooleans) {
        options.append({v,
                        v.toBool() ? QCoreApplication::translate("FieldEditor", "Yes")
                                   : QCoreApplication::translate("FieldEditor", "No"),
                        {}});
    }
    m_group->setOptions(options, 2);
    layout->addWidget(m_group);
    connect(m_group, &ChoiceGroup::chosen, this,
            [this](const QJsonValue &value) { Q_EMIT edited(m_field.path, value, tapProvenance()); });
}

void YesNoEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    m_group->setSelected(v && v->value.isBool() ? QList<QJsonValue>{v->value.toJson()} : QList<QJsonValue>());
}

void YesNoEditor::retranslate(const QString &language)
{
    FieldEditor::retranslate(language);
    QStringList labels;
    for (const QJsonValue &v : m_field.allowedBooleans) {
        labels.append(v.toBool() ? QCoreApplication::translate("FieldEditor", "Yes")
                                 : QCoreApplication::translate("FieldEditor", "No"));
    }
    m_group->setLabels(labels);
}

CountEditor::CountEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stepper = new Stepper(this);
    const int minimum = int(m_field.definition->minimum.value_or(0));
    const int maximum = int(m_field.definition->maximum.value_or(minimum + 99));
    m_stepper->setRange(minimum, maximum);
    m_stepper->setAccessibleLabel(fieldLabel(m_field, m_context.language));
    layout->addWidget(m_stepper);
    connect(m_stepper, &Stepper::valueChanged, this,
            [this](int value) { Q_EMIT edited(m_field.path, value, tapProvenance()); });
}

void CountEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    if (v && v->value.isDouble()) {
        m_stepper->setValue(v->value.toInt());
    }
}

// ---- dates --------------------------------------------------------------------------------------------------

DateEditor::DateEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picker = new DatePicker(this);
    const QString id = m_field.definition->id;
    const QDate today = m_context.today;
    if (id.contains(QLatin1String("birth"))) {
        m_picker->setRange(forms::eraStart(forms::Era::Meiji), today);
    } else if (id.contains(QLatin1String("expires"))) {
        m_picker->setRange(today.addYears(-1), today.addYears(10));
    } else {
        m_picker->setRange(today.addYears(-2), today.addYears(1));
        m_picker->setTodayButton(today);
    }
    m_picker->setCalendar(japanese(m_context.language) ? DatePicker::Calendar::Wareki
                                                       : DatePicker::Calendar::Gregorian);
    layout->addWidget(m_picker);
    connect(m_picker, &DatePicker::dateChanged, this, [this](QDate date) {
        if (date.isValid()) {
            Q_EMIT edited(m_field.path, date.toString(Qt::ISODate), tapProvenance());
        }
    });
}

void DateEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    const QDate d = v ? QDate::fromString(v->value.toString(), Qt::ISODate) : QDate();
    if (d != m_picker->date() && d.isValid()) {
        m_picker->setDate(d);
    }
}

void DateEditor::retranslate(const QString &language)
{
    FieldEditor::retranslate(language);
    m_picker->retranslate();
}

// ---- presets, keypads, text ---------------------------------------------------------------------------------

PresetEditor::PresetEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_group = new ChoiceGroup(true, this);
    QList<ChoiceGroup::Option> options;
    for (const QString &p : std::as_const(m_field.presets)) {
        options.append({p, datatext::preset(p, m_context.language), {}});
    }
    m_group->setOptions(options, 3);
    layout->addWidget(m_group);
    connect(m_group, &ChoiceGroup::chosen, this, [this](const QJsonValue &value) {
        if (m_other) {
            m_other->setText(QString());
        }
        Q_EMIT edited(m_field.path, value, tapProvenance());
    });
    if (m_context.mode == KioskMode::Counter) {
        m_other = new QLineEdit(this);
        m_other->setObjectName(QStringLiteral("other"));
        m_other->setContextMenuPolicy(Qt::NoContextMenu);
        m_other->setProperty(TouchKeyboard::InputProperty, QStringLiteral("kanji"));
        layout->addWidget(m_other);
        connect(m_other, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_group->setSelected(QList<QJsonValue>());
            if (text.trimmed().isEmpty()) {
                Q_EMIT cleared(m_field.path);
            } else {
                Q_EMIT edited(m_field.path, text, forms::Provenance::Staff);
            }
        });
    }
    retranslate(m_context.language);
}

void PresetEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    const QString text = v ? v->value.toString() : QString();
    if (m_field.presets.contains(text)) {
        m_group->setSelected(QJsonValue(text));
    } else {
        m_group->setSelected(QList<QJsonValue>());
        if (m_other && !m_other->hasFocus() && m_other->text() != text) {
            m_other->setText(text);
        }
    }
}

void PresetEditor::retranslate(const QString &language)
{
    FieldEditor::retranslate(language);
    QStringList labels;
    for (const QString &p : std::as_const(m_field.presets)) {
        labels.append(datatext::preset(p, language));
    }
    m_group->setLabels(labels);
    if (m_other) {
        m_other->setPlaceholderText(
            ui::plain(QCoreApplication::translate("FieldEditor", "Other answer (staff type it)")));
        m_other->setAccessibleName(
            ui::plain(QCoreApplication::translate("FieldEditor", "Other answer, typed by staff: %1")
                          .arg(fieldLabel(m_field, language))));
    }
}

KeypadEditor::KeypadEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    Keypad::Layout kind = Keypad::Layout::Digits;
    if (m_field.keypad == QLatin1String("phone")) {
        kind = Keypad::Layout::Phone;
    } else if (m_field.keypad == QLatin1String("card_number")) {
        kind = Keypad::Layout::CardNumber;
    }
    m_display = ui::label("display", this);
    m_display->setObjectName(QStringLiteral("keypad_display"));
    m_display->setWordWrap(false);
    m_display->setMinimumWidth(kind == Keypad::Layout::CardNumber ? 420 : 320);
    m_display->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_keypad = new Keypad(kind, this);
    m_keypad->setMaximumWidth(kind == Keypad::Layout::CardNumber ? 1000 : 420);
    layout->addWidget(m_display, 0, Qt::AlignTop);
    layout->addWidget(m_keypad);
    layout->addStretch(1);
    setFocusPolicy(m_context.mode == KioskMode::Counter ? Qt::StrongFocus : Qt::NoFocus);
    const int maxLength = m_field.definition->maxLength > 0 ? m_field.definition->maxLength
                                                            : (m_field.kind == EditorKind::PostalCode ? 7 : 20);
    connect(m_keypad, &Keypad::keyPressed, this, [this, maxLength](QChar c) {
        if (m_text.size() < maxLength) {
            setText(m_text + c);
        }
    });
    connect(m_keypad, &Keypad::deletePressed, this, [this] { setText(m_text.left(m_text.size() - 1)); });
    connect(m_keypad, &Keypad::clearPressed, this, [this] { setText(QString()); });
}

void KeypadEditor::setText(const QString &text)
{
    m_text = text;
    m_display->setText(text.isEmpty() ? QStringLiteral(" ") : text);
    m_display->setAccessibleName(ui::plain(fieldLabel(m_field, m_context.language)) + QLatin1Char(' ') + text);
    if (text.isEmpty()) {
        Q_EMIT cleared(m_field.path);
    } else {
        Q_EMIT edited(m_field.path, text, tapProvenance());
    }
}

void KeypadEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    m_text = v ? v->value.toString() : QString();
    m_display->setText(m_text.isEmpty() ? QStringLiteral(" ") : m_text);
    m_display->setAccessibleName(ui::plain(fieldLabel(m_field, m_context.language)) + QLatin1Char(' ') + m_text);
}

void KeypadEditor::keyPressEvent(QKeyEvent *event)
{
    // Counter staff may use the physical keyboard.
    const QString t = event->text().toUpper();
    if (event->key() == Qt::Key_Backspace) {
        setText(m_text.left(m_text.size() - 1));
    } else if (t.size() == 1 && (t.at(0).isDigit() || t.at(0) == u'-' || (t.at(0) >= u'A' && t.at(0) <= u'Z'))) {
        Q_EMIT m_keypad->keyPressed(t.at(0));
    } else {
        FieldEditor::keyPressEvent(event);
    }
}

TextEditor::TextEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("text"));
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);
    if (m_field.definition->maxLength > 0) {
        m_edit->setMaxLength(m_field.definition->maxLength);
    }
    m_edit->setAccessibleName(ui::plain(fieldLabel(m_field, m_context.language)));
    // The touch keyboard opens on it: katakana for a フリガナ field (its pattern allows only katakana), kana with
    // kanji conversion for every other text.
    const bool katakana = m_field.definition->pattern.pattern().contains(u'ァ');
    m_edit->setProperty(TouchKeyboard::InputProperty, katakana ? QStringLiteral("katakana") : QStringLiteral("kanji"));
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            Q_EMIT cleared(m_field.path);
        } else {
            Q_EMIT edited(m_field.path, text, forms::Provenance::Staff);
        }
    });
}

void TextEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    const QString text = v ? v->value.toString() : QString();
    if (!m_edit->hasFocus() && m_edit->text() != text) {
        m_edit->setText(text);
    }
}

// ---- the address composer -----------------------------------------------------------------------------------

AddressEditor::AddressEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_result = ui::label("value", this);
    m_result->setObjectName(QStringLiteral("address_result"));
    m_change = ui::button("secondary", this);
    m_change->setObjectName(QStringLiteral("address_change"));
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_change);
    layout->addLayout(resultRow);

    m_stepLabel = ui::label("fieldLabel", this);
    layout->addWidget(m_stepLabel);
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    auto *left = new QVBoxLayout;
    m_display = ui::label("display", this);
    m_display->setObjectName(QStringLiteral("address_display"));
    m_display->setWordWrap(false);
    m_display->setMinimumWidth(320);
    left->addWidget(m_display);
    m_message = ui::label("error", this);
    left->addWidget(m_message);
    m_townChoice = new ChoiceGroup(true, this);
    m_townChoice->setObjectName(QStringLiteral("address_towns"));
    left->addWidget(m_townChoice);
    m_blockDone = ui::button("primary", this);
    m_blockDone->setObjectName(QStringLiteral("address_done"));
    left->addWidget(m_blockDone, 0, Qt::AlignLeft);
    left->addStretch(1);
    row->addLayout(left, 1);
    m_postalKeypad = new Keypad(Keypad::Layout::Digits, this);
    m_postalKeypad->setObjectName(QStringLiteral("postal_keypad"));
    m_postalKeypad->setMaximumWidth(420);
    m_blockKeypad = new Keypad(Keypad::Layout::Block, this);
    m_blockKeypad->setObjectName(QStringLiteral("block_keypad"));
    m_blockKeypad->setMaximumWidth(420);
    row->addWidget(m_postalKeypad, 0, Qt::AlignTop);
    row->addWidget(m_blockKeypad, 0, Qt::AlignTop);
    layout->addLayout(row);

    connect(m_postalKeypad, &Keypad::keyPressed, this, &AddressEditor::postalKey);
    connect(m_postalKeypad, &Keypad::deletePressed, this, [this] {
        m_postal.chop(1);
        refresh();
    });
    connect(m_postalKeypad, &Keypad::clearPressed, this, [this] {
        m_postal.clear();
        refresh();
    });
    connect(m_townChoice, &ChoiceGroup::chosen, this, [this](const QJsonValue &v) { chooseTown(v.toInt()); });
    connect(m_blockKeypad, &Keypad::keyPressed, this, &AddressEditor::blockKey);
    connect(m_blockKeypad, &Keypad::deletePressed, this, [this] {
        m_block.chop(1);
        refresh();
    });
    connect(m_blockKeypad, &Keypad::clearPressed, this, [this] {
        m_block.clear();
        refresh();
    });
    connect(m_blockDone, &QPushButton::clicked, this, &AddressEditor::commit);
    connect(m_change, &QPushButton::clicked, this, [this] {
        m_postal.clear();
        m_block.clear();
        m_towns.clear();
        m_town = -1;
        setStep(Step::Postal);
    });
    refresh();
}

void AddressEditor::setStep(Step step)
{
    m_step = step;
    refresh();
}

void AddressEditor::postalKey(QChar key)
{
    if (m_postal.size() < 7) {
        m_postal += key;
    }
    if (m_postal.size() == 7) {
        lookup();
    }
    refresh();
}

void AddressEditor::lookup()
{
    m_towns.clear();
    m_town = -1;
    m_message->clear();
    if (!m_context.postal) {
        ui::setText(m_message, QCoreApplication::translate(
                                   "FieldEditor", "The postal code list is not available. Please ask the staff."));
        return;
    }
    auto found = m_context.postal->lookup(m_postal);
    if (!found || found->isEmpty()) {
        ui::setText(m_message, QCoreApplication::translate(
                                   "FieldEditor", "No address has this postal code. Please check the number."));
        return;
    }
    QList<ChoiceGroup::Option> options;
    for (const forms::PostalCandidate &c : *found) {
        m_towns.append({c.prefecture, c.municipality, c.town});
        options.append({int(m_towns.size() - 1), c.municipality + QLatin1Char(' ') + c.town, {}});
    }
    m_townChoice->setOptions(options, 2);
    if (m_towns.size() == 1) {
        chooseTown(0);
        return;
    }
    setStep(Step::Town);
}

void AddressEditor::chooseTown(int index)
{
    if (index < 0 || index >= m_towns.size()) {
        return;
    }
    m_town = index;
    m_block.clear();
    // The postal code is part of the answer as soon as the town is known.
    if (!m_field.pairedPostal.isEmpty()) {
        Q_EMIT edited(m_field.pairedPostal, m_postal, tapProvenance());
    }
    setStep(Step::Block);
}

void AddressEditor::blockKey(QChar key)
{
    if (m_block.size() < 20 && !(key == u'-' && (m_block.isEmpty() || m_block.endsWith(u'-')))) {
        m_block += key;
    }
    refresh();
}

void AddressEditor::commit()
{
    if (m_town < 0 || m_block.isEmpty() || m_block.endsWith(u'-')) {
        return;
    }
    const Town &t = m_towns.at(m_town);
    m_stored = t.prefecture + t.municipality + t.town + fullWidth(m_block);
    Q_EMIT edited(m_field.path, m_stored, tapProvenance());
    setStep(Step::Done);
}

void AddressEditor::enter(const QString &postalCode, int town, const QString &block)
{
    setStep(Step::Postal);
    m_postal.clear();
    for (QChar c : postalCode) {
        postalKey(c);
    }
    if (m_step == Step::Town) {
        chooseTown(town);
    }
    for (QChar c : block) {
        blockKey(c);
    }
    commit();
}

void AddressEditor::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    const QString stored = v ? v->value.toString() : QString();
    if (stored != m_stored) {
        m_stored = stored;
        if (!m_stored.isEmpty()) {
            m_step = Step::Done;
        }
    }
    refresh();
}

void AddressEditor::refresh()
{
    const bool done = m_step == Step::Done && !m_stored.isEmpty();
    m_result->setVisible(done);
    m_change->setVisible(done);
    m_result->setText(m_stored);
    m_result->setAccessibleName(m_stored);
    ui::setText(m_change, QCoreApplication::translate("FieldEditor", "Change"),
                QCoreApplication::translate("FieldEditor", "Enters the address again"));
    m_postalKeypad->setVisible(m_step == Step::Postal);
    m_townChoice->setVisible(m_step == Step::Town);
    m_blockKeypad->setVisible(m_step == Step::Block);
    m_blockDone->setVisible(m_step == Step::Block);
    m_blockDone->setEnabled(!m_block.isEmpty() && !m_block.endsWith(u'-'));
    ui::setText(m_blockDone, QCoreApplication::translate("FieldEditor", "This is the address"));
    m_display->setVisible(!done);
    m_message->setVisible(m_step == Step::Postal && !m_message->text().isEmpty());
    switch (m_step) {
    case Step::Postal: {
        ui::setText(m_stepLabel, QCoreApplication::translate("FieldEditor", "1. Enter the postal code (7 digits)"));
        QString shown = m_postal;
        while (shown.size() < 7) {
            shown += QChar(u'_');
        }
        m_display->setText(QStringLiteral("〒 ") + shown.left(3) + QLatin1Char('-') + shown.mid(3));
        m_display->setAccessibleName(
            ui::plain(QCoreApplication::translate("FieldEditor", "Postal code") + QLatin1Char(' ') + m_postal));
        break;
    }
    case Step::Town:
        ui::setText(m_stepLabel, QCoreApplication::translate("FieldEditor", "2. Tap your town"));
        m_display->setText(QStringLiteral("〒 ") + m_postal.left(3) + QLatin1Char('-') + m_postal.mid(3));
        break;
    case Step::Block: {
        ui::setText(
            m_stepLabel,
            QCoreApplication::translate(
                "FieldEditor", "3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8"));
        const Town &t = m_towns.value(m_town);
        m_display->setText(t.prefecture + t.municipality + t.town + fullWidth(m_block));
        m_display->setAccessibleName(m_display->text());
        break;
    }
    case Step::Done:
        ui::setText(m_stepLabel, QString());
        break;
    }
    m_stepLabel->setVisible(!done);
}

void AddressEditor::retranslate(const QString &language)
{
    FieldEditor::retranslate(language);
    refresh();
}

// ---- lists --------------------------------------------------------------------------------------------------

ListEditor::ListEditor(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (int i = 0; i < m_field.items.size(); ++i) {
        auto *box = new QFrame(this);
        ui::setRole(box, "panel");
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(20, 16, 20, 16);
        boxLayout->setSpacing(12);
        auto *head = new QHBoxLayout;
        QLabel *title = ui::label("fieldLabel", box);
        m_itemTitles.append(title);
        head->addWidget(title, 1);
        // The card holder's own item (filled from the card) stays; staff may remove the people they added.
        const bool removable = m_context.mode == KioskMode::Counter && !(i == 0 && m_field.firstItemFromCard);
        if (removable) {
            QPushButton *remove = ui::button("quiet", box);
            remove->setObjectName(QStringLiteral("remove_item_%1").arg(i));
            connect(remove, &QPushButton::clicked, this, [this, i] { Q_EMIT removeItem(m_field.path, i); });
            m_removes.append(remove);
            head->addWidget(remove);
        }
        boxLayout->addLayout(head);
        for (const PlannedField &sub : m_field.items.at(i)) {
            QLabel *label = ui::label("fieldLabel", box);
            label->setProperty("path", sub.path);
            m_labels.append(label);
            boxLayout->addWidget(label);
            FieldEditor *editor = FieldEditor::create(sub, m_context, box);
            connect(editor, &FieldEditor::edited, this, &FieldEditor::edited);
            connect(editor, &FieldEditor::cleared, this, &FieldEditor::cleared);
            m_editors.append(editor);
            boxLayout->addWidget(editor);
        }
        layout->addWidget(box);
    }
    if (m_field.canAdd && (m_context.mode == KioskMode::Counter || m_field.items.isEmpty())) {
        m_add = ui::button("secondary", this);
        m_add->setObjectName(QStringLiteral("add_item"));
        connect(m_add, &QPushButton::clicked, this, [this] { Q_EMIT addItem(m_field.path); });
        layout->addWidget(m_add, 0, Qt::AlignLeft);
    }
    retranslate(m_context.language);
}

void ListEditor::load(const forms::FormInstance &form)
{
    for (FieldEditor *e : std::as_const(m_editors)) {
        e->load(form);
    }
}

void ListEditor::retranslate(const QString &language)
{
    FieldEditor::retranslate(language);
    const QString itemName = capitalised(datatext::text(m_field.definition->label, language));
    for (int i = 0; i < m_itemTitles.size(); ++i) {
        ui::setText(
            m_itemTitles.at(i),
            i == 0 && m_field.firstItemFromCard
                ? QCoreApplication::translate("FieldEditor", "%1 — %2 (the card holder)").arg(itemName).arg(i + 1)
                : QCoreApplication::translate("FieldEditor", "%1 — %2").arg(itemName).arg(i + 1));
    }
    for (QPushButton *remove : std::as_const(m_removes)) {
        ui::setText(remove, QCoreApplication::translate("FieldEditor", "Remove"),
                    QCoreApplication::translate("FieldEditor", "Removes this person"));
    }
    if (m_add) {
        ui::setText(m_add, QCoreApplication::translate("FieldEditor", "Add: %1").arg(itemName));
    }
    int n = 0;
    for (int i = 0; i < m_field.items.size(); ++i) {
        for (const PlannedField &sub : m_field.items.at(i)) {
            QLabel *label = m_labels.value(n++);
            if (label) {
                ui::setText(label, fieldLabel(sub, language));
            }
        }
    }
    for (FieldEditor *e : std::as_const(m_editors)) {
        e->retranslate(language);
    }
}

// ---- values from the card -----------------------------------------------------------------------------------

CardValueRow::CardValueRow(PlannedField field, EditorContext context, QWidget *parent)
    : FieldEditor(std::move(field), std::move(context), parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(4);
    m_label = ui::label("muted", this);
    m_label->setMinimumWidth(260);
    m_value = ui::label("value", this);
    m_value->setObjectName(QStringLiteral("card_value"));
    m_badge = ui::label("badge", this);
    m_badge->setWordWrap(false);
    m_original = ui::label("muted", this);
    grid->addWidget(m_label, 0, 0, Qt::AlignTop);
    grid->addWidget(m_value, 0, 1);
    grid->addWidget(m_badge, 0, 2, Qt::AlignVCenter | Qt::AlignRight);
    m_badge->setVisible(m_field.kind == EditorKind::IndividualNumber);
    grid->addWidget(m_original, 1, 1);
    grid->setColumnStretch(1, 1);
    if (m_context.mode == KioskMode::Counter) {
        if (m_field.kind == EditorKind::IndividualNumber) {
            m_readNumber = ui::button("staffSmall", this);
            m_readNumber->setObjectName(QStringLiteral("read_number"));
            grid->addWidget(m_readNumber, 0, 3);
            connect(m_readNumber, &QPushButton::clicked, this, &CardValueRow::readNumberRequested);
        } else {
            m_correct = ui::button("staffSmall", this);
            m_correct->setObjectName(QStringLiteral("correct"));
            grid->addWidget(m_correct, 0, 3);
            m_edit = new QLineEdit(this);
            m_edit->setObjectName(QStringLiteral("correction"));
            m_edit->setContextMenuPolicy(Qt::NoContextMenu);
            m_edit->setProperty(TouchKeyboard::InputProperty, QStringLiteral("kanji"));
            m_edit->hide();
            grid->addWidget(m_edit, 2, 1, 1, 3);
            connect(m_correct, &QPushButton::clicked, this, [this] {
                Q_EMIT correctRequested();
                m_edit->setVisible(!m_edit->isVisible());
                if (m_edit->isVisible()) {
                    m_edit->setText(m_value->text());
                    m_edit->setFocus();
                } else {
                    m_edit->setText(QString());
                }
            });
            connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
                if (!text.trimmed().isEmpty()) {
                    Q_EMIT edited(m_field.path, text, forms::Provenance::Staff);
                }
            });
        }
    }
    retranslate(m_context.language);
}

void CardValueRow::load(const forms::FormInstance &form)
{
    const forms::FieldValue *v = form.value(m_field.path);
    QString text = displayValue(*m_field.definition, v, m_context.language);
    if (m_field.kind == EditorKind::IndividualNumber) {
        const bool read = form.individualNumber(m_field.path) != nullptr;
        if (!read) {
            text = QCoreApplication::translate("FieldEditor", "Not read (read it only if this procedure needs it)");
        }
        if (m_readNumber) {
            m_readNumber->setVisible(!read);
        }
    }
    m_value->setText(text);
    m_value->setAccessibleName(ui::plain(fieldLabel(m_field, m_context.language)) + QLatin1Char(' ') + text);
    const bool changed = v && v->cardValue;
    if (changed) {
        forms::FieldValue original;
        original.value = *v->cardValue;
        ui::setText(m_original, QCoreApplication::translate("FieldEditor", "On the card: %1 (corrected by staff)")
                                    .arg(displayValue(*m_field.definition, &original, m_context.language)));
    } else {
        ui::setText(m_original, QString());
    }
    m_original->setVisible(changed);
}

void CardValueRow::retranslate(const QString &language)
{
    FieldEditor::retranslate(language);
    ui::setText(m_label, fieldLabel(m_field, language));
    ui::setText(m_badge, QCoreApplication::translate("FieldEditor", "Counter only"));
    if (m_correct) {
        ui::setText(m_correct, QCoreApplication::translate("FieldEditor", "Correct (staff)"),
                    QCoreApplication::translate("FieldEditor", "Staff correct a value read from the card"));
    }
    if (m_readNumber) {
        ui::setText(m_readNumber, QCoreApplication::translate("FieldEditor", "Read from the card (PIN)"),
                    QCoreApplication::translate("FieldEditor",
                                                "Reads the individual number; the resident enters the PIN again"));
    }
    if (m_edit) {
        m_edit->setAccessibleName(ui::plain(
            QCoreApplication::translate("FieldEditor", "Correction by staff: %1").arg(fieldLabel(m_field, language))));
    }
}

} // namespace kakanai::kiosk
