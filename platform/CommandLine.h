#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace kakanai::platform {

// The exit codes every Kakanai program shares (docs/operations.md, "Exit codes"): 0 done; 1 the operation
// failed; 2 usage: the command line or the configuration is wrong (nothing was done). 3 and up are a program's
// own and its --help lists them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
};

// QCommandLineParser::process() with the project's conventions, for every program: --help prints the help text
// followed by `epilog` (commands, configuration file, environment, exit codes: paragraphs titled "Name:", which
// help2man turns into sections of the man page made from it) on standard output and gives ExitOk; --version
// prints "PROGRAM VERSION" (the project's version) and gives ExitOk; an unknown option or a missing value is reported
// on standard error and gives ExitUsage (Qt's own process() would exit with 1). Returns std::nullopt when the program
// goes on. The parser must have its options, including addHelpOption() and addVersionOption().
std::optional<int> processCommandLine(QCommandLineParser &parser, const QString &epilog);

// The same text --help prints (for a usage error that shows it on standard error).
QString helpText(const QCommandLineParser &parser, const QString &epilog);

} // namespace kakanai::platform
