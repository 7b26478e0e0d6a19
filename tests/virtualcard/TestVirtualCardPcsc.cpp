// End to end through the real stack: libpcsclite → pcscd → vpcd → kakanai-virtual-card. Proves that an ordinary
// PC/SC client sees a My Number card: ATR, T=1, SELECT, the tries query, VERIFY, READ BINARY of EF 0002 in
// 256-byte chunks, power-down versus warm reset, and a card pulled in the middle of a command.
//
// Needs a running pcscd with the vpcd driver ("Virtual PCD 00 00" on 127.0.0.1:35963); scripts/test starts one.

#include "tests/support/VirtualCardProcess.h"

#include "cardreader/Apdu.h"
#include "cardreader/InputSupportAp.h"
#include "cardreader/MyNumberCard.h"
#include "cardreader/Tlv.h"
#include "cardreader/virtualcard/Persona.h"

#include <winscard.h>

#include <QDeadlineTimer>
#include <QTest>

#include <optional>

using kakanai::testing::VirtualCardProcess;
using namespace kakanai;

namespace {

const char *const ReaderName = "Virtual PCD 00 00";

struct Reply
{
    LONG rv = SCARD_S_SUCCESS;
    QByteArray data;
    quint16 sw = 0;
};

QString pcscError(LONG rv)
{
    return QStringLiteral("%1 (0x%2)")
        .arg(QString::fromLatin1(pcsc_stringify_error(rv)))
        .arg(static_cast<quint32>(rv), 8, 16, QLatin1Char('0'));
}

} // namespace

class TestVirtualCardPcsc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void readsAttributes_data();
    void readsAttributes();
    void unpowerClearsTheVerifiedPin();
    void cardPulledMidCommand();

private:
    bool waitForCard(bool present, int timeoutMs);
    bool connect(DWORD share = SCARD_SHARE_EXCLUSIVE);
    Reply transmit(const QByteArray &apdu);
    Reply transmitHex(const char *hex) { return transmit(QByteArray::fromHex(hex)); }

    SCARDCONTEXT m_context = 0;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    std::unique_ptr<VirtualCardProcess> m_emulator;
};

void TestVirtualCardPcsc::initTestCase()
{
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context);
    if (rv != SCARD_S_SUCCESS) {
        QFAIL(qPrintable(QStringLiteral("no PC/SC service: %1. Start pcscd (with vsmartcard-vpcd installed), e.g. "
                                        "`pcscd -f &`, or run scripts/test.")
                             .arg(pcscError(rv))));
    }
    DWORD size = 0;
    QByteArray readers;
    if (SCardListReaders(m_context, nullptr, nullptr, &size) == SCARD_S_SUCCESS) {
        readers.resize(static_cast<qsizetype>(size));
        SCardListReaders(m_context, nullptr, readers.data(), &size);
    }
    QVERIFY2(readers.contains(ReaderName),
             "pcscd does not offer \"Virtual PCD 00 00\": is vsmartcard-vpcd installed (/etc/reader.conf.d/vpcd)?");
    QVERIFY2(waitForCard(false, 2000), "\"Virtual PCD 00 00\" already holds a card: is another emulator running?");
}

void TestVirtualCardPcsc::cleanupTestCase()
{
    if (m_context) {
        SCardReleaseContext(m_context);
    }
}

void TestVirtualCardPcsc::init()
{
    m_emulator = std::make_unique<VirtualCardProcess>();
}

void TestVirtualCardPcsc::cleanup()
{
    if (m_card) {
        SCardDisconnect(m_card, SCARD_UNPOWER_CARD);
        m_card = 0;
    }
    if (m_emulator) {
        m_emulator->stop();
        m_emulator.reset();
    }
    waitForCard(false, 5000);
}

bool TestVirtualCardPcsc::waitForCard(bool present, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    SCARD_READERSTATE state{};
    state.szReader = ReaderName;
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    while (true) {
        const LONG rv = SCardGetStatusChange(m_context, 200, &state, 1);
        if (rv == SCARD_S_SUCCESS || rv == SCARD_E_TIMEOUT) {
            const bool isPresent = (state.dwEventState & SCARD_STATE_PRESENT) != 0;
            if (isPresent == present) {
                return true;
            }
            state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
        } else {
            QTest::qWait(100);
        }
        if (deadline.hasExpired()) {
            return false;
        }
    }
}

bool TestVirtualCardPcsc::connect(DWORD share)
{
    const LONG rv =
        SCardConnect(m_context, ReaderName, share, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &m_protocol);
    if (rv != SCARD_S_SUCCESS) {
        qWarning().noquote() << "SCardConnect:" << pcscError(rv);
        return false;
    }
    return true;
}

Reply TestVirtualCardPcsc::transmit(const QByteArray &apdu)
{
    Reply reply;
    QByteArray buffer(65538, '\0');
    DWORD length = static_cast<DWORD>(buffer.size());
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    reply.rv =
        SCardTransmit(m_card, pci, reinterpret_cast<const BYTE *>(apdu.constData()), static_cast<DWORD>(apdu.size()),
                      nullptr, reinterpret_cast<BYTE *>(buffer.data()), &length);
    if (reply.rv == SCARD_S_SUCCESS && length >= 2) {
        buffer.truncate(static_cast<qsizetype>(length));
        reply.data = buffer.left(buffer.size() - 2);
        reply.sw = static_cast<quint16>((static_cast<quint8>(buffer[buffer.size() - 2]) << 8) |
                                        static_cast<quint8>(buffer[buffer.size() - 1]));
    }
    return reply;
}

void TestVirtualCardPcsc::readsAttributes_data()
{
    QTest::addColumn<QString>("persona");
    QTest::newRow("demo") << QStringLiteral("demo");
    QTest::newRow("long address, two chunks") << QStringLiteral("long-address");
    QTest::newRow("outside JIS") << QStringLiteral("outside-jis");
}

void TestVirtualCardPcsc::readsAttributes()
{
    QFETCH(QString, persona);
    QString error;
    const auto p = virtualcard::Persona::load(VirtualCardProcess::persona(persona), &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY2(m_emulator->start(VirtualCardProcess::persona(persona)), qPrintable(m_emulator->errorString()));
    QVERIFY2(waitForCard(true, 10000), "pcscd did not see the card");
    QVERIFY(connect());
    QCOMPARE(m_protocol, DWORD(SCARD_PROTOCOL_T1));

    BYTE atr[MAX_ATR_SIZE];
    DWORD atrLength = sizeof(atr);
    DWORD state = 0;
    DWORD protocol = 0;
    char name[128];
    DWORD nameLength = sizeof(name);
    QCOMPARE(SCardStatus(m_card, name, &nameLength, &state, &protocol, atr, &atrLength), LONG(SCARD_S_SUCCESS));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(atr), static_cast<qsizetype>(atrLength)),
             card::mynumber::contactAtr());

    QCOMPARE(transmit(card::apdu::selectApplication(card::mynumber::aidInputSupport()).encode()).sw, quint16(0x9000));
    QCOMPARE(transmitHex("00A4020C020011").sw, quint16(0x9000));
    QCOMPARE(transmitHex("00200080").sw, quint16(0x63C3)); // tries query, no try used
    QCOMPARE(transmit(card::apdu::verify(0x80, p->pin).encode()).sw, quint16(0x9000));
    QCOMPARE(transmitHex("00A4020C020002").sw, quint16(0x9000));

    // READ BINARY in 256-byte chunks until the TLV object is complete.
    Reply chunk = transmitHex("00B0000000");
    QCOMPARE(chunk.sw, quint16(0x9000));
    QCOMPARE(chunk.data.size(), 256);
    QByteArray attributes = chunk.data;
    const auto header = card::tlv::parseHeader(attributes);
    QVERIFY(header);
    while (attributes.size() < header->totalSize()) {
        chunk = transmit(card::apdu::readBinary(static_cast<int>(attributes.size()), 256).encode());
        QCOMPARE(chunk.sw, quint16(0x9000));
        attributes += chunk.data;
    }
    // Whole 256-byte chunks of the 512-byte file: one for a short TLV, two for the long address.
    QCOMPARE(attributes.size(), header->totalSize() > 256 ? 512 : 256);
    const auto record = card::parseAttributes(attributes);
    QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().detail));
    QCOMPARE(record->name, p->name);
    QCOMPARE(record->address, p->address);
    QCOMPARE(record->birthDate, p->birthDate);

    // Reading past the end of the file.
    QCOMPARE(transmitHex("00B0020000").sw, quint16(0x6B00));
}

void TestVirtualCardPcsc::unpowerClearsTheVerifiedPin()
{
    QVERIFY2(m_emulator->start(VirtualCardProcess::persona(QStringLiteral("demo"))),
             qPrintable(m_emulator->errorString()));
    QVERIFY(waitForCard(true, 10000));
    QVERIFY(connect());
    QCOMPARE(transmit(card::apdu::selectApplication(card::mynumber::aidInputSupport()).encode()).sw, quint16(0x9000));
    QCOMPARE(transmitHex("002000910431323334").sw, quint16(0x9000));
    QCOMPARE(transmitHex("00200091").sw, quint16(0x9000)); // verified in this power session

    // A warm reset keeps the security state, as on the real card (ref §2.3).
    DWORD protocol = 0;
    QCOMPARE(SCardReconnect(m_card, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T1, SCARD_RESET_CARD, &protocol),
             LONG(SCARD_S_SUCCESS));
    QCOMPARE(transmit(card::apdu::selectApplication(card::mynumber::aidInputSupport()).encode()).sw, quint16(0x9000));
    QCOMPARE(transmitHex("00200091").sw, quint16(0x9000));

    // Powering the card down clears it.
    QCOMPARE(SCardReconnect(m_card, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T1, SCARD_UNPOWER_CARD, &protocol),
             LONG(SCARD_S_SUCCESS));
    QCOMPARE(transmit(card::apdu::selectApplication(card::mynumber::aidInputSupport()).encode()).sw, quint16(0x9000));
    QCOMPARE(transmitHex("00200091").sw, quint16(0x63C3));
    QCOMPARE(transmitHex("00B0820000").sw, quint16(0x6982));
}

void TestVirtualCardPcsc::cardPulledMidCommand()
{
    QVERIFY2(m_emulator->start(VirtualCardProcess::persona(QStringLiteral("demo"))),
             qPrintable(m_emulator->errorString()));
    QVERIFY(waitForCard(true, 10000));
    QVERIFY(connect());
    QCOMPARE(transmit(card::apdu::selectApplication(card::mynumber::aidInputSupport()).encode()).sw, quint16(0x9000));
    QVERIFY(m_emulator->pullAfter(1));
    // The card vanishes before answering. vpcd reports that as a successful transmit with an empty answer (its
    // IFDHTransmitToICC returns the 0 bytes read from the closed socket); a real reader fails the transmit. Either
    // way there is no status word, and the next command sees the card gone.
    const Reply reply = transmitHex("00B0840000");
    QVERIFY2(reply.rv != SCARD_S_SUCCESS || reply.sw == 0, "the pulled card answered");
    QVERIFY(reply.data.isEmpty());
    QVERIFY(m_emulator->waitForRemoved());
    QVERIFY(waitForCard(false, 5000));
    const Reply after = transmitHex("00B0840000");
    QVERIFY2(after.rv == SCARD_W_REMOVED_CARD || after.rv == SCARD_E_NO_SMARTCARD || after.rv == SCARD_W_RESET_CARD ||
                 after.rv == SCARD_E_READER_UNAVAILABLE,
             qPrintable(pcscError(after.rv)));
    SCardDisconnect(m_card, SCARD_LEAVE_CARD);
    m_card = 0;

    // Back in: a fresh power session.
    QVERIFY(m_emulator->insert());
    QVERIFY(waitForCard(true, 10000));
    QVERIFY(connect());
    QCOMPARE(transmit(card::apdu::selectApplication(card::mynumber::aidInputSupport()).encode()).sw, quint16(0x9000));
    QCOMPARE(transmitHex("00200091").sw, quint16(0x63C3));
}

QTEST_GUILESS_MAIN(TestVirtualCardPcsc)
#include "TestVirtualCardPcsc.moc"
