#include "cardreader/pcsc/Pcsc.h"

#include <QLoggingCategory>

#include <PCSC/pcsclite.h>
#include <openssl/crypto.h>

#include <vector>

Q_LOGGING_CATEGORY(lcPcsc, "kakanai.cardreader.pcsc", QtInfoMsg)

namespace kakanai::card {

namespace {

// pcsc-lite returns multi-strings: names separated by NUL, ended by a double NUL.
QStringList splitMultiString(const std::vector<char> &buffer)
{
    QStringList out;
    const char *p = buffer.data();
    const char *end = buffer.data() + buffer.size();
    while (p < end && *p != '\0') {
        const char *q = p;
        while (q < end && *q != '\0') {
            ++q;
        }
        out.append(QString::fromUtf8(p, q - p));
        p = q + 1;
    }
    return out;
}

} // namespace

Result<PcscContext> PcscContext::establish()
{
    SCARDCONTEXT handle = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &handle);
    if (rv != SCARD_S_SUCCESS) {
        return CardError::fromPcsc(rv, QStringLiteral("SCardEstablishContext"));
    }
    PcscContext context(handle);
    context.m_valid = true;
    return context;
}

PcscContext::PcscContext(PcscContext &&other) noexcept
    : m_handle(other.m_handle)
    , m_valid(other.m_valid)
{
    other.m_valid = false;
    other.m_handle = 0;
}

PcscContext &PcscContext::operator=(PcscContext &&other) noexcept
{
    if (this != &other) {
        release();
        m_handle = other.m_handle;
        m_valid = other.m_valid;
        other.m_valid = false;
        other.m_handle = 0;
    }
    return *this;
}

PcscContext::~PcscContext()
{
    release();
}

void PcscContext::release()
{
    if (m_valid) {
        SCardReleaseContext(m_handle);
        m_valid = false;
    }
}

bool PcscContext::isValid() const
{
    return m_valid && SCardIsValidContext(m_handle) == SCARD_S_SUCCESS;
}

Result<QStringList> PcscContext::listReaders() const
{
    DWORD size = 0;
    LONG rv = SCardListReaders(m_handle, nullptr, nullptr, &size);
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE)) {
        return QStringList();
    }
    if (rv != SCARD_S_SUCCESS) {
        return CardError::fromPcsc(rv, QStringLiteral("SCardListReaders"));
    }
    std::vector<char> buffer(size + 1, '\0');
    rv = SCardListReaders(m_handle, nullptr, buffer.data(), &size);
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE)) {
        return QStringList();
    }
    if (rv != SCARD_S_SUCCESS) {
        return CardError::fromPcsc(rv, QStringLiteral("SCardListReaders"));
    }
    buffer.resize(size);
    return splitMultiString(buffer);
}

Result<QList<ReaderInfo>> PcscContext::readerStates() const
{
    auto names = listReaders();
    if (!names) {
        return names.error();
    }
    QList<ReaderInfo> out;
    if (names->isEmpty()) {
        return out;
    }
    std::vector<QByteArray> utf8;
    utf8.reserve(static_cast<size_t>(names->size()));
    std::vector<SCARD_READERSTATE> states(static_cast<size_t>(names->size()));
    for (qsizetype i = 0; i < names->size(); ++i) {
        utf8.push_back(names->at(i).toUtf8());
        states[static_cast<size_t>(i)].szReader = utf8.back().constData();
        states[static_cast<size_t>(i)].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    const LONG rv = SCardGetStatusChange(m_handle, 0, states.data(), static_cast<DWORD>(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != static_cast<LONG>(SCARD_E_TIMEOUT)) {
        return CardError::fromPcsc(rv, QStringLiteral("SCardGetStatusChange"));
    }
    for (qsizetype i = 0; i < names->size(); ++i) {
        const auto &s = states[static_cast<size_t>(i)];
        ReaderInfo info;
        info.name = names->at(i);
        info.cardPresent = (s.dwEventState & SCARD_STATE_PRESENT) != 0;
        info.mute = (s.dwEventState & SCARD_STATE_MUTE) != 0;
        info.exclusive = (s.dwEventState & SCARD_STATE_EXCLUSIVE) != 0;
        info.atr = QByteArray(reinterpret_cast<const char *>(s.rgbAtr), static_cast<qsizetype>(s.cbAtr));
        info.eventCount = static_cast<int>((s.dwEventState >> 16) & 0xFFFF);
        out.append(info);
    }
    return out;
}

void PcscContext::cancel() const
{
    if (m_valid) {
        SCardCancel(m_handle);
    }
}

Result<std::unique_ptr<CardChannel>> CardChannel::connect(const PcscContext &context, const QString &reader,
                                                          ShareMode mode)
{
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    const QByteArray name = reader.toUtf8();
    const DWORD share = mode == ShareMode::Exclusive ? SCARD_SHARE_EXCLUSIVE : SCARD_SHARE_SHARED;
    const LONG rv = SCardConnect(context.handle(), name.constData(), share, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                 &card, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        return CardError::fromPcsc(rv, QStringLiteral("SCardConnect"));
    }
    qCDebug(lcPcsc) << "connected, protocol" << (protocol == SCARD_PROTOCOL_T1 ? "T=1" : "T=0")
                    << (mode == ShareMode::Exclusive ? "exclusive" : "shared");
    return std::unique_ptr<CardChannel>(new CardChannel(card, protocol, reader));
}

CardChannel::~CardChannel()
{
    disconnect();
}

void CardChannel::disconnect()
{
    if (m_connected) {
        const LONG rv = SCardDisconnect(m_card, SCARD_UNPOWER_CARD);
        if (rv != SCARD_S_SUCCESS) {
            qCDebug(lcPcsc) << "disconnect:" << CardError::fromPcsc(rv).toLogString();
        }
        m_connected = false;
    }
}

QByteArray CardChannel::atr() const
{
    if (!m_connected) {
        return {};
    }
    unsigned char atr[MAX_ATR_SIZE];
    DWORD atrLength = sizeof(atr);
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD nameLength = 0;
    const LONG rv = SCardStatus(m_card, nullptr, &nameLength, &state, &protocol, atr, &atrLength);
    if (rv != SCARD_S_SUCCESS) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(atr), static_cast<qsizetype>(atrLength));
}

Result<QByteArray> CardChannel::exchange(const QByteArray &command)
{
    if (!m_connected) {
        return CardError::fromCode(CardErrorCode::CommunicationError, QStringLiteral("channel closed"));
    }
    // Extended-length answers can reach 65536 + 2 bytes.
    std::vector<unsigned char> answer(65538);
    DWORD answerLength = static_cast<DWORD>(answer.size());
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    const LONG rv = SCardTransmit(m_card, pci, reinterpret_cast<const unsigned char *>(command.constData()),
                                  static_cast<DWORD>(command.size()), nullptr, answer.data(), &answerLength);
    if (rv != SCARD_S_SUCCESS) {
        return CardError::fromPcsc(rv, QStringLiteral("SCardTransmit"));
    }
    if (answerLength < 2) {
        // No card answers without a status word: the transport broke under us. vpcd, for one, completes the
        // transmit with zero bytes when the card side goes away mid-command. Ask PC/SC what happened, as OpenSC's
        // reader-pcsc.c does, so a pulled card is reported as pulled and not as a garbled answer.
        DWORD state = 0;
        DWORD protocol = 0;
        DWORD nameLength = 0;
        DWORD atrLength = 0;
        const LONG status = SCardStatus(m_card, nullptr, &nameLength, &state, &protocol, nullptr, &atrLength);
        if (status != SCARD_S_SUCCESS) {
            return CardError::fromPcsc(status, QStringLiteral("SCardStatus after empty answer"));
        }
        if ((state & SCARD_PRESENT) == 0) {
            return CardError::fromCode(CardErrorCode::CardRemoved, QStringLiteral("empty answer, card gone"));
        }
        return CardError::fromCode(CardErrorCode::CommunicationError, QStringLiteral("empty answer"));
    }
    QByteArray out(reinterpret_cast<const char *>(answer.data()), static_cast<qsizetype>(answerLength));
    // The answer buffer may have held personal data.
    OPENSSL_cleanse(answer.data(), answerLength);
    return out;
}

Result<CardChannel::Transaction> CardChannel::beginTransaction()
{
    const LONG rv = SCardBeginTransaction(m_card);
    if (rv != SCARD_S_SUCCESS) {
        return CardError::fromPcsc(rv, QStringLiteral("SCardBeginTransaction"));
    }
    return Transaction(m_card);
}

CardChannel::Transaction::Transaction(Transaction &&other) noexcept
    : m_card(other.m_card)
{
    other.m_card = 0;
}

CardChannel::Transaction::~Transaction()
{
    if (m_card != 0) {
        SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
    }
}

Result<QList<ReaderInfo>> currentReaders()
{
    auto context = PcscContext::establish();
    if (!context) {
        return context.error();
    }
    return context->readerStates();
}

} // namespace kakanai::card
