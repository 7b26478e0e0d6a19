// verifyIntegrity on every shape of EF 0003 and EF 0004 other than the one the card writes (issue 9 item 1): a
// genuine record verifies (the positive control of every row), a cloned card that appends unsigned DF31/DF32 after
// DF33 fails, and so do duplicated, reordered, missing and unknown elements, trailing bytes and wrong or
// non-minimal lengths, each with the reason code naming the shape. Where the row says so the record is re-signed
// with the card key after the change, so that only the shape check can refuse it.

#include "tests/cardreader/CardFixtures.h"

#include "cardreader/InputSupportAp.h"
#include "cardreader/Integrity.h"
#include "cardreader/MyNumberCard.h"
#include "cardreader/Ossl.h"
#include "cardreader/Tlv.h"

#include "cardreader/virtualcard/CardFiles.h"
#include "cardreader/virtualcard/CardKeys.h"
#include "cardreader/virtualcard/Persona.h"

#include <QTest>

#include <memory>

using namespace kakanai;
using namespace kakanai::card;
namespace is = kakanai::card::mynumber::inputsupport;
namespace cvc = kakanai::card::mynumber::cvc;

Q_DECLARE_METATYPE(kakanai::card::IntegrityFailure)

namespace {

// One change to the genuine files. Elements are the encoded DF31/DF32/DF33 (or 5F4E/5F37) objects in file order.
struct Mutation
{
    QList<QByteArray> record;      // EF 0003 content; empty: keep the genuine one
    bool resignRecord = false;     // recompute DF33 over what precedes the (first) DF33 with the card key
    QByteArray recordHeader;       // replaces "FF30 <length>" when not empty
    QByteArray recordTrailer;      // appended after the FF30 object
    QList<QByteArray> certificate; // EF 0004 content; empty: keep the genuine one
    QByteArray certificateTrailer; // appended after the 7F21 object
    QByteArray attributes;         // EF 0002; empty: genuine
    QByteArray number;             // EF 0001; empty: genuine
};

Mutation rec(const QList<QByteArray> &elements, bool resign = false)
{
    Mutation m;
    m.record = elements;
    m.resignRecord = resign;
    return m;
}

Mutation cert(const QList<QByteArray> &elements)
{
    Mutation m;
    m.certificate = elements;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestIntegrity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shapes_data();
    void shapes();
    void withoutNumber();
    void failureNamesAreDistinct();

private:
    QByteArray recordElement(std::uint32_t tag) const;
    QByteArray certificateElement(std::uint32_t tag) const;
    QByteArray sign(const QByteArray &signedPart) const;
    QByteArray cloneAttributes() const;
    QByteArray cloneNumber() const;

    std::optional<virtualcard::Persona> m_persona;
    std::unique_ptr<virtualcard::CardKeys> m_keys;
    virtualcard::CardFiles m_files;
    ossl::PKey m_issuer;
};

void TestIntegrity::initTestCase()
{
    QString error;
    m_persona = virtualcard::Persona::load(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/personas/demo.json"), &error);
    QVERIFY2(m_persona, qPrintable(error));
    auto keys = virtualcard::CardKeys::generate(*m_persona, &error);
    QVERIFY2(keys, qPrintable(error));
    m_keys = std::make_unique<virtualcard::CardKeys>(std::move(*keys));
    m_files = virtualcard::CardFiles::build(*m_persona, *m_keys);
    m_issuer = ossl::publicKeyFromPem(m_keys->issuerPublicKeyPem());
    QVERIFY(m_issuer);
    // The physical EF 0002 carries filler; readers hand on the TLV object only.
    const auto attributes = tlv::parseElement(m_files.attributes, 0);
    QVERIFY(attributes);
    m_files.attributes = m_files.attributes.left(attributes->end());
}

QByteArray TestIntegrity::recordElement(std::uint32_t tag) const
{
    const auto outer = tlv::parseElement(m_files.integrity, 0);
    return tlv::encode(tag, tlv::find(outer->value, tag)->value);
}

QByteArray TestIntegrity::certificateElement(std::uint32_t tag) const
{
    const auto outer = tlv::parseElement(m_files.certificate, 0);
    return tlv::encode(tag, tlv::find(outer->value, tag)->value);
}

QByteArray TestIntegrity::sign(const QByteArray &signedPart) const
{
    return tlv::encode(is::TagIntegritySignature, virtualcard::signSha256(m_keys->apKey(), signedPart));
}

// What a cloner writes into EF 0002 and EF 0001: any name, address and number.
QByteArray TestIntegrity::cloneAttributes() const
{
    return fixtures::attributesFile(QStringLiteral("偽造　次郎"),
                                    QStringLiteral("大阪府大阪市北区中之島１丁目３－２０"), "19790505", "1", 0);
}

QByteArray TestIntegrity::cloneNumber() const
{
    return fixtures::numberFile("314159265352");
}

void TestIntegrity::shapes_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<int>("status");
    QTest::addColumn<IntegrityFailure>("failure");

    const QByteArray df31 = recordElement(is::TagNumberDigest);
    const QByteArray df32 = recordElement(is::TagAttributesDigest);
    const QByteArray df33 = recordElement(is::TagIntegritySignature);
    const QByteArray cloneDf32 =
        tlv::encode(is::TagAttributesDigest, ossl::sha256(*attributesDigestSource(cloneAttributes())));
    const QByteArray cloneDf31 = tlv::encode(is::TagNumberDigest, ossl::sha256(cloneNumber()));
    const int verified = static_cast<int>(IntegrityStatus::Verified);
    const int failed = static_cast<int>(IntegrityStatus::Failed);

    QTest::newRow("genuine (positive control)") << Mutation{} << verified << IntegrityFailure::None;
    QTest::newRow("genuine, rebuilt from its elements (positive control)")
        << rec({df31, df32, df33}) << verified << IntegrityFailure::None;
    QTest::newRow("genuine, re-signed (positive control of the re-signing rows)")
        << rec({df31, df32, df33}, true) << verified << IntegrityFailure::None;

    // The attack of issue 9: copied EF 0003/0004, rewritten EF 0002 (and EF 0001), unsigned digests after DF33.
    {
        Mutation m = rec({df31, df32, df33, cloneDf32});
        m.attributes = cloneAttributes();
        QTest::newRow("clone: unsigned DF32 after DF33, EF 0002 rewritten")
            << m << failed << IntegrityFailure::RecordElementAfterSignature;
    }
    {
        Mutation m = rec({df31, df32, df33, cloneDf31});
        m.number = cloneNumber();
        QTest::newRow("clone: unsigned DF31 after DF33, EF 0001 rewritten")
            << m << failed << IntegrityFailure::RecordElementAfterSignature;
    }
    {
        Mutation m = rec({df31, df32, df33, cloneDf31, cloneDf32});
        m.attributes = cloneAttributes();
        m.number = cloneNumber();
        QTest::newRow("clone: unsigned DF31 and DF32 after DF33")
            << m << failed << IntegrityFailure::RecordElementAfterSignature;
    }
    QTest::newRow("DF33 twice") << rec({df31, df32, df33, df33}) << failed
                                << IntegrityFailure::RecordElementAfterSignature;
    QTest::newRow("unknown element after DF33") << rec({df31, df32, df33, tlv::encode(0xDF34, QByteArray(4, 'x'))})
                                                << failed << IntegrityFailure::RecordElementAfterSignature;
    QTest::newRow("DF32 twice before DF33, re-signed")
        << rec({df31, df32, cloneDf32, df33}, true) << failed << IntegrityFailure::RecordElementDuplicated;
    QTest::newRow("DF31 twice before DF33, re-signed")
        << rec({df31, cloneDf31, df32, df33}, true) << failed << IntegrityFailure::RecordElementDuplicated;
    QTest::newRow("DF32 and DF31 swapped, re-signed")
        << rec({df32, df31, df33}, true) << failed << IntegrityFailure::RecordElementOrder;
    QTest::newRow("DF33 first") << rec({df33, df31, df32}) << failed << IntegrityFailure::RecordElementOrder;
    QTest::newRow("DF33 between DF31 and DF32")
        << rec({df31, df33, df32}) << failed << IntegrityFailure::RecordElementOrder;
    QTest::newRow("DF31 missing, re-signed")
        << rec({df32, df33}, true) << failed << IntegrityFailure::RecordElementMissing;
    QTest::newRow("DF32 missing, re-signed")
        << rec({df31, df33}, true) << failed << IntegrityFailure::RecordElementMissing;
    QTest::newRow("DF33 missing") << rec({df31, df32}) << failed << IntegrityFailure::RecordElementMissing;
    QTest::newRow("empty FF30") << rec({QByteArray()}) << failed << IntegrityFailure::RecordElementMissing;
    QTest::newRow("unknown element before DF33, re-signed")
        << rec({df31, df32, tlv::encode(0xDF34, QByteArray(4, 'x')), df33}, true) << failed
        << IntegrityFailure::RecordElementUnexpected;
    {
        Mutation m = rec({df31, df32, df33});
        m.recordTrailer = QByteArray(1, '\0');
        QTest::newRow("one byte after FF30") << m << failed << IntegrityFailure::RecordTrailingData;
        m.recordTrailer = cloneDf32;
        QTest::newRow("DF32 after FF30") << m << failed << IntegrityFailure::RecordTrailingData;
    }
    {
        // FF30 one byte short leaves the last byte of DF33 after the object; one long runs past the file.
        Mutation m = rec({df31, df32, df33});
        m.recordHeader = QByteArray::fromHex("FF3082014A");
        QTest::newRow("FF30 length one short") << m << failed << IntegrityFailure::RecordTrailingData;
        m.recordHeader = QByteArray::fromHex("FF3082014C");
        QTest::newRow("FF30 length one long") << m << failed << IntegrityFailure::RecordNotTemplate;
        m.recordHeader = QByteArray::fromHex("FF3182014B");
        QTest::newRow("outer tag FF31") << m << failed << IntegrityFailure::RecordNotTemplate;
        m.recordHeader = QByteArray::fromHex("FF308300014B");
        QTest::newRow("FF30 length in the 83 form") << m << failed << IntegrityFailure::RecordNonMinimalLength;
    }
    QTest::newRow("DF31 length in the 81 form, re-signed")
        << rec({QByteArray::fromHex("DF318120") + df31.mid(3), df32, df33}, true) << failed
        << IntegrityFailure::RecordNonMinimalLength;
    QTest::newRow("DF31 of 33 bytes, re-signed")
        << rec({tlv::encode(is::TagNumberDigest, QByteArray(df31.mid(3) + 'x')), df32, df33}, true) << failed
        << IntegrityFailure::RecordWrongLength;
    QTest::newRow("DF32 of 31 bytes, re-signed")
        << rec({df31, tlv::encode(is::TagAttributesDigest, df32.mid(3, 31)), df33}, true) << failed
        << IntegrityFailure::RecordWrongLength;
    QTest::newRow("DF33 of 255 bytes") << rec({df31, df32, tlv::encode(is::TagIntegritySignature, df33.mid(5, 255))})
                                       << failed << IntegrityFailure::RecordWrongLength;
    QTest::newRow("DF33 of 257 bytes") << rec({df31, df32,
                                               tlv::encode(is::TagIntegritySignature, QByteArray(df33.mid(5) + '\0'))})
                                       << failed << IntegrityFailure::RecordWrongLength;
    {
        QByteArray bad = df33;
        bad[bad.size() - 1] = static_cast<char>(bad.at(bad.size() - 1) ^ 1);
        QTest::newRow("DF33 one bit off")
            << rec({df31, df32, bad}) << failed << IntegrityFailure::RecordSignatureInvalid;
    }
    {
        Mutation m;
        m.attributes = cloneAttributes();
        QTest::newRow("EF 0002 rewritten, record genuine") << m << failed << IntegrityFailure::AttributesDigestMismatch;
        m.attributes = QByteArray::fromHex("0102");
        QTest::newRow("EF 0002 not FF20") << m << failed << IntegrityFailure::AttributesMalformed;
    }
    {
        Mutation m;
        m.number = cloneNumber();
        QTest::newRow("EF 0001 rewritten, record genuine") << m << failed << IntegrityFailure::NumberDigestMismatch;
    }

    // EF 0004: 7F21 { 5F4E body, 5F37 signature over the body }.
    const QByteArray body = certificateElement(cvc::TagBody);
    const QByteArray signature = certificateElement(cvc::TagSignature);
    QTest::newRow("certificate rebuilt from its elements (positive control)")
        << cert({body, signature}) << verified << IntegrityFailure::None;
    QTest::newRow("certificate: 5F37 twice")
        << cert({body, signature, signature}) << failed << IntegrityFailure::CertificateElementAfterSignature;
    QTest::newRow("certificate: second body after 5F37")
        << cert({body, signature, body}) << failed << IntegrityFailure::CertificateElementAfterSignature;
    QTest::newRow("certificate: 5F4E twice")
        << cert({body, body, signature}) << failed << IntegrityFailure::CertificateElementDuplicated;
    QTest::newRow("certificate: 5F37 before 5F4E")
        << cert({signature, body}) << failed << IntegrityFailure::CertificateElementOrder;
    QTest::newRow("certificate: 5F37 missing") << cert({body}) << failed << IntegrityFailure::CertificateElementMissing;
    QTest::newRow("certificate: unknown element") << cert({body, tlv::encode(0x5F20, "x"), signature}) << failed
                                                  << IntegrityFailure::CertificateElementUnexpected;
    {
        Mutation m = cert({body, signature});
        m.certificateTrailer = QByteArray(1, '\0');
        QTest::newRow("certificate: one byte after 7F21") << m << failed << IntegrityFailure::CertificateTrailingData;
    }
    {
        // The body signed by the issuer, so that only the layout check refuses it.
        const auto bodyValue = tlv::parseElement(body, 0)->value.toByteArray();
        const auto signedBody = [this](const QByteArray &value) {
            return QList<QByteArray>{
                tlv::encode(cvc::TagBody, value),
                tlv::encode(cvc::TagSignature, virtualcard::signSha256(m_keys->issuerKey(), value))};
        };
        const QByteArray ids = bodyValue.left(2 * cvc::KeyIdSize);
        const auto keyElements = *tlv::parseAll(QByteArrayView(bodyValue).sliced(2 * cvc::KeyIdSize));
        const QByteArray exponent = tlv::encode(cvc::TagExponent, keyElements[0].value);
        const QByteArray modulus = tlv::encode(cvc::TagModulus, keyElements[1].value);
        QTest::newRow("certificate body re-signed (positive control)")
            << cert(signedBody(ids + exponent + modulus)) << verified << IntegrityFailure::None;
        QTest::newRow("certificate body: second modulus appended, signed")
            << cert(signedBody(ids + exponent + modulus + modulus)) << failed << IntegrityFailure::CertificateKeyLayout;
        QTest::newRow("certificate body: modulus before exponent, signed")
            << cert(signedBody(ids + modulus + exponent)) << failed << IntegrityFailure::CertificateKeyLayout;
        QTest::newRow("certificate body: exponent missing, signed")
            << cert(signedBody(ids + modulus)) << failed << IntegrityFailure::CertificateKeyLayout;
        QTest::newRow("certificate body: key ids cut short, signed")
            << cert(signedBody(ids.left(20))) << failed << IntegrityFailure::CertificateKeyLayout;
        QTest::newRow("certificate body: modulus length in the 83 form, signed")
            << cert(signedBody(
                   QByteArray(ids + exponent + QByteArray::fromHex("9183000100") + keyElements[1].value.toByteArray())))
            << failed << IntegrityFailure::CertificateNonMinimalLength;
    }
    QTest::newRow("certificate: 5F4E length in the 83 form")
        << cert({QByteArray::fromHex("5F4E83000129") + body.mid(5), signature}) << failed
        << IntegrityFailure::CertificateNonMinimalLength;
    {
        // Signed by the card key instead of the issuer's (the wrong-issuer persona's shape).
        const auto bodyValue = tlv::parseElement(body, 0)->value.toByteArray();
        const QByteArray selfSigned =
            tlv::encode(cvc::TagSignature, virtualcard::signSha256(m_keys->apKey(), bodyValue));
        QTest::newRow("certificate signed by another key")
            << cert({body, selfSigned}) << failed << IntegrityFailure::CertificateSignatureInvalid;
    }
    QTest::newRow("certificate: empty 7F21")
        << cert({QByteArray()}) << failed << IntegrityFailure::CertificateElementMissing;
}

void TestIntegrity::shapes()
{
    QFETCH(Mutation, mutation);
    QFETCH(int, status);
    QFETCH(IntegrityFailure, failure);

    QByteArray record = m_files.integrity;
    if (!mutation.record.isEmpty()) {
        QByteArray value;
        for (const QByteArray &e : mutation.record) {
            if (mutation.resignRecord && e.startsWith(QByteArray::fromHex("DF33"))) {
                value += sign(value);
            } else {
                value += e;
            }
        }
        record = mutation.recordHeader.isEmpty() ? tlv::encode(is::TagIntegrity, value) : mutation.recordHeader + value;
    }
    record += mutation.recordTrailer;
    QByteArray certificate = m_files.certificate;
    if (!mutation.certificate.isEmpty()) {
        certificate = tlv::encode(cvc::TagCertificate, mutation.certificate.join());
    }
    certificate += mutation.certificateTrailer;
    const QByteArray attributes = mutation.attributes.isEmpty() ? m_files.attributes : mutation.attributes;
    const QByteArray number = mutation.number.isEmpty() ? m_files.number : mutation.number;

    const IntegrityResult result = verifyIntegrity({attributes, number, record, certificate}, m_issuer.get());
    QVERIFY2(result.failure == failure, qPrintable(result.failureName() + QStringLiteral(": ") + result.reason));
    QCOMPARE(static_cast<int>(result.status), status);
    QVERIFY(!result.reason.isEmpty());
    if (status == static_cast<int>(IntegrityStatus::Verified)) {
        QVERIFY(result.numberCovered);
    } else {
        // The reason names the shape in words too, for the log line staff read.
        QCOMPARE(result.statusName(), QStringLiteral("failed"));
        QVERIFY(result.failureName() != QLatin1String("none"));
    }
}

void TestIntegrity::withoutNumber()
{
    // Without EF 0001 the DF31 digest is not compared, but DF31 must still be there and signed.
    const IntegrityResult genuine =
        verifyIntegrity({m_files.attributes, std::nullopt, m_files.integrity, m_files.certificate}, m_issuer.get());
    QCOMPARE(genuine.status, IntegrityStatus::Verified);
    QVERIFY(!genuine.numberCovered);

    const auto outer = tlv::parseElement(m_files.integrity, 0);
    const QByteArray attributes = cloneAttributes();
    const QByteArray appended = tlv::encode(is::TagAttributesDigest, ossl::sha256(*attributesDigestSource(attributes)));
    const QByteArray clone = tlv::encode(is::TagIntegrity, QByteArray(outer->value.toByteArray() + appended));
    const IntegrityResult cloned =
        verifyIntegrity({cloneAttributes(), std::nullopt, clone, m_files.certificate}, m_issuer.get());
    QCOMPARE(cloned.status, IntegrityStatus::Failed);
    QCOMPARE(cloned.failure, IntegrityFailure::RecordElementAfterSignature);
    QCOMPARE(cloned.failureName(), QStringLiteral("record_element_after_signature"));

    const IntegrityResult noKey =
        verifyIntegrity({cloneAttributes(), std::nullopt, clone, m_files.certificate}, nullptr);
    QCOMPARE(noKey.status, IntegrityStatus::NotVerifiable);
    QCOMPARE(noKey.failure, IntegrityFailure::None);
}

void TestIntegrity::failureNamesAreDistinct()
{
    QSet<QString> names;
    const int last = static_cast<int>(IntegrityFailure::NumberDigestMismatch);
    for (int i = 0; i <= last; ++i) {
        const QString name = integrityFailureName(static_cast<IntegrityFailure>(i));
        QVERIFY2(!name.isEmpty() && name != QLatin1String("unknown"), qPrintable(QString::number(i)));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "TestIntegrity.moc"
