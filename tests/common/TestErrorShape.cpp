// The one shape of the libraries' errors (common/Error.h): every code of the four error enums has a distinct,
// stable snake_case name that reads back to the same code, and every error writes its log line the same way.
#include "cardreader/CardError.h"
#include "common/Error.h"
#include "forms/FormsError.h"
#include "outbox/BackofficeError.h"
#include "preentry/PreEntry.h"
#include "printer/PrinterError.h"

#include <QSet>
#include <QTest>

using namespace kakanai;

class TestErrorShape : public QObject
{
    Q_OBJECT

private:
    template<typename Code>
    void checkEnum(int expectedCount)
    {
        const QMetaEnum meta = QMetaEnum::fromType<Code>();
        QCOMPARE(meta.keyCount(), expectedCount);
        QSet<QString> names;
        for (int i = 0; i < meta.keyCount(); ++i) {
            const auto code = static_cast<Code>(meta.value(i));
            const QString name = errorCodeName(code);
            QVERIFY2(!name.isEmpty() && name != QStringLiteral("unknown"), meta.key(i));
            QVERIFY2(name == name.toLower() && !name.contains(QLatin1Char(' ')), qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(errorCodeFromName<Code>(name), std::optional<Code>(code));
        }
        QCOMPARE(errorCodeName(static_cast<Code>(10000)), QStringLiteral("unknown"));
        QCOMPARE(errorCodeFromName<Code>(QStringLiteral("no_such_code")), std::nullopt);
    }

private Q_SLOTS:
    void snakeCase_data()
    {
        QTest::addColumn<QString>("camel");
        QTest::addColumn<QString>("snake");
        QTest::newRow("one word") << QStringLiteral("Io") << QStringLiteral("io");
        QTest::newRow("two words") << QStringLiteral("WrongPin") << QStringLiteral("wrong_pin");
        QTest::newRow("many words") << QStringLiteral("LastTryNeedsConfirmation")
                                    << QStringLiteral("last_try_needs_confirmation");
        QTest::newRow("empty") << QString() << QString();
    }
    void snakeCase()
    {
        QFETCH(QString, camel);
        QFETCH(QString, snake);
        QCOMPARE(snakeCaseName(camel.toLatin1().constData()), snake);
    }

    // The names the logs, the exit texts and the UI's translation tables already use stay the same.
    void knownNames()
    {
        QCOMPARE(card::CardError::fromCode(card::CardErrorCode::PinBlocked).codeName(), QStringLiteral("pin_blocked"));
        QCOMPARE(forms::FormsError::make(forms::FormsErrorCode::DateOutsideEra).codeName(),
                 QStringLiteral("date_outside_era"));
        QCOMPARE(printer::PrintError::make(printer::PrintErrorCode::TextLayerUnverifiable).messageCode(),
                 QStringLiteral("printer.error.text_layer_unverifiable"));
        QCOMPARE(backoffice::BackofficeError::make(backoffice::BackofficeErrorCode::IntakeTls).codeName(),
                 QStringLiteral("intake_tls"));
    }

    void everyCodeNamedOnce()
    {
        checkEnum<card::CardErrorCode>(20);
        checkEnum<forms::FormsErrorCode>(18);
        checkEnum<printer::PrintErrorCode>(17);
        checkEnum<backoffice::BackofficeErrorCode>(29);
        checkEnum<preentry::PreEntryErrorCode>(5);
    }

    void defaults()
    {
        QCOMPARE(card::CardError().code, card::CardErrorCode::InternalError);
        QCOMPARE(forms::FormsError().code, forms::FormsErrorCode::InvalidDefinition);
        QCOMPARE(printer::PrintError().code, printer::PrintErrorCode::RenderFailed);
        QCOMPARE(backoffice::BackofficeError().code, backoffice::BackofficeErrorCode::Internal);
    }

    void logLines()
    {
        auto cardError = card::CardError::fromCode(card::CardErrorCode::WrongPin, QStringLiteral("verify"));
        cardError.triesLeft = 2;
        QCOMPARE(cardError.toLogString(), QStringLiteral("wrong_pin tries=2: verify"));

        auto formsError = forms::FormsError::make(forms::FormsErrorCode::InvalidDefinition, QStringLiteral("a.json"),
                                                  QStringLiteral("fields[2].type"), QStringLiteral("unknown type"));
        QCOMPARE(formsError.toLogString(),
                 QStringLiteral("invalid_definition file=a.json field=fields[2].type: unknown type"));

        auto printError = printer::PrintError::make(printer::PrintErrorCode::OutOfPaper);
        printError.printer = QStringLiteral("counter");
        printError.reasons = {QStringLiteral("media-empty-error"), QStringLiteral("paused")};
        QCOMPARE(printError.toLogString(),
                 QStringLiteral("out_of_paper printer=counter reasons=media-empty-error,paused"));

        auto outboxError = backoffice::BackofficeError::make(
            backoffice::BackofficeErrorCode::Config, QStringLiteral("not a number"), QStringLiteral("outbox/x"));
        QCOMPARE(outboxError.toLogString(), QStringLiteral("config key=outbox/x: not a number"));
    }
};

QTEST_GUILESS_MAIN(TestErrorShape)
#include "TestErrorShape.moc"
