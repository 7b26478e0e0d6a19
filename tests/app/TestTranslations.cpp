// The Qt Linguist catalogues: every language complete (no unfinished entry), every translation keeps the
// placeholders of its source (%1, %2, %n), nothing left empty, no internal id shown (「(tennyu)」), ruby markup
// only in やさしい日本語, well formed, with every official term under its reading, and each
// catalogue loads and answers.
#include "app/core/KioskConfig.h"
#include "app/core/Languages.h"

#include "forms/RubyText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace kakanai::kiosk;

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[0-9n]"));
    QSet<QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        out.insert(it.next().captured());
    }
    return out;
}

// The ids residents must never see: every form's id and every life event's, question's and procedure's id
// (resources/forms, resources/lifeevents).
QStringList internalIds()
{
    QStringList ids;
    const QDir forms(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/forms"));
    for (const QString &name : forms.entryList({QStringLiteral("*.json")})) {
        QFile f(forms.filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            const QString id = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("id")).toString();
            if (!id.isEmpty()) {
                ids.append(id);
            }
        }
    }
    QFile events(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/lifeevents/lifeevents.json"));
    if (events.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(events.readAll()).object();
        for (const char *group : {"events", "questions", "procedures"}) {
            const QJsonValue v = root.value(QLatin1String(group));
            if (v.isArray()) {
                for (const QJsonValue &e : v.toArray()) {
                    ids.append(e.toObject().value(QStringLiteral("id")).toString());
                }
            } else {
                ids.append(v.toObject().keys());
            }
        }
    }
    ids.removeAll(QString());
    return ids;
}

// An id is shown when it stands in brackets (「(tennyu)」) or, written with an underscore (moving_in), anywhere as
// a word; plain English words that happen to be ids ("certificates") are fine in running text.
QString shownId(const QString &text, const QStringList &ids)
{
    for (const QString &id : ids) {
        const QString word = QRegularExpression::escape(id);
        const QRegularExpression re(id.contains(QLatin1Char('_'))
                                        ? QStringLiteral("(?<![A-Za-z_])%1(?![A-Za-z_])").arg(word)
                                        : QStringLiteral("[(（]\\s*%1\\s*[)）]").arg(word),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(text).hasMatch()) {
            return id;
        }
    }
    return {};
}

// The official terms やさしい日本語 writes in kanji with their reading (ruby) wherever they appear, so that a resident
// can match them to the paper.
const QStringList &officialTerms()
{
    static const QStringList terms{
        QStringLiteral("住民票"),   QStringLiteral("転入"),     QStringLiteral("転出"),     QStringLiteral("転居"),
        QStringLiteral("印鑑登録"), QStringLiteral("暗証番号"), QStringLiteral("世帯主"),   QStringLiteral("本籍"),
        QStringLiteral("筆頭者"),   QStringLiteral("手数料"),   QStringLiteral("広域交付"), QStringLiteral("照合番号"),
    };
    return terms;
}

// What is wrong with a translation's ruby markup: in やさしい日本語 every brace must belong to a well-formed
// {base|reading} and every official term must stand under a reading; the other languages carry no markup at all.
QStringList rubyProblems(const QString &text, bool easy)
{
    namespace ruby = kakanai::forms::ruby;
    QStringList problems;
    const QString plain = ruby::stripRuby(text);
    static const QRegularExpression stray(QStringLiteral("[{}|]"));
    if (plain.contains(stray)) {
        problems << QStringLiteral("stray markup: %1").arg(text);
    }
    if (!easy) {
        if (ruby::hasRuby(text)) {
            problems << QStringLiteral("ruby outside やさしい日本語: %1").arg(text);
        }
        return problems;
    }
    for (const QString &term : officialTerms()) {
        // Every occurrence of the term in the shown text lies inside a base that has a reading.
        qsizetype inRuby = 0;
        for (const ruby::RubyRun &run : ruby::parseRuby(text)) {
            if (!run.reading.isEmpty()) {
                inRuby += run.base.count(term);
            }
        }
        if (plain.count(term) != inRuby) {
            problems << QStringLiteral("%1 without ruby: %2").arg(term, text);
        }
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The control for the id check in catalogues(): what it must catch, and running text it must leave alone.
    void internalIdCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("id in brackets") << QStringLiteral("Notificação de mudança (tennyu)")
                                        << QStringLiteral("tennyu");
        QTest::newRow("id in full-width brackets") << QStringLiteral("届出（tenkyo）") << QStringLiteral("tenkyo");
        QTest::newRow("id with underscore") << QStringLiteral("Chọn moving_in") << QStringLiteral("moving_in");
        QTest::newRow("official term in brackets") << QStringLiteral("Notificação (転入届)") << QString();
        QTest::newRow("English word that is an id") << QStringLiteral("I need certificates") << QString();
        QTest::newRow("romanised term, not an id") << QStringLiteral("Domicílio (honseki)") << QString();
    }
    void internalIdCheck()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(shownId(text, internalIds()), shown);
    }

    // The control for the markup check in catalogues(): what it must catch and what it must pass.
    void rubyCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("easy");
        QTest::addColumn<int>("problems");
        QTest::newRow("term with ruby") << QStringLiteral("{住民票|じゅうみんひょう}を もらう") << true << 0;
        QTest::newRow("plain kana") << QStringLiteral("カードを おいて ください") << true << 0;
        QTest::newRow("term inside a longer base") << QStringLiteral("{転入届|てんにゅうとどけ}") << true << 0;
        QTest::newRow("error: term without ruby") << QStringLiteral("住民票を もらう") << true << 1;
        QTest::newRow("error: one of two without ruby")
            << QStringLiteral("{住民票|じゅうみんひょう}と 住民票") << true << 1;
        QTest::newRow("error: malformed markup") << QStringLiteral("{住民票|じゅうみんひょう を") << true << 2;
        QTest::newRow("error: stray brace") << QStringLiteral("%1 }") << true << 1;
        QTest::newRow("error: ruby in another language") << QStringLiteral("{住民票|じゅうみんひょう}") << false << 1;
        QTest::newRow("Japanese term without ruby") << QStringLiteral("住民票の写し") << false << 0;
    }
    void rubyCheck()
    {
        QFETCH(QString, text);
        QFETCH(bool, easy);
        QFETCH(int, problems);
        QCOMPARE(rubyProblems(text, easy).size(), problems);
    }

    void catalogues_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : KioskConfig::supportedLanguages()) {
            QTest::newRow(qPrintable(code)) << code;
        }
    }

    void catalogues()
    {
        QFETCH(QString, code);
        QFile ts(QStringLiteral(KAKANAI_SOURCE_DIR "/resources/translations/kakanai_%1.ts").arg(code));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        QString source;
        bool numerus = false;
        int messages = 0;
        int rubyTerms = 0;
        QStringList problems;
        const QStringList ids = internalIds();
        QVERIFY(ids.contains(QStringLiteral("tennyu")) && ids.contains(QStringLiteral("moving_in")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                QStringList forms;
                if (numerus) {
                    while (xml.readNextStartElement()) {
                        forms.append(xml.readElementText());
                    }
                } else {
                    forms.append(xml.readElementText());
                }
                if (unfinished) {
                    problems << QStringLiteral("unfinished: %1 / %2").arg(context, source);
                }
                for (const QString &f : std::as_const(forms)) {
                    rubyTerms += kakanai::forms::ruby::hasRuby(f) ? 1 : 0;
                    if (f.isEmpty()) {
                        problems << QStringLiteral("empty: %1 / %2").arg(context, source);
                    } else if (context != QLatin1String("FormData") && placeholders(f) != placeholders(source)) {
                        problems << QStringLiteral("placeholders differ: %1 / %2 -> %3").arg(context, source, f);
                    }
                    problems << rubyProblems(f, code == QLatin1String("ja_easy"));
                    if (const QString id = shownId(f, ids); !id.isEmpty()) {
                        problems << QStringLiteral("internal id '%1' shown: %2 / %3 -> %4").arg(id, context, source, f);
                    }
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 500);
        if (code == QLatin1String("ja_easy")) {
            QVERIFY(rubyTerms > 100); // positive control: the catalogue does write official terms with ruby
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
        // The compiled catalogue is in the library and translates.
        QTranslator translator;
        QVERIFY(translator.load(LanguageManager::catalogue(code)));
        if (code != QLatin1String("en")) {
            QVERIFY(!translator.translate("kakanai::kiosk::IdleScreen", "Start").isEmpty());
            QVERIFY(translator.translate("kakanai::kiosk::IdleScreen", "Start") != QLatin1String("Start"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
