// kakanai-preentry: a pre-entry QR text (preentry/PreEntryCodec.h) read as the kiosk reads it.
//
//   kakanai-preentry decode [TEXT]     TEXT, or standard input when absent or "-" (zbarimg --raw output works)
//
// Prints {"procedure", "event", "navigator", "created", "forms": [{"form", "version", "answers"}]} and exits 0, or
// {"error": kind, "message_code": …, "detail": …} and exits 1 (foreign, damaged, expired, unsupported_version,
// malicious). Exit 2 for usage and set-up errors.
#include "preentry/PreEntryCodec.h"

#include "platform/CommandLine.h"
#include "platform/SystemdIntegration.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace kakanai;
using namespace kakanai::preentry;

namespace {

void outJson(const QJsonObject &o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int fail(const QString &text)
{
    std::fprintf(stderr, "kakanai-preentry: %s\n", text.toUtf8().constData());
    return platform::ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    platform::disableCoreDumps(); // a pre-entry holds a resident's answers
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kakanai.*.debug=false\nkakanai.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-preentry"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kakanai pre-entry: read a pre-entry QR code as the kiosk does"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("decode"));
    parser.addPositionalArgument(QStringLiteral("text"), QStringLiteral("the QR text; standard input when absent or -"),
                                 QStringLiteral("[text]"));
    const QCommandLineOption formsDirOpt(QStringLiteral("forms-dir"),
                                         QStringLiteral("form definitions folder (forms/directory)"),
                                         QStringLiteral("DIR"));
    const QCommandLineOption todayOpt(QStringLiteral("today"), QStringLiteral("the day to check the age against"),
                                      QStringLiteral("YYYY-MM-DD"));
    parser.addOption(formsDirOpt);
    parser.addOption(todayOpt);
    const QString epilog = QStringLiteral(
        "Exit status:\n  0 the code is a usable pre-entry (printed as JSON)\n  1 the kiosk would refuse it (the kind "
        "is printed)\n  2 usage or set-up error\n");
    if (const auto exit = platform::processCommandLine(parser, epilog)) {
        return *exit;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.first() != QLatin1String("decode") || args.size() > 2) {
        return fail(QStringLiteral("usage: kakanai-preentry decode [TEXT]"));
    }
    QByteArray text;
    if (args.size() == 2 && args.at(1) != QLatin1String("-")) {
        text = args.at(1).toUtf8();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read standard input"));
        }
        text = in.read(PreEntryCodec::MaxTextLength + 16);
    }
    const auto catalog = forms::FormCatalog::load(parser.isSet(formsDirOpt) ? parser.value(formsDirOpt)
                                                                            : forms::FormCatalog::embeddedDirectory());
    if (!catalog) {
        return fail(catalog.error().toLogString());
    }
    const auto navigator =
        forms::LifeEventNavigator::loadFile(forms::LifeEventNavigator::embeddedFile(), catalog->ids());
    if (!navigator) {
        return fail(navigator.error().toLogString());
    }
    const QDate today =
        parser.isSet(todayOpt) ? QDate::fromString(parser.value(todayOpt), Qt::ISODate) : QDate::currentDate();
    if (!today.isValid()) {
        return fail(QStringLiteral("--today: not a date"));
    }
    const auto entry = PreEntryCodec::decode(text, catalog.value(), today, &navigator.value());
    if (!entry) {
        outJson({{QStringLiteral("error"), entry.error().codeName()},
                 {QStringLiteral("message_code"), entry.error().messageCode()},
                 {QStringLiteral("detail"), entry.error().detail}});
        return platform::ExitFailed;
    }
    QJsonObject nav;
    for (auto it = entry->navigator.begin(); it != entry->navigator.end(); ++it) {
        nav.insert(it.key(), it.value());
    }
    QJsonArray forms;
    for (const PreEntryForm &f : entry->forms) {
        forms.append(QJsonObject{{QStringLiteral("form"), f.formId},
                                 {QStringLiteral("version"), f.version},
                                 {QStringLiteral("answers"), f.answers}});
    }
    outJson({{QStringLiteral("procedure"), entry->procedureId()},
             {QStringLiteral("event"), entry->eventId},
             {QStringLiteral("navigator"), nav},
             {QStringLiteral("created"), entry->created.toString(Qt::ISODate)},
             {QStringLiteral("forms"), forms}});
    return platform::ExitOk;
}
