// Qt's own texts (standard buttons and dialogs) in the program's language: the catalogue installed from the Qt
// installation (qt6-translations-l10n) translates them; a locale without one leaves Qt's English.
#include "platform/QtTranslations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace kakanai::platform;

class TestQtTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void qtTextsInTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("installed");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << true << QStringLiteral("キャンセル");
        QTest::newRow("error: no catalogue (Zulu)") << QLocale(QLocale::Zulu) << false << QStringLiteral("Cancel");
    }
    void qtTextsInTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, installed);
        QFETCH(QString, cancel);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel")); // before
        QCOMPARE(installQtTranslations(locale), installed);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }
};

QTEST_GUILESS_MAIN(TestQtTranslations)
#include "TestQtTranslations.moc"
