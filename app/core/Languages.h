#pragma once

#include "forms/FormCatalog.h"
#include "forms/FormDefinition.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace kakanai::kiosk {

// The languages of the kiosk: Japanese first, やさしい日本語 (plain Japanese for residents who read Japanese but
// not administrative Japanese), English, Chinese (simplified), Korean, Vietnamese, Portuguese. Switching installs
// the compiled Qt Linguist catalogue (":/kakanai/translations/kakanai_<code>.qm"); Qt then sends every widget a
// LanguageChange event, and the screens retranslate without touching the session.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Installs the language; false (and no change) for an unknown code or a missing catalogue.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

    // The name of a language in that language ("日本語", "やさしい にほんご", "English", "中文（简体）" ...).
    static QString nativeName(const QString &code);
    // The catalogue's own entry for a data text (context "FormData"), or a null string when it has none. Unlike
    // QCoreApplication::translate this tells "translated as itself" (本人 in Chinese) from "not translated".
    static QString dataTranslation(const QString &japanese);
    // The BCP 47 tag for fonts and accessibility ("ja", "ja", "en", "zh-Hans", "ko", "vi", "pt-BR").
    static QString bcp47(const QString &code);
    static QString catalogue(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

// Texts that come from data (form labels, options, life events, preset answers, validation messages). The data
// holds Japanese and English; the other languages come from the Qt Linguist catalogue under the context
// "FormData", keyed by the Japanese text (app/data/FormDataStrings.cpp lists them for lupdate). Plain Japanese
// falls back to Japanese, the others to English, never to nothing.
namespace datatext {

QString text(const forms::LocalisedText &t, const QString &language);
// A preset value (Japanese, as stored) in the resident's language.
QString preset(const QString &japanese, const QString &language);
// A validation message code (resources/forms/messages.json) in the resident's language.
QString message(const forms::MessageCatalog &messages, const QString &code, const QString &language);

} // namespace datatext

} // namespace kakanai::kiosk
