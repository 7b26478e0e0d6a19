// kakanai-virtual-card as a process, against a fake vpcd (a local TCP server speaking vpcd's framing), so the
// vpcd client, the stdin protocol, the status lines, state persistence across restarts, exit codes and the
// reconnect after a pcscd restart are tested without pcscd. Driven through VirtualCardProcess (tests/support).

#include "tests/support/VirtualCardProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/types.h>

using kakanai::testing::VirtualCardProcess;

namespace {

// The reader side of vpcd: listens, accepts the card, sends controls and APDUs as length-prefixed frames.
class FakeVpcd
{
public:
    bool listen(quint16 port = 0)
    {
        m_server.setMaxPendingConnections(1);
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    quint16 port() const { return m_server.serverPort(); }
    void close()
    {
        if (m_socket) {
            m_socket->abort();
            delete m_socket;
            m_socket = nullptr;
        }
        m_server.close();
    }

    bool accept(int timeoutMs = 10000)
    {
        if (m_socket) {
            m_socket->abort();
            delete m_socket;
            m_socket = nullptr;
        }
        m_buffer.clear();
        if (!m_server.hasPendingConnections() && !m_server.waitForNewConnection(timeoutMs)) {
            return false;
        }
        m_socket = m_server.nextPendingConnection();
        return m_socket != nullptr;
    }

    void send(const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(static_cast<char>(payload.size() >> 8));
        frame.append(static_cast<char>(payload.size() & 0xFF));
        frame.append(payload);
        m_socket->write(frame);
        m_socket->waitForBytesWritten(2000);
    }

    void control(std::uint8_t code) { send(QByteArray(1, static_cast<char>(code))); }

    // nullopt when the card goes away instead of answering.
    std::optional<QByteArray> exchange(const QByteArray &payload, int timeoutMs = 5000)
    {
        send(payload);
        return receive(timeoutMs);
    }
    std::optional<QByteArray> exchangeHex(const char *hex) { return exchange(QByteArray::fromHex(hex)); }

    std::optional<QByteArray> receive(int timeoutMs)
    {
        while (true) {
            if (m_buffer.size() >= 2) {
                const int length =
                    (static_cast<std::uint8_t>(m_buffer[0]) << 8) | static_cast<std::uint8_t>(m_buffer[1]);
                if (m_buffer.size() >= 2 + length) {
                    const QByteArray payload = m_buffer.mid(2, length);
                    m_buffer.remove(0, 2 + length);
                    return payload;
                }
            }
            if (m_socket->state() != QAbstractSocket::ConnectedState || !m_socket->waitForReadyRead(timeoutMs)) {
                m_buffer += m_socket->readAll();
                if (m_buffer.size() < 2) {
                    return std::nullopt;
                }
                continue;
            }
            m_buffer += m_socket->readAll();
        }
    }

    // Power on and ask for the ATR, as vpcd does when pcscd sees a card.
    std::optional<QByteArray> powerUp()
    {
        control(0x01);
        return exchange(QByteArray(1, '\x04'));
    }

    bool waitForClose(int timeoutMs = 5000)
    {
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            return true;
        }
        m_socket->waitForDisconnected(timeoutMs);
        return m_socket->state() == QAbstractSocket::UnconnectedState;
    }

    ~FakeVpcd() { close(); }

private:
    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
};

const QByteArray Atr = QByteArray::fromHex("3BE000FF8131FE4514");
const char *SelectInputSupport = "00A4040C0AD3921000310001010408";

} // namespace

class TestVirtualCardProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertsAndAnswers();
    void removeAndInsert();
    void pullAfterDropsTheAnswer();
    void triesPersistAcrossRestarts();
    void resetStateOption();
    void survivesVpcdRestart();
    void powerControls();
    void quirk6f00();
    void badArguments_data();
    void badArguments();
    void terminatesCleanlyOnSignal();
    void unknownCommand();
    void exitsWhenTheControllerGoes();

private:
    bool startCard(const QString &persona, VirtualCardProcess::Options options = {});

    std::unique_ptr<FakeVpcd> m_vpcd;
    std::unique_ptr<VirtualCardProcess> m_card;
};

void TestVirtualCardProcess::init()
{
    m_vpcd = std::make_unique<FakeVpcd>();
    QVERIFY(m_vpcd->listen());
    m_card = std::make_unique<VirtualCardProcess>();
}

void TestVirtualCardProcess::cleanup()
{
    m_card.reset();
    m_vpcd.reset();
}

bool TestVirtualCardProcess::startCard(const QString &persona, VirtualCardProcess::Options options)
{
    options.port = m_vpcd->port();
    options.waitForInserted = false;
    if (!m_card->start(VirtualCardProcess::persona(persona), options)) {
        qWarning().noquote() << m_card->errorString();
        return false;
    }
    if (!m_vpcd->accept()) {
        qWarning() << "the emulator did not connect";
        return false;
    }
    const auto atr = m_vpcd->powerUp();
    return atr == Atr && m_card->waitForLine("inserted", 5000);
}

void TestVirtualCardProcess::insertsAndAnswers()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00200091"), QByteArray::fromHex("63C3"));
    QCOMPARE(m_vpcd->exchangeHex("002000910431323334"), QByteArray::fromHex("9000"));
    const auto attributes = m_vpcd->exchangeHex("00B0820000");
    QVERIFY(attributes);
    QCOMPARE(attributes->size(), 258);
    QVERIFY(attributes->startsWith(QByteArray::fromHex("FF205F")));
    // Extended Le: the whole 568-byte EF 0004 in one frame.
    QCOMPARE(m_vpcd->exchangeHex("00B08400000000")->size(), 570);
    QTRY_COMPARE(m_card->apduCount(), 5);
    // What tests count: the VERIFY that carried the PIN (not the counter query before it) and each file read from
    // its start, named by key and file only.
    const QList<QByteArray> lines = m_card->statusLines();
    QCOMPARE(lines.count("verify 0011 9000"), 1);
    QCOMPARE(lines.count("read 0002"), 1);
    QCOMPARE(lines.count("read 0004"), 1);
    QCOMPARE(lines.count("read 0001"), 0); // the individual number was not asked for
    // The ATR can be asked any time (vpcd polls presence with it).
    QCOMPARE(m_vpcd->exchange(QByteArray(1, '\x04')), Atr);
    // Nothing personal on stdout or stderr.
    const QByteArray output = m_card->statusLines().join('\n') + m_card->standardError().toUtf8();
    QVERIFY(!output.contains("1234"));
    QVERIFY(!output.contains(QStringLiteral("山田").toUtf8()));
    QVERIFY(m_card->stop());
}

void TestVirtualCardProcess::removeAndInsert()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    QVERIFY(m_card->remove());
    QVERIFY(m_vpcd->waitForClose());
    // Stays out until insert: no new connection.
    QVERIFY(!m_vpcd->accept(600));
    m_card->requestInsert();
    QVERIFY(m_vpcd->accept());
    QCOMPARE(m_vpcd->powerUp(), Atr);
    QVERIFY(m_card->waitForLine("inserted", 5000));
    // Pulling the card powered it down: the security state is gone.
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00B0820000"), QByteArray::fromHex("6982"));
}

void TestVirtualCardProcess::pullAfterDropsTheAnswer()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    QVERIFY(m_card->pullAfter(2));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00200091"), std::nullopt); // the second APDU is never answered
    QVERIFY(m_vpcd->waitForClose());
    QVERIFY(m_card->waitForRemoved());
    m_card->requestInsert();
    QVERIFY(m_vpcd->accept());
    QCOMPARE(m_vpcd->powerUp(), Atr);
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
}

void TestVirtualCardProcess::triesPersistAcrossRestarts()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("002000910439393939"), QByteArray::fromHex("63C2"));
    QCOMPARE(m_vpcd->exchangeHex("002000910439393939"), QByteArray::fromHex("63C1"));
    const QString statePath = m_card->statePath();
    QVERIFY(m_card->stop());

    QFile file(statePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(state.value(QStringLiteral("persona")).toString(), QStringLiteral("demo"));
    QCOMPARE(state.value(QStringLiteral("tries")).toObject().value(QStringLiteral("pin")).toInt(), 1);

    VirtualCardProcess::Options options;
    options.statePath = statePath;
    QVERIFY(startCard(QStringLiteral("demo"), options));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00200091"), QByteArray::fromHex("63C1"));
    QCOMPARE(m_vpcd->exchangeHex("002000910431323334"), QByteArray::fromHex("9000"));
    QVERIFY(m_card->stop());

    // A state file of another persona is refused (exit 2) rather than applied to the wrong card.
    options.waitForInserted = false;
    QVERIFY(!m_card->start(VirtualCardProcess::persona(QStringLiteral("blocked")), options));
    QTRY_COMPARE(m_card->exitCode(), 2);
    QVERIFY(m_card->standardError().contains(QStringLiteral("belongs to persona \"demo\"")));
}

void TestVirtualCardProcess::resetStateOption()
{
    QVERIFY(startCard(QStringLiteral("one-try-left")));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("002000910439393939"), QByteArray::fromHex("63C0"));
    const QString statePath = m_card->statePath();
    QVERIFY(m_card->stop());

    VirtualCardProcess::Options options;
    options.statePath = statePath;
    QVERIFY(startCard(QStringLiteral("one-try-left"), options));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00200091"), QByteArray::fromHex("6984"));
    QVERIFY(m_card->stop());

    options.resetState = true;
    QVERIFY(startCard(QStringLiteral("one-try-left"), options));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00200091"), QByteArray::fromHex("63C1"));
}

void TestVirtualCardProcess::survivesVpcdRestart()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    const quint16 port = m_vpcd->port();
    // pcscd stops: vpcd's socket goes away. The card keeps trying every 200 ms.
    m_vpcd->close();
    QVERIFY(m_card->waitForLine("disconnected", 5000));
    QTest::qWait(700);
    QVERIFY(m_card->isRunning());
    // pcscd is back on the same port.
    m_vpcd = std::make_unique<FakeVpcd>();
    QVERIFY(m_vpcd->listen(port));
    QVERIFY(m_vpcd->accept(5000));
    QCOMPARE(m_vpcd->powerUp(), Atr);
    QVERIFY(m_card->waitForLine("inserted", 5000));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
}

void TestVirtualCardProcess::powerControls()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("002000910431323334"), QByteArray::fromHex("9000"));
    // Warm reset (SCardReconnect with SCARD_RESET_CARD): the verified PIN survives (ref §2.3).
    m_vpcd->control(0x02);
    QCOMPARE(m_vpcd->exchange(QByteArray(1, '\x04')), Atr);
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00200091"), QByteArray::fromHex("9000"));
    // Power down and up (SCARD_UNPOWER_CARD): it does not.
    m_vpcd->control(0x00);
    QCOMPARE(m_vpcd->powerUp(), Atr);
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    QCOMPARE(m_vpcd->exchangeHex("00200091"), QByteArray::fromHex("63C3"));
}

void TestVirtualCardProcess::quirk6f00()
{
    VirtualCardProcess::Options options;
    options.quirk6f00 = true;
    QVERIFY(startCard(QStringLiteral("demo"), options));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("6F00"));
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
    m_vpcd->control(0x00);
    QCOMPARE(m_vpcd->powerUp(), Atr);
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("6F00"));
}

void TestVirtualCardProcess::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no persona") << QStringList{} << 2 << QStringLiteral("--persona FILE is required");
    QTest::newRow("missing persona file")
        << QStringList{QStringLiteral("--persona"), QStringLiteral("/nonexistent.json")} << 2
        << QStringLiteral("/nonexistent.json: cannot read");
    QTest::newRow("invalid persona") << QStringList{QStringLiteral("--persona"), QStringLiteral("@bad")} << 2
                                     << QStringLiteral("key \"pin\"");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--persona"),
                                             VirtualCardProcess::persona(QStringLiteral("demo")),
                                             QStringLiteral("--port"), QStringLiteral("70000")}
                              << 2 << QStringLiteral("--port");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QStringLiteral("frobnicate");
}

void TestVirtualCardProcess::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QFile demo(VirtualCardProcess::persona(QStringLiteral("demo")));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    file.write(demo.readAll().replace("\"1234\"", "\"12x4\""));
    file.close();
    arguments.replaceInStrings(QStringLiteral("@bad"), bad);
    arguments << QStringLiteral("--keys-dir") << dir.filePath(QStringLiteral("keys"));

    QProcess process;
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/kakanai-virtual-card"), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    QVERIFY(!process.readAllStandardOutput().contains("ready"));
}

void TestVirtualCardProcess::terminatesCleanlyOnSignal()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    QVERIFY(m_card->terminate());
    QCOMPARE(m_card->exitCode(), 0);
    QVERIFY(m_vpcd->waitForClose());

    QVERIFY(startCard(QStringLiteral("demo")));
    QVERIFY(::kill(static_cast<pid_t>(m_card->processId()), SIGINT) == 0);
    QTRY_VERIFY(!m_card->isRunning());
    QCOMPARE(m_card->exitCode(), 0);
}

void TestVirtualCardProcess::unknownCommand()
{
    QVERIFY(startCard(QStringLiteral("demo")));
    QVERIFY(!m_card->pullAfter(-1, 1000)); // not a valid count
    QVERIFY(m_card->waitForLine("error unknown command", 5000));
    QVERIFY(m_card->isRunning());
    QCOMPARE(m_vpcd->exchangeHex(SelectInputSupport), QByteArray::fromHex("9000"));
}

void TestVirtualCardProcess::exitsWhenTheControllerGoes()
{
    // A test that crashes closes the emulator's stdin pipe: the card must leave the reader, not linger in it.
    QProcess process;
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/kakanai-virtual-card"),
                  {QStringLiteral("--persona"), VirtualCardProcess::persona(QStringLiteral("demo")),
                   QStringLiteral("--keys-dir"), VirtualCardProcess::sharedKeysDir(), QStringLiteral("--port"),
                   QString::number(m_vpcd->port()), QStringLiteral("--reset-state")});
    QVERIFY(process.waitForStarted());
    QVERIFY(m_vpcd->accept());
    QCOMPARE(m_vpcd->powerUp(), Atr);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(m_vpcd->waitForClose());
}

QTEST_GUILESS_MAIN(TestVirtualCardProcess)
#include "TestVirtualCardProcess.moc"
