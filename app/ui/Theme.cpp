#include "app/ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kakanai::kiosk {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

Theme::Sizes Theme::sizesFor(const Options &options)
{
    // Designed at 1920×1080; smaller screens shrink to 80 % at most, and the resident's scale applies on top.
    const double screenFactor =
        std::clamp(std::min(options.screen.height() / 1080.0, options.screen.width() / 1920.0 * 1.2), 0.8, 1.0);
    const double f = screenFactor * std::clamp(options.textScale, 1.0, 2.0);
    auto px = [f](double base, int minimum) { return std::max(minimum, int(std::lround(base * f))); };
    Sizes s;
    s.small = px(22, 20);
    s.body = px(26, 21);
    s.button = px(28, 22);
    s.subtitle = px(30, 24);
    s.title = px(42, 32);
    s.huge = px(72, 52);
    s.touch = std::max(56, int(std::lround(72 * screenFactor))); // ≥ 48 px, not scaled by the text size
    // Keypad keys shrink faster than text: four rows and the OK button must fit a 800 px high screen.
    s.key = std::max(56, int(std::lround(96 * screenFactor * screenFactor)));
    return s;
}

QHash<QString, QString> Theme::palette(bool highContrast)
{
    QHash<QString, QString> colors;
    const QString text = readResource(highContrast ? QStringLiteral(":/kakanai/styles/high_contrast.colors")
                                                   : QStringLiteral(":/kakanai/styles/standard.colors"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        if (eq > 0) {
            colors.insert(t.left(eq).trimmed(), t.mid(eq + 1).trimmed());
        }
    }
    return colors;
}

QString Theme::styleSheet(const Options &options)
{
    QString qss = readResource(QStringLiteral(":/kakanai/styles/kiosk.qss"));
    const Sizes s = sizesFor(options);
    QHash<QString, QString> tokens = palette(options.highContrast);
    tokens.insert(QStringLiteral("small"), QString::number(s.small));
    tokens.insert(QStringLiteral("body"), QString::number(s.body));
    tokens.insert(QStringLiteral("button"), QString::number(s.button));
    tokens.insert(QStringLiteral("subtitle"), QString::number(s.subtitle));
    tokens.insert(QStringLiteral("title"), QString::number(s.title));
    tokens.insert(QStringLiteral("huge"), QString::number(s.huge));
    tokens.insert(QStringLiteral("touch"), QString::number(s.touch));
    tokens.insert(QStringLiteral("key"), QString::number(s.key));
    // The family list in the style sheet too: a style sheet's font overrides the application font, and the CJK
    // variant must follow the language (Han characters are drawn differently in Japanese, Chinese and Korean).
    QStringList families;
    for (const QString &f : fontFor(options.language, s.body).families()) {
        families.append(QLatin1Char('"') + f + QLatin1Char('"'));
    }
    tokens.insert(QStringLiteral("fontFamily"), families.join(QStringLiteral(", ")));
    static const QRegularExpression token(QStringLiteral("@([A-Za-z]+)@"));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(qss);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(qss).mid(last, m.capturedStart() - last);
        out += tokens.value(m.captured(1), QStringLiteral("#FF00FF")); // a missing colour shows loudly
        last = m.capturedEnd();
    }
    out += QStringView(qss).mid(last);
    return out;
}

QFont Theme::fontFor(const QString &language, int pixelSize)
{
    QString cjk = QStringLiteral("Noto Sans CJK JP");
    if (language == QLatin1String("zh_CN")) {
        cjk = QStringLiteral("Noto Sans CJK SC");
    } else if (language == QLatin1String("ko")) {
        cjk = QStringLiteral("Noto Sans CJK KR");
    }
    QFont font;
    font.setFamilies({cjk, QStringLiteral("Noto Sans CJK JP"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(pixelSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void Theme::apply(QApplication &app, const Options &options)
{
    // The drawn widgets (reader picture, card face, spinner) paint with the palette; the style sheet does the rest.
    const QHash<QString, QString> colors = palette(options.highContrast);
    QPalette pal = app.palette();
    auto set = [&](QPalette::ColorRole role, const char *name) {
        pal.setColor(role, QColor(colors.value(QString::fromLatin1(name))));
    };
    set(QPalette::Window, "bg");
    set(QPalette::WindowText, "text");
    set(QPalette::Base, "surface");
    set(QPalette::AlternateBase, "alt");
    set(QPalette::Text, "text");
    set(QPalette::Highlight, "primary");
    set(QPalette::HighlightedText, "primaryText");
    set(QPalette::Mid, "border");
    set(QPalette::Button, "button");
    set(QPalette::ButtonText, "buttonText");
    app.setPalette(pal);
    app.setFont(fontFor(options.language, sizesFor(options).body));
    app.setStyleSheet(styleSheet(options));
}

} // namespace kakanai::kiosk
