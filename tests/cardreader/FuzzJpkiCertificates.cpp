// libFuzzer target: the JPKI certificate path, which parses what the card hands over (the 利用者証明用 certificate,
// EF 000A, and its CA certificate, EF 000B) and checks the chain against a configured trust anchor and a possession
// signature. The anchor is the fuzz harness's own test CA (tests/fuzz/keys/jpki-ca.pem); seeds from
// make_integrity_seeds.py.
//
// Input: four blocks, each a 2-byte big-endian length and that many bytes: leaf DER, CA DER, message, signature.
// A "valid" chain must be built from certificates in their one DER encoding, with nothing around them.
#include "JpkiAp.h"
#include "Ossl.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kakanai;
using namespace kakanai::card;

namespace {

QByteArray readKeyFile(const char *name)
{
    QFile file(QStringLiteral(KAKANAI_SOURCE_DIR "/tests/fuzz/keys/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz_card_jpki: cannot read tests/fuzz/keys/%s\n", name);
        std::abort();
    }
    return file.readAll();
}

const QByteArray &anchor()
{
    static const QByteArray pem = readKeyFile("jpki-ca.pem");
    return pem;
}

QByteArray block(const std::uint8_t *data, std::size_t size, std::size_t &pos)
{
    if (pos + 2 > size) {
        pos = size;
        return {};
    }
    const std::size_t n = (std::size_t(data[pos]) << 8) | data[pos + 1];
    pos += 2;
    const std::size_t take = std::min(n, size - pos);
    QByteArray out(reinterpret_cast<const char *>(data + pos), static_cast<qsizetype>(take));
    pos += take;
    return out;
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
    std::size_t pos = 0;
    const QByteArray leaf = block(data, size, pos);
    const QByteArray ca = block(data, size, pos);
    const QByteArray message = block(data, size, pos);
    const QByteArray signature = block(data, size, pos);

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
