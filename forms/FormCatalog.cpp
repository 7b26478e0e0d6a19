#include "forms/FormCatalog.h"

#include "forms/FormsLogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace kakanai::forms {

namespace {

const QString MessagesFile = QStringLiteral("messages.json");
// The rule language's conformance cases (resources/forms/README.md): data of the tests, not a form.
const QString ConformanceFile = QStringLiteral("rules-conformance.json");
// The city's fee table (forms/Fees.h); optional: without it no form has a fee.
const QString FeesFile = QStringLiteral("fees.json");

// The order in which the catalog lists the forms of the issue; other forms follow alphabetically.
const QStringList DisplayOrder = {
    QStringLiteral("juminhyo"), QStringLiteral("inkan"),  QStringLiteral("koseki"),    QStringLiteral("zeishomei"),
    QStringLiteral("tennyu"),   QStringLiteral("tenkyo"), QStringLiteral("tenshutsu"), QStringLiteral("setai_henko"),
};

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.exists()) {
        return FormsError::make(FormsErrorCode::FileNotFound, path);
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return FormsError::make(FormsErrorCode::FileUnreadable, path, {}, f.errorString());
    }
    return f.readAll();
}

} // namespace

Result<MessageCatalog> MessageCatalog::load(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return FormsError::make(FormsErrorCode::InvalidJson, fileName, {}, parseError.errorString());
    }
    MessageCatalog catalog;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("format")) {
            continue;
        }
        if (!it.value().isObject()) {
            return FormsError::make(FormsErrorCode::InvalidDefinition, fileName, it.key(),
                                    QStringLiteral("expects {\"ja\": …}"));
        }
        LocalisedText t;
        const QJsonObject texts = it.value().toObject();
        for (auto lang = texts.begin(); lang != texts.end(); ++lang) {
            if (!lang.value().isString()) {
                return FormsError::make(FormsErrorCode::InvalidDefinition, fileName,
                                        it.key() + QLatin1Char('.') + lang.key(), QStringLiteral("expects text"));
            }
            t.byLanguage.insert(lang.key(), lang.value().toString());
        }
        if (t.ja().isEmpty()) {
            return FormsError::make(FormsErrorCode::InvalidDefinition, fileName, it.key() + QStringLiteral(".ja"),
                                    QStringLiteral("Japanese text is required"));
        }
        catalog.m_texts.insert(it.key(), t);
    }
    return catalog;
}

QString MessageCatalog::text(const QString &code, const QString &language) const
{
    const auto it = m_texts.find(code);
    return it == m_texts.end() ? code : it->text(language);
}

QString FormCatalog::embeddedDirectory()
{
    return QStringLiteral(":/kakanai/forms");
}

Result<FormCatalog> FormCatalog::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        return FormsError::make(FormsErrorCode::FileNotFound, directory);
    }
    FormCatalog catalog;
    auto messageBytes = readFile(dir.filePath(MessagesFile));
    if (!messageBytes) {
        return messageBytes.error();
    }
    auto messages = MessageCatalog::load(*messageBytes, MessagesFile);
    if (!messages) {
        return messages.error();
    }
    catalog.m_messages = std::move(*messages);

    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file == MessagesFile || file == ConformanceFile || file == FeesFile) {
            continue;
        }
        auto bytes = readFile(dir.filePath(file));
        if (!bytes) {
            return bytes.error();
        }
        auto def = FormDefinition::load(*bytes, file, catalog.m_messages.codes());
        if (!def) {
            qCWarning(lcForms).noquote() << "form definition rejected:" << def.error().toLogString();
            return def.error();
        }
        if (catalog.m_forms.contains((*def)->id)) {
            return FormsError::make(FormsErrorCode::DuplicateId, file, QStringLiteral("id"), (*def)->id);
        }
        if (QFileInfo(file).completeBaseName() != (*def)->id) {
            return FormsError::make(FormsErrorCode::InvalidDefinition, file, QStringLiteral("id"),
                                    QStringLiteral("the file is named after the id"));
        }
        catalog.m_forms.insert((*def)->id, *def);
    }
    if (dir.exists(FeesFile)) {
        auto feeBytes = readFile(dir.filePath(FeesFile));
        if (!feeBytes) {
            return feeBytes.error();
        }
        auto fees = FeeTable::load(*feeBytes, FeesFile, catalog.m_forms.keys());
        if (!fees) {
            return fees.error();
        }
        // Definitions are shared immutable once loaded: the fee goes into a copy made here, before anyone holds one.
        for (auto it = catalog.m_forms.begin(); it != catalog.m_forms.end(); ++it) {
            if (const FeeRule *rule = fees->rule(it.key())) {
                auto withFee = std::make_shared<FormDefinition>(**it);
                withFee->fee = *rule;
                *it = std::move(withFee);
            }
        }
    }
    qCInfo(lcForms) << "form catalog loaded:" << catalog.m_forms.size() << "forms";
    return catalog;
}

const FormDefinition *FormCatalog::form(const QString &id) const
{
    const auto it = m_forms.find(id);
    return it == m_forms.end() ? nullptr : it->get();
}

std::shared_ptr<const FormDefinition> FormCatalog::shared(const QString &id) const
{
    return m_forms.value(id);
}

QStringList FormCatalog::ids() const
{
    QStringList out;
    for (const QString &id : DisplayOrder) {
        if (m_forms.contains(id)) {
            out.append(id);
        }
    }
    QStringList rest;
    for (auto it = m_forms.begin(); it != m_forms.end(); ++it) {
        if (!DisplayOrder.contains(it.key())) {
            rest.append(it.key());
        }
    }
    rest.sort();
    return out + rest;
}

} // namespace kakanai::forms
