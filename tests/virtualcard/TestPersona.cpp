// Persona files: every shipped persona loads and matches what its name promises; every invalid key is refused with
// a message naming the file and the key; 和暦 and 照合番号B are computed as the card expects.

#include "cardreader/virtualcard/CardFiles.h"
#include "cardreader/virtualcard/Persona.h"

#include "cardreader/record/IndividualNumber.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kakanai;
using namespace kakanai::virtualcard;

namespace {

QString personasDir()
{
    return QStringLiteral(KAKANAI_SOURCE_DIR "/resources/personas");
}

QJsonObject demoObject()
{
    QFile file(personasDir() + QStringLiteral("/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestPersona : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedPersonas_data();
    void shippedPersonas();
    void everyShippedFileLoads();
    void rejects_data();
    void rejects();
    void defaults();
    void missingFile();
    void eraYear_data();
    void eraYear();
    void codeB_data();
    void codeB();
    void faultNames();
};

void TestPersona::shippedPersonas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pinTries");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("numberValid");

    QTest::newRow("demo") << QStringLiteral("demo") << 3 << QString() << true;
    QTest::newRow("long-address") << QStringLiteral("long-address") << 3 << QString() << true;
    QTest::newRow("medium-address") << QStringLiteral("medium-address") << 3 << QString() << true;
    QTest::newRow("outside-jis") << QStringLiteral("outside-jis") << 3 << QString() << true;
    QTest::newRow("one-try-left") << QStringLiteral("one-try-left") << 1 << QString() << true;
    QTest::newRow("blocked") << QStringLiteral("blocked") << 0 << QString() << true;
    QTest::newRow("tampered") << QStringLiteral("tampered") << 3 << QStringLiteral("attributes_tampered") << true;
    QTest::newRow("expired-cert") << QStringLiteral("expired-cert") << 3 << QStringLiteral("auth_cert_expired") << true;
    QTest::newRow("malformed") << QStringLiteral("malformed") << 3 << QStringLiteral("attributes_truncated") << true;
    QTest::newRow("bad-offsets") << QStringLiteral("bad-offsets") << 3 << QStringLiteral("bad_offsets") << true;
    QTest::newRow("bad-check-digit") << QStringLiteral("bad-check-digit") << 3
                                     << QStringLiteral("number_bad_check_digit") << false;
    QTest::newRow("wrong-issuer") << QStringLiteral("wrong-issuer") << 3 << QStringLiteral("integrity_wrong_issuer")
                                  << true;
    QTest::newRow("clone") << QStringLiteral("clone") << 3 << QStringLiteral("clone_unsigned_digests") << true;
}

void TestPersona::shippedPersonas()
{
    QFETCH(QString, file);
    QFETCH(int, pinTries);
    QFETCH(QString, fault);
    QFETCH(bool, numberValid);

    QString error;
    const auto p = Persona::load(personasDir() + QLatin1Char('/') + file + QStringLiteral(".json"), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->id, file);
    QCOMPARE(p->pinTriesLeft, pinTries);
    QCOMPARE(p->faults.size(), fault.isEmpty() ? 0 : 1);
    if (!fault.isEmpty()) {
        QVERIFY(p->hasFault(*faultFromName(fault)));
    }
    QCOMPARE(IndividualNumber::isValid(std::string_view(p->individualNumber.constData(), 12)), numberValid);
    QCOMPARE(p->codeB().size(), 14);
    QVERIFY(p->name.contains(QChar(0x3000))); // family and given name
    QVERIFY(attributesTlvSize(*p) <= AttributesFileSize);
    QVERIFY(p->authPin.size() == 4);
}

void TestPersona::everyShippedFileLoads()
{
    const QStringList files = QDir(personasDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 12);
    for (const QString &file : files) {
        QString error;
        QVERIFY2(Persona::load(personasDir() + QLatin1Char('/') + file, &error), qPrintable(error));
    }
    // The edges the issue asks for.
    QString error;
    const auto longAddress = Persona::load(personasDir() + QStringLiteral("/long-address.json"), &error);
    QVERIFY(longAddress);
    QVERIFY(longAddress->address.toUtf8().size() > 127);
    QVERIFY(attributesTlvSize(*longAddress) > 256);
    const auto outside = Persona::load(personasDir() + QStringLiteral("/outside-jis.json"), &error);
    QVERIFY(outside);
    QVERIFY(outside->name.contains(QStringLiteral("\U00020BB7"))); // 𠮷, a surrogate pair in UTF-16
    QVERIFY(outside->name.contains(QChar(0xFA11)));                // 﨑
    QVERIFY(outside->name.contains(QChar(0x9AD9)));                // 髙
    const auto demo = Persona::load(personasDir() + QStringLiteral("/demo.json"), &error);
    QVERIFY(demo);
    QVERIFY(demo->address.contains(QChar(0xFF0D))); // full-width hyphen-minus
}

void TestPersona::rejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
    QTest::addColumn<QString>("message");

    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("unknown key") << QStringLiteral("nickname") << QJsonValue(QStringLiteral("x"))
                                 << QStringLiteral("key \"nickname\": unknown key");
    QTest::newRow("missing name") << QStringLiteral("name") << remove << QStringLiteral("key \"name\": missing");
    QTest::newRow("empty name") << QStringLiteral("name") << QJsonValue(QStringLiteral(" "))
                                << QStringLiteral("key \"name\": must not be empty");
    QTest::newRow("name not a string") << QStringLiteral("name") << QJsonValue(3)
                                       << QStringLiteral("key \"name\": must be a string");
    QTest::newRow("missing address") << QStringLiteral("address") << remove
                                     << QStringLiteral("key \"address\": missing");
    QTest::newRow("birth date not a date") << QStringLiteral("birth_date") << QJsonValue(QStringLiteral("1985-02-30"))
                                           << QStringLiteral("key \"birth_date\": must be a date");
    QTest::newRow("birth date other format") << QStringLiteral("birth_date") << QJsonValue(QStringLiteral("19850412"))
                                             << QStringLiteral("key \"birth_date\"");
    QTest::newRow("birth date before Meiji")
        << QStringLiteral("birth_date") << QJsonValue(QStringLiteral("1860-01-01")) << QStringLiteral("明治");
    QTest::newRow("sex word") << QStringLiteral("sex") << QJsonValue(QStringLiteral("female"))
                              << QStringLiteral("key \"sex\"");
    QTest::newRow("sex number") << QStringLiteral("sex") << QJsonValue(2) << QStringLiteral("key \"sex\"");
    QTest::newRow("sex 3") << QStringLiteral("sex") << QJsonValue(QStringLiteral("3")) << QStringLiteral("key \"sex\"");
    QTest::newRow("number bad check digit")
        << QStringLiteral("individual_number") << QJsonValue(QStringLiteral("123456789012"))
        << QStringLiteral("check digit");
    QTest::newRow("number 11 digits") << QStringLiteral("individual_number")
                                      << QJsonValue(QStringLiteral("12345678901")) << QStringLiteral("12 ASCII digits");
    QTest::newRow("number as JSON number")
        << QStringLiteral("individual_number") << QJsonValue(123456789018.0) << QStringLiteral("must be a string");
    QTest::newRow("number full-width") << QStringLiteral("individual_number")
                                       << QJsonValue(QStringLiteral("１２３４５６７８９０１８"))
                                       << QStringLiteral("12 ASCII digits");
    QTest::newRow("PIN with a letter") << QStringLiteral("pin") << QJsonValue(QStringLiteral("12a4"))
                                       << QStringLiteral("key \"pin\": must be a string of 4 ASCII digits");
    QTest::newRow("PIN too long") << QStringLiteral("pin") << QJsonValue(QStringLiteral("12345"))
                                  << QStringLiteral("key \"pin\"");
    QTest::newRow("auth PIN with a letter")
        << QStringLiteral("auth_pin") << QJsonValue(QStringLiteral("abcd")) << QStringLiteral("key \"auth_pin\"");
    QTest::newRow("tries 4") << QStringLiteral("pin_tries_left") << QJsonValue(4)
                             << QStringLiteral("key \"pin_tries_left\": must be an integer from 0 to 3");
    QTest::newRow("tries negative") << QStringLiteral("pin_tries_left") << QJsonValue(-1)
                                    << QStringLiteral("key \"pin_tries_left\"");
    QTest::newRow("tries fraction") << QStringLiteral("pin_tries_left") << QJsonValue(1.5)
                                    << QStringLiteral("key \"pin_tries_left\"");
    QTest::newRow("tries string") << QStringLiteral("pin_tries_left") << QJsonValue(QStringLiteral("3"))
                                  << QStringLiteral("key \"pin_tries_left\"");
    QTest::newRow("sign tries 6") << QStringLiteral("sign_password_tries_left") << QJsonValue(6)
                                  << QStringLiteral("from 0 to 5");
    QTest::newRow("code B tries 11") << QStringLiteral("code_b_tries_left") << QJsonValue(11)
                                     << QStringLiteral("from 0 to 10");
    QTest::newRow("sign password lower case") << QStringLiteral("sign_password") << QJsonValue(QStringLiteral("abc123"))
                                              << QStringLiteral("key \"sign_password\"");
    QTest::newRow("sign password too short")
        << QStringLiteral("sign_password") << QJsonValue(QStringLiteral("AB12")) << QStringLiteral("6 to 16");
    QTest::newRow("sign password too long")
        << QStringLiteral("sign_password") << QJsonValue(QStringLiteral("ABCDEFGHIJ1234567"))
        << QStringLiteral("6 to 16");
    QTest::newRow("security code 3 digits") << QStringLiteral("security_code") << QJsonValue(QStringLiteral("123"))
                                            << QStringLiteral("key \"security_code\"");
    QTest::newRow("expiry not a date") << QStringLiteral("expiry_date") << QJsonValue(QStringLiteral("2034-13-01"))
                                       << QStringLiteral("key \"expiry_date\"");
    QTest::newRow("expiry before birth") << QStringLiteral("expiry_date") << QJsonValue(QStringLiteral("1980-01-01"))
                                         << QStringLiteral("after birth_date");
    QTest::newRow("unknown fault") << QStringLiteral("faults") << QJsonValue(QJsonArray{QStringLiteral("card_on_fire")})
                                   << QStringLiteral("unknown fault \"card_on_fire\"");
    QTest::newRow("fault twice") << QStringLiteral("faults")
                                 << QJsonValue(QJsonArray{QStringLiteral("bad_offsets"), QStringLiteral("bad_offsets")})
                                 << QStringLiteral("listed twice");
    QTest::newRow("faults not an array") << QStringLiteral("faults") << QJsonValue(QStringLiteral("bad_offsets"))
                                         << QStringLiteral("must be an array");
    QTest::newRow("bad check digit fault with a good number")
        << QStringLiteral("faults") << QJsonValue(QJsonArray{QStringLiteral("number_bad_check_digit")})
        << QStringLiteral("needs a number whose check digit is wrong");
    QTest::newRow("address too long") << QStringLiteral("address") << QJsonValue(QString(200, QChar(0x6771)))
                                      << QStringLiteral("which holds 512");
}

void TestPersona::rejects()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);

    QJsonObject object = demoObject();
    QVERIFY(!object.isEmpty());
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
    QString error;
    const auto p = Persona::fromJson(QJsonDocument(object).toJson(), QStringLiteral("broken.json"), &error);
    QVERIFY(!p);
    QVERIFY2(error.startsWith(QStringLiteral("broken.json: ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestPersona::defaults()
{
    QJsonObject object = demoObject();
    object.remove(QStringLiteral("pin_tries_left"));
    QString error;
    auto p = Persona::fromJson(QJsonDocument(object).toJson(), QStringLiteral("x.json"), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->pinTriesLeft, 3);
    QCOMPARE(p->authPin, p->pin); // auth_pin defaults to the PIN
    QCOMPARE(p->authPinTriesLeft, 3);
    QCOMPARE(p->signPasswordTriesLeft, 5);
    QCOMPARE(p->codeATriesLeft, 10);
    QCOMPARE(p->codeBTriesLeft, 10);

    object.insert(QStringLiteral("auth_pin"), QStringLiteral("9876"));
    object.insert(QStringLiteral("auth_pin_tries_left"), 2);
    p = Persona::fromJson(QJsonDocument(object).toJson(), QStringLiteral("x.json"), &error);
    QVERIFY(p);
    QCOMPARE(p->authPin, QByteArray("9876"));
    QCOMPARE(p->authPinTriesLeft, 2);

    QVERIFY(!Persona::fromJson("[1]", QStringLiteral("array.json"), &error));
    QVERIFY(error.contains(QStringLiteral("JSON object")));
    QVERIFY(!Persona::fromJson("{\"name\": ", QStringLiteral("cut.json"), &error));
    QVERIFY(error.startsWith(QStringLiteral("cut.json: not valid JSON")));
}

void TestPersona::missingFile()
{
    QString error;
    QVERIFY(!Persona::load(QStringLiteral("/nonexistent/persona.json"), &error));
    QVERIFY(error.startsWith(QStringLiteral("/nonexistent/persona.json: cannot read")));
}

void TestPersona::eraYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year"); // -1: before Meiji

    QTest::newRow("昭和55 (ref example)") << QDate(1980, 2, 17) << 55;
    QTest::newRow("last day of 昭和") << QDate(1989, 1, 7) << 64;
    QTest::newRow("平成元年") << QDate(1989, 1, 8) << 1;
    QTest::newRow("last day of 平成") << QDate(2019, 4, 30) << 31;
    QTest::newRow("令和元年") << QDate(2019, 5, 1) << 1;
    QTest::newRow("昭和元年") << QDate(1926, 12, 25) << 1;
    QTest::newRow("大正15") << QDate(1926, 12, 24) << 15;
    QTest::newRow("大正元年") << QDate(1912, 7, 30) << 1;
    QTest::newRow("明治45") << QDate(1912, 7, 29) << 45;
    QTest::newRow("before 明治") << QDate(1868, 1, 24) << -1;
}

void TestPersona::eraYear()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    const auto result = japaneseEraYear(date);
    QCOMPARE(result.value_or(-1), year);
}

void TestPersona::codeB_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("securityCode");
    QTest::addColumn<QString>("form"); // code_b_birth_year; empty: not given (和暦)
    QTest::addColumn<QByteArray>("codeB");

    QTest::newRow("ref §4.6 example") << QStringLiteral("1980-02-17") << QStringLiteral("2035-02-17")
                                      << QStringLiteral("2285") << QString() << QByteArray("55021720352285");
    QTest::newRow("平成 birth") << QStringLiteral("2001-09-03") << QStringLiteral("2031-09-03")
                                << QStringLiteral("0007") << QString() << QByteArray("13090320310007");
    QTest::newRow("令和 birth") << QStringLiteral("2020-01-01") << QStringLiteral("2025-01-01")
                                << QStringLiteral("9999") << QString() << QByteArray("02010120259999");
    QTest::newRow("wareki given") << QStringLiteral("1980-02-17") << QStringLiteral("2035-02-17")
                                  << QStringLiteral("2285") << QStringLiteral("wareki") << QByteArray("55021720352285");
    QTest::newRow("western card face") << QStringLiteral("1980-02-17") << QStringLiteral("2035-02-17")
                                       << QStringLiteral("2285") << QStringLiteral("western")
                                       << QByteArray("80021720352285");
    QTest::newRow("western, 2000s birth")
        << QStringLiteral("2003-11-05") << QStringLiteral("2031-11-05") << QStringLiteral("4321")
        << QStringLiteral("western") << QByteArray("03110520314321");
    QTest::newRow("error: unknown form") << QStringLiteral("1980-02-17") << QStringLiteral("2035-02-17")
                                         << QStringLiteral("2285") << QStringLiteral("gregorian") << QByteArray();
}

void TestPersona::codeB()
{
    QFETCH(QString, birth);
    QFETCH(QString, expiry);
    QFETCH(QString, securityCode);
    QFETCH(QString, form);
    QFETCH(QByteArray, codeB);

    QJsonObject object = demoObject();
    object.insert(QStringLiteral("birth_date"), birth);
    object.insert(QStringLiteral("expiry_date"), expiry);
    object.insert(QStringLiteral("security_code"), securityCode);
    if (!form.isEmpty()) {
        object.insert(QStringLiteral("code_b_birth_year"), form);
    }
    QString error;
    const auto p = Persona::fromJson(QJsonDocument(object).toJson(), QStringLiteral("x.json"), &error);
    if (codeB.isEmpty()) {
        QVERIFY(!p);
        QVERIFY2(error.contains(QStringLiteral("code_b_birth_year")), qPrintable(error));
        return;
    }
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->codeB(), codeB);
}

void TestPersona::faultNames()
{
    for (const Fault fault : allFaults()) {
        QCOMPARE(faultFromName(faultName(fault)), fault);
    }
    QVERIFY(!faultFromName(QStringLiteral("")));
    QCOMPARE(allFaults().size(), 7);
}

QTEST_GUILESS_MAIN(TestPersona)
#include "TestPersona.moc"
