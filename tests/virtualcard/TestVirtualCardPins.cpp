// Retry counters of the virtual card: decrement, block, reset on success, independence of the keys, and
// persistence through the state listener and the state file, as the executable wires them.

#include "tests/virtualcard/CardFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::virtualcard;
using namespace kakanai::virtualcard::testing;
using Counter = PersonaState::Counter;

class TestVirtualCardPins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongValues_data();
    void wrongValues();
    void countersAreIndependent();
    void listenerSeesEveryChange();
    void triesSurviveARestart();
    void resetStateStartsFromThePersona();
    void quirk6f00AfterEveryPowerOn();
};

void TestVirtualCardPins::wrongValues_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QByteArray>("application"); // select command
    QTest::addColumn<int>("keyP2");
    QTest::addColumn<QByteArray>("wrong");
    QTest::addColumn<int>("counter");
    QTest::addColumn<int>("startTries");

    const QByteArray is = selectInputSupport();
    const QByteArray jp = selectJpki();
    QTest::newRow("input-support PIN") << QStringLiteral("demo") << is << 0x91 << QByteArray("9999")
                                       << static_cast<int>(Counter::Pin) << 3;
    QTest::newRow("input-support PIN, one try left")
        << QStringLiteral("one-try-left") << is << 0x91 << QByteArray("9999") << static_cast<int>(Counter::Pin) << 1;
    QTest::newRow("照合番号A") << QStringLiteral("demo") << is << 0x94 << QByteArray("111111111111")
                               << static_cast<int>(Counter::CodeA) << 10;
    QTest::newRow("照合番号B") << QStringLiteral("demo") << is << 0x95 << QByteArray("11111111111111")
                               << static_cast<int>(Counter::CodeB) << 10;
    QTest::newRow("JPKI auth PIN") << QStringLiteral("demo") << jp << 0x98 << QByteArray("0000")
                                   << static_cast<int>(Counter::AuthPin) << 3;
    QTest::newRow("JPKI sign password") << QStringLiteral("demo") << jp << 0x9B << QByteArray("WRONG1")
                                        << static_cast<int>(Counter::SignPassword) << 5;
}

void TestVirtualCardPins::wrongValues()
{
    QFETCH(QString, persona);
    QFETCH(QByteArray, application);
    QFETCH(int, keyP2);
    QFETCH(QByteArray, wrong);
    QFETCH(int, counter);
    QFETCH(int, startTries);

    auto card = makeCard(persona);
    QVERIFY(card);
    const auto p2 = static_cast<std::uint8_t>(keyP2);
    QCOMPARE(send(*card, application).sw, std::uint16_t(0x9000));
    QCOMPARE(send(*card, verify(p2, {})).sw, std::uint16_t(0x63C0 | startTries));
    for (int left = startTries - 1; left >= 0; --left) {
        QCOMPARE(send(*card, verify(p2, wrong)).sw, std::uint16_t(0x63C0 | left));
        QCOMPARE(card->state()[static_cast<Counter>(counter)], left);
    }
    // Blocked: every VERIFY, with or without data, right or wrong.
    QCOMPARE(send(*card, verify(p2, {})).sw, std::uint16_t(0x6984));
    QCOMPARE(send(*card, verify(p2, wrong)).sw, std::uint16_t(0x6984));
    card->powerOff();
    card->powerOn();
    QCOMPARE(send(*card, application).sw, std::uint16_t(0x9000));
    QCOMPARE(send(*card, verify(p2, {})).sw, std::uint16_t(0x6984));
    QCOMPARE(card->state()[static_cast<Counter>(counter)], 0);
}

void TestVirtualCardPins::countersAreIndependent()
{
    // A wrong 入力補助 PIN does not use up 利用者証明用 tries, even when the digits are the same (ref §5.1).
    const auto p = loadPersona(QStringLiteral("demo"));
    auto card = makeCard(QStringLiteral("demo"));
    QVERIFY(p && card);
    send(*card, selectInputSupport());
    QCOMPARE(send(*card, verify(0x91, "0000")).sw, std::uint16_t(0x63C2));
    QCOMPARE(send(*card, verify(0x95, "00000000000000")).sw, std::uint16_t(0x63C9));
    send(*card, selectJpki());
    QCOMPARE(send(*card, verify(0x98, {})).sw, std::uint16_t(0x63C3));
    QCOMPARE(send(*card, verify(0x9B, {})).sw, std::uint16_t(0x63C5));
    QCOMPARE(card->state()[Counter::Pin], 2);
    QCOMPARE(card->state()[Counter::CodeB], 9);
    QCOMPARE(card->state()[Counter::CodeA], 10);
    QCOMPARE(card->state()[Counter::AuthPin], 3);
    // The right PIN restores its own counter only.
    send(*card, selectInputSupport());
    QCOMPARE(send(*card, verify(0x91, p->pin)).sw, std::uint16_t(0x9000));
    QCOMPARE(card->state()[Counter::Pin], 3);
    QCOMPARE(card->state()[Counter::CodeB], 9);
}

void TestVirtualCardPins::listenerSeesEveryChange()
{
    const auto p = loadPersona(QStringLiteral("demo"));
    auto card = makeCard(QStringLiteral("demo"));
    QVERIFY(p && card);
    QList<int> seen;
    card->setStateListener([&seen](const PersonaState &s) { seen.append(s[Counter::Pin]); });
    send(*card, selectInputSupport());
    send(*card, verify(0x91, {}));    // query: no change
    send(*card, verify(0x91, "123")); // wrong length: no change
    send(*card, verify(0x91, "0000"));
    send(*card, verify(0x91, "0000"));
    send(*card, verify(0x91, p->pin));
    send(*card, verify(0x91, p->pin)); // already at the maximum: nothing to write
    QCOMPARE(seen, (QList<int>{2, 1, 3}));
}

void TestVirtualCardPins::triesSurviveARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.state.json"));
    const auto p = loadPersona(QStringLiteral("demo"));
    QVERIFY(p);
    {
        auto initial = PersonaState::loadOrInitial(path, *p, nullptr);
        QVERIFY(initial);
        VirtualCard card(*p, keysFor(*p), *initial);
        card.setStateListener([path](const PersonaState &s) { QVERIFY(s.save(path, nullptr)); });
        card.powerOn();
        send(card, selectInputSupport());
        QCOMPARE(send(card, verify(0x91, "0000")).sw, std::uint16_t(0x63C2));
        QCOMPARE(send(card, verify(0x91, "0000")).sw, std::uint16_t(0x63C1));
    }
    // A new emulator on the same state file.
    QString error;
    const auto restored = PersonaState::loadOrInitial(path, *p, &error);
    QVERIFY2(restored, qPrintable(error));
    VirtualCard card(*p, keysFor(*p), *restored);
    card.powerOn();
    send(card, selectInputSupport());
    QCOMPARE(send(card, verify(0x91, {})).sw, std::uint16_t(0x63C1));
}

void TestVirtualCardPins::resetStateStartsFromThePersona()
{
    const auto p = loadPersona(QStringLiteral("one-try-left"));
    QVERIFY(p);
    VirtualCard card(*p, keysFor(*p), PersonaState::fromPersona(*p));
    card.powerOn();
    send(card, selectInputSupport());
    QCOMPARE(send(card, verify(0x91, {})).sw, std::uint16_t(0x63C1));
    QCOMPARE(send(card, verify(0x91, p->pin)).sw, std::uint16_t(0x9000));
    QCOMPARE(card.state()[Counter::Pin], 3);
    QCOMPARE(PersonaState::fromPersona(*p)[Counter::Pin], 1);
}

void TestVirtualCardPins::quirk6f00AfterEveryPowerOn()
{
    auto card = makeCard(QStringLiteral("demo"), VirtualCard::Options{true});
    QVERIFY(card);
    // makeCard powered it on: the first command of the session answers 6F00, whatever it is.
    QCOMPARE(send(*card, selectInputSupport()).sw, std::uint16_t(0x6F00));
    QCOMPARE(send(*card, selectInputSupport()).sw, std::uint16_t(0x9000));
    card->reset(); // a warm reset is no power cycle
    QCOMPARE(send(*card, selectInputSupport()).sw, std::uint16_t(0x9000));
    card->powerOff();
    card->powerOn();
    QCOMPARE(sendHex(*card, "00").sw, std::uint16_t(0x6F00));
    QCOMPARE(sendHex(*card, "00").sw, std::uint16_t(0x6700));
}

QTEST_GUILESS_MAIN(TestVirtualCardPins)
#include "TestVirtualCardPins.moc"
