// libFuzzer target for the emulator's command handling: the input is a sequence of APDUs and power controls fed to
// VirtualCard::process(). Whatever arrives, the card must answer with at least a status word, keep its counters in
// range, and never crash. Seed corpus: tests/fuzz/corpus/fuzz_virtualcard/ (make_fuzz_corpus.py writes it).
//
// Input format:
//   byte 0            variant: bit 0 = quirk-6f00, bit 1 = the persona with every fault
//   then records      F0 power off | F1 power on | F2 warm reset | F3 read the ATR
//                     F4 HH LL <HHLL bytes>  an APDU of any length
//                     00..EF <n bytes>        an APDU of n bytes (cut short at the end of the input)
//                     F5..FF                  ignored
// KAKANAI_FUZZ_TRACE=1 prints each command header and status word to stderr (to check what a seed reaches).

#include "cardreader/virtualcard/CardKeys.h"
#include "cardreader/virtualcard/Persona.h"
#include "cardreader/virtualcard/VirtualCard.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace kakanai::virtualcard;

namespace {

// demo.json, so that recorded sessions (PIN 1234, 照合番号B 60041220342468, password KAKANAI2024) reach deep states.
const char DemoJson[] = R"({
  "name": "山田　花子",
  "address": "東京都千代田区霞が関１丁目２－３",
  "birth_date": "1985-04-12",
  "sex": "2",
  "individual_number": "123456789018",
  "pin": "1234",
  "sign_password": "KAKANAI2024",
  "security_code": "2468",
  "expiry_date": "2034-04-12"
})";

// The same card with every fault at once.
const char FaultyJson[] = R"({
  "name": "試験　太郎",
  "address": "神奈川県横浜市中区港町１丁目１－１",
  "birth_date": "1985-04-12",
  "sex": "1",
  "individual_number": "123456789012",
  "pin": "1234",
  "pin_tries_left": 1,
  "sign_password": "KAKANAI2024",
  "security_code": "2468",
  "expiry_date": "2034-04-12",
  "faults": ["attributes_tampered", "number_bad_check_digit", "attributes_truncated", "bad_offsets",
             "auth_cert_expired", "integrity_wrong_issuer"]
})";

struct Prototypes
{
    std::unique_ptr<VirtualCard> cards[4]; // index = variant & 3
};

std::unique_ptr<VirtualCard> makeCard(const char *json, const char *name, bool quirk)
{
    QString error;
    const auto persona = Persona::fromJson(QByteArray(json), QString::fromLatin1(name), &error);
    if (!persona) {
        std::fprintf(stderr, "fuzz persona: %s\n", qPrintable(error));
        std::abort();
    }
    auto keys = CardKeys::generate(*persona, &error);
    if (!keys) {
        std::fprintf(stderr, "fuzz keys: %s\n", qPrintable(error));
        std::abort();
    }
    VirtualCard::Options options;
    options.quirk6f00 = quirk;
    return std::make_unique<VirtualCard>(*persona, std::make_shared<const CardKeys>(std::move(*keys)),
                                         PersonaState::fromPersona(*persona), options);
}

const Prototypes &prototypes()
{
    static const Prototypes p = [] {
        Prototypes out;
        out.cards[0] = makeCard(DemoJson, "demo.json", false);
        out.cards[1] = makeCard(DemoJson, "demo.json", true);
        out.cards[2] = makeCard(FaultyJson, "faulty.json", false);
        out.cards[3] = makeCard(FaultyJson, "faulty.json", true);
        return out;
    }();
    return p;
}

void check(const VirtualCard &card, const QByteArray &answer)
{
    if (answer.size() < 2) {
        std::fprintf(stderr, "answer without a status word\n");
        std::abort();
    }
    for (int i = 0; i < PersonaState::CounterCount; ++i) {
        const auto counter = static_cast<PersonaState::Counter>(i);
        const int tries = card.state()[counter];
        if (tries < 0 || tries > PersonaState::maxTries(counter)) {
            std::fprintf(stderr, "counter %d out of range: %d\n", i, tries);
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const bool trace = qEnvironmentVariableIsSet("KAKANAI_FUZZ_TRACE");
    VirtualCard card = *prototypes().cards[data[0] & 3]; // a fresh copy: counters and security state reset
    card.powerOn();
    std::size_t pos = 1;
    while (pos < size) {
        const std::uint8_t tag = data[pos++];
        std::size_t length = 0;
        switch (tag) {
        case 0xF0:
            card.powerOff();
            continue;
        case 0xF1:
            card.powerOn();
            continue;
        case 0xF2:
            card.reset();
            continue;
        case 0xF3:
            if (card.atr().size() != 9) {
                std::abort();
            }
            continue;
        case 0xF4:
            if (pos + 2 > size) {
                return 0;
            }
            length = (static_cast<std::size_t>(data[pos]) << 8) | data[pos + 1];
            pos += 2;
            break;
        default:
            if (tag > 0xF4) {
                continue;
            }
            length = tag;
            break;
        }
        if (length > size - pos) {
            length = size - pos;
        }
        const QByteArray apdu(reinterpret_cast<const char *>(data + pos), static_cast<qsizetype>(length));
        pos += length;
        const QByteArray answer = card.process(apdu);
        check(card, answer);
        if (trace) {
            // For maintaining the seed corpus: header and status word only.
            std::fprintf(stderr, "%s -> %s\n", apdu.left(4).toHex().constData(), answer.right(2).toHex().constData());
        }
    }
    return 0;
}
