// libFuzzer target: the card conversations (attribute read with number, PIN status, JPKI certificate read) against
// a card whose answers come from the fuzzer, as OpenSC's fuzz_pkcs15_reader does. Input: a sequence of blocks,
// each a 2-byte big-endian length and that many bytes of answer (data + SW). The reader must never crash, hang,
// or report success with a record that did not parse.
#include "CardSession.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace kakanai;
using namespace kakanai::card;

namespace {

class FuzzTransport : public ApduTransport
{
public:
    FuzzTransport(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

protected:
    Result<QByteArray> exchange(const QByteArray &) override
    {
        if (m_pos + 2 > m_size) {
            return CardError::fromCode(CardErrorCode::CardRemoved);
        }
        const std::size_t n = (std::size_t(m_data[m_pos]) << 8) | m_data[m_pos + 1];
        m_pos += 2;
        const std::size_t take = std::min(n, m_size - m_pos);
        QByteArray answer(reinterpret_cast<const char *>(m_data + m_pos), static_cast<qsizetype>(take));
        m_pos += take;
        return answer;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    {
        FuzzTransport card(data, size);
        ReadOptions options;
        options.withNumber = true;
        auto outcome = readResident(card, options, SecretBytes(QByteArrayLiteral("1234")), nullptr);
        if (outcome && (outcome->record.name.isEmpty() || !outcome->record.birthDate.isValid() ||
                        !outcome->record.individualNumber)) {
            __builtin_trap(); // a "successful" read must be complete
        }
    }
    {
        FuzzTransport card(data, size);
        (void)readPinStatus(card);
    }
    {
        FuzzTransport card(data, size);
        (void)checkJpki(card, QByteArray(), nullptr, false, QDateTime::fromSecsSinceEpoch(1798761600));
    }
    return 0;
}
