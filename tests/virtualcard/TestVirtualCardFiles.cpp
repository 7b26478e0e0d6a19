// The EF layouts of the virtual card, read through process() and parsed back with the card library's own parsers
// (parseAttributes, parseIndividualNumber, parseCvCertificate, verifyIntegrity, verifyCertificateChain): what the
// emulator writes is what a reader of the real card accepts. The faults make exactly the check they target fail.

#include "tests/virtualcard/CardFixture.h"

#include "cardreader/ApduTransport.h"
#include "cardreader/InputSupportAp.h"
#include "cardreader/Integrity.h"
#include "cardreader/JpkiAp.h"
#include "cardreader/MyNumberCard.h"
#include "cardreader/Ossl.h"
#include "cardreader/Tlv.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

#include <QFile>
#include <QTest>

using namespace kakanai;
using namespace kakanai::virtualcard;
using namespace kakanai::virtualcard::testing;
namespace is = kakanai::card::mynumber::inputsupport;

namespace {

// Opens the input-support AP with 照合番号A and B (together they open EF 0001-0003) and reads its four files.
struct InputSupportFiles
{
    QByteArray number, attributes, integrity, certificate;
};

std::optional<InputSupportFiles> readInputSupport(VirtualCard &card, const Persona &persona)
{
    if (send(card, selectInputSupport()).sw != 0x9000 ||
        send(card, verify(0x94, persona.individualNumber)).sw != 0x9000 ||
        send(card, verify(0x95, persona.codeB())).sw != 0x9000) {
        return std::nullopt;
    }
    InputSupportFiles f;
    const auto number = readWholeFile(card, is::EfIndividualNumber);
    const auto attributes = readWholeFile(card, is::EfAttributes);
    const auto integrity = readWholeFile(card, is::EfIntegrity);
    const auto certificate = readWholeFile(card, is::EfIntegrityCert);
    if (!number || !attributes || !integrity || !certificate) {
        return std::nullopt;
    }
    return InputSupportFiles{*number, *attributes, *integrity, *certificate};
}

ossl::PKey issuerKey(const CardKeys &keys)
{
    return ossl::publicKeyFromPem(keys.issuerPublicKeyPem());
}

// PKCS#1 v1.5 or PSS verification of a signature over an already computed input (no hashing here).
bool verifyRaw(const QByteArray &certificateDer, const QByteArray &input, const QByteArray &signature, bool pss)
{
    ossl::X509Ptr cert = ossl::certificateFromDer(certificateDer);
    if (!cert) {
        return false;
    }
    ossl::PKey key(X509_get_pubkey(cert.get()));
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    bool ok = ctx && EVP_PKEY_verify_init(ctx.get()) > 0;
    if (ok && pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING) > 0 &&
             EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) > 0 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_AUTO) > 0;
    } else if (ok) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) > 0;
    }
    ok = ok && EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                               static_cast<size_t>(signature.size()),
                               reinterpret_cast<const unsigned char *>(input.constData()),
                               static_cast<size_t>(input.size())) == 1;
    ERR_clear_error();
    return ok;
}

// The card library's transport, straight into the card model: the reader's own application code runs against it.
class ModelTransport : public card::ApduTransport
{
public:
    explicit ModelTransport(VirtualCard &card)
        : m_card(card)
    {}

protected:
    card::Result<QByteArray> exchange(const QByteArray &command) override { return m_card.process(command); }

private:
    VirtualCard &m_card;
};

} // namespace

class TestVirtualCardFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributesParseBack_data();
    void attributesParseBack();
    void integrityVerifies_data();
    void integrityVerifies();
    void fixedLayouts();
    void faults_data();
    void faults();
    void cloneIsTheAttack();
    void jpkiCertificatesChain_data();
    void jpkiCertificatesChain();
    void signatureSchemes_data();
    void signatureSchemes();
    void readerApplicationsReadTheCard();
    void keysPersistAndAreReused();
};

void TestVirtualCardFiles::attributesParseBack_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QByteArray>("header"); // expected start of EF 0002 (FF20 and its length form)

    QTest::newRow("demo (short lengths)") << QStringLiteral("demo") << QByteArray::fromHex("FF205F");
    QTest::newRow("medium address (FF20 81, DF23 81)")
        << QStringLiteral("medium-address") << QByteArray::fromHex("FF2081");
    QTest::newRow("long address (FF20 82, two reads)")
        << QStringLiteral("long-address") << QByteArray::fromHex("FF208201");
    QTest::newRow("outside JIS (non-BMP name)") << QStringLiteral("outside-jis") << QByteArray::fromHex("FF20");
    QTest::newRow("one try left") << QStringLiteral("one-try-left") << QByteArray::fromHex("FF20");
    QTest::newRow("blocked, read with code B") << QStringLiteral("blocked") << QByteArray::fromHex("FF20");
}

void TestVirtualCardFiles::attributesParseBack()
{
    QFETCH(QString, persona);
    QFETCH(QByteArray, header);
    const auto p = loadPersona(persona);
    QVERIFY(p);
    auto card = makeCard(persona);
    QVERIFY(card);
    const auto files = readInputSupport(*card, *p);
    QVERIFY(files);

    QCOMPARE(files->attributes.size(), AttributesFileSize);
    QVERIFY2(files->attributes.startsWith(header), files->attributes.left(6).toHex().constData());
    const auto record = card::parseAttributes(files->attributes);
    QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().detail));
    QCOMPARE(record->name, p->name);
    QCOMPARE(record->address, p->address);
    QCOMPARE(record->birthDate, p->birthDate);
    QCOMPARE(static_cast<char>(record->sex), p->sex);
    QCOMPARE(record->familyName() + QChar(0x3000) + record->givenName(), p->name);

    // Everything after the TLV object is FF filler.
    const auto outer = card::tlv::parseElement(files->attributes, 0);
    QVERIFY(outer);
    QCOMPARE(files->attributes.mid(outer->end()), QByteArray(AttributesFileSize - outer->end(), '\xFF'));

    QCOMPARE(files->number.size(), is::NumberFileSize);
    const auto number = card::parseIndividualNumber(files->number);
    QVERIFY(number.ok());
    QCOMPARE(number->digits().toLatin1(), p->individualNumber);
}

void TestVirtualCardFiles::integrityVerifies_data()
{
    QTest::addColumn<QString>("persona");
    for (const char *name : {"demo", "medium-address", "long-address", "outside-jis", "blocked"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestVirtualCardFiles::integrityVerifies()
{
    QFETCH(QString, persona);
    const auto p = loadPersona(persona);
    QVERIFY(p);
    auto card = makeCard(persona);
    QVERIFY(card);
    const auto files = readInputSupport(*card, *p);
    QVERIFY(files);

    // The issuer key as the reader's configuration holds it: the PEM file in the keys folder.
    QFile pemFile(keysFor(*p)->issuerPublicKeyPath());
    QVERIFY(pemFile.open(QIODevice::ReadOnly));
    const ossl::PKey issuer = ossl::publicKeyFromPem(pemFile.readAll());
    QVERIFY(issuer);

    card::IntegrityInputs inputs;
    inputs.attributesFile = files->attributes;
    inputs.numberFile = files->number;
    inputs.integrityRecord = files->integrity;
    inputs.integrityCertificate = files->certificate;
    const auto result = card::verifyIntegrity(inputs, issuer.get());
    QVERIFY2(result.status == card::IntegrityStatus::Verified, qPrintable(result.reason));
    QVERIFY(result.numberCovered);

    const auto withoutNumber =
        card::verifyIntegrity({files->attributes, std::nullopt, files->integrity, files->certificate}, issuer.get());
    QCOMPARE(withoutNumber.status, card::IntegrityStatus::Verified);
    QCOMPARE(card::verifyIntegrity(inputs, nullptr).status, card::IntegrityStatus::NotVerifiable);
}

void TestVirtualCardFiles::fixedLayouts()
{
    const auto p = loadPersona(QStringLiteral("demo"));
    QVERIFY(p);
    auto card = makeCard(QStringLiteral("demo"));
    QVERIFY(card);
    const auto files = readInputSupport(*card, *p);
    QVERIFY(files);

    // EF 0003: FF30 82 014B, 336 bytes (MYNA-GO reads exactly 336).
    QCOMPARE(files->integrity.size(), 336);
    QVERIFY(files->integrity.startsWith(QByteArray::fromHex("FF3082014BDF3120")));
    const auto record = card::parseIntegrityRecord(files->integrity);
    QVERIFY(record);
    QCOMPARE(record->signature.size(), 256);
    QCOMPARE(record->numberDigest, ossl::sha256(files->number));

    // EF 0004: 7F21 82 0233, 568 bytes; body 5F4E 82 0129 = 297 bytes.
    QCOMPARE(files->certificate.size(), 568);
    QVERIFY(files->certificate.startsWith(QByteArray::fromHex("7F218202335F4E820129")));
    const auto cvc = card::parseCvCertificate(files->certificate);
    QVERIFY(cvc);
    QCOMPARE(cvc->body.size(), 297);
    QCOMPARE(cvc->issuerId(), QStringLiteral("6000033"));
    QCOMPARE(cvc->issuerKeyId, QByteArray("6000033\x08\x05"
                                          "001\0\0\0\0",
                                          16));
    QCOMPARE(cvc->exponent, QByteArray::fromHex("010001"));
    QCOMPARE(cvc->modulus.size(), 256);
    QCOMPARE(cvc->signature.size(), 256);
    const ossl::PKey issuer = issuerKey(*keysFor(*p));
    QVERIFY(ossl::verifySha256Rsa(issuer.get(), cvc->body, cvc->signature));

    // EF 0005: free, FF40 with DF41 01030E01, DF42 the key id, DF43 128 bytes.
    QVERIFY(send(*card, selectInputSupport()).sw == 0x9000);
    const auto basic = readWholeFile(*card, is::EfBasicInfo);
    QVERIFY(basic);
    const auto outer = card::tlv::parseElement(*basic, 0);
    QVERIFY(outer);
    QCOMPARE(outer->tag(), 0xFF40u);
    const auto df41 = card::tlv::find(outer->value, 0xDF41);
    const auto df42 = card::tlv::find(outer->value, 0xDF42);
    const auto df43 = card::tlv::find(outer->value, 0xDF43);
    QVERIFY(df41 && df42 && df43);
    QCOMPARE(df41->value.toByteArray(), QByteArray::fromHex("01030E01"));
    QCOMPARE(df42->value.toByteArray(), cvc->subjectKeyId);
    QCOMPARE(df43->value.size(), 128);
}

void TestVirtualCardFiles::faults_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<bool>("attributesParse");
    QTest::addColumn<bool>("numberParses");
    QTest::addColumn<int>("integrity"); // IntegrityStatus, -1: EF 0002 cannot be handed on at all
    QTest::addColumn<QString>("reason");

    QTest::newRow("attributes_tampered") << QStringLiteral("tampered") << true << true
                                         << static_cast<int>(card::IntegrityStatus::Failed)
                                         << QStringLiteral("EF 0002 digest");
    QTest::newRow("integrity_wrong_issuer")
        << QStringLiteral("wrong-issuer") << true << true << static_cast<int>(card::IntegrityStatus::Failed)
        << QStringLiteral("not signed by the configured issuer");
    QTest::newRow("clone_unsigned_digests")
        << QStringLiteral("clone") << true << true << static_cast<int>(card::IntegrityStatus::Failed)
        << QStringLiteral("record_element_after_signature");
    QTest::newRow("bad_offsets") << QStringLiteral("bad-offsets") << false << true
                                 << static_cast<int>(card::IntegrityStatus::Verified) << QString();
    QTest::newRow("number_bad_check_digit") << QStringLiteral("bad-check-digit") << true << false
                                            << static_cast<int>(card::IntegrityStatus::Verified) << QString();
    QTest::newRow("attributes_truncated") << QStringLiteral("malformed") << false << true << -1 << QString();
    QTest::newRow("auth_cert_expired (input-support AP intact)")
        << QStringLiteral("expired-cert") << true << true << static_cast<int>(card::IntegrityStatus::Verified)
        << QString();
}

void TestVirtualCardFiles::faults()
{
    QFETCH(QString, persona);
    QFETCH(bool, attributesParse);
    QFETCH(bool, numberParses);
    QFETCH(int, integrity);
    QFETCH(QString, reason);

    const auto p = loadPersona(persona);
    QVERIFY(p);
    auto card = makeCard(persona);
    QVERIFY(card);
    const auto files = readInputSupport(*card, *p);
    QVERIFY(files);

    QCOMPARE(card::parseAttributes(files->attributes).ok(), attributesParse);
    QCOMPARE(card::parseIndividualNumber(files->number).ok(), numberParses);
    if (integrity < 0) {
        // The FF20 header claims more than the 512-byte file holds: no TLV object can be cut from it.
        const auto header = card::tlv::parseHeader(files->attributes);
        QVERIFY(header);
        QVERIFY(header->totalSize() > files->attributes.size());
        QVERIFY(!card::tlv::parseElement(files->attributes, 0));
        return;
    }
    const ossl::PKey issuer = issuerKey(*keysFor(*p));
    const auto result =
        card::verifyIntegrity({files->attributes, files->number, files->integrity, files->certificate}, issuer.get());
    QCOMPARE(static_cast<int>(result.status), integrity);
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
}

// The clone persona's files are what issue 9 describes, so that its failing is the strict check's doing: EF 0004
// is the issuer's, DF33 is a valid signature over the donor's DF31/DF32, and the DF31/DF32 appended after DF33 are
// the digests of this card's EF 0001/0002, which a reader taking the last DF31/DF32 would accept.
void TestVirtualCardFiles::cloneIsTheAttack()
{
    const auto p = loadPersona(QStringLiteral("clone"));
    QVERIFY(p);
    auto card = makeCard(QStringLiteral("clone"));
    QVERIFY(card);
    const auto files = readInputSupport(*card, *p);
    QVERIFY(files);

    const auto cvc = card::parseCvCertificate(files->certificate);
    QVERIFY(cvc);
    const ossl::PKey issuer = issuerKey(*keysFor(*p));
    QVERIFY(ossl::verifySha256Rsa(issuer.get(), cvc->body, cvc->signature));
    const ossl::PKey cardKey = ossl::rsaPublicKey(cvc->modulus, cvc->exponent);

    const auto outer = card::tlv::parseElement(files->integrity, 0);
    QVERIFY(outer);
    QCOMPARE(outer->end(), files->integrity.size());
    const auto elements = card::tlv::parseAll(outer->value);
    QVERIFY(elements);
    QCOMPARE(elements->size(), 5);
    const QList<std::uint32_t> tags = {is::TagNumberDigest, is::TagAttributesDigest, is::TagIntegritySignature,
                                       is::TagNumberDigest, is::TagAttributesDigest};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE((*elements)[i].tag(), tags[i]);
    }
    const QByteArray signedPart = outer->value.first((*elements)[2].offset).toByteArray();
    QVERIFY(ossl::verifySha256Rsa(cardKey.get(), signedPart, (*elements)[2].value.toByteArray()));
    const auto source = card::attributesDigestSource(files->attributes);
    QVERIFY(source);
    QCOMPARE((*elements)[4].value.toByteArray(), ossl::sha256(*source));
    QCOMPARE((*elements)[3].value.toByteArray(), ossl::sha256(files->number));
    QVERIFY((*elements)[1].value.toByteArray() != ossl::sha256(*source)); // the signed digest is the donor's
    // The attributes are this persona's, as the cloner wrote them.
    const auto record = card::parseAttributes(files->attributes);
    QVERIFY(record);
    QCOMPARE(record->name, p->name);
}

void TestVirtualCardFiles::jpkiCertificatesChain_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<bool>("valid");
    QTest::newRow("demo") << QStringLiteral("demo") << true;
    QTest::newRow("outside JIS") << QStringLiteral("outside-jis") << true;
    QTest::newRow("auth_cert_expired") << QStringLiteral("expired-cert") << false;
}

void TestVirtualCardFiles::jpkiCertificatesChain()
{
    QFETCH(QString, persona);
    QFETCH(bool, valid);
    const auto p = loadPersona(persona);
    QVERIFY(p);
    auto card = makeCard(persona);
    QVERIFY(card);
    QCOMPARE(send(*card, selectJpki()).sw, std::uint16_t(0x9000));
    const auto auth = readWholeFile(*card, card::mynumber::jpki::EfAuthCert);
    const auto authCa = readWholeFile(*card, card::mynumber::jpki::EfAuthCaCert);
    QVERIFY(auth && authCa);
    // The certificate fills the EF exactly: 30 82 HH LL + length (ref §6.2).
    const auto header = card::tlv::parseHeader(*auth);
    QVERIFY(header);
    QCOMPARE(header->totalSize(), auth->size());

    QFile anchor(keysFor(*p)->trustAnchorPath());
    QVERIFY(anchor.open(QIODevice::ReadOnly));
    const auto check = card::verifyCertificateChain(*auth, *authCa, anchor.readAll(), QDateTime::currentDateTimeUtc());
    QVERIFY2((check.status == card::CertificateCheck::Status::Valid) == valid, qPrintable(check.reason));
    if (!valid) {
        QVERIFY(check.notAfter < QDateTime::currentDateTimeUtc());
    } else {
        QCOMPARE(check.notAfter.date(), p->expiryDate);
    }

    // The 署名用 certificate: only after the password, chains to the same anchor, carries the name.
    QCOMPARE(send(*card, verify(0x9B, p->signPassword)).sw, std::uint16_t(0x9000));
    const auto sign = readWholeFile(*card, card::mynumber::jpki::EfSignCert);
    const auto signCa = readWholeFile(*card, card::mynumber::jpki::EfSignCaCert);
    QVERIFY(sign && signCa);
    QCOMPARE(
        card::verifyCertificateChain(*sign, *signCa, keysFor(*p)->caCertificatePem(), QDateTime::currentDateTimeUtc())
            .status,
        card::CertificateCheck::Status::Valid);
    QVERIFY(sign->contains(p->name.toUtf8()));
}

void TestVirtualCardFiles::signatureSchemes_data()
{
    QTest::addColumn<int>("p1");
    QTest::addColumn<std::uint8_t>("keyP2");
    QTest::newRow("00 DigestInfo, auth key") << 0 << std::uint8_t(0x97);
    QTest::newRow("00 DigestInfo, sign key") << 0 << std::uint8_t(0x9A);
    QTest::newRow("01 bare SHA-256") << 1 << std::uint8_t(0x97);
    QTest::newRow("02 given hash wrapped") << 2 << std::uint8_t(0x97);
    QTest::newRow("03 hashed and wrapped") << 3 << std::uint8_t(0x97);
    QTest::newRow("04 PSS over a given hash") << 4 << std::uint8_t(0x97);
    QTest::newRow("05 hashed then PSS") << 5 << std::uint8_t(0x9A);
}

void TestVirtualCardFiles::signatureSchemes()
{
    QFETCH(int, p1);
    QFETCH(std::uint8_t, keyP2);
    const auto p = loadPersona(QStringLiteral("demo"));
    auto card = makeCard(QStringLiteral("demo"));
    QVERIFY(p && card);
    QCOMPARE(send(*card, selectJpki()).sw, std::uint16_t(0x9000));
    QCOMPARE(send(*card, verify(0x98, p->authPin)).sw, std::uint16_t(0x9000));
    QCOMPARE(send(*card, verify(0x9B, p->signPassword)).sw, std::uint16_t(0x9000));
    const bool signKey = keyP2 == 0x9A;
    const auto certificate =
        readWholeFile(*card, signKey ? card::mynumber::jpki::EfSignCert : card::mynumber::jpki::EfAuthCert);
    QVERIFY(certificate);

    const QByteArray message = card::makeChallenge();
    const QByteArray hash = ossl::sha256(message);
    const QByteArray digestInfo = card::sha256DigestInfo(message);
    QByteArray data;
    switch (p1) {
    case 0:
        data = digestInfo;
        break;
    case 2:
    case 4:
        data = hash;
        break;
    default:
        data = message;
        break;
    }
    const auto answer = send(*card, card::apdu::computeSignature(static_cast<std::uint8_t>(p1), keyP2, data).encode());
    QCOMPARE(answer.swText(), QStringLiteral("9000"));
    QCOMPARE(answer.data.size(), 256);
    switch (p1) {
    case 0:
    case 2:
    case 3:
        QVERIFY(card::verifyPossessionSignature(*certificate, message, answer.data));
        break;
    case 1:
        QVERIFY(verifyRaw(*certificate, hash, answer.data, false));
        QVERIFY(!card::verifyPossessionSignature(*certificate, message, answer.data));
        break;
    default:
        QVERIFY(verifyRaw(*certificate, hash, answer.data, true));
        break;
    }
}

void TestVirtualCardFiles::readerApplicationsReadTheCard()
{
    // The reader's own application code, over a transport into the model: the sequence a real session sends.
    const auto p = loadPersona(QStringLiteral("long-address"));
    auto vc = makeCard(QStringLiteral("long-address"), VirtualCard::Options{true});
    QVERIFY(p && vc);
    ModelTransport transport(*vc);
    card::InputSupportAp ap(transport);
    QVERIFY(ap.select().ok()); // answers 6F00 first (quirk), the reader sends it again
    const auto tries = ap.pinTries();
    QVERIFY(tries.ok());
    QCOMPARE(tries->triesLeft, 3);
    QVERIFY(ap.verifyPin(SecretBytes(p->pin), false).ok());
    const auto attributes = ap.readAttributesFile();
    QVERIFY(attributes.ok());
    QCOMPARE(attributes->size(), attributesTlvSize(*p)); // the TLV object, cut at its end
    const auto record = card::parseAttributes(*attributes);
    QVERIFY(record.ok());
    QCOMPARE(record->address, p->address);
    const auto number = ap.readNumberFile();
    QVERIFY(number.ok());
    QCOMPARE(number->size(), 17);
    const auto integrity = ap.readIntegrityRecord();
    const auto certificate = ap.readIntegrityCertificate();
    QVERIFY(integrity.ok() && certificate.ok());
    const ossl::PKey issuer = issuerKey(*keysFor(*p));
    QCOMPARE(card::verifyIntegrity({*attributes, *number, *integrity, *certificate}, issuer.get()).status,
             card::IntegrityStatus::Verified);
}

void TestVirtualCardFiles::keysPersistAndAreReused()
{
    const auto p = loadPersona(QStringLiteral("demo"));
    QVERIFY(p);
    const auto first = keysFor(*p);
    QVERIFY(first);
    QString error;
    const auto again = CardKeys::open(keysDir(), *p, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->caCertificateDer(), first->caCertificateDer());
    QCOMPARE(again->authCertificateDer(), first->authCertificateDer());
    QCOMPARE(again->issuerPublicKeyPem(), first->issuerPublicKeyPem());
    QVERIFY(QFile::exists(keysDir() + QStringLiteral("/jpki-ca.pem")));
    QVERIFY(QFile::exists(keysDir() + QStringLiteral("/issuer-public.pem")));
    QCOMPARE(QFile::permissions(keysDir() + QStringLiteral("/issuer-key.pem")) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());

    // In-memory keys for quick runs write nothing.
    const auto memory = CardKeys::generate(*p, &error);
    QVERIFY2(memory, qPrintable(error));
    QVERIFY(memory->dir().isEmpty());
    QVERIFY(memory->trustAnchorPath().isEmpty());
}

QTEST_GUILESS_MAIN(TestVirtualCardFiles)
#include "TestVirtualCardFiles.moc"
