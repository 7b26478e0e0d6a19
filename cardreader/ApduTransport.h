#pragma once

#include "cardreader/Apdu.h"
#include "cardreader/Result.h"

#include <QByteArray>

namespace kakanai::card {

// Counters for benchmarks and diagnostics.
struct TransportStats
{
    int apdus = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

// Something that exchanges APDUs with a card: the PC/SC channel in production, scripted fakes in unit tests.
class ApduTransport
{
public:
    virtual ~ApduTransport() = default;

    // Sends one APDU and returns the card's answer. Handles the T=0 style continuations generically: 61xx
    // (fetch with GET RESPONSE) and 6Cxx (send again with Le = xx), as ISO 7816-4 describes; neither has been
    // seen on this card, but readers and cards in between may produce them.
    Result<ResponseApdu> transmit(const CommandApdu &command);

    const TransportStats &stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

protected:
    // Exchanges raw bytes with the card. The answer includes SW1 SW2.
    virtual Result<QByteArray> exchange(const QByteArray &command) = 0;

private:
    Result<ResponseApdu> exchangeCounted(const QByteArray &command);
    TransportStats m_stats;
};

} // namespace kakanai::card
