// kakanai-virtual-card: a My Number card behind the real pcscd, through vsmartcard's vpcd driver.
//
//   kakanai-virtual-card --persona FILE [--state FILE] [--keys-dir DIR] [--port N] [--reset-state] [--quirk-6f00]
//
// Standard output carries machine-readable status lines for tests: "ready" (persona, keys and state loaded),
// "inserted" (connected to vpcd and the ATR was asked), "removed" (pulled by a command), "disconnected" (vpcd went
// away; reconnecting), "pull-after N" (armed), "apdu N" (N-th command APDU received), "verify KEY SW" (a VERIFY that
// carried reference data: the key's FID and the answer), "read FID" (a file read from its start), "error unknown
// command".
// Standard input takes the commands of ControlInput; when stdin is a pipe, its end quits too. Nothing personal is
// ever printed or logged.
// Exit codes: 0 after quit or SIGTERM/SIGINT, 2 for a bad command line, persona or state file, 1 otherwise.

#include "cardreader/virtualcard/CardKeys.h"
#include "cardreader/virtualcard/ControlInput.h"
#include "cardreader/virtualcard/Persona.h"
#include "cardreader/virtualcard/PersonaState.h"
#include "cardreader/virtualcard/VirtualCard.h"
#include "cardreader/virtualcard/VpcdClient.h"
#include "platform/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace kakanai::virtualcard;

namespace {

constexpr quint16 DefaultPort = 35963; // "Virtual PCD 00 00" in /etc/reader.conf.d/vpcd

// A status line, written in one write() (atomic on a pipe: lines are far below PIPE_BUF).
void status(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    const ssize_t written = ::write(STDOUT_FILENO, text.constData(), static_cast<size_t>(text.size()));
    static_cast<void>(written); // a full pipe drops the line (see below); there is nobody to tell
}

// A controller that reads "inserted" and then stops reading (a shell coproc) must not stall the card once the pipe
// is full after thousands of "apdu N" lines: on a pipe, status lines are written without blocking and dropped
// when nobody reads them.
void unblockStdoutPipe()
{
    struct stat info = {};
    if (::fstat(STDOUT_FILENO, &info) == 0 && S_ISFIFO(info.st_mode)) {
        const int flags = ::fcntl(STDOUT_FILENO, F_GETFL);
        if (flags >= 0) {
            ::fcntl(STDOUT_FILENO, F_SETFL, flags | O_NONBLOCK);
        }
    }
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "kakanai-virtual-card: %s\n", message.toLocal8Bit().constData());
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-virtual-card"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Emulates a My Number card behind pcscd through the vpcd virtual reader."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption personaOption(QStringLiteral("persona"), QStringLiteral("Persona JSON file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QStringLiteral("State file keeping the retry counters (default: <keys dir>/<persona>.state.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption keysOption(
        QStringLiteral("keys-dir"),
        QStringLiteral("Folder of the test CA, issuer and card keys (default: kakanai-virtual-card-keys next to the "
                       "state file, or in the user's data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("vpcd port on 127.0.0.1 (default 35963)."), QStringLiteral("N"),
                                        QString::number(DefaultPort));
    const QCommandLineOption resetOption(QStringLiteral("reset-state"),
                                         QStringLiteral("Start from the persona's retry counters."));
    const QCommandLineOption quirkOption(QStringLiteral("quirk-6f00"),
                                         QStringLiteral("Answer 6F00 to the first command after each power-on."));
    parser.addOptions({personaOption, stateOption, keysOption, portOption, resetOption, quirkOption});
    const QString epilog = QStringLiteral(
        "For development, tests and demonstrations only: a kiosk never has it (the kakanai-kiosk package\n"
        "conflicts with vsmartcard-vpcd, whose driver this needs).\n\n"
        "Control:\n"
        "  Standard input takes remove, insert, pull-after N (pull the card without answering the N-th next\n"
        "  APDU) and quit; standard output reports ready, inserted, removed, disconnected.\n\n"
        "Files:\n"
        "  Personas (fictional people) are in /usr/share/kakanai/personas. The keys folder gets jpki-ca.pem\n"
        "  and issuer-public.pem on first start: point card/jpki_trust_anchor and card/issuer_public_key of\n"
        "  the kiosk's INI at them.\n\n"
        "Exit status:\n"
        "  0 after quit or SIGTERM/SIGINT; 1 failure; 2 usage (command line, persona or state file).\n");
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(2, QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(personaOption)) {
        return fail(2, QStringLiteral("--persona FILE is required"));
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port == 0 || port > 65535) {
        return fail(2, QStringLiteral("--port must be a TCP port number"));
    }

    QString error;
    const auto persona = Persona::load(parser.value(personaOption), &error);
    if (!persona) {
        return fail(2, error);
    }

    QString keysDir = parser.value(keysOption);
    QString statePath = parser.value(stateOption);
    if (keysDir.isEmpty()) {
        const QString base =
            statePath.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kakanai")
                : QFileInfo(statePath).absolutePath();
        keysDir = base + QStringLiteral("/kakanai-virtual-card-keys");
    }
    if (statePath.isEmpty()) {
        statePath = keysDir + QLatin1Char('/') + persona->id + QStringLiteral(".state.json");
    }
    if (!QDir().mkpath(keysDir) || !QDir().mkpath(QFileInfo(statePath).absolutePath())) {
        return fail(1, QStringLiteral("cannot create %1").arg(keysDir));
    }

    const auto state = parser.isSet(resetOption) ? std::optional<PersonaState>(PersonaState::fromPersona(*persona))
                                                 : PersonaState::loadOrInitial(statePath, *persona, &error);
    if (!state) {
        return fail(2, error);
    }
    if (!state->save(statePath, &error)) {
        return fail(1, error);
    }

    auto keys = CardKeys::open(keysDir, *persona, &error);
    if (!keys) {
        return fail(1, error);
    }

    VirtualCard::Options options;
    options.quirk6f00 = parser.isSet(quirkOption);
    VirtualCard card(*persona, std::make_shared<const CardKeys>(std::move(*keys)), *state, options);
    card.setStateListener([statePath](const PersonaState &changed) {
        // Written before the answer leaves, as the card writes its counter before answering.
        QString saveError;
        if (!changed.save(statePath, &saveError)) {
            std::fprintf(stderr, "kakanai-virtual-card: %s\n", saveError.toLocal8Bit().constData());
        }
    });

    card.setEventListener([](const QByteArray &event) { status(event); });
    VpcdClient client(card, QStringLiteral("127.0.0.1"), static_cast<quint16>(port));
    ControlInput control;
    QObject::connect(&client, &VpcdClient::inserted, &app, [] { status("inserted"); });
    QObject::connect(&client, &VpcdClient::removed, &app, [] { status("removed"); });
    QObject::connect(&client, &VpcdClient::disconnected, &app, [] { status("disconnected"); });
    QObject::connect(&client, &VpcdClient::apduReceived, &app,
                     [](int count) { status("apdu " + QByteArray::number(count)); });
    QObject::connect(&control, &ControlInput::insertRequested, &client, &VpcdClient::insert);
    QObject::connect(&control, &ControlInput::removeRequested, &client, &VpcdClient::remove);
    QObject::connect(&control, &ControlInput::pullAfterRequested, &client, [&client](int apdus) {
        client.pullAfter(apdus);
        status("pull-after " + QByteArray::number(apdus)); // armed: the controller may send the APDUs now
    });
    QObject::connect(&control, &ControlInput::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(&control, &ControlInput::badCommand, &app, [] { status("error unknown command"); });

    unblockStdoutPipe();
    status("ready");
    client.insert();
    const int rc = QCoreApplication::exec();
    client.remove();
    return rc;
}
