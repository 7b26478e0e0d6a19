// The postal directory: code normalisation, lookups in the database built from the bundled national table, the
// KEN_ALL.CSV importer (UTF-8 and Shift_JIS editions) on a fixture in that format, gzip, and the runtime
// location of the database.
#include "forms/Gzip.h"
#include "forms/PostalDirectory.h"
#include "forms/PostalImport.h"
#include "tests/forms/FormsTestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

class TestPostal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void normalise_data();
    void normalise();
    void lookup_data();
    void lookup();
    void lookupSeveralTowns();
    void lookupRefusesMalformedCodes();
    void metadataOfBundledDatabase();
    void municipalitiesAndTowns();
    void kenAll_data();
    void kenAll();
    void kenAllErrors_data();
    void kenAllErrors();
    void kenAllDatabaseLookup();
    void bundledTableErrors_data();
    void bundledTableErrors();
    void gunzipErrors_data();
    void gunzipErrors();
    void firstUseCacheIsBuiltOnceAndReused();
    void locateOrder();
    void outdatedDatabaseIsRefused();

private:
    std::unique_ptr<PostalDirectory> m_directory;
};

void TestPostal::initTestCase()
{
    auto dir = PostalDirectory::open(postalDatabasePath());
    QVERIFY2(dir.ok(), qPrintable(dir.ok() ? QString() : dir.error().toLogString()));
    m_directory = std::move(*dir);
}

void TestPostal::cleanupTestCase()
{
    m_directory.reset();
}

void TestPostal::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // null: refused
    QTest::newRow("plain") << QStringLiteral("1000001") << QStringLiteral("1000001");
    QTest::newRow("hyphen") << QStringLiteral("100-0001") << QStringLiteral("1000001");
    QTest::newRow("full-width with hyphen") << QStringLiteral("１００－０００１") << QStringLiteral("1000001");
    QTest::newRow("choonpu as hyphen") << QStringLiteral("１００ー０００１") << QStringLiteral("1000001");
    QTest::newRow("postal mark and spaces") << QStringLiteral(" 〒100-0001 ") << QStringLiteral("1000001");
    QTest::newRow("minus sign") << QStringLiteral("100−0001") << QStringLiteral("1000001");
    QTest::newRow("error: six digits") << QStringLiteral("100001") << QString();
    QTest::newRow("error: hyphen misplaced") << QStringLiteral("1000-001") << QString();
    QTest::newRow("error: letters") << QStringLiteral("100-000A") << QString();
    QTest::newRow("error: empty") << QString() << QString();
    QTest::newRow("error: kanji digits") << QStringLiteral("一〇〇〇〇〇一") << QString();
}

void TestPostal::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto code = normalisePostalCode(input);
    QCOMPARE(code.has_value(), !expected.isNull());
    if (code) {
        QCOMPARE(*code, expected);
    }
}

void TestPostal::lookup_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("prefecture");
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QString>("municipalityCode");
    QTest::addColumn<QString>("town");
    QTest::newRow("hokkaido sapporo") << QStringLiteral("060-0042") << QStringLiteral("北海道")
                                      << QStringLiteral("札幌市中央区") << QStringLiteral("01101")
                                      << QStringLiteral("大通西");
    QTest::newRow("miyagi sendai") << QStringLiteral("980-0811") << QStringLiteral("宮城県")
                                   << QStringLiteral("仙台市青葉区") << QStringLiteral("04101")
                                   << QStringLiteral("一番町");
    QTest::newRow("tokyo chiyoda") << QStringLiteral("１００－０００１") << QStringLiteral("東京都")
                                   << QStringLiteral("千代田区") << QStringLiteral("13101") << QStringLiteral("千代田");
    QTest::newRow("tokyo setagaya") << QStringLiteral("1540023") << QStringLiteral("東京都")
                                    << QStringLiteral("世田谷区") << QStringLiteral("13112") << QStringLiteral("若林");
    QTest::newRow("kyoto kamigyo") << QStringLiteral("602-8064") << QStringLiteral("京都府")
                                   << QStringLiteral("京都市上京区") << QStringLiteral("26102")
                                   << QStringLiteral("一町目");
    QTest::newRow("saga takeo") << QStringLiteral("843-0001") << QStringLiteral("佐賀県") << QStringLiteral("武雄市")
                                << QStringLiteral("41206") << QStringLiteral("朝日町甘久");
    QTest::newRow("okinawa yonaguni") << QStringLiteral("907-1801") << QStringLiteral("沖縄県")
                                      << QStringLiteral("八重山郡与那国町") << QStringLiteral("47382")
                                      << QStringLiteral("与那国");
    QTest::newRow("whole municipality code") << QStringLiteral("001-0000") << QStringLiteral("北海道")
                                             << QStringLiteral("札幌市北区") << QStringLiteral("01102") << QString();
}

void TestPostal::lookup()
{
    QFETCH(QString, code);
    QFETCH(QString, prefecture);
    QFETCH(QString, municipality);
    QFETCH(QString, municipalityCode);
    QFETCH(QString, town);
    const auto candidates = m_directory->lookup(code);
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 1);
    const PostalCandidate &c = candidates->first();
    QCOMPARE(c.postalCode, *normalisePostalCode(code));
    QCOMPARE(c.prefecture, prefecture);
    QCOMPARE(c.municipality, municipality);
    QCOMPARE(c.municipalityCode, municipalityCode);
    QCOMPARE(c.town, town);
    const QJsonObject json = c.toJson();
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("municipality"), QStringLiteral("municipality_code"),
                          QStringLiteral("postal_code"), QStringLiteral("prefecture"), QStringLiteral("town")}));
}

void TestPostal::lookupSeveralTowns()
{
    const auto candidates = m_directory->lookup(QStringLiteral("452-0961"));
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 66); // 清須市 春日*: one code, 66 towns
    for (const PostalCandidate &c : *candidates) {
        QCOMPARE(c.municipality, QStringLiteral("清須市"));
        QVERIFY(c.town.startsWith(QStringLiteral("春日")));
    }
    const auto none = m_directory->lookup(QStringLiteral("000-0000"));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestPostal::lookupRefusesMalformedCodes()
{
    const auto result = m_directory->lookup(QStringLiteral("12-34"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FormsErrorCode::InvalidPostalCode);
}

void TestPostal::metadataOfBundledDatabase()
{
    QCOMPARE(m_directory->metadata(QStringLiteral("rows")), QStringLiteral("120497"));
    QCOMPARE(m_directory->metadata(QStringLiteral("schema_version")), QString::number(PostalDirectory::SchemaVersion));
    QCOMPARE(m_directory->metadata(QStringLiteral("source")), QStringLiteral("jp_postal_codes.tsv.gz"));
    QCOMPARE(m_directory->metadata(QStringLiteral("source_sha256")).size(), 64);
}

void TestPostal::municipalitiesAndTowns()
{
    const auto &list = m_directory->municipalities();
    QVERIFY(list.size() > 1800);
    QCOMPARE(list.first().code, QStringLiteral("01101"));
    const QStringList &towns = m_directory->towns(QStringLiteral("13101"));
    QVERIFY(towns.contains(QStringLiteral("丸の内")));
    QVERIFY(!towns.contains(QString()));
    // Longest first, for prefix matching.
    for (qsizetype i = 1; i < towns.size(); ++i) {
        QVERIFY(towns.at(i - 1).size() >= towns.at(i).size());
    }
}

void TestPostal::kenAll_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("utf-8 edition") << QStringLiteral("ken_all_fixture_utf8.csv") << TextEncoding::Utf8;
    QTest::newRow("shift_jis edition") << QStringLiteral("ken_all_fixture_sjis.csv") << TextEncoding::ShiftJis;
}

void TestPostal::kenAll()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    TextEncoding detected = TextEncoding::Utf8;
    const auto rows = parseKenAll(readBytes(sourcePath(QStringLiteral("tests/forms/data/") + file)), &detected);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toLogString()));
    QCOMPARE(detected, encoding);

    struct Expected
    {
        const char16_t *code;
        const char16_t *town;
        const char16_t *note;
    };
    const Expected expected[] = {
        {u"0600000", u"", u""}, // 以下に掲載がない場合
        {u"0640941", u"旭ケ丘", u""},
        {u"0600042", u"大通西", u"１～１９丁目"}, // bracketed note split off
        {u"0660005", u"協和",
         u"８８－２、２７１－１０、３４３－２、４０４－１、４２７－３、４３１－１２、４４３－６、６０８－２、６４１－８"
         u"、"
         u"８１４、８４２－５、１１３７－３、１３９２、１６５７、１７５２番地"}, // joined over two rows
        {u"0660005", u"協和", u"その他"},
        {u"3060433", u"", u""},     // 境町の次に番地がくる場合
        {u"5220341", u"一円", u""}, // a real town named 一円
        {u"3999511", u"", u""},     // 小谷村一円
        {u"1006690", u"丸の内ＪＰタワー", u"地階・階層不明"},
        {u"1006601", u"丸の内ＪＰタワー", u"１階"},
        {u"1000005", u"丸の内", u"次のビルを除く"},
        {u"9071801", u"与那国", u""}, // the duplicate row collapses
    };
    QCOMPARE(rows->size(), qsizetype(std::size(expected)));
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const PostalRow &row = rows->at(i);
        QCOMPARE(row.postalCode, QString::fromUtf16(expected[i].code));
        QCOMPARE(row.town, QString::fromUtf16(expected[i].town));
        QCOMPARE(row.note, QString::fromUtf16(expected[i].note));
    }
    QCOMPARE(rows->at(2).townKana, QStringLiteral("ｵｵﾄﾞｵﾘﾆｼ"));
    QCOMPARE(rows->at(3).municipalityCode, QStringLiteral("01224"));
    QCOMPARE(rows->at(3).prefecture, QStringLiteral("北海道"));
    QCOMPARE(rows->at(3).municipality, QStringLiteral("千歳市"));
}

void TestPostal::kenAllErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FormsErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("error: too few columns")
        << QByteArray("01101,\"060  \",\"0600000\"\r\n") << FormsErrorCode::InvalidTable << QStringLiteral("line 1");
    QTest::newRow("error: unterminated quote")
        << QByteArray("01101,\"060  \",\"0600000,\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",0,0,0,0,0,0\r\n")
        << FormsErrorCode::InvalidTable << QStringLiteral("line 1");
    QTest::newRow("error: bad postal code on line 2")
        << QByteArray("01101,\"060  \",\"0600000\",\"a\",\"b\",\"c\",\"x\",\"y\",\"z\",0,0,0,0,0,0\r\n"
                      "01101,\"060  \",\"06000\",\"a\",\"b\",\"c\",\"x\",\"y\",\"z\",0,0,0,0,0,0\r\n")
        << FormsErrorCode::InvalidTable << QStringLiteral("line 2");
    QTest::newRow("error: empty file") << QByteArray() << FormsErrorCode::InvalidTable << QStringLiteral("line 1");
    QTest::newRow("error: neither utf-8 nor shift_jis")
        << QByteArray("\x85\x80\xfd\xfe\xff") << FormsErrorCode::UnknownEncoding << QString();
}

void TestPostal::kenAllErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FormsErrorCode, code);
    QFETCH(QString, field);
    const auto rows = parseKenAll(bytes);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, code);
    QCOMPARE(rows.error().field, field);
}

void TestPostal::kenAllDatabaseLookup()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kenall.sqlite"));
    const Status built =
        buildPostalDatabase(sourcePath(QStringLiteral("tests/forms/data/ken_all_fixture_sjis.csv")), db);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toLogString()));
    auto directory = PostalDirectory::open(db);
    QVERIFY(directory.ok());
    QCOMPARE((*directory)->metadata(QStringLiteral("rows")), QStringLiteral("12"));
    const auto candidates = (*directory)->lookup(QStringLiteral("066-0005"));
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 2);
    QCOMPARE(candidates->at(0).town, QStringLiteral("協和"));
    QVERIFY(candidates->at(0).note.endsWith(QStringLiteral("１７５２番地")));
    QCOMPARE(candidates->at(0).toJson().value(QStringLiteral("note")).toString(), candidates->at(0).note);
    const auto whole = (*directory)->lookup(QStringLiteral("0600000"));
    QCOMPARE(whole->first().town, QString());
}

void TestPostal::bundledTableErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    const QByteArray header =
        "postal_code\tmunicipality_code\tprefecture\tprefecture_kana\tmunicipality\tmunicipality_kana\ttown\n";
    QTest::newRow("valid") << header + "1000001\t13101\t東京都\tﾄｳｷｮｳﾄ\t千代田区\tﾁﾖﾀﾞｸ\t千代田\n" << QString();
    QTest::newRow("error: no header") << QByteArray("1000001\t13101\t東京都\tﾄｳｷｮｳﾄ\t千代田区\tﾁﾖﾀﾞｸ\t千代田\n")
                                      << QStringLiteral("line 1");
    QTest::newRow("error: six columns") << header + "1000001\t13101\t東京都\tﾄｳｷｮｳﾄ\t千代田区\tﾁﾖﾀﾞｸ\n"
                                        << QStringLiteral("line 2");
    QTest::newRow("error: bad municipality code") << header + "1000001\t1310\t東京都\tﾄｳｷｮｳﾄ\t千代田区\tﾁﾖﾀﾞｸ\t千代田\n"
                                                  << QStringLiteral("line 2");
    QTest::newRow("error: not utf-8") << header + "1000001\t13101\t\x93\x8c\x8b\x9e\t\t\t\t\n"
                                      << QStringLiteral("line 0");
}

void TestPostal::bundledTableErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const auto rows = parsePostalTable(bytes);
    if (field.isNull()) {
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        return;
    }
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, FormsErrorCode::InvalidTable);
    QCOMPARE(rows.error().field, field);
}

void TestPostal::gunzipErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    const QByteArray gz = readBytes(sourcePath(QStringLiteral("tests/forms/data/table_fixture.tsv.gz")));
    QTest::newRow("valid gzip") << gz << true;
    QTest::newRow("two concatenated members") << gz + gz << true;
    QTest::newRow("error: truncated") << gz.left(gz.size() / 2) << false;
    QTest::newRow("error: not gzip") << QByteArray("plain text") << false;
    QTest::newRow("error: corrupt body") << gz.left(10) + QByteArray(20, '\xff') << false;
}

void TestPostal::gunzipErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    const auto plain = gunzip(bytes);
    QCOMPARE(plain.ok(), ok);
    if (ok) {
        QVERIFY(plain->startsWith("postal_code\t"));
    } else {
        QCOMPARE(plain.error().code, FormsErrorCode::DecompressionError);
    }
}

void TestPostal::firstUseCacheIsBuiltOnceAndReused()
{
    QTemporaryDir cache;
    const QString source = sourcePath(QStringLiteral("tests/forms/data/table_fixture.tsv.gz"));
    const auto first = ensurePostalDatabase(cache.path(), source);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toLogString()));
    const QDateTime built = QFileInfo(*first).lastModified();
    const auto second = ensurePostalDatabase(cache.path(), source);
    QVERIFY(second.ok());
    QCOMPARE(*second, *first);
    QCOMPARE(QFileInfo(*second).lastModified(), built); // not rebuilt
    auto dir = PostalDirectory::open(*second);
    QVERIFY(dir.ok());
    QCOMPARE((*dir)->lookup(QStringLiteral("843-0001"))->first().town, QStringLiteral("朝日町甘久"));

    // The embedded table is what the library falls back to.
    QVERIFY(QFile::exists(embeddedPostalTable()));
}

void TestPostal::locateOrder()
{
    QTemporaryDir cache;
    // A configured path wins, and must exist.
    const auto configured = locatePostalDatabase(postalDatabasePath(), cache.path());
    QVERIFY(configured.ok());
    QCOMPARE(*configured, postalDatabasePath());
    const auto missing = locatePostalDatabase(cache.filePath(QStringLiteral("nope.sqlite")), cache.path());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, FormsErrorCode::FileNotFound);
}

void TestPostal::outdatedDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("other.sqlite"));
    QFile f(db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database");
    f.close();
    const auto opened = PostalDirectory::open(db);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, FormsErrorCode::DatabaseError);
    QVERIFY(!PostalDirectory::open(dir.filePath(QStringLiteral("absent.sqlite"))).ok());

    // A database of another schema version: refused as outdated, so that a stale cache gets rebuilt.
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(writePostalDatabase(old, {}, QStringLiteral("test"), QByteArray()).ok());
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test.outdated"));
        sql.setDatabaseName(old);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test.outdated"));
    const auto outdated = PostalDirectory::open(old);
    QVERIFY(!outdated.ok());
    QCOMPARE(outdated.error().code, FormsErrorCode::DatabaseOutdated);
}

QTEST_GUILESS_MAIN(TestPostal)
#include "TestPostal.moc"
