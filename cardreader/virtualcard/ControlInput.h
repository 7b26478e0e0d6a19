#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace kakanai::virtualcard {

// The emulator's control channel for tests: one command per line on standard input, and SIGTERM/SIGINT turned
// into a clean quit through a self-pipe (a signal handler may only write a byte).
//
//   remove          pull the card out
//   insert          put it back
//   pull-after N    after N more command APDUs, pull the card without answering the N-th
//   quit            exit
//
// The end of a piped stdin quits (the controller is gone, perhaps crashed, and an orphaned card must not keep the
// reader); the end of /dev/null, a file or a terminal does not, so the emulator can run in the background.
class ControlInput : public QObject
{
    Q_OBJECT

public:
    explicit ControlInput(QObject *parent = nullptr);
    ~ControlInput() override;

Q_SIGNALS:
    void removeRequested();
    void insertRequested();
    void pullAfterRequested(int apdus);
    void quitRequested();
    // A line that is not a command (not echoed: it could be anything someone typed).
    void badCommand();

private:
    void onStdin();
    void onSignal();
    void handleLine(const QByteArray &line);

    QByteArray m_buffer;
    std::unique_ptr<QSocketNotifier> m_stdin;
    std::unique_ptr<QSocketNotifier> m_signals;
};

} // namespace kakanai::virtualcard
