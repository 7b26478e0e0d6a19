// The kiosk's kana → kanji engine for real: Debian's Anthy with its dictionary (libanthy1, anthy-common). Names and
// addresses a resident types convert to the kanji the forms need, through the composer as the keyboard drives it.
// (Nothing is learned by construction: KanaConverter has no commit, and AnthyConverter never calls
// anthy_commit_segment, the only call that feeds Anthy's history.)
#include "app/core/AnthyConverter.h"
#include "app/core/KanaComposer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakanai;
using namespace kakanai::kiosk;

class TestAnthyConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A home of our own: Anthy reads ~/.anthy (a personal dictionary) when it starts.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        auto opened = AnthyConverter::open();
        QVERIFY2(opened.ok(), "Anthy did not start: libanthy1 and anthy-common installed?");
        m_engine = std::move(opened.value());
        QVERIFY(!AnthyConverter::version().isEmpty());
    }

    void candidates_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::addColumn<QStringList>("expected"); // one wanted candidate per 文節, in order
        QTest::newRow("surname") << "やまだ" << QStringList{QStringLiteral("山田")};
        QTest::newRow("prefecture") << "かながわけん" << QStringList{QStringLiteral("神奈川県")};
        QTest::newRow("full name, two 文節")
            << "やまだたろう" << QStringList{QStringLiteral("山田"), QStringLiteral("太郎")};
        QTest::newRow("ward and town") << "みなとくしばこうえん"
                                       << QStringList{QStringLiteral("港区"), QStringLiteral("芝公園")};
    }
    void candidates()
    {
        QFETCH(QString, reading);
        QFETCH(QStringList, expected);
        const QList<ConversionSegment> segments = m_engine->convert(reading);
        QCOMPARE(segments.size(), expected.size());
        QString readings;
        for (int i = 0; i < segments.size(); ++i) {
            QVERIFY2(segments.at(i).candidates.contains(expected.at(i)),
                     qPrintable(segments.at(i).candidates.join(u' ')));
            readings += segments.at(i).reading;
        }
        QCOMPARE(readings, reading); // the 文節 cover the reading exactly
    }

    void emptyAndReset()
    {
        QVERIFY(m_engine->convert(QString()).isEmpty());
        QVERIFY(m_engine->resizeSegment(0, 1).isEmpty());                // no conversion to resize
        QVERIFY(!m_engine->convert(QStringLiteral("やまだ")).isEmpty()); // control
        m_engine->reset();
        QVERIFY(m_engine->resizeSegment(0, 1).isEmpty());
    }

    void resize()
    {
        // みなとく|しばこうえん: the first 文節 made shorter by one kana leaves みなと, and the rest is split again.
        QCOMPARE(m_engine->convert(QStringLiteral("みなとくしばこうえん")).size(), 2);
        const QList<ConversionSegment> segments = m_engine->resizeSegment(0, -1);
        QVERIFY(!segments.isEmpty());
        QCOMPARE(segments.first().reading, QStringLiteral("みなと"));
        QVERIFY(segments.first().candidates.contains(QStringLiteral("港")));
        QVERIFY(m_engine->resizeSegment(7, 1).isEmpty());
    }

    void composerWithAnthy()
    {
        KanaComposer composer(m_engine.get());
        QSignalSpy committed(&composer, &KanaComposer::committed);
        for (QChar c : QStringLiteral("kanagawakenn")) { // a staff member's romaji
            QVERIFY(composer.typeRomaji(c));
        }
        QVERIFY(composer.convert());
        QCOMPARE(composer.preedit(), QStringLiteral("神奈川県"));
        composer.commit();
        QCOMPARE(committed.at(0).at(0).toString(), QStringLiteral("神奈川県"));
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<AnthyConverter> m_engine;
};

QTEST_GUILESS_MAIN(TestAnthyConverter)
#include "TestAnthyConverter.moc"
