// The retry-counter state file: round trip, atomic write, and every way a state file can be refused.

#include "cardreader/virtualcard/Persona.h"
#include "cardreader/virtualcard/PersonaState.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::virtualcard;
using Counter = PersonaState::Counter;

namespace {

std::optional<Persona> demo()
{
    return Persona::load(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/personas/demo.json"), nullptr);
}

} // namespace

class TestPersonaState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void missingFileStartsFromThePersona();
    void refuses_data();
    void refuses();
    void limits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPersonaState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPersonaState::roundTrip()
{
    const auto p = demo();
    QVERIFY(p);
    PersonaState s = PersonaState::fromPersona(*p);
    QCOMPARE(s.personaId, QStringLiteral("demo"));
    QCOMPARE(s[Counter::Pin], 3);
    s[Counter::Pin] = 1;
    s[Counter::SignPassword] = 0;
    const QString path = m_dir->filePath(QStringLiteral("demo.state.json"));
    QString error;
    QVERIFY2(s.save(path, &error), qPrintable(error));
    const auto loaded = PersonaState::load(path, *p, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, s);
    // Written through a temporary file and a rename: nothing else is left in the folder.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("demo.state.json")});
    // Saving again replaces the file.
    s[Counter::Pin] = 2;
    QVERIFY(s.save(path, &error));
    QCOMPARE((*PersonaState::load(path, *p, &error))[Counter::Pin], 2);
}

void TestPersonaState::missingFileStartsFromThePersona()
{
    const auto p = demo();
    QVERIFY(p);
    QString error;
    const auto s = PersonaState::loadOrInitial(m_dir->filePath(QStringLiteral("none.json")), *p, &error);
    QVERIFY(s);
    QCOMPARE(*s, PersonaState::fromPersona(*p));
    QVERIFY(!PersonaState::load(m_dir->filePath(QStringLiteral("none.json")), *p, &error));
    QVERIFY(error.contains(QStringLiteral("cannot read")));
}

void TestPersonaState::refuses_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    const QByteArray tries = R"("tries": {"pin": 3, "code_a": 10, "code_b": 10, "auth_pin": 3, "sign_password": 5})";
    QTest::newRow("not JSON") << QByteArray("garbage") << QStringLiteral("not a state file");
    QTest::newRow("JSON array") << QByteArray("[]") << QStringLiteral("not a state file");
    QTest::newRow("another persona") << QByteArray(R"({"persona": "blocked", )" + tries + "}")
                                     << QStringLiteral("belongs to persona \"blocked\"");
    QTest::newRow("counter missing")
        << QByteArray(R"({"persona": "demo", "tries": {"pin": 3, "code_a": 10, "code_b": 10, "auth_pin": 3}})")
        << QStringLiteral("tries.sign_password");
    QTest::newRow("counter too high")
        << QByteArray(
               R"({"persona": "demo", "tries": {"pin": 4, "code_a": 10, "code_b": 10, "auth_pin": 3, "sign_password": 5}})")
        << QStringLiteral("tries.pin\": must be an integer from 0 to 3");
    QTest::newRow("counter negative")
        << QByteArray(
               R"({"persona": "demo", "tries": {"pin": 3, "code_a": -1, "code_b": 10, "auth_pin": 3, "sign_password": 5}})")
        << QStringLiteral("tries.code_a");
    QTest::newRow("counter as string")
        << QByteArray(
               R"({"persona": "demo", "tries": {"pin": "3", "code_a": 10, "code_b": 10, "auth_pin": 3, "sign_password": 5}})")
        << QStringLiteral("tries.pin");
}

void TestPersonaState::refuses()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const auto p = demo();
    QVERIFY(p);
    const QString path = m_dir->filePath(QStringLiteral("state.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(!PersonaState::loadOrInitial(path, *p, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestPersonaState::limits()
{
    QCOMPARE(PersonaState::maxTries(Counter::Pin), 3);
    QCOMPARE(PersonaState::maxTries(Counter::AuthPin), 3);
    QCOMPARE(PersonaState::maxTries(Counter::SignPassword), 5);
    QCOMPARE(PersonaState::maxTries(Counter::CodeA), 10);
    QCOMPARE(PersonaState::maxTries(Counter::CodeB), 10);
    QVERIFY(!PersonaState().save(QStringLiteral("/nonexistent/dir/state.json"), nullptr));
}

QTEST_GUILESS_MAIN(TestPersonaState)
#include "TestPersonaState.moc"
