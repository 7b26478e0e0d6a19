// kakanai-card as staff and scripts use it: output formats and exit codes, through pcscd and the virtual card.
#include "tests/cardreader/IntegrationSupport.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/VirtualCardProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using kakanai::testing::VirtualCardProcess;

namespace {

using Run = kakanai::testsupport::ProgramRun;

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    return kakanai::testsupport::runProgram(QStringLiteral(KAKANAI_BIN_DIR "/kakanai-card"), args, {input, {}, 30000});
}

} // namespace

class TestCardCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<VirtualCardProcess> m_card;
    QJsonObject m_persona;
    QTemporaryDir m_dir;
    QString m_config;

    void startCard(const QString &persona)
    {
        m_card = std::make_unique<VirtualCardProcess>();
        QVERIFY2(m_card->start(VirtualCardProcess::persona(persona)), qPrintable(m_card->errorString()));
        QVERIFY(integration::waitForCard(true));
        m_persona = integration::personaJson(VirtualCardProcess::persona(persona));
        m_config = m_dir.filePath(QStringLiteral("kakanai.ini"));
        QFile ini(m_config);
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ini.write(QStringLiteral("[card]\nreader=%1\nissuer_public_key=%2\njpki_trust_anchor=%3\n")
                      .arg(integration::readerName(), m_card->issuerPublicKeyPath(), m_card->trustAnchorPath())
                      .toUtf8());
    }

    QByteArray pinLine() const { return m_persona.value(QStringLiteral("pin")).toString().toLatin1() + '\n'; }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = integration::pcscdProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        if (m_card) {
            m_card->stop();
            m_card.reset();
        }
    }

    void readersJson()
    {
        startCard(QStringLiteral("demo"));
        const Run r = runCli({QStringLiteral("readers"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray readers = QJsonDocument::fromJson(r.out).array();
        bool found = false;
        for (const auto &v : readers) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() == integration::readerName()) {
                found = true;
                QVERIFY(o.value(QStringLiteral("card_present")).toBool());
                QCOMPARE(o.value(QStringLiteral("atr")).toString(), QStringLiteral("3BE000FF8131FE4514"));
            }
        }
        QVERIFY(found);
    }

    void statusJson()
    {
        startCard(QStringLiteral("one-try-left"));
        const Run r =
            runCli({QStringLiteral("--config"), m_config, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("input_support_pin")).toInt(-1), 1);
        QCOMPARE(o.value(QStringLiteral("jpki_auth_pin")).toInt(-1), 3);
        QCOMPARE(o.value(QStringLiteral("jpki_sign_password")).toInt(-1), 5);
        QCOMPARE(o.keys().size(), 3);
    }

    void readJson()
    {
        startCard(QStringLiteral("demo"));
        const Run r = runCli({QStringLiteral("--config"), m_config, QStringLiteral("read"),
                              QStringLiteral("--pin-stdin"), QStringLiteral("--json")},
                             pinLine());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), m_persona.value(QStringLiteral("name")).toString());
        QCOMPARE(o.value(QStringLiteral("address")).toString(), m_persona.value(QStringLiteral("address")).toString());
        QCOMPARE(o.value(QStringLiteral("birth_date")).toString(),
                 m_persona.value(QStringLiteral("birth_date")).toString());
        QCOMPARE(o.value(QStringLiteral("sex")).toString(), m_persona.value(QStringLiteral("sex")).toString());
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("verified"));
        QVERIFY(!o.contains(QStringLiteral("individual_number")));
        // The PIN never appears in any output.
        QVERIFY(!r.out.contains(pinLine().trimmed()));
        QVERIFY(!r.err.contains(pinLine().trimmed()));
    }

    // Through pcscd and vpcd to the virtual card: a cloned card (issue 9) reads, but as "failed", with the reason
    // code naming its shape; the genuine card reads "verified" with no reason code.
    void integrityJson_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<bool>("withNumber");
        QTest::addColumn<QString>("integrity");
        QTest::addColumn<QString>("failure");
        QTest::newRow("genuine card") << QStringLiteral("demo") << false << QStringLiteral("verified") << QString();
        QTest::newRow("genuine card, with number")
            << QStringLiteral("demo") << true << QStringLiteral("verified") << QString();
        QTest::newRow("cloned card") << QStringLiteral("clone") << false << QStringLiteral("failed")
                                     << QStringLiteral("record_element_after_signature");
        QTest::newRow("cloned card, with number") << QStringLiteral("clone") << true << QStringLiteral("failed")
                                                  << QStringLiteral("record_element_after_signature");
        QTest::newRow("tampered card") << QStringLiteral("tampered") << false << QStringLiteral("failed")
                                       << QStringLiteral("attributes_digest_mismatch");
    }
    void integrityJson()
    {
        QFETCH(QString, persona);
        QFETCH(bool, withNumber);
        QFETCH(QString, integrity);
        QFETCH(QString, failure);
        startCard(persona);
        QStringList args{QStringLiteral("--config"), m_config, QStringLiteral("read"), QStringLiteral("--pin-stdin"),
                         QStringLiteral("--json")};
        if (withNumber) {
            args.append(QStringLiteral("--with-number"));
        }
        const Run r = runCli(args, pinLine());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        // The card's own data was read (the clone's name is the one written onto it) ...
        QCOMPARE(o.value(QStringLiteral("name")).toString(), m_persona.value(QStringLiteral("name")).toString());
        // ... and the verdict is the one expected, with the reason code only when it failed.
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(), integrity);
        QCOMPARE(o.value(QStringLiteral("integrity_failure")).toString(), failure);
        QCOMPARE(o.contains(QStringLiteral("integrity_failure")), !failure.isEmpty());

        // The text form says the same to staff (the card is still in the reader).
        args.removeAll(QStringLiteral("--json"));
        const Run text = runCli(args, pinLine());
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QCOMPARE(out.contains(QStringLiteral("検証済み (verified)")), failure.isEmpty());
        if (!failure.isEmpty()) {
            QVERIFY2(out.contains(QStringLiteral("検証失敗 (FAILED: ") + failure), text.out.constData());
        }
    }

    void readWithNumber()
    {
        startCard(QStringLiteral("demo"));
        const Run r = runCli({QStringLiteral("--config"), m_config, QStringLiteral("read"),
                              QStringLiteral("--pin-stdin"), QStringLiteral("--with-number"), QStringLiteral("--json")},
                             pinLine());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("individual_number")).toString(),
                 m_persona.value(QStringLiteral("individual_number")).toString());
    }

    void readTextUsesJapaneseLabels()
    {
        startCard(QStringLiteral("demo"));
        const Run r = runCli(
            {QStringLiteral("--config"), m_config, QStringLiteral("read"), QStringLiteral("--pin-stdin")}, pinLine());
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("氏名: ") + m_persona.value(QStringLiteral("name")).toString()));
        QVERIFY(text.contains(QStringLiteral("住所: ")));
        QVERIFY(text.contains(QStringLiteral("生年月日: ")));
        QVERIFY(text.contains(QStringLiteral("性別: ")));
        QVERIFY(text.contains(QStringLiteral("完全性: 検証済み")));
    }

    void readWithCodeB()
    {
        startCard(QStringLiteral("demo"));
        const Run r = runCli({QStringLiteral("--config"), m_config, QStringLiteral("read"),
                              QStringLiteral("--code-b-stdin"), QStringLiteral("--json")},
                             integration::codeB(m_persona) + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("name")).toString(),
                 m_persona.value(QStringLiteral("name")).toString());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        const QStringList read{QStringLiteral("read"), QStringLiteral("--pin-stdin")};
        QTest::newRow("wrong PIN: 3, tries on stderr")
            << QStringLiteral("demo") << read << QByteArray("0000\n") << 3 << QStringLiteral("2 tries left");
        QTest::newRow("one try left, not confirmed: 4")
            << QStringLiteral("one-try-left") << read << QByteArray("1111\n") << 4
            << QStringLiteral("--confirm-last-try");
        QTest::newRow("one try left, confirmed: 0")
            << QStringLiteral("one-try-left") << (read + QStringList{QStringLiteral("--confirm-last-try")})
            << QByteArray("1111\n") << 0 << QString();
        QTest::newRow("blocked: 4") << QStringLiteral("blocked") << read << QByteArray("1234\n") << 4
                                    << QStringLiteral("blocked");
        QTest::newRow("both credentials: usage 2")
            << QStringLiteral("demo") << (read + QStringList{QStringLiteral("--code-b-stdin")}) << QByteArray("1234\n")
            << 2 << QStringLiteral("exactly one");
        QTest::newRow("number with code B: usage 2")
            << QStringLiteral("demo")
            << QStringList{QStringLiteral("read"), QStringLiteral("--code-b-stdin"), QStringLiteral("--with-number")}
            << QByteArray("60041220342468\n") << 2 << QStringLiteral("needs the PIN");
        QTest::newRow("PIN of 5 digits: usage 2, nothing sent")
            << QStringLiteral("demo") << read << QByteArray("12345\n") << 2 << QStringLiteral("format");
        QTest::newRow("unknown command: 2") << QStringLiteral("demo") << QStringList{QStringLiteral("frobnicate")}
                                            << QByteArray() << 2 << QStringLiteral("unknown command");
        QTest::newRow("tampered card: read ok, integrity failed")
            << QStringLiteral("tampered") << read << QByteArray("1234\n") << 0 << QString();
    }
    void exitCodes()
    {
        QFETCH(QString, persona);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        startCard(persona);
        const Run r = runCli(QStringList{QStringLiteral("--config"), m_config} + args, input);
        QCOMPARE(r.exitCode, exitCode);
        if (!stderrContains.isEmpty()) {
            QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
        }
        if (persona == QLatin1String("tampered")) {
            QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("検証失敗")));
        }
        if (persona == QLatin1String("demo") && exitCode == 2) {
            // Nothing was sent: the counter is untouched.
            const Run status =
                runCli({QStringLiteral("--config"), m_config, QStringLiteral("status"), QStringLiteral("--json")});
            QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("input_support_pin")).toInt(),
                     3);
        }
    }

    void noCardIsFive()
    {
        startCard(QStringLiteral("demo"));
        QVERIFY(m_card->remove());
        QVERIFY(integration::waitForCard(false));
        const Run r = runCli(
            {QStringLiteral("--config"), m_config, QStringLiteral("read"), QStringLiteral("--pin-stdin")}, pinLine());
        QCOMPARE(r.exitCode, 5);
    }

    void brokenConfigIsUsageError()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.ini"));
        QFile ini(bad);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[card]\nissuer_public_key=/nonexistent.pem\n");
        ini.close();
        const Run r = runCli({QStringLiteral("--config"), bad, QStringLiteral("readers")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("card/issuer_public_key"));
    }
};

QTEST_GUILESS_MAIN(TestCardCli)
#include "TestCardCli.moc"
