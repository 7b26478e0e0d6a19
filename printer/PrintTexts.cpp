#include "printer/PrintTexts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai::printer {

QString PrintTexts::embeddedFile()
{
    return QStringLiteral(":/kakanai/printer/printtexts.json");
}

Result<PrintTexts> PrintTexts::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return PrintError::make(PrintErrorCode::InvalidConfiguration, QStringLiteral("cannot read ") + path);
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return PrintError::make(PrintErrorCode::InvalidConfiguration, QStringLiteral("not a JSON object: ") + path);
    }
    PrintTexts texts;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("format")) {
            if (it.value().toInt() != 1) {
                return PrintError::make(PrintErrorCode::InvalidConfiguration, QStringLiteral("expects format 1"),
                                        it.key());
            }
            continue;
        }
        forms::LocalisedText text;
        const QJsonObject languages = it.value().toObject();
        for (auto lt = languages.begin(); lt != languages.end(); ++lt) {
            text.byLanguage.insert(lt.key(), lt.value().toString());
        }
        if (text.ja().isEmpty()) {
            return PrintError::make(PrintErrorCode::InvalidConfiguration, QStringLiteral("Japanese text is required"),
                                    it.key());
        }
        texts.m_texts.insert(it.key(), text);
    }
    return texts;
}

QString PrintTexts::ja(const QString &key) const
{
    auto it = m_texts.constFind(key);
    return it == m_texts.constEnd() ? key : it->ja();
}

QString PrintTexts::in(const QString &key, const QString &language) const
{
    if (language.isEmpty() || language == QLatin1String("ja")) {
        return QString();
    }
    auto it = m_texts.constFind(key);
    return it == m_texts.constEnd() ? QString() : it->byLanguage.value(language);
}

} // namespace kakanai::printer
