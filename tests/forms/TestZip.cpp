// Japan Post's ken_all.zip as published: the ZIP reader against archives written by another implementation
// (Python's zipfile, tests/forms/data/ken_all_fixture*.zip), damaged archives, and the postal database built
// straight from the zip.
#include "tests/forms/FormsTestSupport.h"

#include "forms/PostalDirectory.h"
#include "forms/PostalImport.h"
#include "forms/Zip.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::forms;
using kakanai::forms::testing::sourcePath;

namespace {

QByteArray fileBytes(const QString &relative)
{
    QFile f(sourcePath(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestZip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsTheCsv_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::newRow("deflated KEN_ALL.CSV (as published)") << QStringLiteral("tests/forms/data/ken_all_fixture.zip");
        QTest::newRow("stored ken_all.csv after another member")
            << QStringLiteral("tests/forms/data/ken_all_fixture_stored.zip");
    }
    void extractsTheCsv()
    {
        QFETCH(QString, archive);
        const QByteArray zip = fileBytes(archive);
        QVERIFY(isZip(zip));
        const auto csv = unzipMember(zip, QStringLiteral(".csv"));
        QVERIFY2(csv.ok(), qPrintable(csv.ok() ? QString() : csv.error().toLogString()));
        QCOMPARE(*csv, fileBytes(QStringLiteral("tests/forms/data/ken_all_fixture_sjis.csv")));
    }

    void refusesDamagedArchives_data()
    {
        const QByteArray zip = fileBytes(QStringLiteral("tests/forms/data/ken_all_fixture.zip"));
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("says");
        QTest::newRow("valid (control)") << zip << QStringLiteral(".csv") << QString();
        QTest::newRow("error: not a zip")
            << QByteArray("郵便番号,住所\n") << QStringLiteral(".csv") << QStringLiteral("end of central directory");
        QTest::newRow("error: truncated download")
            << zip.left(zip.size() / 2) << QStringLiteral(".csv") << QStringLiteral("end of central directory");
        QByteArray flipped = zip;
        flipped[60] = char(flipped[60] ^ 0x55); // inside the deflated data of the one member
        QTest::newRow("error: damaged data") << flipped << QStringLiteral(".csv") << QStringLiteral("KEN_ALL.CSV");
        QTest::newRow("error: no such member") << zip << QStringLiteral(".txt") << QStringLiteral("no member");
        QByteArray encrypted = zip;
        const qsizetype central = encrypted.indexOf(QByteArray("PK\x01\x02", 4));
        encrypted[central + 8] = char(encrypted[central + 8] | 0x01);
        QTest::newRow("error: encrypted") << encrypted << QStringLiteral(".csv") << QStringLiteral("encrypted");
    }
    void refusesDamagedArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, suffix);
        QFETCH(QString, says);
        const auto csv = unzipMember(bytes, suffix);
        if (says.isEmpty()) {
            QVERIFY(csv.ok());
            return;
        }
        QVERIFY(!csv.ok());
        QCOMPARE(csv.error().code, FormsErrorCode::DecompressionError);
        QVERIFY2(csv.error().detail.contains(says), qPrintable(csv.error().detail));
    }

    // kakanai-postal-db build ken_all.zip DB: the same database as from the unzipped CSV.
    void databaseFromTheZip()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kenall.sqlite"));
        const Status built =
            buildPostalDatabase(sourcePath(QStringLiteral("tests/forms/data/ken_all_fixture.zip")), db);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toLogString()));
        auto directory = PostalDirectory::open(db);
        QVERIFY(directory.ok());
        QCOMPARE((*directory)->metadata(QStringLiteral("rows")), QStringLiteral("12"));
        QCOMPARE((*directory)->metadata(QStringLiteral("source")), QStringLiteral("ken_all_fixture.zip"));
        const auto candidates = (*directory)->lookup(QStringLiteral("066-0005"));
        QVERIFY(candidates.ok());
        QCOMPARE(candidates->size(), 2);
        QCOMPARE(candidates->at(0).town, QStringLiteral("協和"));
    }
};

QTEST_GUILESS_MAIN(TestZip)
#include "TestZip.moc"
