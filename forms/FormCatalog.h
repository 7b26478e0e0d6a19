#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormsError.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kakanai::forms {

// Default texts of message codes (resources/forms/messages.json), so that a city can reword or add languages
// without touching C++. The app translates with Qt Linguist by code; the CLI and printouts use these texts.
class MessageCatalog
{
public:
    static Result<MessageCatalog> load(const QByteArray &json, const QString &fileName);

    bool contains(const QString &code) const { return m_texts.contains(code); }
    // The text in the language, falling back to Japanese, then to the code itself.
    QString text(const QString &code, const QString &language = QStringLiteral("ja")) const;
    QStringList codes() const { return m_texts.keys(); }

private:
    QHash<QString, LocalisedText> m_texts;
};

// Every form definition, loaded and checked at start-up. A broken definition stops the load with an error that
// names its file and field; nothing is half-loaded.
class FormCatalog
{
public:
    // The definitions compiled into the library (Qt resource ":/kakanai/forms").
    static QString embeddedDirectory();

    // Loads messages.json and every other *.json of the folder (a city's own folder, or the embedded one), except
    // rules-conformance.json (the rule language's test cases, which live beside the forms in the repository).
    static Result<FormCatalog> load(const QString &directory = embeddedDirectory());

    const FormDefinition *form(const QString &id) const;
    std::shared_ptr<const FormDefinition> shared(const QString &id) const;
    // Ids in a stable order (the order of `displayOrder`, then alphabetical).
    QStringList ids() const;
    const MessageCatalog &messages() const { return m_messages; }

private:
    QHash<QString, std::shared_ptr<const FormDefinition>> m_forms;
    MessageCatalog m_messages;
};

} // namespace kakanai::forms
