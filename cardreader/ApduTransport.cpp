#include "cardreader/ApduTransport.h"

#include "common/Wipe.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApdu, "kakanai.cardreader.apdu", QtWarningMsg)

namespace kakanai::card {

Result<ResponseApdu> ApduTransport::exchangeCounted(const QByteArray &command)
{
    auto raw = exchange(command);
    ++m_stats.apdus;
    m_stats.bytesSent += command.size();
    if (!raw) {
        return raw.error();
    }
    m_stats.bytesReceived += raw->size();
    auto response = ResponseApdu::parse(*raw);
    if (!response) {
        return CardError::fromCode(CardErrorCode::MalformedResponse, QStringLiteral("answer shorter than SW1 SW2"));
    }
    return *response;
}

Result<ResponseApdu> ApduTransport::transmit(const CommandApdu &command)
{
    // Log the header and status only: the data field may hold a PIN and the answer personal data.
    QByteArray encoded = command.encode();
    auto response = exchangeCounted(encoded);
    wipe(encoded); // may carry a PIN or 照合番号B
    if (!response) {
        qCDebug(lcApdu) << command.toLogString() << "->" << response.error().toLogString();
        return response;
    }
    qCDebug(lcApdu) << command.toLogString() << "->" << response->sw.toString() << response->data.size() << "bytes";

    if (response->sw.sw1() == 0x6C && command.le) {
        CommandApdu again = command;
        again.le = response->sw.sw2() == 0 ? 256 : response->sw.sw2();
        QByteArray resent = again.encode();
        auto answer = exchangeCounted(resent);
        wipe(resent);
        wipe(again.data);
        return answer;
    }
    QByteArray collected;
    int rounds = 0;
    while (response->sw.sw1() == 0x61) {
        // Bounded: a card that keeps saying 61xx forever must not hang the reader.
        if (++rounds > 64) {
            return CardError::fromStatus(CardErrorCode::MalformedResponse, response->sw,
                                         QStringLiteral("endless GET RESPONSE chain"));
        }
        collected += response->data;
        const int le = response->sw.sw2() == 0 ? 256 : response->sw.sw2();
        response = exchangeCounted(apdu::getResponse(le).encode());
        if (!response) {
            return response;
        }
    }
    if (!collected.isEmpty()) {
        response->data.prepend(collected);
    }
    return response;
}

} // namespace kakanai::card
