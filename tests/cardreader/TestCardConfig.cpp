// The [card] group of the INI file: every key read, broken values reported by key, never a crash.
#include "cardreader/CardConfig.h"
#include "cardreader/Ossl.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace kakanai;
using namespace kakanai::card;

class TestCardConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_publicKeyPath;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            qFatal("cannot write fixture");
        }
        f.write(content);
        return path;
    }

    CardConfig load(const QString &ini, QList<ConfigProblem> *problems)
    {
        const QString path = write(QStringLiteral("kakanai.ini"), ini.toUtf8());
        QSettings settings(path, QSettings::IniFormat);
        return CardConfig::fromSettings(settings, problems);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
        QVERIFY(ctx);
        QVERIFY(EVP_PKEY_keygen_init(ctx.get()) == 1);
        EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 1024);
        EVP_PKEY *key = nullptr;
        QVERIFY(EVP_PKEY_keygen(ctx.get(), &key) == 1);
        ossl::PKey owned(key);
        ossl::Bio bio(BIO_new(BIO_s_mem()));
        QVERIFY(PEM_write_bio_PUBKEY(bio.get(), owned.get()) == 1);
        char *data = nullptr;
        const long n = BIO_get_mem_data(bio.get(), &data);
        m_publicKeyPath = write(QStringLiteral("issuer.pem"), QByteArray(data, n));
    }

    void emptyConfigIsValid()
    {
        QList<ConfigProblem> problems;
        const CardConfig c = load(QString(), &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(c.reader.isEmpty());
        QVERIFY(c.issuerPublicKeyPem.isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("problemKey"); // empty: no problem expected
        QTest::newRow("reader only") << QStringLiteral("[card]\nreader=Virtual PCD\n") << QString();
        QTest::newRow("issuer key missing file")
            << QStringLiteral("[card]\nissuer_public_key=/nonexistent/issuer.pem\n")
            << QStringLiteral("card/issuer_public_key");
        QTest::newRow("trust anchor is not a certificate")
            << QStringLiteral("[card]\njpki_trust_anchor=%1\n") << QStringLiteral("card/jpki_trust_anchor");
        QTest::newRow("misspelt key") << QStringLiteral("[card]\nissuer_key=x\n") << QStringLiteral("card/issuer_key");
        QTest::newRow("issuer key fine") << QStringLiteral("[card]\nissuer_public_key=%1\n") << QString();
    }
    void problems()
    {
        QFETCH(QString, ini);
        QFETCH(QString, problemKey);
        QList<ConfigProblem> problems;
        const CardConfig c = load(ini.contains(QLatin1String("%1")) ? ini.arg(m_publicKeyPath) : ini, &problems);
        if (problemKey.isEmpty()) {
            QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().key, problemKey);
            QVERIFY(!problems.first().message.isEmpty());
        }
        Q_UNUSED(c);
    }

    void keyLoaded()
    {
        QList<ConfigProblem> problems;
        const CardConfig c =
            load(QStringLiteral("[card]\nreader= Virtual PCD 00 00 \nissuer_public_key=%1\n").arg(m_publicKeyPath),
                 &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.reader, QStringLiteral("Virtual PCD 00 00"));
        QVERIFY(ossl::publicKeyFromPem(c.issuerPublicKeyPem));
    }
};

QTEST_GUILESS_MAIN(TestCardConfig)
#include "TestCardConfig.moc"
