#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace kakanai::virtualcard {

class VirtualCard;

// The card side of vsmartcard's vpcd driver. vpcd listens (127.0.0.1:35963 for "Virtual PCD 00 00"); the card
// connects as a TCP client: connecting inserts the card, closing the socket pulls it. Every message either way is
// a 2-byte big-endian length and a payload. A 1-byte payload from vpcd is a control (00 power off, 01 power on,
// 02 reset, 04 get ATR, answered with the ATR); anything longer is a command APDU, answered with the R-APDU.
//
// While the card is meant to be in the reader, an unreachable vpcd (pcscd not running, restarting, auto-exited)
// is retried every 200 ms, so the card comes back by itself when pcscd does.
class VpcdClient : public QObject
{
    Q_OBJECT

public:
    VpcdClient(VirtualCard &card, QString host, quint16 port, QObject *parent = nullptr);

    // Puts the card in the reader (connects, retrying until vpcd answers).
    void insert();
    // Pulls the card out (closes the connection) and keeps it out until insert().
    void remove();
    // After n more command APDUs, closes the connection without answering the n-th: a card pulled mid-command.
    // n <= 0 pulls it now.
    void pullAfter(int n);

    bool isConnected() const;

Q_SIGNALS:
    // Connected and vpcd asked for the ATR: pcscd sees the card.
    void inserted();
    // The card was pulled (remove() or pullAfter()).
    void removed();
    // vpcd closed the connection (pcscd stopped); the client is reconnecting.
    void disconnected();
    void apduReceived(int count);

private:
    void tryConnect();
    void onConnected();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onReadyRead();
    void quickAck();
    void handleMessage(const QByteArray &payload);
    void send(const QByteArray &payload);
    void pull();

    VirtualCard &m_card;
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_retry;
    QByteArray m_buffer;
    bool m_wanted = false;    // the card should be in the reader
    bool m_announced = false; // "inserted" reported for this connection
    bool m_reportedUnreachable = false;
    int m_apduCount = 0;
    std::optional<int> m_pullAfter;
};

} // namespace kakanai::virtualcard
