#include "cardreader/CardApplication.h"

#include "cardreader/MyNumberCard.h"
#include "cardreader/Tlv.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCardApp, "kakanai.cardreader.app", QtInfoMsg)

namespace kakanai::card {

namespace {

// Largest file we are prepared to read; the biggest on this card are the ~1.7 KB certificates.
constexpr int MaxFileSize = 16 * 1024;
constexpr int ChunkSize = 256;

bool isEndOfFile(StatusWord sw)
{
    return sw.value() == 0x6282;
}

} // namespace

Status CardApplication::select()
{
    auto response = m_transport.transmit(apdu::selectApplication(m_aid));
    if (response && response->sw.value() == 0x6F00) {
        qCInfo(lcCardApp) << "SELECT answered 6F00 (first command after power-up on some cards); sending it once more";
        response = m_transport.transmit(apdu::selectApplication(m_aid));
    }
    if (!response) {
        return response.error();
    }
    if (response->sw.isSuccess()) {
        return success();
    }
    if (response->sw.sw1() == 0x6A || response->sw.sw1() == 0x6D || response->sw.sw1() == 0x6E ||
        response->sw.value() == 0x6999) {
        return CardError::fromStatus(CardErrorCode::NotMyNumberCard, response->sw, QStringLiteral("SELECT AP"));
    }
    return CardError::fromStatus(CardErrorCode::UnexpectedStatus, response->sw, QStringLiteral("SELECT AP"));
}

Result<QByteArray> CardApplication::readTlvFile(std::uint16_t fid)
{
    return readFrom(fid, 0, true);
}

Result<QByteArray> CardApplication::readFixedFile(std::uint16_t fid, int size)
{
    return readFrom(fid, size, false);
}

Result<QByteArray> CardApplication::readFrom(std::uint16_t fid, int size, bool sizeFromTlvHeader)
{
    const auto statusError = [](const ResponseApdu &r) -> CardError {
        if (r.sw.value() == 0x6982) {
            return CardError::fromStatus(CardErrorCode::SecurityStatusNotSatisfied, r.sw,
                                         QStringLiteral("READ BINARY"));
        }
        return CardError::fromStatus(CardErrorCode::UnexpectedStatus, r.sw, QStringLiteral("READ BINARY"));
    };

    // First chunk by short EF id: no SELECT needed, and the EF becomes the current one.
    const int firstLe = sizeFromTlvHeader ? ChunkSize : std::min(size, ChunkSize);
    auto first = m_transport.transmit(apdu::readBinaryShortEf(mynumber::shortEf(fid), 0, firstLe));
    if (!first) {
        return first.error();
    }
    if (!first->sw.isSuccess() && !isEndOfFile(first->sw)) {
        return statusError(*first);
    }
    QByteArray content = first->data;

    int total = size;
    if (sizeFromTlvHeader) {
        const auto header = tlv::parseHeader(content);
        if (!header) {
            return CardError::fromCode(CardErrorCode::MalformedResponse,
                                       QStringLiteral("EF %1: no TLV header").arg(fid, 4, 16, QLatin1Char('0')));
        }
        if (header->totalSize() > MaxFileSize) {
            return CardError::fromCode(CardErrorCode::MalformedResponse,
                                       QStringLiteral("EF %1: TLV length %2 too large")
                                           .arg(fid, 4, 16, QLatin1Char('0'))
                                           .arg(header->totalSize()));
        }
        total = static_cast<int>(header->totalSize());
    }

    bool selected = false;
    while (content.size() < total) {
        if (first->data.isEmpty() || isEndOfFile(first->sw)) {
            break; // the card said there is no more
        }
        const int offset = static_cast<int>(content.size());
        const int le = std::min(ChunkSize, total - offset);
        auto next = m_transport.transmit(apdu::readBinary(offset, le));
        if (!next) {
            return next.error();
        }
        if (next->sw.value() == 0x6986 && !selected) {
            // A card that does not make an EF current after an SFI read: select it explicitly and go on.
            auto sel = m_transport.transmit(apdu::selectFile(fid));
            if (!sel) {
                return sel.error();
            }
            if (!sel->sw.isSuccess()) {
                return statusError(*sel);
            }
            selected = true;
            continue;
        }
        if (next->sw.value() == 0x6B00) {
            break; // offset past the end of the EF (JICSAP)
        }
        if (!next->sw.isSuccess() && !isEndOfFile(next->sw)) {
            return statusError(*next);
        }
        if (next->data.isEmpty()) {
            break;
        }
        content += next->data;
        if (isEndOfFile(next->sw)) {
            break;
        }
    }
    if (content.size() < total) {
        // The file ended before the length its header announced: never hand on half-read data as complete.
        return CardError::fromCode(
            CardErrorCode::MalformedResponse,
            QStringLiteral("EF %1: %2 of %3 bytes").arg(fid, 4, 16, QLatin1Char('0')).arg(content.size()).arg(total));
    }
    content.truncate(total);
    return content;
}

Result<pinguard::TriesState> CardApplication::queryTries(std::uint16_t keyFid)
{
    auto response = m_transport.transmit(apdu::verifyStatusQuery(mynumber::keyP2(keyFid)));
    if (!response) {
        return response.error();
    }
    const auto state = pinguard::interpretQuery(response->sw);
    if (!state) {
        return CardError::fromStatus(CardErrorCode::UnexpectedStatus, response->sw, QStringLiteral("retry query"));
    }
    return *state;
}

Status CardApplication::verifyGuarded(std::uint16_t keyFid, const SecretBytes &referenceData, bool lastTryConfirmed)
{
    auto state = queryTries(keyFid);
    if (!state) {
        return state.error();
    }
    switch (pinguard::decide(*state, lastTryConfirmed)) {
    case pinguard::Decision::RefuseBlocked: {
        CardError e = CardError::fromCode(CardErrorCode::PinBlocked, QStringLiteral("counter query"));
        e.triesLeft = 0;
        return e;
    }
    case pinguard::Decision::RefuseLastTryUnconfirmed: {
        CardError e = CardError::fromCode(CardErrorCode::LastTryNeedsConfirmation);
        e.triesLeft = 1;
        return e;
    }
    case pinguard::Decision::Send:
        break;
    }
    CommandApdu command = apdu::verify(mynumber::keyP2(keyFid), referenceData.bytes());
    auto response = m_transport.transmit(command);
    wipe(command.data);
    if (!response) {
        return response.error();
    }
    if (auto error = pinguard::interpretVerify(response->sw)) {
        return *error;
    }
    return success();
}

} // namespace kakanai::card
