// Every status word of the virtual card, driven through VirtualCard::process() with recorded command sequences.
// Each row is an exchange: a list of steps "COMMAND-HEX > SW [len=N] [data=HEX] [prefix=HEX]", or "on", "off",
// "reset" for the card's power. The persona is demo (PIN 1234 = 31323334, 照合番号B 60041220342468, sign
// password KAKANAI2024) unless the row names another.

#include "tests/virtualcard/CardFixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace kakanai::virtualcard;
using namespace kakanai::virtualcard::testing;

namespace {

// Shorthands inside the exchange strings.
const QList<std::pair<QString, QString>> Macros = {
    {QStringLiteral("SEL_IS"), QStringLiteral("00A4040C0AD3921000310001010408")},
    {QStringLiteral("SEL_JP"), QStringLiteral("00A4040C0AD392F000260100000001")},
    {QStringLiteral("PIN_OK"), QStringLiteral("002000800431323334")},
    {QStringLiteral("PIN_BAD"), QStringLiteral("002000800439393939")},
    {QStringLiteral("DIGESTINFO"), QStringLiteral("3031300D060960864801650304020105000420"
                                                  "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F")},
    {QStringLiteral("HASH32"), QStringLiteral("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F")},
};

QString expand(QString text)
{
    for (const auto &[name, value] : Macros) {
        text.replace(name, value);
    }
    return text.remove(QLatin1Char(' '));
}

} // namespace

class TestVirtualCardCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exchange_data();
    void exchange();
    void neverCrashesOnShortGarbage();
};

void TestVirtualCardCommands::exchange_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QStringList>("steps");

    const auto row = [](const char *name, const QStringList &steps, const QString &persona = QStringLiteral("demo")) {
        QTest::newRow(name) << persona << steps;
    };

    // SELECT (ref §3, §1 notes)
    row("select input-support AP", {QStringLiteral("SEL_IS > 9000")});
    row("select JPKI AP", {QStringLiteral("SEL_JP > 9000")});
    row("select 券面AP not emulated", {QStringLiteral("00A4040C0AD3921000310001010402 > 6A82")});
    row("select unknown AID", {QStringLiteral("00A4040C07A0000000031010 > 6A82")});
    row("select AID with Le accepted", {QStringLiteral("SEL_IS 00 > 9000")});
    row("select AID prefix selects the first match",
        {QStringLiteral("00A4040C04D3921000 > 9000"), QStringLiteral("00A4020C020011 > 9000"),
         QStringLiteral("00200080 > 63C3")});
    row("select AID longer than 16 bytes", {QStringLiteral("00A4040C11D3921000310001010408 00000000000000 > 6700")});
    row("select AID without data", {QStringLiteral("00A4040C > 6700")});
    row("select AID asking for FCI", {QStringLiteral("00A404000AD3921000310001010408 > 6A86")});
    row("select EF under the AP", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020002 > 9000")});
    row("select missing EF", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020009 > 6A82")});
    row("select JPKI EF in input-support AP",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C02000A > 6A82")});
    row("select EF at the MF", {QStringLiteral("00A4020C020002 > 6A82")});
    row("select EF with a one-byte id", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C0102 > 6700")});
    row("select EF asking for FCI", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020002 0002 > 6A86")});
    row("select MF right after reset", {QStringLiteral("00A40000 > 6A86")});
    row("select MF with an AP current changes nothing",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"), QStringLiteral("00A40000 > 9000"),
         QStringLiteral("00B0000004 > 9000 data=7F218202")});
    row("select FID 3F00", {QStringLiteral("00A4000C023F00 > 6A82")});
    row("select by path", {QStringLiteral("00A4080C023F00 > 6A86")});
    row("select child DF", {QStringLiteral("00A4010C020001 > 6A86")});
    row("failed select keeps the current EF",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"),
         QStringLiteral("00A4020C020009 > 6A82"), QStringLiteral("00B0000004 > 9000 data=7F218202")});

    // READ BINARY (ref §2.4)
    row("read without current EF", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0000000 > 6986")});
    row("read at the MF by SFI", {QStringLiteral("00B0840000 > 6A82")});
    row("read attributes without PIN", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0820000 > 6982")});
    row("read number without PIN", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0810000 > 6982")});
    row("read integrity without PIN", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0830000 > 6982")});
    row("read certificate free",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0840000 > 9000 len=256 prefix=7F218202335F4E820129")});
    row("read basic info free",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0850000 > 9000 prefix=FF40819EDF410401030E01")});
    row("read SFI 1F not present", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B09F0000 > 6A82")});
    row("read SFI 0", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0800000 > 6A86")});
    row("read P1 with reserved bits", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0A40000 > 6A86")});
    row("read key EF", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020011 > 9000"),
                        QStringLiteral("00B0000000 > 6981")});
    row("read key EF by SFI", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0910000 > 6981")});
    row("read without Le", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B08400 > 6700")});
    row("read with a data field", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0840001FF > 6700")});
    row("read SFI makes the EF current",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0840004 > 9000 data=7F218202"),
         QStringLiteral("00B0000404 > 9000 data=335F4E82")});
    row("read offset at the end", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"),
                                   QStringLiteral("00B0023800 > 6B00")});
    row("read offset past the end", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"),
                                     QStringLiteral("00B07FFF01 > 6B00")});
    row("read crossing the end returns the rest",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"),
         QStringLiteral("00B0020000 > 9000 len=56")});
    row("read the last byte", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"),
                               QStringLiteral("00B0023700 > 9000 len=1")});
    row("read with extended Le 65536", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"),
                                        QStringLiteral("00B00000000000 > 9000 len=568")});
    row("read with extended Le 0x031F", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020004 > 9000"),
                                         QStringLiteral("00B0000400031F > 9000 len=564")});
    row("read SFI offset past a short file",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 04 31323334 > 9000"),
         QStringLiteral("00B0811100 > 6B00")});
    row("read number file physical 17 bytes",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020011 > 9000"), QStringLiteral("PIN_OK > 9000"),
         QStringLiteral("00B0810000 > 9000 data=FF100C313233343536373839303138FFFF")});
    row("read attributes physical size",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 04 31323334 > 9000"),
         QStringLiteral("00B0820000 > 9000 len=256 prefix=FF205FDF2108000E"),
         QStringLiteral("00B0010000 > 9000 len=256"), QStringLiteral("00B0020000 > 6B00")});
    row("read integrity record 336 bytes",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 04 31323334 > 9000"),
         QStringLiteral("00B0830000 > 9000 len=256 prefix=FF3082014BDF3120"),
         QStringLiteral("00B0010000 > 9000 len=80")});

    // VERIFY and the counters (ref §5.2)
    row("query PIN tries",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020011 > 9000"), QStringLiteral("00200080 > 63C3")});
    row("query PIN tries by SFI", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 > 63C3")});
    row("query 照合番号A and B",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200094 > 63CA"), QStringLiteral("00200095 > 63CA")});
    row("query one try left", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 > 63C1")},
        QStringLiteral("one-try-left"));
    row("query blocked", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 > 6984")},
        QStringLiteral("blocked"));
    row("blocked refuses the right PIN",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("002000910432323232 > 6984"),
         QStringLiteral("00B0820000 > 6982")},
        QStringLiteral("blocked"));
    row("blocked card still opens with code B",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200095 0E 3431303933303230323938363432 > 9000"),
         QStringLiteral("00B0820000 > 9000 prefix=FF20")},
        QStringLiteral("blocked"));
    row("right PIN",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020011 > 9000"), QStringLiteral("PIN_OK > 9000"),
         QStringLiteral("00200080 > 9000"), QStringLiteral("00B0820000 > 9000 prefix=FF20")});
    row("wrong PIN counts down to blocked",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020011 > 9000"), QStringLiteral("PIN_BAD > 63C2"),
         QStringLiteral("00200080 > 63C2"), QStringLiteral("PIN_BAD > 63C1"), QStringLiteral("PIN_BAD > 63C0"),
         QStringLiteral("00200080 > 6984"), QStringLiteral("PIN_OK > 6984"), QStringLiteral("PIN_BAD > 6984")});
    row("right PIN restores the counter",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020011 > 9000"), QStringLiteral("PIN_BAD > 63C2"),
         QStringLiteral("PIN_OK > 9000"), QStringLiteral("off"), QStringLiteral("on"), QStringLiteral("SEL_IS > 9000"),
         QStringLiteral("00200091 > 63C3")});
    row("wrong PIN after a right one drops the security state",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020011 > 9000"), QStringLiteral("PIN_OK > 9000"),
         QStringLiteral("PIN_BAD > 63C2"), QStringLiteral("00B0820000 > 6982")});
    row("PIN of wrong length costs nothing",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("002000910331323 3 > 6700"),
         QStringLiteral("00200091053132333435 > 6700"), QStringLiteral("00200091 > 63C3")});
    row("PIN with letters costs a try",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("0020009104414243 44 > 63C2")});
    row("verify P1 not 00", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200180 > 6A86")});
    row("verify P2 00", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200000 > 6A86")});
    row("verify P2 80 without a key EF", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200080 > 6A88")});
    row("verify P2 80 on a binary EF",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00A4020C020002 > 9000"), QStringLiteral("00200080 > 6A88")});
    row("verify SFI of a binary EF", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200082 > 6A88")});
    row("verify SFI of a missing key", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200098 > 6A88")});
    row("verify at the MF", {QStringLiteral("00200091 > 6A88")});
    row("verify with Le", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("0020009100 > 6700")});

    // Access rules of the input-support AP (ref §4.1, §4.6)
    row("code A opens the number only",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200094 0C 313233343536373839303138 > 9000"),
         QStringLiteral("00B0810000 > 9000 len=17"), QStringLiteral("00B0820000 > 6982"),
         QStringLiteral("00B0830000 > 9000 len=256")});
    row("code B opens the attributes only",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200095 0E 3630303431323230333432343638 > 9000"),
         QStringLiteral("00B0820000 > 9000 prefix=FF20"), QStringLiteral("00B0810000 > 6982"),
         QStringLiteral("00B0830000 > 9000 len=256")});
    row("wrong code B",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200095 0E 3630303431323230333432343639 > 63C9")});
    row("code B of wrong length",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200095 0C 363030343132323033343234 > 6700")});
    row("security state is per application",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
         QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 > 63C3"), QStringLiteral("00B0820000 > 6982"),
         QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 > 9000")});

    // Power and reset (ref §2.3)
    row("power cycle clears the security state",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("PIN_OK > 6A88"),
         QStringLiteral("00200091 04 31323334 > 9000"), QStringLiteral("off"), QStringLiteral("on"),
         QStringLiteral("SEL_IS > 9000"), QStringLiteral("00B0820000 > 6982")});
    row("warm reset keeps the security state",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00200091 04 31323334 > 9000"), QStringLiteral("reset"),
         QStringLiteral("00B0820000 > 6A82"), QStringLiteral("00A40000 > 6A86"), QStringLiteral("SEL_IS > 9000"),
         QStringLiteral("00B0820000 > 9000 prefix=FF20")});
    row("unpowered card", {QStringLiteral("off"), QStringLiteral("SEL_IS > 6F00")});

    // 公的個人認証AP (ref §6)
    row("JPKI token info",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00B0860000 > 9000 len=160 prefix=4A504B49415049434354"
                                                         "4F4B454E3220202020202020202020202020202020")});
    row("JPKI certificate availability",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00B0880000 > 9000 data=8F8F00")});
    row("JPKI auth certificate free",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00B08A0004 > 9000 prefix=3082")});
    row("JPKI auth CA certificate free",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00B08B0004 > 9000 prefix=3082")});
    row("JPKI sign CA certificate free",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00B0820004 > 9000 prefix=3082")});
    row("JPKI sign certificate needs the password",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00B0810004 > 6982"),
         QStringLiteral("00200098 04 31323334 > 9000"), QStringLiteral("00B0810004 > 6982"),
         QStringLiteral("0020009B 0B 4B414B414E414932303234 > 9000"), QStringLiteral("00B0810004 > 9000 prefix=3082")});
    row("JPKI sign password tries",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("0020009B > 63C5"),
         QStringLiteral("0020009B 06 414243444546 > 63C4"), QStringLiteral("0020009B 05 4142434445 > 6700"),
         QStringLiteral("0020009B 11 4142434445464748494A4B4C4D4E4F5051 > 6700")});
    row("JPKI auth PIN tries",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00A4020C020018 > 9000"), QStringLiteral("00200080 > 63C3")});
    row("JPKI auth PIN differs from input-support PIN",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 63C2")},
        QStringLiteral("outside-jis"));
    row("JPKI read key EF", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00A4020C020017 > 9000"),
                             QStringLiteral("00B0000000 > 6981")});

    // COMPUTE DIGITAL SIGNATURE (ref §6.3)
    row("sign after PIN",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00A4020C020018 > 9000"), QStringLiteral("PIN_OK > 9000"),
         QStringLiteral("00A4020C020017 > 9000"), QStringLiteral("802A008033 DIGESTINFO 00 > 9000 len=256")});
    row("sign by SFI", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                        QStringLiteral("802A009733 DIGESTINFO 00 > 9000 len=256")});
    row("sign without PIN", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00A4020C020017 > 9000"),
                             QStringLiteral("802A008033 DIGESTINFO 00 > 6982")});
    row("sign key needs the sign password",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
         QStringLiteral("802A009A33 DIGESTINFO 00 > 6982")});
    row("sign with the sign key",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("0020009B 0B 4B414B414E414932303234 > 9000"),
         QStringLiteral("802A009A33 DIGESTINFO 00 > 9000 len=256")});
    row("sign with no key EF current", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                                        QStringLiteral("802A008033 DIGESTINFO 00 > 6A88")});
    row("sign with a certificate EF current",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
         QStringLiteral("00A4020C02000A > 9000"), QStringLiteral("802A008033 DIGESTINFO 00 > 6A88")});
    row("sign with a PIN key named", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                                      QStringLiteral("802A009833 DIGESTINFO 00 > 6A88")});
    row("sign scheme 06", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("802A069733 DIGESTINFO 00 > 6A86")});
    row("sign P2 00", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("802A000033 DIGESTINFO 00 > 6A86")});
    row("sign without data", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                              QStringLiteral("802A009700 > 6700")});
    row("sign input longer than 245 bytes",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
         QStringLiteral("802A0097F6") + QStringLiteral("AB").repeated(246) + QStringLiteral("00 > 6700")});
    row("sign input of 245 bytes",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
         QStringLiteral("802A0097F5") + QStringLiteral("AB").repeated(245) + QStringLiteral("00 > 9000 len=256")});
    row("sign scheme 01", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                           QStringLiteral("802A019703 616263 00 > 9000 len=256")});
    row("sign scheme 02", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                           QStringLiteral("802A029720 HASH32 00 > 9000 len=256")});
    row("sign scheme 02 with 31 bytes",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
         QStringLiteral("802A02971F") + QStringLiteral("00").repeated(31) + QStringLiteral("00 > 6985")});
    row("sign scheme 03", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                           QStringLiteral("802A039703 616263 00 > 9000 len=256")});
    row("sign scheme 04", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                           QStringLiteral("802A049720 HASH32 00 > 9000 len=256")});
    row("sign scheme 04 with 33 bytes",
        {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
         QStringLiteral("802A049721") + QStringLiteral("00").repeated(33) + QStringLiteral("00 > 6985")});
    row("sign scheme 05", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                           QStringLiteral("802A059703 616263 00 > 9000 len=256")});
    row("sign with short Le", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                               QStringLiteral("802A009733 DIGESTINFO 80 > 6700")});
    row("sign without Le", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("00200098 04 31323334 > 9000"),
                            QStringLiteral("802A009733 DIGESTINFO > 9000 len=256")});
    row("sign in the input-support AP",
        {QStringLiteral("SEL_IS > 9000"), QStringLiteral("802A009333 DIGESTINFO 00 > 6A88")});

    // GET CHALLENGE, GET DATA
    row("get challenge", {QStringLiteral("0084000008 > 9000 len=8")});
    row("get challenge 256", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("0084000000 > 9000 len=256")});
    row("get challenge without Le", {QStringLiteral("00840000 > 6700")});
    row("get challenge P1 not 00", {QStringLiteral("0084010008 > 6A86")});
    row("get challenge extended Le 257", {QStringLiteral("00840000000101 > 6700")});
    row("get data ATR at the MF", {QStringLiteral("00CA5F5100 > 9000 data=E000FF8131FE4514")});
    row("get data ATR in an AP", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("00CA5F5100 > 6A88")});
    row("get data unknown tag", {QStringLiteral("00CA010100 > 6A88")});
    row("get data without Le", {QStringLiteral("00CA5F51 > 6700")});

    // CLA (ref §2.3)
    row("secure messaging on SELECT", {QStringLiteral("08A4040C0AD3921000310001010408 > 6882")});
    row("secure messaging 0C on SELECT", {QStringLiteral("0CA4040C0AD3921000310001010408 > 6882")});
    row("secure messaging on READ BINARY", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("0CB0840000 > 69FC")});
    row("secure messaging on VERIFY", {QStringLiteral("SEL_IS > 9000"), QStringLiteral("08200091 > 69FC")});
    row("logical channel 1", {QStringLiteral("01A4040C0AD3921000310001010408 > 6881")});
    row("logical channel 3", {QStringLiteral("03B0840000 > 6881")});
    row("logical channel 4 and up", {QStringLiteral("40A4040C0AD3921000310001010408 > 6881")});
    row("command chaining", {QStringLiteral("10A4040C0AD3921000310001010408 > 6884")});
    row("reserved CLA", {QStringLiteral("20B0840000 > 6E00")});
    row("CLA FF", {QStringLiteral("FFA40000 > 6E00")});
    row("proprietary CLA 90", {QStringLiteral("90A4040C0AD3921000310001010408 > 6E00")});
    row("CLA 80 on SELECT", {QStringLiteral("80A4040C0AD3921000310001010408 > 6E00")});
    row("CLA 00 on 2A", {QStringLiteral("SEL_JP > 9000"), QStringLiteral("002A009733 DIGESTINFO 00 > 6E00")});
    row("CLA 80 with secure messaging", {QStringLiteral("8C2A009733 DIGESTINFO 00 > 69FC")});

    // INS and malformed APDUs
    row("unknown INS", {QStringLiteral("00FF0000 > 6D00")});
    row("CHANGE REFERENCE DATA not emulated", {QStringLiteral("0024018004 31323334 > 6D00")});
    row("proprietary unknown INS", {QStringLiteral("80500000 > 6D00")});
    row("empty APDU", {QStringLiteral(" > 6700")});
    row("one byte", {QStringLiteral("00 > 6700")});
    row("three bytes", {QStringLiteral("00A404 > 6700")});
    row("Lc longer than the data", {QStringLiteral("00A4040C0AD392 > 6700")});
    row("Lc shorter than the data", {QStringLiteral("00A4040C02D3921000 > 6700")});
    row("extended Lc zero", {QStringLiteral("00A4040C000000 00 > 6700")});

    // Quirk
    row("no 6F00 without the quirk", {QStringLiteral("SEL_IS > 9000")});
}

void TestVirtualCardCommands::exchange()
{
    QFETCH(QString, persona);
    QFETCH(QStringList, steps);

    auto card = makeCard(persona);
    QVERIFY(card);
    static const QRegularExpression stepPattern(QStringLiteral("^([^>]*)>\\s*([0-9A-Fa-f]{4})(.*)$"));
    int index = 0;
    for (const QString &step : steps) {
        ++index;
        const QString trimmed = step.trimmed();
        if (trimmed == QLatin1String("on")) {
            card->powerOn();
            continue;
        }
        if (trimmed == QLatin1String("off")) {
            card->powerOff();
            continue;
        }
        if (trimmed == QLatin1String("reset")) {
            card->reset();
            continue;
        }
        const auto match = stepPattern.match(trimmed);
        QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("bad step %1: %2").arg(index).arg(step)));
        const QByteArray command = QByteArray::fromHex(expand(match.captured(1)).toLatin1());
        const Answer answer = send(*card, command);
        const QString where = QStringLiteral("step %1 (%2)").arg(index).arg(match.captured(1).trimmed().left(40));
        QVERIFY2(answer.swText() == match.captured(2).toUpper(),
                 qPrintable(where + QStringLiteral(": SW %1, expected %2").arg(answer.swText(), match.captured(2))));
        const QStringList checks = match.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &check : checks) {
            const QString value = check.section(QLatin1Char('='), 1);
            if (check.startsWith(QLatin1String("len="))) {
                QVERIFY2(answer.data.size() == value.toInt(),
                         qPrintable(where + QStringLiteral(": %1 bytes").arg(answer.data.size())));
            } else if (check.startsWith(QLatin1String("data="))) {
                QCOMPARE(answer.data.toHex().toUpper(), value.toLatin1().toUpper());
            } else if (check.startsWith(QLatin1String("prefix="))) {
                QVERIFY2(answer.data.toHex().toUpper().startsWith(value.toLatin1().toUpper()),
                         qPrintable(where + QStringLiteral(": data %1")
                                                .arg(QString::fromLatin1(answer.data.left(24).toHex().toUpper()))));
            } else {
                QFAIL(qPrintable(QStringLiteral("bad check %1").arg(check)));
            }
        }
    }
}

void TestVirtualCardCommands::neverCrashesOnShortGarbage()
{
    // Every APDU of up to 5 bytes with a few interesting byte values, in every application: an answer of at least
    // a status word, never a crash.
    auto card = makeCard(QStringLiteral("demo"));
    QVERIFY(card);
    const QList<std::uint8_t> values = {0x00, 0x01, 0x0C, 0x20, 0x2A, 0x80, 0x84, 0x91, 0xA4, 0xB0, 0xCA, 0xFF};
    int sent = 0;
    for (const std::uint8_t cla : values) {
        for (const std::uint8_t ins : values) {
            for (const std::uint8_t p1 : values) {
                for (const std::uint8_t p2 : values) {
                    for (int tail = -1; tail < 2; ++tail) {
                        QByteArray apdu;
                        apdu.append(static_cast<char>(cla));
                        apdu.append(static_cast<char>(ins));
                        apdu.append(static_cast<char>(p1));
                        apdu.append(static_cast<char>(p2));
                        if (tail >= 0) {
                            apdu.append(static_cast<char>(tail));
                        }
                        const QByteArray answer = card->process(apdu);
                        QVERIFY(answer.size() >= 2);
                        ++sent;
                    }
                }
            }
        }
        card->powerOff();
        card->powerOn();
        send(*card, cla % 2 ? selectJpki() : selectInputSupport());
    }
    QVERIFY(sent > 1000);
}

QTEST_GUILESS_MAIN(TestVirtualCardCommands)
#include "TestVirtualCardCommands.moc"
