#include "platform/CommandLine.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace kakanai::platform {

namespace {

// The program's file name: some programs set the application name "kakanai" for their cache folder.
QByteArray programName()
{
    return QFileInfo(QCoreApplication::arguments().value(0)).fileName().toUtf8();
}

} // namespace

QString helpText(const QCommandLineParser &parser, const QString &epilog)
{
    QString text = parser.helpText();
    if (!epilog.isEmpty()) {
        if (!text.endsWith(QLatin1Char('\n'))) {
            text += QLatin1Char('\n');
        }
        text += QLatin1Char('\n') + epilog;
        if (!text.endsWith(QLatin1Char('\n'))) {
            text += QLatin1Char('\n');
        }
    }
    return text;
}

std::optional<int> processCommandLine(QCommandLineParser &parser, const QString &epilog)
{
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s: %s (see --help)\n", programName().constData(),
                     parser.errorText().toUtf8().constData());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(helpText(parser, epilog).toUtf8().constData(), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", programName().constData(), KAKANAI_VERSION);
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace kakanai::platform
