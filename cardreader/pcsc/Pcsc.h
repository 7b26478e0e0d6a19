#pragma once

// Private to the card library: the RAII wrappers of libpcsclite. Nothing outside cardreader/ (but white-box tests
// that link PC/SC themselves) includes this header; the public API is CardService, CardSession and Readers.h.

#include "cardreader/ApduTransport.h"
#include "cardreader/Readers.h"
#include "cardreader/Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <PCSC/winscard.h>

#include <memory>

namespace kakanai::card {

enum class ShareMode
{
    Shared,
    Exclusive, // while a PIN is verified: another process must not use the unlocked card (ref §2.3)
};

// An established PC/SC context (SCardEstablishContext / SCardReleaseContext). Move-only.
class PcscContext
{
public:
    static Result<PcscContext> establish();

    PcscContext(PcscContext &&other) noexcept;
    PcscContext &operator=(PcscContext &&other) noexcept;
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;
    ~PcscContext();

    SCARDCONTEXT handle() const { return m_handle; }
    bool isValid() const;

    // Readers known to pcscd. An empty list (not an error) when none is attached.
    Result<QStringList> listReaders() const;
    // Presence and ATR of each reader, without waiting.
    Result<QList<ReaderInfo>> readerStates() const;
    // Aborts a blocking SCardGetStatusChange on this context; callable from any thread.
    void cancel() const;

private:
    explicit PcscContext(SCARDCONTEXT handle)
        : m_handle(handle)
    {}
    void release();
    SCARDCONTEXT m_handle = 0;
    bool m_valid = false;
};

// A connection to the card in one reader (SCardConnect / SCardDisconnect). Disconnects with SCARD_UNPOWER_CARD,
// because on this card a verified PIN survives anything short of a power-down (ref §2.3): leaving or resetting
// the card would let the next connection use the resident's unlocked keys.
class CardChannel : public ApduTransport
{
public:
    static Result<std::unique_ptr<CardChannel>> connect(const PcscContext &context, const QString &reader,
                                                        ShareMode mode);
    ~CardChannel() override;
    CardChannel(const CardChannel &) = delete;
    CardChannel &operator=(const CardChannel &) = delete;

    const QString &readerName() const { return m_reader; }
    QByteArray atr() const;
    // Disconnects with power-down now (also done by the destructor).
    void disconnect();

    // RAII transaction: SCardBeginTransaction / SCardEndTransaction(SCARD_LEAVE_CARD).
    class Transaction
    {
    public:
        Transaction(Transaction &&other) noexcept;
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Transaction &operator=(Transaction &&) = delete;
        ~Transaction();

    private:
        friend class CardChannel;
        explicit Transaction(SCARDHANDLE card)
            : m_card(card)
        {}
        SCARDHANDLE m_card = 0;
    };
    Result<Transaction> beginTransaction();

protected:
    Result<QByteArray> exchange(const QByteArray &command) override;

private:
    CardChannel(SCARDHANDLE card, DWORD protocol, QString reader)
        : m_card(card)
        , m_protocol(protocol)
        , m_reader(std::move(reader))
    {}
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    QString m_reader;
    bool m_connected = true;
};

} // namespace kakanai::card
