#pragma once

// Runs a program as a test would from a shell (one of ours from bin/, or a tool such as pdftotext): its exit
// status, standard output and standard error. The one copy for every test that runs a program. Header-only, Qt Core
// only, so that any test can include it without linking the support library.

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kakanai::testsupport {

struct ProgramRun
{
    int exitCode = -1; // -1: did not start, crashed, or ran past the timeout (then killed)
    QByteArray out;
    QByteArray err;
};

struct ProgramInput
{
    QByteArray stdinData;       // written to standard input, which is then closed
    QMap<QString, QString> env; // added to (or replacing in) the test's own environment
    int timeoutMs = 60000;
};

inline ProgramRun runProgram(const QString &program, const QStringList &args, const ProgramInput &input = {})
{
    QProcess p;
    if (!input.env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = input.env.begin(); it != input.env.end(); ++it) {
            e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
    }
    p.start(program, args);
    if (p.waitForStarted() && !input.stdinData.isEmpty()) {
        p.write(input.stdinData);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(input.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace kakanai::testsupport
