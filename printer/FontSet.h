#pragma once

#include "printer/PrinterError.h"

#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai::printer {

struct PrinterConfig;

enum class FontRole
{
    Regular, // labels and values
    Bold,    // headings, receipt number
    Title,   // the form's title (a 明朝 face by default, as municipal forms print it)
};

// The fonts of one renderer, resolved once: the configured families as QRawFont (the actual font files fontconfig
// picked, so that coverage checks and drawing use the same font), plus the fallback chain. Needs a
// QGuiApplication (the font database).
class FontSet
{
public:
    // Errors: FontUnavailable (field names the key) when a configured family is not installed: fontconfig would
    // silently substitute another family, whose glyphs and coverage we never checked.
    static Result<FontSet> load(const PrinterConfig &config);
    static Result<FontSet> load(const QString &family, const QString &titleFamily, const QStringList &fallbacks);

    // A font of the chain: the face of a role, or fallback_fonts[fallback - 1] when fallback > 0.
    struct Pick
    {
        FontRole role = FontRole::Regular;
        int fallback = 0;
        friend bool operator==(const Pick &, const Pick &) = default;
    };

    // The picked font at a pixel size (device pixels).
    QRawFont font(Pick pick, qreal pixelSize) const;
    // The first font that has a glyph for the code point: the role's face, then (for bold and title) the regular
    // face, then the fallbacks in order; nullopt when none has, which the caller reports.
    std::optional<Pick> pick(FontRole role, char32_t codePoint) const;

    QString family(FontRole role) const { return base(role).familyName(); }

private:
    const QRawFont &base(FontRole role) const;

    QRawFont m_regular;
    QRawFont m_bold;
    QRawFont m_title;
    QList<QRawFont> m_fallbacks;
    mutable QHash<QString, QRawFont> m_sized;
};

} // namespace kakanai::printer
