#include "tests/support/VirtualCardProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

namespace kakanai::testing {

namespace {

constexpr int PollMs = 50;

} // namespace

VirtualCardProcess::VirtualCardProcess(QString binDir)
    : m_binDir(std::move(binDir))
{
    if (m_binDir.isEmpty()) {
        m_binDir = QCoreApplication::applicationDirPath();
    }
}

VirtualCardProcess::~VirtualCardProcess()
{
    if (isRunning()) {
        stop(2000);
    }
}

QString VirtualCardProcess::persona(const QString &name)
{
    return QStringLiteral(KAKANAI_SOURCE_DIR "/resources/personas/") + name + QStringLiteral(".json");
}

QString VirtualCardProcess::sharedKeysDir()
{
    static QTemporaryDir dir;
    return dir.path() + QStringLiteral("/keys");
}

bool VirtualCardProcess::start(const QString &personaPath)
{
    return start(personaPath, Options{});
}

bool VirtualCardProcess::start(const QString &personaPath, const Options &options)
{
    if (isRunning()) {
        stop();
    }
    m_error.clear();
    m_buffer.clear();
    m_lines.clear();
    m_consumed = 0;
    m_stderr.clear();

    m_keysDir = options.keysDir.isEmpty() ? sharedKeysDir() : options.keysDir;
    m_statePath = options.statePath;
    if (m_statePath.isEmpty()) {
        m_stateDir = std::make_unique<QTemporaryDir>();
        m_statePath = m_stateDir->filePath(QFileInfo(personaPath).completeBaseName() + QStringLiteral(".state.json"));
    }

    QStringList args{
        QStringLiteral("--persona"),  personaPath, QStringLiteral("--state"), m_statePath,
        QStringLiteral("--keys-dir"), m_keysDir,   QStringLiteral("--port"),  QString::number(options.port)};
    if (options.resetState) {
        args << QStringLiteral("--reset-state");
    }
    if (options.quirk6f00) {
        args << QStringLiteral("--quirk-6f00");
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QDir(m_binDir).filePath(QStringLiteral("kakanai-virtual-card")), args);
    if (!m_process->waitForStarted(options.timeoutMs)) {
        m_error = QStringLiteral("kakanai-virtual-card did not start: %1").arg(m_process->errorString());
        return false;
    }
    if (!waitForLine("ready", options.timeoutMs)) {
        return false;
    }
    return !options.waitForInserted || waitForLine("inserted", options.timeoutMs);
}

bool VirtualCardProcess::remove(int timeoutMs)
{
    return send("remove") && waitForLine("removed", timeoutMs);
}

bool VirtualCardProcess::insert(int timeoutMs)
{
    return send("insert") && waitForLine("inserted", timeoutMs);
}

void VirtualCardProcess::requestRemove()
{
    send("remove");
}

void VirtualCardProcess::requestInsert()
{
    send("insert");
}

bool VirtualCardProcess::pullAfter(int n, int timeoutMs)
{
    const QByteArray line = "pull-after " + QByteArray::number(n);
    return send(line) && waitForLine(line, timeoutMs);
}

bool VirtualCardProcess::waitForRemoved(int timeoutMs)
{
    return waitForLine("removed", timeoutMs);
}

bool VirtualCardProcess::send(const QByteArray &line)
{
    if (!isRunning()) {
        m_error = QStringLiteral("kakanai-virtual-card is not running");
        return false;
    }
    m_process->write(line + '\n');
    return m_process->waitForBytesWritten(2000);
}

void VirtualCardProcess::collect() const
{
    if (!m_process) {
        return;
    }
    m_stderr += m_process->readAllStandardError();
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        m_lines.append(m_buffer.left(end));
        m_buffer.remove(0, end + 1);
    }
}

bool VirtualCardProcess::waitForLine(const QByteArray &prefix, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        collect();
        for (qsizetype i = m_consumed; i < m_lines.size(); ++i) {
            if (m_lines.at(i).startsWith(prefix)) {
                m_consumed = i + 1;
                return true;
            }
        }
        if (!isRunning()) {
            m_error = QStringLiteral("kakanai-virtual-card exited (code %1) before \"%2\": %3")
                          .arg(exitCode())
                          .arg(QString::fromLatin1(prefix), standardError().trimmed());
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("no \"%1\" from kakanai-virtual-card within %2 ms (is pcscd running?)")
                          .arg(QString::fromLatin1(prefix))
                          .arg(timeoutMs);
            return false;
        }
        m_process->waitForReadyRead(static_cast<int>(qMin<qint64>(PollMs, qMax<qint64>(1, deadline.remainingTime()))));
    }
}

bool VirtualCardProcess::stop(int timeoutMs)
{
    if (!m_process) {
        return false;
    }
    if (isRunning()) {
        m_process->write("quit\n");
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->terminate();
            if (!m_process->waitForFinished(timeoutMs)) {
                m_process->kill();
                m_process->waitForFinished(timeoutMs);
            }
            collect();
            return false;
        }
    }
    collect();
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

bool VirtualCardProcess::terminate(int timeoutMs)
{
    if (!isRunning()) {
        return false;
    }
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(timeoutMs);
        return false;
    }
    collect();
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

qint64 VirtualCardProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool VirtualCardProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int VirtualCardProcess::apduCount() const
{
    collect();
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines.at(i).startsWith("apdu ")) {
            return m_lines.at(i).mid(5).toInt();
        }
    }
    return 0;
}

QList<QByteArray> VirtualCardProcess::statusLines() const
{
    collect();
    return m_lines;
}

QString VirtualCardProcess::standardError() const
{
    collect();
    return QString::fromLocal8Bit(m_stderr);
}

int VirtualCardProcess::exitCode() const
{
    return m_process && !isRunning() ? m_process->exitCode() : -1;
}

QString VirtualCardProcess::trustAnchorPath() const
{
    return m_keysDir + QStringLiteral("/jpki-ca.pem");
}

QString VirtualCardProcess::issuerPublicKeyPath() const
{
    return m_keysDir + QStringLiteral("/issuer-public.pem");
}

} // namespace kakanai::testing
