// libFuzzer target: the card conversations (attribute read with number, PIN status, JPKI certificate read) against
// a card whose answers come from the fuzzer, as OpenSC's fuzz_pkcs15_reader does. Input: a sequence of blocks,
// each a 2-byte big-endian length and that many bytes of answer (data + SW). The reader must never crash, hang,
// or report success with a record that did not parse.
#include "cardreader/CardSession.h"
#include "tests/cardreader/FuzzInput.h"

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
        : m_answers(data, size)
    {}

protected:
    Result<QByteArray> exchange(const QByteArray &) override
    {
        if (m_answers.atEnd()) {
            return CardError::fromCode(CardErrorCode::CardRemoved);
        }
        return m_answers.next();
    }

private:
    fuzzing::Blocks m_answers;
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
