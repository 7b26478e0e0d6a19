// kakanai-card: the card library from the command line, for counter and IT staff diagnosing a reader or card,
// and for scripts. Reads the PIN or 照合番号B from standard input only (never from the command line, where it
// would end up in the shell history and the process list).

#include "cardreader/CardConfig.h"
#include "cardreader/CardSession.h"
#include "cardreader/Ossl.h"
#include "cardreader/Readers.h"
#include "platform/CommandLine.h"
#include "platform/SystemdIntegration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstring>
#include <optional>

using namespace kakanai;
using namespace kakanai::card;

namespace {

enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 2,
    ExitWrongPin = 3,
    ExitBlockedOrLastTry = 4,
    ExitNoReaderOrCard = 5,
    ExitCardError = 6,
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// One line from stdin without its line end, held as a secret; the stdio buffer is overwritten.
SecretBytes readSecretLine()
{
    char buffer[128];
    SecretBytes secret;
    if (std::fgets(buffer, sizeof(buffer), stdin)) {
        size_t n = std::strlen(buffer);
        while (n > 0 && (buffer[n - 1] == '\n' || buffer[n - 1] == '\r' || buffer[n - 1] == ' ')) {
            --n;
        }
        secret = SecretBytes(QByteArray(buffer, static_cast<qsizetype>(n)));
    }
    OPENSSL_cleanse(buffer, sizeof(buffer));
    return secret;
}

int exitCodeFor(const CardError &e)
{
    switch (e.code) {
    case CardErrorCode::WrongPin:
        return ExitWrongPin;
    case CardErrorCode::PinBlocked:
    case CardErrorCode::LastTryNeedsConfirmation:
        return ExitBlockedOrLastTry;
    case CardErrorCode::NoService:
    case CardErrorCode::NoReader:
    case CardErrorCode::NoCard:
        return ExitNoReaderOrCard;
    case CardErrorCode::InvalidPinFormat:
        return ExitUsage;
    default:
        return ExitCardError;
    }
}

// Staff-facing explanation in Japanese and English. The library only returns codes; this is the CLI's own text.
QString describe(const CardError &e)
{
    switch (e.code) {
    case CardErrorCode::WrongPin:
        return e.triesLeft ? QStringLiteral("暗証番号が違います。残り%1回 (wrong PIN: %1 tries left)").arg(*e.triesLeft)
                           : QStringLiteral("暗証番号が違います (wrong PIN)");
    case CardErrorCode::PinBlocked:
        return QStringLiteral("暗証番号がロックされています。市区町村の窓口で初期化が必要です "
                              "(PIN blocked: only the municipal counter can reset it)");
    case CardErrorCode::LastTryNeedsConfirmation:
        return QStringLiteral("残り1回です。--confirm-last-try を付けた場合のみ送信します "
                              "(one try left: pass --confirm-last-try to use it)");
    case CardErrorCode::InvalidPinFormat:
        return QStringLiteral(
            "入力の形式が違います (wrong format: PIN 4 digits, 照合番号B 14 digits); nothing was sent");
    case CardErrorCode::NoService:
        return QStringLiteral("PC/SC サービス (pcscd) に接続できません (pcscd is not running)");
    case CardErrorCode::NoReader:
        return QStringLiteral("カードリーダーがありません (no card reader)");
    case CardErrorCode::NoCard:
        return QStringLiteral("カードがありません (no card in the reader)");
    case CardErrorCode::CardRemoved:
        return QStringLiteral("読み取り中にカードが抜かれました。何も読み取っていません (card removed during the read; "
                              "nothing was read)");
    case CardErrorCode::NotMyNumberCard:
        return QStringLiteral("マイナンバーカードではありません (not a My Number card)");
    case CardErrorCode::MalformedResponse:
        return QStringLiteral("カードの応答が不正です (malformed card answer): ") + e.detail;
    default:
        return QStringLiteral("カードエラー (card error): ") + e.toLogString();
    }
}

std::optional<CardConfig> loadConfig(const QString &path, const QString &readerOverride)
{
    CardConfig config;
    if (!path.isEmpty()) {
        QSettings settings(path, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            err() << "cannot read configuration " << path << Qt::endl;
            return std::nullopt;
        }
        QList<ConfigProblem> problems;
        config = CardConfig::fromSettings(settings, &problems);
        if (!problems.isEmpty()) {
            for (const auto &p : problems) {
                err() << path << ": " << p.key << ": " << p.message << Qt::endl;
            }
            return std::nullopt;
        }
    }
    if (!readerOverride.isEmpty()) {
        config.reader = readerOverride;
    }
    return config;
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("男");
    case Sex::Female:
        return QStringLiteral("女");
    case Sex::NotKnown:
        return QStringLiteral("不明");
    case Sex::NotApplicable:
        return QStringLiteral("適用不能");
    }
    return {};
}

QString integrityLabel(const IntegrityResult &r)
{
    switch (r.status) {
    case IntegrityStatus::Verified:
        return QStringLiteral("検証済み (verified)");
    case IntegrityStatus::NotVerifiable:
        return QStringLiteral("検証不能・発行者鍵の設定なし (not verifiable: no issuer key configured)");
    case IntegrityStatus::Failed:
        return QStringLiteral("検証失敗 (FAILED: ") + r.failureName() + QStringLiteral(": ") + r.reason +
               QLatin1Char(')');
    }
    return {};
}

QJsonValue triesJson(const std::optional<int> &tries)
{
    return tries ? QJsonValue(*tries) : QJsonValue(QJsonValue::Null);
}

int cmdReaders(bool json)
{
    auto readers = currentReaders();
    if (!readers) {
        err() << describe(readers.error()) << Qt::endl;
        return exitCodeFor(readers.error());
    }
    if (json) {
        QJsonArray array;
        for (const auto &r : *readers) {
            array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("card_present"), r.cardPresent},
                                     {QStringLiteral("mute"), r.mute},
                                     {QStringLiteral("atr"), QString::fromLatin1(r.atr.toHex().toUpper())}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        if (readers->isEmpty()) {
            out() << "カードリーダーなし (no readers)" << Qt::endl;
        }
        for (const auto &r : *readers) {
            out() << r.name << ": "
                  << (r.cardPresent ? (r.mute ? QStringLiteral("カードあり・応答なし (card present, mute)")
                                              : QStringLiteral("カードあり (card present) ATR ") +
                                                    QString::fromLatin1(r.atr.toHex(' ').toUpper()))
                                    : QStringLiteral("カードなし (empty)"))
                  << Qt::endl;
        }
    }
    return readers->isEmpty() ? ExitNoReaderOrCard : ExitOk;
}

int cmdStatus(const CardConfig &config, bool json)
{
    auto session = CardSession::open(config.reader);
    if (!session) {
        err() << describe(session.error()) << Qt::endl;
        return exitCodeFor(session.error());
    }
    auto status = (*session)->pinStatus();
    if (!status) {
        err() << describe(status.error()) << Qt::endl;
        return exitCodeFor(status.error());
    }
    if (json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("input_support_pin"), triesJson(status->inputSupportPin)},
                                           {QStringLiteral("jpki_auth_pin"), triesJson(status->jpkiAuthPin)},
                                           {QStringLiteral("jpki_sign_password"), triesJson(status->jpkiSignPassword)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        const auto line = [](const char *label, const std::optional<int> &t) {
            out() << QString::fromUtf8(label) << ": "
                  << (t ? (*t == 0 ? QStringLiteral("ロック (blocked)") : QStringLiteral("残り%1回").arg(*t))
                        : QStringLiteral("不明 (unknown)"))
                  << Qt::endl;
        };
        line("券面事項入力補助用暗証番号", status->inputSupportPin);
        line("利用者証明用電子証明書暗証番号", status->jpkiAuthPin);
        line("署名用電子証明書暗証番号", status->jpkiSignPassword);
    }
    return ExitOk;
}

int cmdRead(const CardConfig &config, const ReadOptions &options, bool json)
{
    SecretBytes secret = readSecretLine();
    if (secret.isEmpty()) {
        err() << "no PIN / 照合番号B on standard input" << Qt::endl;
        return ExitUsage;
    }
    const ossl::PKey issuerKey =
        config.issuerPublicKeyPem.isEmpty() ? ossl::PKey() : ossl::publicKeyFromPem(config.issuerPublicKeyPem);
    auto session = CardSession::open(config.reader);
    if (!session) {
        err() << describe(session.error()) << Qt::endl;
        return exitCodeFor(session.error());
    }
    auto outcome = (*session)->readResident(options, secret, issuerKey.get());
    session->reset(); // power down before printing anything
    secret.clear();
    if (!outcome) {
        err() << describe(outcome.error()) << Qt::endl;
        return exitCodeFor(outcome.error());
    }
    const ResidentRecord &r = outcome->record;
    if (json) {
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("address"), r.address},
                      {QStringLiteral("birth_date"), r.birthDate.toString(Qt::ISODate)},
                      {QStringLiteral("sex"), sexCardDigit(r.sex)},
                      {QStringLiteral("integrity"), outcome->integrity.statusName()}};
        if (outcome->integrity.status == IntegrityStatus::Failed) {
            // Which check or shape failed (IntegrityFailure), for staff diagnostics and tests.
            o.insert(QStringLiteral("integrity_failure"), outcome->integrity.failureName());
        }
        if (r.individualNumber) {
            o.insert(QStringLiteral("individual_number"), r.individualNumber->digits());
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out() << "氏名: " << r.name << Qt::endl;
        out() << "住所: " << r.address << Qt::endl;
        out() << "生年月日: " << r.birthDate.toString(Qt::ISODate) << Qt::endl;
        out() << "性別: " << sexLabel(r.sex) << " (" << sexCardDigit(r.sex) << ")" << Qt::endl;
        if (r.individualNumber) {
            out() << "個人番号: " << r.individualNumber->digits() << Qt::endl;
        }
        out() << "完全性: " << integrityLabel(outcome->integrity) << Qt::endl;
    }
    return ExitOk;
}

int cmdJpki(const CardConfig &config, bool withPin, bool confirmLastTry, bool json)
{
    std::optional<SecretBytes> pin;
    if (withPin) {
        pin = readSecretLine();
    }
    auto session = CardSession::open(config.reader);
    if (!session) {
        err() << describe(session.error()) << Qt::endl;
        return exitCodeFor(session.error());
    }
    auto check = (*session)->checkJpki(config.jpkiTrustAnchorPem, pin ? &*pin : nullptr, confirmLastTry,
                                       QDateTime::currentDateTimeUtc());
    session->reset();
    if (!check) {
        err() << describe(check.error()) << Qt::endl;
        return exitCodeFor(check.error());
    }
    const QString possession = !check->possessionChecked ? QStringLiteral("not_checked")
                               : check->possessionProven ? QStringLiteral("proven")
                                                         : QStringLiteral("failed");
    if (json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("chain"), check->chain.statusName()},
                                           {QStringLiteral("reason"), check->chain.reason},
                                           {QStringLiteral("not_before"), check->chain.notBefore.toString(Qt::ISODate)},
                                           {QStringLiteral("not_after"), check->chain.notAfter.toString(Qt::ISODate)},
                                           {QStringLiteral("possession"), possession}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << "利用者証明用電子証明書: " << check->chain.statusName() << " (" << check->chain.reason << ")"
              << Qt::endl;
        out() << "有効期間: " << check->chain.notBefore.toString(Qt::ISODate) << " - "
              << check->chain.notAfter.toString(Qt::ISODate) << Qt::endl;
        out() << "カード保有の確認 (possession): " << possession << Qt::endl;
    }
    const bool ok = check->chain.status != CertificateCheck::Status::Invalid &&
                    (!check->possessionChecked || check->possessionProven);
    return ok ? ExitOk : ExitCardError;
}

} // namespace

int main(int argc, char *argv[])
{
    kakanai::platform::disableCoreDumps(); // it holds a PIN and card data in memory
    QCoreApplication app(argc, argv);
    kakanai::platform::installJournalMessageHandler();
    QCoreApplication::setApplicationName(QStringLiteral("kakanai-card"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAKANAI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "My Number card diagnostics.\n\n"
        "Commands:\n"
        "  readers                 list readers and card presence\n"
        "  status                  PIN tries left (no try is used)\n"
        "  read                    read name, address, birth date, sex (PIN or 照合番号B from stdin)\n"
        "  jpki                    check the 利用者証明用 certificate chain (and, with --pin-stdin, that the card "
        "holds its key)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("readers | status | read | jpki"));
    const QCommandLineOption readerOpt(QStringLiteral("reader"), QStringLiteral("Reader name (prefix)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("INI configuration file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption pinOpt(QStringLiteral("pin-stdin"), QStringLiteral("Read the 4-digit PIN from stdin."));
    const QCommandLineOption codeBOpt(QStringLiteral("code-b-stdin"),
                                      QStringLiteral("Read the 14-digit 照合番号B from stdin (attributes only)."));
    const QCommandLineOption numberOpt(QStringLiteral("with-number"),
                                       QStringLiteral("Also read the individual number (needs the PIN)."));
    const QCommandLineOption lastTryOpt(QStringLiteral("confirm-last-try"),
                                        QStringLiteral("Allow sending the PIN when only one try is left."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        QStringLiteral("Log card activity (APDU headers and status words only)."));
    parser.addOptions({readerOpt, configOpt, jsonOpt, pinOpt, codeBOpt, numberOpt, lastTryOpt, verboseOpt});
    const QString epilog = QStringLiteral(
        "Examples:\n"
        "  kakanai-card readers\n"
        "  kakanai-card status --json\n"
        "  echo 1234 | kakanai-card read --pin-stdin --json\n\n"
        "Configuration:\n"
        "  Only with --config FILE: the [card] group of the kiosk's INI file (reader, issuer_public_key,\n"
        "  jpki_trust_anchor); without it, the first reader holding a card and no integrity keys. The kiosk's\n"
        "  file is /etc/kakanai/kakanai.ini. PINs and 照合番号B come from standard input only, never from the\n"
        "  command line.\n\n"
        "Environment:\n"
        "  QT_LOGGING_RULES  overrides --verbose (e.g. kakanai.card.debug=true)\n\n"
        "Exit status:\n"
        "  0 done; 2 usage (command line or configuration); 3 wrong PIN (tries left on standard error);\n"
        "  4 PIN blocked, or one try left without --confirm-last-try; 5 no reader or no card; 6 other card\n"
        "  error.\n");
    if (const auto exit = kakanai::platform::processCommandLine(parser, epilog)) {
        return *exit;
    }
    // Output is for people and scripts; the library's activity log only on request. Even then it holds status
    // words and APDU headers, never data.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOpt)
                                         ? QStringLiteral("kakanai.*=true")
                                         : QStringLiteral("kakanai.*.info=false\nkakanai.*.debug=false"));
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        err() << kakanai::platform::helpText(parser, epilog);
        return ExitUsage;
    }
    const QString command = args.first();
    const bool json = parser.isSet(jsonOpt);
    const auto config = loadConfig(parser.value(configOpt), parser.value(readerOpt));
    if (!config) {
        return ExitUsage;
    }

    if (command == QLatin1String("readers")) {
        return cmdReaders(json);
    }
    if (command == QLatin1String("status")) {
        return cmdStatus(*config, json);
    }
    if (command == QLatin1String("read")) {
        if (parser.isSet(pinOpt) == parser.isSet(codeBOpt)) {
            err() << "read: give exactly one of --pin-stdin and --code-b-stdin" << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(codeBOpt) && parser.isSet(numberOpt)) {
            err() << "read: --with-number needs the PIN (照合番号B does not open the individual number)" << Qt::endl;
            return ExitUsage;
        }
        ReadOptions options;
        options.credential = parser.isSet(pinOpt) ? ReadOptions::Credential::Pin : ReadOptions::Credential::CodeB;
        options.withNumber = parser.isSet(numberOpt);
        options.confirmLastTry = parser.isSet(lastTryOpt);
        return cmdRead(*config, options, json);
    }
    if (command == QLatin1String("jpki")) {
        return cmdJpki(*config, parser.isSet(pinOpt), parser.isSet(lastTryOpt), json);
    }
    err() << "unknown command: " << command << Qt::endl;
    return ExitUsage;
}
