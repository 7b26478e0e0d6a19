// kakanai-forms as a user runs it: output, JSON and exit codes of every command.
#include "forms/JsonSchema.h"
#include "tests/forms/FormsTestSupport.h"
#include "tests/support/ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

namespace {

using Run = kakanai::testsupport::ProgramRun;

Run run(const QStringList &args)
{
    return kakanai::testsupport::runProgram(binPath(QStringLiteral("kakanai-forms")), args);
}

QStringList fillArgs(const QString &form, const QString &resident, const QString &answers)
{
    return {QStringLiteral("fill"),
            QStringLiteral("--form"),
            form,
            QStringLiteral("--resident"),
            sourcePath(QStringLiteral("resources/examples/residents/") + resident),
            QStringLiteral("--answers"),
            answers,
            QStringLiteral("--now"),
            QStringLiteral("2025-04-10T10:00:00+09:00"),
            QStringLiteral("--municipality"),
            QStringLiteral("東京都千代田区"),
            QStringLiteral("--municipality-code"),
            QStringLiteral("13101"),
            QStringLiteral("--kiosk-id"),
            QStringLiteral("chiyoda-01"),
            QStringLiteral("--postal-db"),
            postalDatabasePath()};
}

} // namespace

class TestFormsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list();
    void listJson();
    void postal_data();
    void postal();
    void wareki_data();
    void wareki();
    void fillPrintsSchemaValidRequests_data();
    void fillPrintsSchemaValidRequests();
    void fillErrors_data();
    void fillErrors();
    void usageErrors_data();
    void usageErrors();
    void configFileSuppliesSettings();
};

void TestFormsCli::list()
{
    const Run r = run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 8); // the seven certificates and notifications, and the 世帯変更届
    QVERIFY(lines.first().startsWith(QStringLiteral("juminhyo\t住民票の写し等交付請求書\t")));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                        [](const QString &l) { return l.startsWith(QStringLiteral("setai_henko\t")); }));
    QVERIFY(r.err.isEmpty());
}

void TestFormsCli::listJson()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray forms = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(forms.size(), 8);
    QCOMPARE(forms.at(4).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("tennyu"));
    QCOMPARE(forms.at(4).toObject().value(QStringLiteral("asks_individual_number")).toBool(), true);
    QCOMPARE(forms.at(0).toObject().value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(),
             QStringLiteral("Request for a copy of the residence record"));
}

void TestFormsCli::postal_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("candidates");
    QTest::newRow("found with hyphen") << QStringLiteral("100-0001") << 0 << 1;
    QTest::newRow("found full-width") << QStringLiteral("８４３－０００１") << 0 << 1;
    QTest::newRow("several towns") << QStringLiteral("4520961") << 0 << 66;
    QTest::newRow("error: unknown code") << QStringLiteral("0000000") << 1 << 0;
    QTest::newRow("error: not a code") << QStringLiteral("12-34") << 1 << 0;
}

void TestFormsCli::postal()
{
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    QFETCH(int, candidates);
    const Run r = run({QStringLiteral("postal"), code, QStringLiteral("--json"), QStringLiteral("--postal-db"),
                       postalDatabasePath()});
    QCOMPARE(r.exitCode, exitCode);
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), candidates);
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"postal_code", "prefecture", "municipality", "municipality_code", "town"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
    }
    const Run text = run({QStringLiteral("postal"), code, QStringLiteral("--postal-db"), postalDatabasePath()});
    QCOMPARE(text.exitCode, exitCode);
    QCOMPARE(QString::fromUtf8(text.out).count(QLatin1Char('\n')), candidates);
}

void TestFormsCli::wareki_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("wareki reiwa gannen") << QStringList{QStringLiteral("wareki"), QStringLiteral("2019-05-01")} << 0
                                         << QStringLiteral("令和元年5月1日");
    QTest::newRow("wareki heisei") << QStringList{QStringLiteral("wareki"), QStringLiteral("1989-01-08")} << 0
                                   << QStringLiteral("平成元年1月8日");
    QTest::newRow("seireki") << QStringList{QStringLiteral("seireki"), QStringLiteral("令和元年5月1日")} << 0
                             << QStringLiteral("2019-05-01");
    QTest::newRow("seireki full-width letter")
        << QStringList{QStringLiteral("seireki"), QStringLiteral("Ｓ６４．１．７")} << 0
        << QStringLiteral("1989-01-07");
    QTest::newRow("error: wareki before meiji")
        << QStringList{QStringLiteral("wareki"), QStringLiteral("1868-01-24")} << 2 << QString();
    QTest::newRow("error: wareki bad date")
        << QStringList{QStringLiteral("wareki"), QStringLiteral("2019-02-30")} << 2 << QString();
    QTest::newRow("error: seireki outside era")
        << QStringList{QStringLiteral("seireki"), QStringLiteral("平成31年5月1日")} << 2 << QString();
}

void TestFormsCli::wareki()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), output);
    QCOMPARE(r.err.isEmpty(), exitCode == 0);
}

void TestFormsCli::fillPrintsSchemaValidRequests_data()
{
    QTest::addColumn<QString>("form");
    for (const QString &id : embeddedCatalog().ids()) {
        QTest::newRow(qPrintable(id)) << id;
    }
}

void TestFormsCli::fillPrintsSchemaValidRequests()
{
    QFETCH(QString, form);
    const QString resident =
        form == QLatin1String("tennyu") ? QStringLiteral("suzuki_hanako.json") : QStringLiteral("yamada_taro.json");
    const Run r =
        run(fillArgs(form, resident, sourcePath(QStringLiteral("resources/examples/answers/%1.json").arg(form))));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject request = QJsonDocument::fromJson(r.out).object();
    const auto schema = JsonSchema::load(readBytes(sourcePath(QStringLiteral("resources/schema/request.schema.json"))));
    QVERIFY(schema.ok());
    QVERIFY(schema->validate(request).isEmpty());
    QCOMPARE(request.value(QStringLiteral("kiosk_id")).toString(), QStringLiteral("chiyoda-01"));
    QCOMPARE(request.value(QStringLiteral("municipality_code")).toString(), QStringLiteral("13101"));
    QCOMPARE(request.value(QStringLiteral("card")).toObject().value(QStringLiteral("integrity")).toString(),
             form == QLatin1String("tennyu") ? QStringLiteral("not_verifiable") : QStringLiteral("verified"));
}

void TestFormsCli::fillErrors_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("resident");
    QTest::addColumn<QByteArray>("answers");
    QTest::addColumn<QStringList>("errors"); // "field:code"
    QTest::newRow("error: missing answers")
        << QStringLiteral("juminhyo") << QStringLiteral("yamada_taro.json")
        << QByteArray(R"({"resident":{"relation":"self"}})")
        << QStringList{QStringLiteral("scope:required"), QStringLiteral("purpose:required"),
                       QStringLiteral("id_document:required")};
    QTest::newRow("error: rule of the form")
        << QStringLiteral("inkan") << QStringLiteral("yamada_taro.json")
        << QByteArray(R"({"resident":{"registration_number":"1","registration_card_presented":false}})")
        << QStringList{QStringLiteral("registration_card_presented:registration_card_required")};
    QTest::newRow("error: unknown section")
        << QStringLiteral("inkan") << QStringLiteral("yamada_taro.json") << QByteArray(R"({"office":{}})")
        << QStringList{QStringLiteral("answers.office:invalid_answers")};
    QTest::newRow("error: answers not json") << QStringLiteral("inkan") << QStringLiteral("yamada_taro.json")
                                             << QByteArray("{") << QStringList{QStringLiteral("answers:invalid_json")};
}

void TestFormsCli::fillErrors()
{
    QFETCH(QString, form);
    QFETCH(QString, resident);
    QFETCH(QByteArray, answers);
    QFETCH(QStringList, errors);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("answers.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(answers);
    f.close();
    const Run r = run(fillArgs(form, resident, f.fileName()));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("errors")).toArray();
    QStringList actual;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("message")}));
        QVERIFY(!o.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("forms.")));
        actual.append(o.value(QStringLiteral("field")).toString() + QLatin1Char(':') +
                      o.value(QStringLiteral("code")).toString());
    }
    actual.sort();
    errors.sort();
    QCOMPARE(actual, errors);
}

void TestFormsCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("error: unknown command") << QStringList{QStringLiteral("print")};
    QTest::newRow("error: fill without answers")
        << QStringList{QStringLiteral("fill"), QStringLiteral("--form"), QStringLiteral("inkan")};
    QTest::newRow("error: unknown form") << QStringList{
        QStringLiteral("fill"),   QStringLiteral("--form"),    QStringLiteral("kekkon"), QStringLiteral("--resident"),
        QStringLiteral("r.json"), QStringLiteral("--answers"), QStringLiteral("a.json")};
    QTest::newRow("error: missing resident file") << QStringList{QStringLiteral("fill"),
                                                                 QStringLiteral("--form"),
                                                                 QStringLiteral("inkan"),
                                                                 QStringLiteral("--resident"),
                                                                 QStringLiteral("/nonexistent/r.json"),
                                                                 QStringLiteral("--answers"),
                                                                 QStringLiteral("/nonexistent/a.json")};
    QTest::newRow("error: broken forms folder")
        << QStringList{QStringLiteral("list"), QStringLiteral("--forms-dir"), QStringLiteral("/nonexistent")};
}

void TestFormsCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestFormsCli::configFileSuppliesSettings()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
    QSettings settings(ini, QSettings::IniFormat);
    settings.setValue(QStringLiteral("kiosk/id"), QStringLiteral("ini-kiosk"));
    settings.setValue(QStringLiteral("kiosk/municipality"), QStringLiteral("大阪府大阪市北区"));
    settings.setValue(QStringLiteral("postal/database"), postalDatabasePath());
    settings.sync();
    // With the kiosk in 大阪市北区, moving in from 大阪市北区 is a 転居, not a 転入.
    const Run r =
        run({QStringLiteral("fill"), QStringLiteral("--config"), ini, QStringLiteral("--form"),
             QStringLiteral("tennyu"), QStringLiteral("--resident"),
             sourcePath(QStringLiteral("resources/examples/residents/suzuki_hanako.json")), QStringLiteral("--answers"),
             sourcePath(QStringLiteral("resources/examples/answers/tennyu.json")), QStringLiteral("--now"),
             QStringLiteral("2025-04-10T10:00:00+09:00"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("previous_address_in_municipality")));
    QVERIFY(out.contains(QStringLiteral("new_address_outside_municipality")));
    QVERIFY(out.contains(QStringLiteral("A move within the municipality")));
    const Run postal = run({QStringLiteral("postal"), QStringLiteral("1000001"), QStringLiteral("--config"), ini});
    QCOMPARE(postal.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestFormsCli)
#include "TestFormsCli.moc"
