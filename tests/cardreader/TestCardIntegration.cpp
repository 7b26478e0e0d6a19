// The card library end to end through the real stack: libpcsclite -> pcscd -> vpcd -> kakanai-virtual-card.
#include "cardreader/CardSession.h"
#include "cardreader/InputSupportAp.h"
#include "cardreader/Ossl.h"
#include "cardreader/pcsc/Pcsc.h" // white-box: two channels at once (exclusive while verified)
#include "tests/cardreader/IntegrationSupport.h"
#include "tests/support/VirtualCardProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::card;
using kakanai::testing::VirtualCardProcess;

namespace {} // namespace

class TestCardIntegration : public QObject
{
    Q_OBJECT

    std::unique_ptr<VirtualCardProcess> m_card;
    QJsonObject m_persona;
    ossl::PKey m_issuerKey;
    QByteArray m_trustAnchor;

    void startCard(const QString &persona)
    {
        m_card = std::make_unique<VirtualCardProcess>();
        QVERIFY2(m_card->start(VirtualCardProcess::persona(persona)), qPrintable(m_card->errorString()));
        QVERIFY(integration::waitForCard(true));
        m_persona = integration::personaJson(VirtualCardProcess::persona(persona));
        QVERIFY(!m_persona.isEmpty());
        m_issuerKey = ossl::publicKeyFromPem(integration::readFile(m_card->issuerPublicKeyPath()));
        m_trustAnchor = integration::readFile(m_card->trustAnchorPath());
        QVERIFY(m_issuerKey);
        QVERIFY(!m_trustAnchor.isEmpty());
    }

    Result<ReadOutcome> read(const QByteArray &secret, ReadOptions options = {}, bool withIssuerKey = true)
    {
        auto session = CardSession::open(integration::readerName());
        if (!session) {
            return session.error();
        }
        return (*session)->readResident(options, SecretBytes(secret), withIssuerKey ? m_issuerKey.get() : nullptr);
    }

    std::optional<int> pinTries()
    {
        auto session = CardSession::open(integration::readerName());
        if (!session) {
            return std::nullopt;
        }
        auto status = (*session)->pinStatus();
        return status ? status->inputSupportPin : std::nullopt;
    }

    QByteArray pin() const { return m_persona.value(QStringLiteral("pin")).toString().toLatin1(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = integration::pcscdProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup()
    {
        if (m_card) {
            m_card->stop();
            m_card.reset();
        }
    }

    void readWithPin()
    {
        startCard(QStringLiteral("demo"));
        auto outcome = read(pin());
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toLogString()));
        const ResidentRecord &r = outcome->record;
        QCOMPARE(r.name, m_persona.value(QStringLiteral("name")).toString());
        QCOMPARE(r.address, m_persona.value(QStringLiteral("address")).toString());
        QCOMPARE(r.birthDate, QDate::fromString(m_persona.value(QStringLiteral("birth_date")).toString(), Qt::ISODate));
        QCOMPARE(sexCardDigit(r.sex), m_persona.value(QStringLiteral("sex")).toString());
        QVERIFY(!r.individualNumber); // not asked for, not read
        QCOMPARE(outcome->integrity.status, IntegrityStatus::Verified);
        QVERIFY(!outcome->integrity.numberCovered);
        QCOMPARE(pinTries().value_or(-1), 3);
    }

    void readWithPinAndNumber()
    {
        startCard(QStringLiteral("demo"));
        ReadOptions options;
        options.withNumber = true;
        auto outcome = read(pin(), options);
        QVERIFY(outcome);
        QVERIFY(outcome->record.individualNumber);
        QCOMPARE(outcome->record.individualNumber->digits(),
                 m_persona.value(QStringLiteral("individual_number")).toString());
        QCOMPARE(outcome->integrity.status, IntegrityStatus::Verified);
        QVERIFY(outcome->integrity.numberCovered);
    }

    void edgePersonas_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::newRow("long address over 127 bytes") << QStringLiteral("long-address");
        QTest::newRow("medium address") << QStringLiteral("medium-address");
        QTest::newRow("name outside JIS level 1/2") << QStringLiteral("outside-jis");
    }
    void edgePersonas()
    {
        QFETCH(QString, persona);
        startCard(persona);
        ReadOptions options;
        options.withNumber = true;
        auto outcome = read(pin(), options);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toLogString()));
        // Exactly the code points on the card: nothing normalised or substituted.
        QCOMPARE(outcome->record.name, m_persona.value(QStringLiteral("name")).toString());
        QCOMPARE(outcome->record.address, m_persona.value(QStringLiteral("address")).toString());
        QCOMPARE(outcome->integrity.status, IntegrityStatus::Verified);
    }

    void readWithCodeB()
    {
        startCard(QStringLiteral("demo"));
        ReadOptions options;
        options.credential = ReadOptions::Credential::CodeB;
        auto outcome = read(integration::codeB(m_persona), options);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toLogString()));
        QCOMPARE(outcome->record.name, m_persona.value(QStringLiteral("name")).toString());
        QVERIFY(!outcome->record.individualNumber);
        QCOMPARE(outcome->integrity.status, IntegrityStatus::Verified);
        // The resident's PIN counter was not touched.
        QCOMPARE(pinTries().value_or(-1), 3);
    }

    void wrongCodeB()
    {
        startCard(QStringLiteral("demo"));
        ReadOptions options;
        options.credential = ReadOptions::Credential::CodeB;
        auto outcome = read("00000000000000", options);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::WrongPin);
    }

    void wrongPinDecrementsAndReports()
    {
        startCard(QStringLiteral("demo"));
        auto first = read("9999");
        QVERIFY(!first);
        QCOMPARE(first.error().code, CardErrorCode::WrongPin);
        QCOMPARE(first.error().triesLeft.value_or(-1), 2);
        QCOMPARE(pinTries().value_or(-1), 2);
        auto second = read("9998");
        QCOMPARE(second.error().triesLeft.value_or(-1), 1);
        // One left now: the guard refuses the next attempt without a confirmation, and sends nothing.
        auto third = read("9997");
        QCOMPARE(third.error().code, CardErrorCode::LastTryNeedsConfirmation);
        QCOMPARE(pinTries().value_or(-1), 1);
        // The right PIN with the confirmation resets the counter.
        ReadOptions confirmed;
        confirmed.confirmLastTry = true;
        QVERIFY(read(pin(), confirmed));
        QCOMPARE(pinTries().value_or(-1), 3);
    }

    void triesPersistAcrossEmulatorRestarts()
    {
        QTemporaryDir dir;
        VirtualCardProcess::Options options;
        options.statePath = dir.filePath(QStringLiteral("demo.state.json"));
        for (int run = 0; run < 2; ++run) {
            m_card = std::make_unique<VirtualCardProcess>();
            QVERIFY2(m_card->start(VirtualCardProcess::persona(QStringLiteral("demo")), options),
                     qPrintable(m_card->errorString()));
            QVERIFY(integration::waitForCard(true));
            if (run == 0) {
                QVERIFY(!read("9999"));
                QVERIFY(m_card->stop());
            }
        }
        // The second emulator process read the counter the first one left.
        QCOMPARE(pinTries().value_or(-1), 2);
    }

    void oneTryLeftGuard()
    {
        startCard(QStringLiteral("one-try-left"));
        QCOMPARE(pinTries().value_or(-1), 1);
        auto refused = read(pin());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, CardErrorCode::LastTryNeedsConfirmation);
        QCOMPARE(pinTries().value_or(-1), 1); // nothing was sent
        ReadOptions confirmed;
        confirmed.confirmLastTry = true;
        auto outcome = read(pin(), confirmed);
        QVERIFY(outcome);
        QCOMPARE(pinTries().value_or(-1), 3);
    }

    void oneTryLeftWrongPinBlocks()
    {
        startCard(QStringLiteral("one-try-left"));
        ReadOptions confirmed;
        confirmed.confirmLastTry = true;
        auto outcome = read("0000", confirmed);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::PinBlocked);
        QCOMPARE(pinTries().value_or(-1), 0);
    }

    void blockedCard()
    {
        startCard(QStringLiteral("blocked"));
        QCOMPARE(pinTries().value_or(-1), 0);
        ReadOptions confirmed;
        confirmed.confirmLastTry = true;
        auto outcome = read(pin(), confirmed);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::PinBlocked);
        // 照合番号B still works: staff can serve the resident without the PIN.
        ReadOptions codeB;
        codeB.credential = ReadOptions::Credential::CodeB;
        QVERIFY(read(integration::codeB(m_persona), codeB));
    }

    void cardPulledMidRead_data()
    {
        QTest::addColumn<int>("apdus");
        // SELECT, tries query, VERIFY, READ EF 0002, READ EF 0001, READ EF 0003 (x2), READ EF 0004 (x3)
        for (int n : {1, 2, 3, 4, 5, 6, 8}) {
            QTest::addRow("pulled at APDU %d", n) << n;
        }
    }
    void cardPulledMidRead()
    {
        QFETCH(int, apdus);
        startCard(QStringLiteral("demo"));
        auto session = CardSession::open(integration::readerName());
        QVERIFY(session);
        m_card->pullAfter(apdus);
        ReadOptions options;
        options.withNumber = true;
        auto outcome = (*session)->readResident(options, SecretBytes(pin()), m_issuerKey.get());
        QVERIFY(!outcome); // never a partial record
        QVERIFY2(outcome.error().isConnectionLoss(), qPrintable(outcome.error().toLogString()));
        session->reset();
        QVERIFY(m_card->waitForRemoved());
        integration::letPcscdSeeTheCardOut();
        // Back in, the card reads normally and no try was lost.
        QVERIFY(m_card->insert());
        QVERIFY(integration::waitForCard(true));
        QCOMPARE(pinTries().value_or(-1), 3);
        QVERIFY(read(pin()));
    }

    void powerDownClearsVerification()
    {
        startCard(QStringLiteral("demo"));
        QVERIFY(read(pin()));
        // A new connection must find the card locked again: the session ended with SCARD_UNPOWER_CARD.
        auto context = PcscContext::establish();
        QVERIFY(context);
        auto channel = CardChannel::connect(*context, integration::readerName(), ShareMode::Shared);
        QVERIFY(channel);
        InputSupportAp ap(**channel);
        QVERIFY(ap.select());
        auto attributes = ap.readAttributesFile();
        QVERIFY(!attributes);
        QCOMPARE(attributes.error().code, CardErrorCode::SecurityStatusNotSatisfied);
    }

    void exclusiveWhileVerified()
    {
        startCard(QStringLiteral("demo"));
        auto session = CardSession::open(integration::readerName());
        QVERIFY(session);
        auto context = PcscContext::establish();
        auto other = CardChannel::connect(*context, integration::readerName(), ShareMode::Shared);
        QVERIFY(!other);
        QCOMPARE(other.error().code, CardErrorCode::SharingViolation);
    }

    void integrity_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<bool>("withNumber");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure"); // IntegrityFailure
        const int none = int(IntegrityFailure::None);
        QTest::newRow("genuine card, issuer key")
            << QStringLiteral("demo") << true << false << int(IntegrityStatus::Verified) << none;
        QTest::newRow("genuine card, issuer key, with number")
            << QStringLiteral("demo") << true << true << int(IntegrityStatus::Verified) << none;
        QTest::newRow("genuine card, no issuer key")
            << QStringLiteral("demo") << false << false << int(IntegrityStatus::NotVerifiable) << none;
        QTest::newRow("attributes changed after signing")
            << QStringLiteral("tampered") << true << false << int(IntegrityStatus::Failed)
            << int(IntegrityFailure::AttributesDigestMismatch);
        QTest::newRow("EF 0004 from another issuer")
            << QStringLiteral("wrong-issuer") << true << false << int(IntegrityStatus::Failed)
            << int(IntegrityFailure::CertificateSignatureInvalid);
        // Issue 9: copied EF 0003/0004, own name and address in EF 0002, unsigned DF31/DF32 after DF33.
        QTest::newRow("cloned card") << QStringLiteral("clone") << true << false << int(IntegrityStatus::Failed)
                                     << int(IntegrityFailure::RecordElementAfterSignature);
        QTest::newRow("cloned card, with number")
            << QStringLiteral("clone") << true << true << int(IntegrityStatus::Failed)
            << int(IntegrityFailure::RecordElementAfterSignature);
    }
    void integrity()
    {
        QFETCH(QString, persona);
        QFETCH(bool, withKey);
        QFETCH(bool, withNumber);
        QFETCH(int, status);
        QFETCH(int, failure);
        startCard(persona);
        ReadOptions options;
        options.withNumber = withNumber;
        auto outcome = read(pin(), options, withKey);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toLogString()));
        // The files were read: what the card holds is what failed (or passed) the check.
        QCOMPARE(outcome->record.name, m_persona.value(QStringLiteral("name")).toString());
        QCOMPARE(int(outcome->integrity.status), status);
        QVERIFY2(int(outcome->integrity.failure) == failure, qPrintable(outcome->integrity.failureName()));
        QCOMPARE(outcome->integrity.numberCovered, status == int(IntegrityStatus::Verified) && withNumber);
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<bool>("withNumber");
        QTest::newRow("EF 0002 shorter than its length") << QStringLiteral("malformed") << false;
        QTest::newRow("DF21 offsets wrong") << QStringLiteral("bad-offsets") << false;
        QTest::newRow("individual number check digit wrong") << QStringLiteral("bad-check-digit") << true;
    }
    void malformedAnswers()
    {
        QFETCH(QString, persona);
        QFETCH(bool, withNumber);
        startCard(persona);
        ReadOptions options;
        options.withNumber = withNumber;
        auto outcome = read(pin(), options);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::MalformedResponse);
    }

    void jpkiChain_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<bool>("rightAnchor");
        QTest::addColumn<int>("chain");
        QTest::newRow("valid chain") << QStringLiteral("demo") << true << int(CertificateCheck::Status::Valid);
        QTest::newRow("expired certificate")
            << QStringLiteral("expired-cert") << true << int(CertificateCheck::Status::Invalid);
        QTest::newRow("untrusted anchor") << QStringLiteral("demo") << false << int(CertificateCheck::Status::Invalid);
    }
    void jpkiChain()
    {
        QFETCH(QString, persona);
        QFETCH(bool, rightAnchor);
        QFETCH(int, chain);
        startCard(persona);
        // A self-signed certificate that did not issue the card's: the chain must not verify against it.
        const QByteArray anchor =
            rightAnchor ? m_trustAnchor : integration::readFile(QFINDTESTDATA("data/other-ca.pem"));
        QVERIFY(!anchor.isEmpty());
        auto session = CardSession::open(integration::readerName());
        QVERIFY(session);
        auto check = (*session)->checkJpki(anchor, nullptr, false, QDateTime::currentDateTimeUtc());
        QVERIFY(check);
        QCOMPARE(int(check->chain.status), chain);
        QVERIFY(!check->possessionChecked);
    }

    void jpkiPossession()
    {
        startCard(QStringLiteral("demo"));
        auto session = CardSession::open(integration::readerName());
        QVERIFY(session);
        const SecretBytes authPin(pin());
        auto check = (*session)->checkJpki(m_trustAnchor, &authPin, false, QDateTime::currentDateTimeUtc());
        QVERIFY2(check, check ? "" : qPrintable(check.error().toLogString()));
        QCOMPARE(check->chain.status, CertificateCheck::Status::Valid);
        QVERIFY(check->possessionChecked);
        QVERIFY(check->possessionProven);
    }

    void jpkiWrongPin()
    {
        startCard(QStringLiteral("demo"));
        auto session = CardSession::open(integration::readerName());
        const SecretBytes wrong(QByteArrayLiteral("0000"));
        auto check = (*session)->checkJpki(m_trustAnchor, &wrong, false, QDateTime::currentDateTimeUtc());
        QVERIFY(!check);
        QCOMPARE(check.error().code, CardErrorCode::WrongPin);
        QCOMPARE(check.error().triesLeft.value_or(-1), 2);
        session->reset();
        // Separate counters: the 入力補助 PIN still has all its tries.
        QCOMPARE(pinTries().value_or(-1), 3);
    }

    void noCard()
    {
        startCard(QStringLiteral("demo"));
        QVERIFY(m_card->remove());
        QVERIFY(integration::waitForCard(false));
        auto outcome = read(pin());
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, CardErrorCode::NoCard);
        QVERIFY(m_card->insert());
        QVERIFY(integration::waitForCard(true));
    }
};

QTEST_GUILESS_MAIN(TestCardIntegration)
#include "TestCardIntegration.moc"
