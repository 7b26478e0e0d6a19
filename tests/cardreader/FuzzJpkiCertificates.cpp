// libFuzzer target: the JPKI certificate path, which parses what the card hands over (the 利用者証明用 certificate,
// EF 000A, and its CA certificate, EF 000B) and checks the chain against a configured trust anchor and a possession
// signature. The anchor is the fuzz harness's own test CA (tests/fuzz/keys/jpki-ca.pem); seeds from
// make_card_seeds.py.
//
// Input: four blocks, each a 2-byte big-endian length and that many bytes: leaf DER, CA DER, message, signature.
// A "valid" chain must be built from certificates in their one DER encoding, with nothing around them.
#include "cardreader/JpkiAp.h"
#include "cardreader/Ossl.h"
#include "tests/cardreader/FuzzInput.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace kakanai;
using namespace kakanai::card;

namespace {

const QByteArray &anchor()
{
    static const QByteArray pem = fuzzing::readTestKeyFile("jpki-ca.pem");
    return pem;
}

void check(bool condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::Blocks blocks(data, size);
    const QByteArray leaf = blocks.next();
    const QByteArray ca = blocks.next();
    const QByteArray message = blocks.next();
    const QByteArray signature = blocks.next();

    // Inside the test certificates' validity, fixed so that a run does not depend on the clock.
    static const QDateTime at(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    const CertificateCheck chain = verifyCertificateChain(leaf, ca, anchor(), at);
    if (chain.status == CertificateCheck::Status::Valid) {
        const ossl::X509Ptr parsed = ossl::certificateFromDer(leaf);
        check(parsed && ossl::certificateToDer(parsed.get()) == leaf);
        if (!ca.isEmpty()) {
            const ossl::X509Ptr parsedCa = ossl::certificateFromDer(ca);
            check(parsedCa && ossl::certificateToDer(parsedCa.get()) == ca);
        }
    } else {
        check(!chain.reason.isEmpty());
    }
    check(verifyCertificateChain(leaf, ca, QByteArray(), at).status != CertificateCheck::Status::Valid);

    if (verifyPossessionSignature(leaf, message, signature)) {
        check(ossl::certificateFromDer(leaf) != nullptr);
    }
    (void)sha256DigestInfo(message);
    return 0;
}
