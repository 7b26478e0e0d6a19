// The Qt Linguist catalogues: every language complete (no unfinished entry), every translation keeps the
// placeholders of its source (%1, %2, %n), nothing left empty, and each catalogue loads and answers.
#include "app/core/KioskConfig.h"
#include "app/core/Languages.h"

#include <QDir>
#include <QFile>
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

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QStringList problems;
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
                    if (f.isEmpty()) {
                        problems << QStringLiteral("empty: %1 / %2").arg(context, source);
                    } else if (context != QLatin1String("FormData") && placeholders(f) != placeholders(source)) {
                        problems << QStringLiteral("placeholders differ: %1 / %2 -> %3").arg(context, source, f);
                    }
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 500);
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
