#include "cardreader/virtualcard/VpcdClient.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include "cardreader/virtualcard/VirtualCard.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVpcd, "kakanai.virtualcard.vpcd", QtInfoMsg)

namespace kakanai::virtualcard {

namespace {

constexpr int RetryIntervalMs = 200;

enum Control : std::uint8_t
{
    PowerOff = 0x00,
    PowerOn = 0x01,
    Reset = 0x02,
    GetAtr = 0x04,
};

} // namespace

VpcdClient::VpcdClient(VirtualCard &card, QString host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_card(card)
    , m_host(std::move(host))
    , m_port(port)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &VpcdClient::tryConnect);
    connect(&m_socket, &QTcpSocket::connected, this, &VpcdClient::onConnected);
    connect(&m_socket, &QTcpSocket::disconnected, this, &VpcdClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &VpcdClient::onError);
    connect(&m_socket, &QTcpSocket::readyRead, this, &VpcdClient::onReadyRead);
}

bool VpcdClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void VpcdClient::insert()
{
    if (m_wanted) {
        if (m_announced) {
            Q_EMIT inserted(); // already in: say so again, so a waiting test is not left hanging
        }
        return;
    }
    m_wanted = true;
    m_pullAfter.reset();
    tryConnect();
}

void VpcdClient::remove()
{
    m_wanted = false;
    m_pullAfter.reset();
    pull();
}

void VpcdClient::pullAfter(int n)
{
    if (n <= 0) {
        remove();
        return;
    }
    m_pullAfter = m_apduCount + n;
}

void VpcdClient::pull()
{
    m_retry.stop();
    m_announced = false;
    m_buffer.clear();
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        // abort(): close at once, dropping anything unsent, as contacts leaving the reader would.
        m_socket.abort();
    }
    m_card.powerOff();
    Q_EMIT removed();
}

void VpcdClient::tryConnect()
{
    if (!m_wanted) {
        return;
    }
    if (m_socket.state() == QAbstractSocket::ClosingState || m_socket.state() == QAbstractSocket::BoundState) {
        m_retry.start(); // not quite closed yet: look again shortly
        return;
    }
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        return; // connecting or connected already
    }
    m_buffer.clear();
    m_socket.connectToHost(m_host, m_port);
}

void VpcdClient::quickAck()
{
    // Debian's vpcd writes the 2-byte length and the payload in separate send() calls. With Nagle on pcscd's side
    // and delayed ACKs on ours, the payload then waits ~40 ms for our ACK of the length: every APDU would cost
    // ~44 ms. Acknowledging at once (Linux TCP_QUICKACK, which the kernel clears again after use) removes the
    // wait. Only the emulator needs this; a real reader has no TCP in between.
    const qintptr fd = m_socket.socketDescriptor();
    if (fd >= 0) {
        const int one = 1;
        ::setsockopt(static_cast<int>(fd), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
    }
}

void VpcdClient::onConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    quickAck();
    m_reportedUnreachable = false;
    qCDebug(lcVpcd) << "connected to vpcd on port" << m_port;
}

void VpcdClient::onDisconnected()
{
    const bool wasAnnounced = m_announced;
    m_announced = false;
    m_buffer.clear();
    m_card.powerOff();
    if (m_wanted) {
        // vpcd went away (pcscd stopped or restarted): keep trying until it is back.
        if (wasAnnounced) {
            Q_EMIT disconnected();
        }
        m_retry.start();
    }
}

void VpcdClient::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError) {
        return; // handled by onDisconnected
    }
    if (!m_reportedUnreachable) {
        // Once per outage: the retry every 200 ms would flood the log while pcscd is down.
        qCInfo(lcVpcd).noquote() << QStringLiteral("vpcd not reachable on port %1 (%2); retrying every %3 ms")
                                        .arg(m_port)
                                        .arg(m_socket.errorString())
                                        .arg(RetryIntervalMs);
        m_reportedUnreachable = true;
    }
    if (m_wanted) {
        m_retry.start(); // tryConnect() waits for the socket to be unconnected
    }
}

void VpcdClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    quickAck();
    while (m_buffer.size() >= 2) {
        const int length = (static_cast<std::uint8_t>(m_buffer[0]) << 8) | static_cast<std::uint8_t>(m_buffer[1]);
        if (m_buffer.size() < 2 + length) {
            return;
        }
        const QByteArray payload = m_buffer.mid(2, length);
        m_buffer.remove(0, 2 + length);
        handleMessage(payload);
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            return; // pulled while handling
        }
    }
}

void VpcdClient::handleMessage(const QByteArray &payload)
{
    if (payload.isEmpty()) {
        return;
    }
    if (payload.size() == 1) {
        switch (static_cast<std::uint8_t>(payload[0])) {
        case PowerOff:
            m_card.powerOff();
            break;
        case PowerOn:
            m_card.powerOn();
            break;
        case Reset:
            m_card.reset();
            break;
        case GetAtr:
            send(m_card.atr());
            if (!m_announced) {
                m_announced = true;
                Q_EMIT inserted();
            }
            break;
        default:
            qCDebug(lcVpcd) << "unknown vpcd control" << static_cast<int>(static_cast<std::uint8_t>(payload[0]));
            break;
        }
        return;
    }
    ++m_apduCount;
    Q_EMIT apduReceived(m_apduCount);
    if (m_pullAfter && m_apduCount >= *m_pullAfter) {
        // Pulled before the answer: pcscd sees the card vanish in the middle of a transmit.
        m_wanted = false;
        m_pullAfter.reset();
        pull();
        return;
    }
    send(m_card.process(payload));
}

void VpcdClient::send(const QByteArray &payload)
{
    QByteArray frame;
    frame.reserve(payload.size() + 2);
    frame.append(static_cast<char>((payload.size() >> 8) & 0xFF));
    frame.append(static_cast<char>(payload.size() & 0xFF));
    frame.append(payload);
    m_socket.write(frame);
    m_socket.flush();
}

} // namespace kakanai::virtualcard
