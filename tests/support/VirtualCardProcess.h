#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace kakanai::testing {

// Runs bin/kakanai-virtual-card for an integration test: a card in the vpcd reader, driven through the emulator's
// stdin protocol (remove, insert, pull-after N, quit) and watched through its status lines (ready, inserted,
// removed, disconnected, pull-after N, apdu N).
//
//   VirtualCardProcess card;
//   QVERIFY2(card.start(VirtualCardProcess::persona("demo")), qPrintable(card.errorString()));
//   ... talk to "Virtual PCD 00 00" through pcscd ...
//   QVERIFY(card.remove());
//
// Each start() uses a fresh state file (the persona's retry counters) unless Options::statePath names one. The keys
// folder (test JPKI CA, issuer key, card keys) is created once per test process and shared, because RSA key
// generation is the slow part; trustAnchorPath() and issuerPublicKeyPath() give the files a reader's configuration
// needs.
class VirtualCardProcess
{
public:
    struct Options
    {
        quint16 port = 35963; // "Virtual PCD 00 00"; 35964 is "Virtual PCD 00 01"
        QString statePath;    // empty: a fresh file in a temporary folder
        QString keysDir;      // empty: the process-wide shared folder
        bool resetState = false;
        bool quirk6f00 = false;
        bool waitForInserted = true; // false: start() returns after "ready" (no pcscd needed)
        int timeoutMs = 15000;
    };

    // binDir: where kakanai-virtual-card is; empty means the test executable's own folder (build/bin).
    explicit VirtualCardProcess(QString binDir = QString());
    ~VirtualCardProcess();
    VirtualCardProcess(const VirtualCardProcess &) = delete;
    VirtualCardProcess &operator=(const VirtualCardProcess &) = delete;

    // resources/personas/<name>.json of the source tree this library was built from.
    static QString persona(const QString &name);
    // The keys folder shared by every VirtualCardProcess of this test process.
    static QString sharedKeysDir();

    // Starts the emulator and waits for "inserted" (connected to vpcd, ATR asked). False with errorString() when
    // it exits, prints an error or times out.
    bool start(const QString &personaPath);
    bool start(const QString &personaPath, const Options &options);

    bool remove(int timeoutMs = 5000);  // pull the card; waits for "removed"
    bool insert(int timeoutMs = 15000); // put it back; waits for "inserted"
    // The same commands without waiting, for a test that plays the reader side itself.
    void requestRemove();
    void requestInsert();
    // After n more APDUs the card is pulled without answering the n-th. Returns once the emulator has armed it
    // (so the APDUs may follow at once); waitForRemoved() waits for the pull itself.
    bool pullAfter(int n, int timeoutMs = 5000);
    bool waitForRemoved(int timeoutMs = 15000);
    // Waits for a status line starting with prefix, among lines not yet consumed by a wait.
    bool waitForLine(const QByteArray &prefix, int timeoutMs);
    // Sends quit and waits for the exit; kills it if it does not go. True for a clean exit (code 0).
    bool stop(int timeoutMs = 5000);
    // Sends SIGTERM and waits for the exit. True for a clean exit (code 0).
    bool terminate(int timeoutMs = 5000);
    bool isRunning() const;
    qint64 processId() const;

    int apduCount() const;                 // from the last "apdu N" line seen
    QList<QByteArray> statusLines() const; // everything printed so far
    QString standardError() const;
    QString errorString() const { return m_error; }
    int exitCode() const;

    QString keysDir() const { return m_keysDir; }
    QString statePath() const { return m_statePath; }
    QString trustAnchorPath() const;     // <keys>/jpki-ca.pem
    QString issuerPublicKeyPath() const; // <keys>/issuer-public.pem

private:
    void collect() const;
    bool send(const QByteArray &line);

    QString m_binDir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_stateDir;
    QString m_keysDir;
    QString m_statePath;
    // Output read so far; collect() fills these from const accessors too.
    mutable QByteArray m_buffer;
    mutable QList<QByteArray> m_lines;
    qsizetype m_consumed = 0; // lines already matched by a wait
    mutable QByteArray m_stderr;
    QString m_error;
};

} // namespace kakanai::testing
