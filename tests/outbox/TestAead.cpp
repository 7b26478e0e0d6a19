// AES-256-GCM records of the outbox: layout, round trip, and every kind of tampering rejected.
#include "outbox/Aead.h"
#include "outbox/DataKey.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QSet>
#include <QTest>

using namespace kakanai::backoffice;

class TestAead : public QObject
{
    Q_OBJECT

    std::shared_ptr<const DataKey> m_key;
    const QByteArray m_aad =
        QByteArrayLiteral("kakanai-outbox/v1/requests/payload/0190d7a0-0000-7000-8000-000000000001");
    const QByteArray m_plain =
        QStringLiteral("{\"name\":\"山田　花子\",\"individual_number\":\"123456789018\"}").toUtf8();

private Q_SLOTS:
    void init() { m_key = fixtures::randomKey(); }

    void roundTrip()
    {
        auto sealed = aead::seal(*m_key, m_plain, m_aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), m_plain.size() + aead::Overhead);
        QCOMPARE(sealed->at(0), aead::FormatVersion);
        QCOMPARE(sealed->at(1), aead::KeyId);
        QVERIFY(!sealed->contains(m_plain));
        QVERIFY(!sealed->contains(QByteArrayLiteral("123456789018")));
        auto opened = aead::open(*m_key, *sealed, m_aad);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, m_plain);
    }

    void emptyPlaintext()
    {
        auto sealed = aead::seal(*m_key, QByteArray(), m_aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), aead::Overhead);
        auto opened = aead::open(*m_key, *sealed, m_aad);
        QVERIFY(opened.ok());
        QVERIFY(opened->isEmpty());
    }

    void knownLayout()
    {
        // A fixed nonce lands where the layout says, and the tag is the last 16 bytes.
        const QByteArray nonce = QByteArray::fromHex("000102030405060708090a0b");
        auto sealed = aead::sealWithNonce(*m_key, m_plain, m_aad, nonce);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->mid(aead::HeaderSize, aead::NonceSize), nonce);
        QVERIFY(aead::sealWithNonce(*m_key, m_plain, m_aad, QByteArray(11, 'x')).error().code ==
                BackofficeErrorCode::Crypto);
    }

    void tampered_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("version byte changed") << 0;
        QTest::newRow("key id changed") << 1;
        QTest::newRow("nonce bit flipped") << 2;
        QTest::newRow("ciphertext bit flipped") << 3;
        QTest::newRow("tag bit flipped") << 4;
        QTest::newRow("truncated by one byte") << 5;
        QTest::newRow("one byte appended") << 6;
        QTest::newRow("shorter than the overhead") << 7;
        QTest::newRow("empty record") << 8;
        QTest::newRow("associated data of another row") << 9;
        QTest::newRow("another key") << 10;
        QTest::newRow("tag zeroed") << 11;
    }
    void tampered()
    {
        QFETCH(int, kind);
        auto sealed = aead::seal(*m_key, m_plain, m_aad);
        QVERIFY(sealed.ok());
        QByteArray record = *sealed;
        QByteArray aad = m_aad;
        std::shared_ptr<const DataKey> key = m_key;
        const qsizetype ct = aead::HeaderSize + aead::NonceSize;
        switch (kind) {
        case 0:
            record[0] = 0x02;
            break;
        case 1:
            record[1] = 0x07;
            break;
        case 2:
            record[aead::HeaderSize + 3] = static_cast<char>(record[aead::HeaderSize + 3] ^ 0x10);
            break;
        case 3:
            record[ct + 5] = static_cast<char>(record[ct + 5] ^ 0x01);
            break;
        case 4:
            record[record.size() - 1] = static_cast<char>(record[record.size() - 1] ^ 0x80);
            break;
        case 5:
            record.chop(1);
            break;
        case 6:
            record.append('\0');
            break;
        case 7:
            record = record.left(aead::Overhead - 1);
            break;
        case 8:
            record.clear();
            break;
        case 9:
            aad = QByteArrayLiteral("kakanai-outbox/v1/requests/payload/0190d7a0-0000-7000-8000-000000000002");
            break;
        case 10:
            key = fixtures::randomKey();
            break;
        case 11:
            std::fill(record.end() - aead::TagSize, record.end(), '\0');
            break;
        }
        auto opened = aead::open(*key, record, aad);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, BackofficeErrorCode::Tampered);
        // The error says what failed, never what the record held.
        QVERIFY(!opened.error().detail.contains(QStringLiteral("山田")));
    }

    // S6 of reliability.md: every single-bit flip of a record is rejected (10,000 random ones).
    void randomBitFlipsRejected()
    {
        auto sealed = aead::seal(*m_key, m_plain, m_aad);
        QVERIFY(sealed.ok());
        QRandomGenerator rng(20250401);
        int rejected = 0;
        const int flips = 10000;
        for (int i = 0; i < flips; ++i) {
            QByteArray record = *sealed;
            const int bit = static_cast<int>(rng.bounded(static_cast<quint32>(record.size() * 8)));
            record[bit / 8] = static_cast<char>(record[bit / 8] ^ (1 << (bit % 8)));
            if (!aead::open(*m_key, record, m_aad).ok()) {
                ++rejected;
            }
        }
        QCOMPARE(rejected, flips);
    }

    // A fresh nonce for every write: no repeat in 1,000,000 seals under one key.
    void noncesNeverRepeat()
    {
        QSet<QByteArray> nonces;
        const int n = 1000000;
        nonces.reserve(n);
        for (int i = 0; i < n; ++i) {
            auto sealed = aead::seal(*m_key, QByteArrayView("x"), m_aad);
            QVERIFY(sealed.ok());
            nonces.insert(sealed->mid(aead::HeaderSize, aead::NonceSize));
        }
        QCOMPARE(nonces.size(), n);
    }

    void invalidKeyRefused()
    {
        const DataKey none = DataKey::fromBytes(QByteArray(31, 'k'));
        QVERIFY(!none.isValid());
        QCOMPARE(aead::seal(none, m_plain, m_aad).error().code, BackofficeErrorCode::Crypto);
        QCOMPARE(aead::open(none, QByteArray(64, 'x'), m_aad).error().code, BackofficeErrorCode::Crypto);
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "TestAead.moc"
