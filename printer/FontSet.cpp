#include "printer/FontSet.h"

#include "printer/PrinterConfig.h"
#include "printer/PrinterLogging.h"

#include <QFont>

namespace kakanai::printer {

namespace {

constexpr int ProbePixelSize = 100;

std::optional<QRawFont> resolve(const QString &family, QFont::Weight weight)
{
    QFont font(family);
    font.setPixelSize(ProbePixelSize);
    font.setWeight(weight);
    font.setStyleStrategy(QFont::NoFontMerging);
    QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    return raw;
}

} // namespace

Result<FontSet> FontSet::load(const PrinterConfig &config)
{
    return load(config.fontFamily, config.titleFontFamily, config.fallbackFontFamilies);
}

Result<FontSet> FontSet::load(const QString &family, const QString &titleFamily, const QStringList &fallbacks)
{
    FontSet set;
    auto regular = resolve(family, QFont::Normal);
    if (!regular) {
        return PrintError::make(PrintErrorCode::FontUnavailable,
                                QStringLiteral("family '%1' is not installed").arg(family),
                                QStringLiteral("printer/font_family"));
    }
    set.m_regular = *regular;
    // A family without a bold face (a city's own font) prints headings in its regular face.
    auto bold = resolve(family, QFont::Bold);
    set.m_bold = bold && bold->weight() >= QFont::DemiBold ? *bold : *regular;

    auto title = resolve(titleFamily, QFont::Bold);
    if (!title) {
        title = resolve(titleFamily, QFont::Normal);
    }
    if (!title) {
        return PrintError::make(PrintErrorCode::FontUnavailable,
                                QStringLiteral("family '%1' is not installed").arg(titleFamily),
                                QStringLiteral("printer/title_font_family"));
    }
    set.m_title = *title;
    for (const QString &f : fallbacks) {
        auto raw = resolve(f, QFont::Normal);
        if (!raw) {
            return PrintError::make(PrintErrorCode::FontUnavailable,
                                    QStringLiteral("family '%1' is not installed").arg(f),
                                    QStringLiteral("printer/fallback_fonts"));
        }
        set.m_fallbacks.append(*raw);
    }
    qCDebug(lcPrinter) << "fonts:" << set.m_regular.familyName() << set.m_regular.styleName() << "/"
                       << set.m_bold.styleName() << "/" << set.m_title.familyName() << set.m_title.styleName()
                       << "fallbacks" << set.m_fallbacks.size();
    return set;
}

const QRawFont &FontSet::base(FontRole role) const
{
    switch (role) {
    case FontRole::Bold:
        return m_bold;
    case FontRole::Title:
        return m_title;
    case FontRole::Regular:
        break;
    }
    return m_regular;
}

QRawFont FontSet::font(Pick pick, qreal pixelSize) const
{
    const QString key = QStringLiteral("%1/%2/%3").arg(int(pick.role)).arg(pick.fallback).arg(pixelSize, 0, 'f', 3);
    auto it = m_sized.constFind(key);
    if (it != m_sized.constEnd()) {
        return *it;
    }
    QRawFont raw = pick.fallback == 0 ? base(pick.role) : m_fallbacks.value(pick.fallback - 1);
    raw.setPixelSize(pixelSize);
    m_sized.insert(key, raw);
    return raw;
}

std::optional<FontSet::Pick> FontSet::pick(FontRole role, char32_t codePoint) const
{
    if (base(role).supportsCharacter(uint(codePoint))) {
        return Pick{role, 0};
    }
    if (role != FontRole::Regular && m_regular.supportsCharacter(uint(codePoint))) {
        return Pick{FontRole::Regular, 0};
    }
    for (qsizetype i = 0; i < m_fallbacks.size(); ++i) {
        if (m_fallbacks.at(i).supportsCharacter(uint(codePoint))) {
            return Pick{FontRole::Regular, int(i) + 1};
        }
    }
    return std::nullopt;
}

} // namespace kakanai::printer
