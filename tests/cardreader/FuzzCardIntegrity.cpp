// libFuzzer target: the integrity check with an issuer key configured, so that inputs reach both signature checks
// (EF 0004 by the issuer, EF 0003 by the certified card key) and the digest comparisons. The keys are the fuzz
// harness's own test keys (tests/fuzz/keys/, no real card's); the seeds (make_card_seeds.py) are genuine cards
// and the clone shapes of issue 9.
//
// Input: four blocks, each a 2-byte big-endian length and that many bytes: EF 0002, EF 0001 (empty: not read),
// EF 0003, EF 0004 (empty or missing: the genuine certificate). Whenever the result is "verified", the files must be
// exactly the one shape the issuer and the card key signed: anything else is a bug and traps.
#include "cardreader/InputSupportAp.h"
#include "cardreader/Integrity.h"
#include "cardreader/MyNumberCard.h"
#include "cardreader/Ossl.h"
#include "cardreader/Tlv.h"
#include "tests/cardreader/FuzzInput.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace kakanai;
using namespace kakanai::card;
namespace is = kakanai::card::mynumber::inputsupport;
namespace cvc = kakanai::card::mynumber::cvc;

namespace {

struct Harness
{
    ossl::PKey issuer = ossl::publicKeyFromPem(fuzzing::readTestKeyFile("integrity-issuer-public.pem"));
    QByteArray certificate = fuzzing::readTestKeyFile("integrity-ef0004.bin");
};

const Harness &harness()
{
    static const Harness h;
    return h;
}

void check(bool condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

// A verified result must stand on exactly the one layout: re-encoding what was parsed gives the input back.
void checkVerified(const IntegrityInputs &inputs, const IntegrityResult &result)
{
    const auto cert = parseCvCertificate(inputs.integrityCertificate);
    const auto record = parseIntegrityRecord(inputs.integrityRecord);
    check(cert && record);
    check(inputs.integrityCertificate == harness().certificate); // the issuer signed only this one
    const QByteArray recordValue = tlv::encode(is::TagNumberDigest, record->numberDigest) +
                                   tlv::encode(is::TagAttributesDigest, record->attributesDigest) +
                                   tlv::encode(is::TagIntegritySignature, record->signature);
    check(tlv::encode(is::TagIntegrity, recordValue) == inputs.integrityRecord);
    const ossl::PKey cardKey = ossl::rsaPublicKey(cert->modulus, cert->exponent);
    check(ossl::verifySha256Rsa(cardKey.get(), record->signedPart, record->signature));
    check(record->signedPart == recordValue.left(record->signedPart.size()));
    const auto source = attributesDigestSource(inputs.attributesFile);
    check(source && ossl::sha256(*source) == record->attributesDigest);
    check(result.numberCovered == inputs.numberFile.has_value());
    if (inputs.numberFile) {
        check(ossl::sha256(*inputs.numberFile) == record->numberDigest);
    }
    check(result.failure == IntegrityFailure::None);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::Blocks blocks(data, size);
    IntegrityInputs inputs;
    inputs.attributesFile = blocks.next();
    if (QByteArray number = blocks.next(); !number.isEmpty()) {
        inputs.numberFile = number;
    }
    inputs.integrityRecord = blocks.next();
    inputs.integrityCertificate = blocks.next();
    if (inputs.integrityCertificate.isEmpty()) {
        inputs.integrityCertificate = harness().certificate;
    }

    const IntegrityResult result = verifyIntegrity(inputs, harness().issuer.get());
    if (result.status == IntegrityStatus::Verified) {
        checkVerified(inputs, result);
    } else {
        check(result.status == IntegrityStatus::Failed && result.failure != IntegrityFailure::None &&
              !result.reason.isEmpty());
    }
    // Without a key nothing is checked, and nothing is claimed.
    check(verifyIntegrity(inputs, nullptr).status == IntegrityStatus::NotVerifiable);
    return 0;
}
