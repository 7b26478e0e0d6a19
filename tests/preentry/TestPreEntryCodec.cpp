// The pre-entry QR payload (preentry/PreEntryCodec.h): Base32 and CRC-32 against their standards' test vectors,
// round trips of every catalog form, one named row per error kind (foreign, damaged, expired, unsupported version,
// malicious), and applying answers to a form of the same and of a newer definition version.
#include "preentry/PreEntryCodec.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace kakanai;
using namespace kakanai::preentry;

namespace {

const QDate Today(2026, 12, 3);

const forms::FormCatalog &catalog()
{
    static const auto loaded = forms::FormCatalog::load();
    if (!loaded) {
        qFatal("catalog: %s", qPrintable(loaded.error().toLogString()));
    }
    return loaded.value();
}

const forms::LifeEventNavigator &navigator()
{
    static const auto loaded = forms::LifeEventNavigator::loadFile();
    if (!loaded) {
        qFatal("navigator: %s", qPrintable(loaded.error().toLogString()));
    }
    return loaded.value();
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

PreEntry juminhyoEntry()
{
    PreEntry e;
    e.created = Today;
    e.forms.append(
        {QStringLiteral("juminhyo"), 1, object(R"({"relation": "self", "scope": "all_household", "kind": "juminhyo",
                               "items": ["setainushi_zokugara"], "purpose": "就職・転職", "submit_to": "勤務先",
                               "copies": 2, "counter_person.phone": "03-1234-5678"})")});
    return e;
}

PreEntry tennyuEntry()
{
    PreEntry e;
    e.created = Today.addDays(-3);
    e.eventId = QStringLiteral("moving_in");
    e.navigator = {{QStringLiteral("kokuho"), true}, {QStringLiteral("has_children"), false}};
    e.forms.append({QStringLiteral("tennyu"), 1,
                    object(R"({"path": "ordinary", "moved_on": "2026-11-28", "moving_out_certificate": true,
                               "new_address.postal_code": "1000005", "new_address.address": "東京都千代田区丸の内一丁目1番1号",
                               "notifier.relation": "mover",
                               "movers": [{"kana": "ヤマダ タロウ", "relation": "head", "is_foreign": false}]})")});
    return e;
}

// A payload with a correct checksum around any body: what someone who knows the format can make.
QByteArray craft(quint8 flags, int day, const QByteArray &body)
{
    return PreEntryCodec::frame(flags, quint16(day), body);
}

int dayOf(QDate d)
{
    return int(QDate(2024, 1, 1).daysTo(d));
}

QByteArray rawDeflate(const QByteArray &bytes)
{
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&s, uLong(bytes.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    s.avail_in = uInt(bytes.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

} // namespace

class TestPreEntryCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base32_data();
    void base32();
    void base32Refuses_data();
    void base32Refuses();
    void crc32();
    void roundTrip_data();
    void roundTrip();
    void everyCatalogFormRoundTrips();
    void textIsQrAlphanumeric();
    void decodeErrors_data();
    void decodeErrors();
    void encodeRefusesCardFields_data();
    void encodeRefusesCardFields();
    void independentWriter_data();
    void independentWriter();
    void applySameVersion();
    void applyOlderVersion();
};

void TestPreEntryCodec::base32_data()
{
    // RFC 4648 section 10, without the padding.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("MY");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI");
    QTest::newRow("all bits") << QByteArray("\xff\x00\xa5", 3) << QByteArray("74AKK");
}

void TestPreEntryCodec::base32()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(PreEntryCodec::base32Encode(bytes), text);
    QCOMPARE(PreEntryCodec::base32Decode(text).value_or("<refused>"), bytes);
    QCOMPARE(PreEntryCodec::base32Decode(text.toLower()).value_or("<refused>"), bytes);
}

void TestPreEntryCodec::base32Refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("error: digit 0") << QByteArray("MZ0Q");
    QTest::newRow("error: digit 8") << QByteArray("MZX8");
    QTest::newRow("error: padding") << QByteArray("MY======");
    QTest::newRow("error: one character") << QByteArray("M");
    QTest::newRow("error: three characters") << QByteArray("MZX");
    QTest::newRow("error: non-zero left-over bits") << QByteArray("MZ");
}

void TestPreEntryCodec::base32Refuses()
{
    QFETCH(QByteArray, text);
    QVERIFY(!PreEntryCodec::base32Decode(text).has_value());
}

void TestPreEntryCodec::crc32()
{
    // The CRC-32 check value of "123456789" (IEEE 802.3, as zlib and the page compute it).
    QCOMPARE(PreEntryCodec::crc32("123456789"), 0xCBF43926u);
    QCOMPARE(PreEntryCodec::crc32(""), 0u);
}

void TestPreEntryCodec::roundTrip_data()
{
    QTest::addColumn<PreEntry>("entry");
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<QByteArray>("decoration"); // what a scanner adds around the text
    QTest::newRow("住民票, deflated") << juminhyoEntry() << true << QByteArray();
    QTest::newRow("住民票, uncompressed body") << juminhyoEntry() << false << QByteArray();
    QTest::newRow("転入 life event with navigator answers") << tennyuEntry() << true << QByteArray();
    QTest::newRow("scanner adds CR LF") << tennyuEntry() << true << QByteArray("\r\n");
    PreEntry empty = juminhyoEntry();
    empty.forms.first().answers = {};
    QTest::newRow("no answers: only the procedure") << empty << true << QByteArray();
    PreEntry old = juminhyoEntry();
    old.created = Today.addDays(-PreEntryCodec::MaxAgeDays);
    QTest::newRow("exactly the maximum age") << old << true << QByteArray();
    PreEntry tomorrow = juminhyoEntry();
    tomorrow.created = Today.addDays(1);
    QTest::newRow("phone a day ahead") << tomorrow << true << QByteArray();
}

void TestPreEntryCodec::roundTrip()
{
    QFETCH(PreEntry, entry);
    QFETCH(bool, compressed);
    QFETCH(QByteArray, decoration);
    const auto text = compressed ? PreEntryCodec::encode(entry, catalog(), &navigator())
                                 : PreEntryCodec::encodeUncompressed(entry, catalog(), &navigator());
    QVERIFY2(text.ok(), text ? "" : qPrintable(text.error().toLogString()));
    QVERIFY(text->startsWith("KKP1"));
    QVERIFY(PreEntryCodec::looksLikePreEntry(*text));
    const auto decoded = PreEntryCodec::decode(QByteArray(*text + decoration), catalog(), Today, &navigator());
    QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().toLogString()));
    QCOMPARE(*decoded, entry);
    // Caps Lock on the counter PC: the scanner types lower case.
    const auto lower = PreEntryCodec::decode(text->toLower(), catalog(), Today, &navigator());
    QVERIFY(lower.ok());
    QCOMPARE(*lower, entry);
}

void TestPreEntryCodec::everyCatalogFormRoundTrips()
{
    // A code per catalog form with one answer of each answerable field's type: the payload holds no card field,
    // and what the decoder gives back is what was encoded.
    int forms = 0;
    for (const QString &id : catalog().ids()) {
        const forms::FormDefinition *def = catalog().form(id);
        QJsonObject answers;
        for (const forms::FieldDefinition &f : def->fields) {
            if (!isPreEntryField(f) || f.type == forms::FieldType::List) {
                continue;
            }
            switch (f.type) {
            case forms::FieldType::Boolean:
                answers.insert(f.id, true);
                break;
            case forms::FieldType::Integer:
                answers.insert(f.id, 1);
                break;
            case forms::FieldType::Choice:
                answers.insert(f.id, f.options.first().value);
                break;
            case forms::FieldType::MultiChoice:
                answers.insert(f.id, QJsonArray{f.options.first().value});
                break;
            case forms::FieldType::Date:
                answers.insert(f.id, QStringLiteral("2026-11-30"));
                break;
            default:
                answers.insert(f.id, QStringLiteral("テスト"));
            }
        }
        PreEntry entry;
        entry.created = Today;
        entry.forms.append({id, def->version, answers});
        const auto text = PreEntryCodec::encode(entry, catalog());
        QVERIFY2(text.ok(), qPrintable(id));
        const auto decoded = PreEntryCodec::decode(*text, catalog(), Today);
        QVERIFY2(decoded.ok(), qPrintable(id));
        QCOMPARE(*decoded, entry);
        ++forms;
    }
    QVERIFY(forms >= 7);
}

void TestPreEntryCodec::textIsQrAlphanumeric()
{
    // Only upper case letters and digits: QR alphanumeric mode, and the same keys on a US and a JIS layout.
    const auto text = PreEntryCodec::encode(tennyuEntry(), catalog(), &navigator());
    QVERIFY(text.ok());
    for (char c : *text) {
        QVERIFY2((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'), text->constData());
    }
    // Deflate pays: the compressed code is shorter than the uncompressed one.
    const auto plain = PreEntryCodec::encodeUncompressed(tennyuEntry(), catalog(), &navigator());
    QVERIFY(plain.ok());
    QVERIFY2(text->size() < plain->size(), qPrintable(QStringLiteral("%1 vs %2").arg(text->size()).arg(plain->size())));
}

void TestPreEntryCodec::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code"); // a PreEntryErrorCode; -1: decodes
    const QByteArray good = PreEntryCodec::encode(juminhyoEntry(), catalog()).value();
    const int today = dayOf(Today);
    auto body = [](const char *json) { return rawDeflate(QByteArray(json)); };

    QTest::newRow("positive control: the good code decodes") << good << -1;
    QTest::newRow("foreign: empty") << QByteArray() << int(PreEntryErrorCode::Foreign);
    QTest::newRow("foreign: a receipt's KKN1 code")
        << QByteArray("KKN1:01961f3a-9b80-7c3e-8a1b-2f4e5d6c7b8a:chiyoda-01:form.juminhyo:20250410T010000Z")
        << int(PreEntryErrorCode::Foreign);
    QTest::newRow("foreign: a URL") << QByteArray("https://example.org/") << int(PreEntryErrorCode::Foreign);
    QTest::newRow("foreign: another city's form")
        << craft(1, today, body(R"({"f":[{"i":"hoikuen","v":1,"a":{}}]})")) << int(PreEntryErrorCode::Foreign);
    QTest::newRow("foreign: unknown life event")
        << craft(1, today, body(R"({"e":"marriage","f":[{"i":"juminhyo","v":1,"a":{}}]})"))
        << int(PreEntryErrorCode::Foreign);
    QTest::newRow("unsupported: KKP2") << QByteArray("KKP2" + good.mid(4))
                                       << int(PreEntryErrorCode::UnsupportedVersion);
    QTest::newRow("unsupported: form definition newer than the kiosk's")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":2,"a":{}}]})"))
        << int(PreEntryErrorCode::UnsupportedVersion);
    QTest::newRow("unsupported: unknown flag") << craft(3, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{}}]})"))
                                               << int(PreEntryErrorCode::UnsupportedVersion);
    QByteArray flipped = good;
    flipped[20] = flipped[20] == 'A' ? 'B' : 'A';
    QTest::newRow("damaged: one character changed") << flipped << int(PreEntryErrorCode::Damaged);
    QTest::newRow("damaged: cut short") << good.left(good.size() - 8) << int(PreEntryErrorCode::Damaged);
    QTest::newRow("damaged: only the tag") << QByteArray("KKP1") << int(PreEntryErrorCode::Damaged);
    QTest::newRow("damaged: character outside Base32")
        << QByteArray(good).replace(10, 1, "0") << int(PreEntryErrorCode::Damaged);
    QTest::newRow("damaged: not a DEFLATE stream")
        << craft(1, today, QByteArray("\xff\xff\xff\xff", 4)) << int(PreEntryErrorCode::Damaged);
    QTest::newRow("damaged: made two days in the future")
        << craft(1, today + 2, body(R"({"f":[{"i":"juminhyo","v":1,"a":{}}]})")) << int(PreEntryErrorCode::Damaged);
    QTest::newRow("expired: a day past the maximum age")
        << craft(1, today - PreEntryCodec::MaxAgeDays - 1, body(R"({"f":[{"i":"juminhyo","v":1,"a":{}}]})"))
        << int(PreEntryErrorCode::Expired);
    QTest::newRow("malicious: longer than any QR code")
        << QByteArray("KKP1" + QByteArray(5000, 'A')) << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: card field counter_person.name")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{"counter_person.name":"山田"}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: card field in a list item (movers.birth_date)")
        << craft(1, today, body(R"({"f":[{"i":"tennyu","v":1,"a":{"movers":[{"birth_date":"1985-04-12"}]}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: individual number")
        << craft(1, today,
                 body(R"({"f":[{"i":"tennyu","v":1,"a":{"movers":[{"individual_number":"123456789018"}]}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: a value only a rule sets (delivery)")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{"delivery":"mail_to_resident"}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: counter-only field (id_document)")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{"id_document":"passport"}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: unknown field of the current version")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{"bank_account":"1234"}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: DEFLATE bomb")
        << craft(1, today,
                 rawDeflate(QByteArray(R"({"f":[{"i":"juminhyo","v":1,"a":{"purpose":")" + QByteArray(100000, 'x') +
                                       "\"}}]}")))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: text value too long")
        << craft(1, today,
                 rawDeflate(
                     QByteArray(R"({"f":[{"i":"juminhyo","v":1,"a":{"purpose":")" + QByteArray(600, 'x') + "\"}}]}")))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: body is no JSON")
        << craft(1, today, body("not json")) << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: unknown top-level key")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{}}],"x":1})")) << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: no forms") << craft(1, today, body(R"({"f":[]})")) << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: navigator answers without an event")
        << craft(1, today, body(R"({"n":{"kokuho":true},"f":[{"i":"juminhyo","v":1,"a":{}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: a form the event does not have")
        << craft(1, today, body(R"({"e":"moving_in","f":[{"i":"inkan","v":1,"a":{}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: the same form twice")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{}},{"i":"juminhyo","v":1,"a":{}}]})"))
        << int(PreEntryErrorCode::Malicious);
    QTest::newRow("malicious: object as a field value")
        << craft(1, today, body(R"({"f":[{"i":"juminhyo","v":1,"a":{"purpose":{"x":1}}}]})"))
        << int(PreEntryErrorCode::Malicious);
}

void TestPreEntryCodec::decodeErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    const auto decoded = PreEntryCodec::decode(text, catalog(), Today, &navigator());
    if (code == -1) {
        QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().toLogString()));
        return;
    }
    QVERIFY(!decoded.ok());
    QCOMPARE(int(decoded.error().code), code);
    QVERIFY(decoded.error().messageCode().startsWith(QLatin1String("preentry.error.")));
}

void TestPreEntryCodec::encodeRefusesCardFields_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QJsonObject>("answers");
    QTest::newRow("error: name") << QStringLiteral("juminhyo") << object(R"({"counter_person.name": "山田"})");
    QTest::newRow("error: address") << QStringLiteral("tennyu") << object(R"({"previous_address": "大阪市"})");
    QTest::newRow("error: sex of a mover") << QStringLiteral("tennyu") << object(R"({"movers": [{"sex": "1"}]})");
    QTest::newRow("error: birth date as requester of koseki")
        << QStringLiteral("koseki") << object(R"({"requester.birth_date": "1985-04-12"})");
}

void TestPreEntryCodec::encodeRefusesCardFields()
{
    QFETCH(QString, form);
    QFETCH(QJsonObject, answers);
    PreEntry entry;
    entry.created = Today;
    entry.forms.append({form, 1, answers});
    const auto text = PreEntryCodec::encode(entry, catalog());
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, PreEntryErrorCode::Malicious);
}

void TestPreEntryCodec::independentWriter_data()
{
    // The fuzz seeds are written by tests/fuzz/make_preentry_seeds.py (Python's zlib and base64) from the format's
    // description alone: the C++ reader must read them as the description says.
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("code"); // -1: decodes
    QTest::newRow("住民票") << QStringLiteral("seed-juminhyo") << -1;
    QTest::newRow("uncompressed body") << QStringLiteral("seed-juminhyo-uncompressed") << -1;
    QTest::newRow("転入 life event") << QStringLiteral("seed-tennyu-event") << -1;
    QTest::newRow("転出 life event") << QStringLiteral("seed-tenshutsu") << -1;
    QTest::newRow("lower case") << QStringLiteral("seed-lower-case") << -1;
    QTest::newRow("error: card field") << QStringLiteral("seed-card-field") << int(PreEntryErrorCode::Malicious);
    QTest::newRow("error: expired") << QStringLiteral("seed-expired") << int(PreEntryErrorCode::Expired);
    QTest::newRow("error: receipt code") << QStringLiteral("seed-receipt-code") << int(PreEntryErrorCode::Foreign);
}

void TestPreEntryCodec::independentWriter()
{
    QFETCH(QString, seed);
    QFETCH(int, code);
    QFile file(QStringLiteral(KAKANAI_SOURCE_DIR "/tests/fuzz/corpus/fuzz_preentry/") + seed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto decoded = PreEntryCodec::decode(file.readAll(), catalog(), Today, &navigator());
    if (code == -1) {
        QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().toLogString()));
        QVERIFY(!decoded->forms.isEmpty());
        return;
    }
    QVERIFY(!decoded.ok());
    QCOMPARE(int(decoded.error().code), code);
}

void TestPreEntryCodec::applySameVersion()
{
    forms::FormContext context;
    context.today = Today;
    context.mode = forms::Mode::SelfService;
    forms::FormInstance form(catalog().shared(QStringLiteral("tennyu")));
    ResidentRecord record;
    record.name = QStringLiteral("山田　太郎");
    record.address = QStringLiteral("大阪府大阪市北区梅田一丁目1番1号");
    record.birthDate = QDate(1985, 4, 12);
    record.sex = Sex::Male;
    form.prefill(record);
    const PreEntryApplied applied = applyPreEntry(form, tennyuEntry().forms.first(), context);
    QVERIFY2(applied.dropped.isEmpty(), qPrintable(applied.dropped.join(QLatin1Char(','))));
    QCOMPARE(form.value(QStringLiteral("path"))->value.toString(), QStringLiteral("ordinary"));
    QCOMPARE(form.value(QStringLiteral("path"))->provenance, forms::Provenance::PreEntry);
    QCOMPARE(form.value(QStringLiteral("movers[0].relation"))->provenance, forms::Provenance::PreEntry);
    // The card's values stay the card's.
    QCOMPARE(form.value(QStringLiteral("movers[0].name"))->provenance, forms::Provenance::Card);
    QCOMPARE(form.value(QStringLiteral("previous_address"))->provenance, forms::Provenance::Card);
    QVERIFY(applied.set.contains(QStringLiteral("movers[0].kana")));
}

void TestPreEntryCodec::applyOlderVersion()
{
    // The city published juminhyo version 2: "kisai_jiko" withdrawn from kind, "submit_to" removed. A code made
    // for version 1 keeps the answers that still fit and drops the rest, so the review asks only those.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir source(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/forms"));
    for (const QString &name : source.entryList({QStringLiteral("*.json")})) {
        if (name == QLatin1String("rules-conformance.json")) {
            continue;
        }
        QFile in(source.filePath(name));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        if (name == QLatin1String("juminhyo.json")) {
            QJsonObject def = QJsonDocument::fromJson(bytes).object();
            def.insert(QStringLiteral("version"), 2);
            QJsonArray fields;
            for (const QJsonValue &v : def.value(QStringLiteral("fields")).toArray()) {
                QJsonObject f = v.toObject();
                const QString id = f.value(QStringLiteral("id")).toString();
                if (id == QLatin1String("submit_to")) {
                    continue;
                }
                if (id == QLatin1String("kind")) {
                    QJsonArray options;
                    for (const QJsonValue &o : f.value(QStringLiteral("options")).toArray()) {
                        if (o.toObject().value(QStringLiteral("value")).toString() != QLatin1String("kisai_jiko")) {
                            options.append(o);
                        }
                    }
                    f.insert(QStringLiteral("options"), options);
                }
                fields.append(f);
            }
            def.insert(QStringLiteral("fields"), fields);
            QJsonObject layout = def.value(QStringLiteral("layout")).toObject();
            QJsonArray sections;
            for (const QJsonValue &s : layout.value(QStringLiteral("sections")).toArray()) {
                QJsonObject section = s.toObject();
                QJsonArray rows;
                for (const QJsonValue &r : section.value(QStringLiteral("rows")).toArray()) {
                    QJsonArray row;
                    for (const QJsonValue &cell : r.toArray()) {
                        if (cell.toString() != QLatin1String("submit_to")) {
                            row.append(cell);
                        }
                    }
                    if (!row.isEmpty()) {
                        rows.append(row);
                    }
                }
                section.insert(QStringLiteral("rows"), rows);
                sections.append(section);
            }
            layout.insert(QStringLiteral("sections"), sections);
            def.insert(QStringLiteral("layout"), layout);
            bytes = QJsonDocument(def).toJson();
        }
        QFile out(dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    const auto newer = forms::FormCatalog::load(dir.path());
    QVERIFY2(newer.ok(), newer ? "" : qPrintable(newer.error().toLogString()));
    QCOMPARE(newer->form(QStringLiteral("juminhyo"))->version, 2);

    PreEntry entry = juminhyoEntry();
    entry.forms.first().answers.insert(QStringLiteral("kind"), QStringLiteral("kisai_jiko"));
    const QByteArray text = PreEntryCodec::encode(entry, catalog()).value();
    const auto decoded = PreEntryCodec::decode(text, newer.value(), Today);
    QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().toLogString()));
    QCOMPARE(decoded->forms.first().version, 1);

    forms::FormContext context;
    context.today = Today;
    context.mode = forms::Mode::SelfService;
    forms::FormInstance form(newer->shared(QStringLiteral("juminhyo")));
    const PreEntryApplied applied = applyPreEntry(form, decoded->forms.first(), context);
    QVERIFY2(applied.dropped.contains(QStringLiteral("submit_to")), qPrintable(applied.dropped.join(QLatin1Char(','))));
    QVERIFY(applied.dropped.contains(QStringLiteral("kind")));
    QVERIFY(!form.value(QStringLiteral("kind")) ||
            form.value(QStringLiteral("kind"))->provenance != forms::Provenance::PreEntry);
    QCOMPARE(form.value(QStringLiteral("purpose"))->value.toString(), QStringLiteral("就職・転職"));
    QCOMPARE(form.value(QStringLiteral("copies"))->value.toInt(), 2);
    QVERIFY(applied.set.contains(QStringLiteral("relation")));
}

QTEST_GUILESS_MAIN(TestPreEntryCodec)
#include "TestPreEntryCodec.moc"
