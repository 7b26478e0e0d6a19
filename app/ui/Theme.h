#pragma once

#include <QFont>
#include <QHash>
#include <QSize>
#include <QString>

class QApplication;

namespace kakanai::kiosk {

// The look of the kiosk: the style sheet template (resources/styles/kiosk.qss) filled with a palette (standard or
// high contrast) and sizes scaled to the screen and the resident's text size. Body text is never below 20 px and
// touch targets never below 48 px, at 1920×1080 and at 1280×800 alike.
class Theme
{
public:
    struct Options
    {
        bool highContrast = false;
        double textScale = 1.0; // 1.0 .. 2.0: "larger text" on the header sets 1.3
        QSize screen{1920, 1080};
        QString language = QStringLiteral("ja");
    };

    struct Sizes
    {
        int small = 22;
        int body = 26;
        int button = 28;
        int subtitle = 30;
        int title = 42;
        int huge = 72;
        int touch = 72;
        int key = 96;
    };

    static Sizes sizesFor(const Options &options);
    // The style sheet for the options; empty if a resource is missing (never at run time: compiled in).
    static QString styleSheet(const Options &options);
    // The font for the language: Noto Sans CJK in the variant that draws its Han characters the local way
    // (JP for Japanese, SC for Chinese, KR for Korean), then DejaVu Sans.
    static QFont fontFor(const QString &language, int pixelSize);
    // Applies style sheet and font to the application.
    static void apply(QApplication &app, const Options &options);
    static QHash<QString, QString> palette(bool highContrast);
};

} // namespace kakanai::kiosk
