#include "app/core/Languages.h"

#include "app/core/KioskConfig.h"
#include "app/core/KioskLogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace kakanai::kiosk {

namespace {
// The catalogue QCoreApplication uses now (installed translators are process-wide in Qt; this mirrors that).
const QTranslator *activeCatalogue = nullptr;
} // namespace

QString LanguageManager::dataTranslation(const QString &japanese)
{
    if (!activeCatalogue) {
        return QString();
    }
    const QByteArray key = japanese.toUtf8();
    return activeCatalogue->translate("FormData", key.constData());
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (activeCatalogue == m_translator.get()) {
        activeCatalogue = nullptr;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
}

QString LanguageManager::catalogue(const QString &code)
{
    return QStringLiteral(":/kakanai/translations/kakanai_%1.qm").arg(code);
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!KioskConfig::supportedLanguages().contains(code)) {
        return false;
    }
    if (code == m_language) {
        return true;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(catalogue(code))) {
        // English is the source language: without its catalogue only the plural forms fall back to the source.
        if (code != QLatin1String("en")) {
            qCWarning(lcKiosk) << "no translation catalogue for" << code;
            return false;
        }
        translator.reset();
    }
    // The new code first: installing the translator sends every widget its LanguageChange at once, and the
    // screens ask language() for the data texts while they handle it.
    const QString previous = m_language;
    m_language = code;
    QLocale::setDefault(QLocale(bcp47(code)));
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    m_translator = std::move(translator);
    activeCatalogue = m_translator.get();
    if (m_translator) {
        QCoreApplication::installTranslator(m_translator.get());
    } else {
        // Still tell every widget: texts go back to the source language.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    Q_UNUSED(previous)
    Q_EMIT languageChanged(code);
    return true;
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("ja")) {
        return QStringLiteral("日本語");
    }
    if (code == QLatin1String("ja_easy")) {
        return QStringLiteral("やさしい にほんご");
    }
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    if (code == QLatin1String("zh_CN")) {
        return QStringLiteral("中文（简体）");
    }
    if (code == QLatin1String("ko")) {
        return QStringLiteral("한국어");
    }
    if (code == QLatin1String("vi")) {
        return QStringLiteral("Tiếng Việt");
    }
    if (code == QLatin1String("pt")) {
        return QStringLiteral("Português");
    }
    return code;
}

QString LanguageManager::bcp47(const QString &code)
{
    if (code == QLatin1String("ja_easy")) {
        return QStringLiteral("ja");
    }
    if (code == QLatin1String("zh_CN")) {
        return QStringLiteral("zh-Hans");
    }
    if (code == QLatin1String("pt")) {
        return QStringLiteral("pt-BR");
    }
    return code;
}

namespace datatext {

namespace {

// The catalogue's entry for a Japanese data text, or an empty string when it has none.
QString fromCatalogue(const QString &japanese)
{
    return LanguageManager::dataTranslation(japanese);
}

} // namespace

QString text(const forms::LocalisedText &t, const QString &language)
{
    const QString ja = t.ja();
    if (language == QLatin1String("ja") || ja.isEmpty()) {
        return ja;
    }
    if (language == QLatin1String("en")) {
        const QString en = t.en();
        return en.isEmpty() ? ja : en;
    }
    if (t.byLanguage.contains(language)) {
        return t.byLanguage.value(language);
    }
    const QString translated = fromCatalogue(ja);
    if (!translated.isEmpty()) {
        return translated;
    }
    if (language == QLatin1String("ja_easy")) {
        return ja;
    }
    const QString en = t.en();
    return en.isEmpty() ? ja : en;
}

QString preset(const QString &japanese, const QString &language)
{
    if (language == QLatin1String("ja")) {
        return japanese;
    }
    const QString translated = fromCatalogue(japanese);
    return translated.isEmpty() ? japanese : translated;
}

QString message(const forms::MessageCatalog &messages, const QString &code, const QString &language)
{
    forms::LocalisedText t;
    t.byLanguage.insert(QStringLiteral("ja"), messages.text(code, QStringLiteral("ja")));
    t.byLanguage.insert(QStringLiteral("en"), messages.text(code, QStringLiteral("en")));
    return text(t, language);
}

} // namespace datatext

} // namespace kakanai::kiosk
