#pragma once

#include "cardreader/ApduTransport.h"
#include "cardreader/PinGuard.h"
#include "cardreader/Result.h"

#include "common/Wipe.h"

#include <QByteArray>

#include <cstdint>

namespace kakanai::card {

// What both card applications share: selecting the DF, reading EFs, and the guarded PIN sequence.
class CardApplication
{
public:
    CardApplication(ApduTransport &transport, QByteArray aid)
        : m_transport(transport)
        , m_aid(std::move(aid))
    {}

    // SELECT by the full DF name. 6A82 (and any 6Axx) means this is not a My Number card (or not this AP).
    // One card answered 6F00 to the first command after a power cycle (ref §2.3): that one answer is retried once.
    Status select();

    // Reads an EF whose content is one BER-TLV object and returns exactly that object (header and value), without
    // the filler after it. Reads by short EF id first (one APDU for small files), then continues on the current EF.
    Result<QByteArray> readTlvFile(std::uint16_t fid);
    // Reads exactly size bytes of an EF (for fixed-size files such as the 17-byte EF 0001).
    Result<QByteArray> readFixedFile(std::uint16_t fid, int size);

    // Asks the key's retry counter without using a try.
    Result<pinguard::TriesState> queryTries(std::uint16_t keyFid);

    // The guarded VERIFY: query, decide, send at most once, interpret. Never retries.
    Status verifyGuarded(std::uint16_t keyFid, const SecretBytes &referenceData, bool lastTryConfirmed);

protected:
    ApduTransport &m_transport;

private:
    Result<QByteArray> readFrom(std::uint16_t fid, int size, bool sizeFromTlvHeader);
    QByteArray m_aid;
};

} // namespace kakanai::card
