// The ruby markup of translated strings ({base|reading}): parsed into runs, stripped to the base text, and
// malformed markup kept as literal text (shown, never lost).
#include "forms/RubyText.h"

#include <QTest>

using namespace kakanai::forms::ruby;

using Runs = QList<RubyRun>;
Q_DECLARE_METATYPE(RubyRun)

class TestRubyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void argumentsSurviveStripping();
};

void TestRubyText::parse_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<Runs>("runs");
    QTest::addColumn<QString>("stripped");
    QTest::addColumn<bool>("ruby");

    QTest::newRow("plain") << QStringLiteral("カードを おいて ください") //
                           << Runs{{QStringLiteral("カードを おいて ください"), {}}}
                           << QStringLiteral("カードを おいて ください") << false;
    QTest::newRow("empty") << QString() << Runs{} << QString() << false;
    QTest::newRow("one term") << QStringLiteral("{住民票|じゅうみんひょう}を もらう")
                              << Runs{{QStringLiteral("住民票"), QStringLiteral("じゅうみんひょう")},
                                      {QStringLiteral("を もらう"), {}}}
                              << QStringLiteral("住民票を もらう") << true;
    QTest::newRow("two terms") << QStringLiteral("{転入|てんにゅう}の {手数料|てすうりょう}")
                               << Runs{{QStringLiteral("転入"), QStringLiteral("てんにゅう")},
                                       {QStringLiteral("の "), {}},
                                       {QStringLiteral("手数料"), QStringLiteral("てすうりょう")}}
                               << QStringLiteral("転入の 手数料") << true;
    QTest::newRow("%1 inside and around") << QStringLiteral("%1: {手数料|てすうりょう} %2円")
                                          << Runs{{QStringLiteral("%1: "), {}},
                                                  {QStringLiteral("手数料"), QStringLiteral("てすうりょう")},
                                                  {QStringLiteral(" %2円"), {}}}
                                          << QStringLiteral("%1: 手数料 %2円") << true;
    QTest::newRow("error: no closing brace")
        << QStringLiteral("{住民票|じゅうみんひょう を") << Runs{{QStringLiteral("{住民票|じゅうみんひょう を"), {}}}
        << QStringLiteral("{住民票|じゅうみんひょう を") << false;
    QTest::newRow("error: no reading") << QStringLiteral("{住民票}を") << Runs{{QStringLiteral("{住民票}を"), {}}}
                                       << QStringLiteral("{住民票}を") << false;
    QTest::newRow("error: empty base") << QStringLiteral("{|じゅうみんひょう}")
                                       << Runs{{QStringLiteral("{|じゅうみんひょう}"), {}}}
                                       << QStringLiteral("{|じゅうみんひょう}") << false;
    QTest::newRow("error: empty reading") << QStringLiteral("{住民票|}") << Runs{{QStringLiteral("{住民票|}"), {}}}
                                          << QStringLiteral("{住民票|}") << false;
    QTest::newRow("error: two bars") << QStringLiteral("{a|b|c}") << Runs{{QStringLiteral("{a|b|c}"), {}}}
                                     << QStringLiteral("{a|b|c}") << false;
    QTest::newRow("error: nested, inner term still read") << QStringLiteral("{x{本籍|ほんせき}}")
                                                          << Runs{{QStringLiteral("{x"), {}},
                                                                  {QStringLiteral("本籍"), QStringLiteral("ほんせき")},
                                                                  {QStringLiteral("}"), {}}}
                                                          << QStringLiteral("{x本籍}") << true;
    QTest::newRow("error: lone closing brace")
        << QStringLiteral("a } b") << Runs{{QStringLiteral("a } b"), {}}} << QStringLiteral("a } b") << false;
}

void TestRubyText::parse()
{
    QFETCH(QString, markup);
    QFETCH(Runs, runs);
    QFETCH(QString, stripped);
    QFETCH(bool, ruby);
    QCOMPARE(parseRuby(markup), runs);
    QCOMPARE(stripRuby(markup), stripped);
    QCOMPARE(hasRuby(markup), ruby);
    if (ruby) {
        QCOMPARE(toMarkup(runs), markup); // well-formed markup round-trips
    }
}

void TestRubyText::argumentsSurviveStripping()
{
    // Qt's arguments are filled before or after stripping alike.
    const QString markup = QStringLiteral("{世帯主|せたいぬし}: %1");
    QCOMPARE(stripRuby(markup.arg(QStringLiteral("A"))), QStringLiteral("世帯主: A"));
    QCOMPARE(stripRuby(markup).arg(QStringLiteral("A")), QStringLiteral("世帯主: A"));
}

QTEST_GUILESS_MAIN(TestRubyText)
#include "TestRubyText.moc"
