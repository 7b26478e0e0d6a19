#include "KioskConfig.h"

#include "ReceiptNumber.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace kakanai::kiosk {

QString kioskModeName(KioskMode mode)
{
    return mode == KioskMode::Counter ? QStringLiteral("counter") : QStringLiteral("self_service");
}

QStringList KioskConfig::supportedLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("ja_easy"), QStringLiteral("en"), QStringLiteral("zh_CN"),
            QStringLiteral("ko"), QStringLiteral("vi"),      QStringLiteral("pt")};
}

namespace {

// Reads one group, remembering which keys were used so that the rest can be reported as unknown (a misspelt key
// is an error, not a silently ignored setting).
class GroupReader
{
public:
    GroupReader(QSettings &settings, QString group, QList<ConfigProblem> *problems)
        : m_settings(settings)
        , m_group(std::move(group))
        , m_problems(problems)
    {
        m_settings.beginGroup(m_group);
    }
    ~GroupReader()
    {
        for (const QString &key : m_settings.childKeys()) {
            if (!m_known.contains(key)) {
                problem(key, QStringLiteral("unknown key"));
            }
        }
        m_settings.endGroup();
    }
    GroupReader(const GroupReader &) = delete;
    GroupReader &operator=(const GroupReader &) = delete;

    bool has(const QString &key)
    {
        m_known.append(key);
        return m_settings.contains(key);
    }

    QString string(const QString &key, const QString &fallback = {})
    {
        if (!has(key)) {
            return fallback;
        }
        const QVariant v = m_settings.value(key);
        // QSettings turns "a, b" into a QStringList; a plain string key keeps the text as written.
        return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", ")).trimmed()
                                                    : v.toString().trimmed();
    }

    QStringList list(const QString &key, const QStringList &fallback)
    {
        if (!has(key)) {
            return fallback;
        }
        QStringList out;
        for (const QString &item : m_settings.value(key).toStringList()) {
            for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                out.append(part.trimmed());
            }
        }
        return out;
    }

    int integer(const QString &key, int fallback, int minimum, int maximum)
    {
        if (!has(key)) {
            return fallback;
        }
        bool ok = false;
        const int v = string(key).toInt(&ok);
        if (!ok || v < minimum || v > maximum) {
            problem(key, QStringLiteral("must be a whole number from %1 to %2 (got '%3')")
                             .arg(minimum)
                             .arg(maximum)
                             .arg(string(key)));
            return fallback;
        }
        return v;
    }

    double decimal(const QString &key, double fallback, double minimum, double maximum)
    {
        if (!has(key)) {
            return fallback;
        }
        bool ok = false;
        const double v = string(key).toDouble(&ok);
        if (!ok || v < minimum || v > maximum) {
            problem(
                key,
                QStringLiteral("must be a number from %1 to %2 (got '%3')").arg(minimum).arg(maximum).arg(string(key)));
            return fallback;
        }
        return v;
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key)) {
            return fallback;
        }
        const QString v = string(key).toLower();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1")) {
            return true;
        }
        if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0")) {
            return false;
        }
        problem(key, QStringLiteral("must be true or false (got '%1')").arg(string(key)));
        return fallback;
    }

    void problem(const QString &key, const QString &message)
    {
        m_problems->append({m_group + QLatin1Char('/') + key, message});
    }

private:
    QSettings &m_settings;
    QString m_group;
    QList<ConfigProblem> *m_problems;
    QStringList m_known;
};

} // namespace

KioskConfig KioskConfig::fromSettings(QSettings &settings, QList<ConfigProblem> *problems)
{
    KioskConfig c;
    if (settings.status() != QSettings::NoError) {
        problems->append({QStringLiteral("(file)"), settings.status() == QSettings::FormatError
                                                        ? QStringLiteral("not a valid INI file")
                                                        : QStringLiteral("cannot be read")});
        return c;
    }
    const QStringList supported = supportedLanguages();
    {
        GroupReader g(settings, QStringLiteral("kiosk"), problems);
        c.kioskId = g.string(QStringLiteral("id"), QSysInfo::machineHostName());
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        if (!idPattern.match(c.kioskId).hasMatch()) {
            g.problem(QStringLiteral("id"),
                      QStringLiteral("must be 1-64 of A-Z a-z 0-9 . _ - (got '%1')").arg(c.kioskId));
        }
        c.receiptPrefix = g.string(QStringLiteral("receipt_prefix"), c.receiptPrefix);
        if (!forms::isReceiptPrefix(c.receiptPrefix)) {
            g.problem(QStringLiteral("receipt_prefix"),
                      QStringLiteral("must be 1-3 letters of %1 (no look-alikes such as O/0, I/1; got '%2')")
                          .arg(forms::receiptPrefixAlphabet(), c.receiptPrefix));
        }
        const QString mode = g.string(QStringLiteral("mode"), QStringLiteral("counter"));
        if (mode == QLatin1String("counter")) {
            c.mode = KioskMode::Counter;
        } else if (mode == QLatin1String("self_service")) {
            c.mode = KioskMode::SelfService;
        } else {
            g.problem(QStringLiteral("mode"), QStringLiteral("must be counter or self_service (got '%1')").arg(mode));
        }
        c.languages = g.list(QStringLiteral("languages"), supported);
        for (const QString &l : std::as_const(c.languages)) {
            if (!supported.contains(l)) {
                g.problem(QStringLiteral("languages"),
                          QStringLiteral("unknown language '%1' (known: %2)").arg(l, supported.join(QLatin1Char(' '))));
            }
        }
        c.language = g.string(QStringLiteral("language"), QStringLiteral("ja"));
        if (!supported.contains(c.language)) {
            g.problem(
                QStringLiteral("language"),
                QStringLiteral("unknown language '%1' (known: %2)").arg(c.language, supported.join(QLatin1Char(' '))));
            c.language = QStringLiteral("ja");
        } else if (!c.languages.contains(c.language)) {
            g.problem(QStringLiteral("language"), QStringLiteral("'%1' is not among kiosk/languages").arg(c.language));
        }
        c.municipality = g.string(QStringLiteral("municipality"));
        c.municipalityCode = g.string(QStringLiteral("municipality_code"));
        static const QRegularExpression codePattern(QStringLiteral("^[0-9]{5}$"));
        if (!c.municipalityCode.isEmpty() && !codePattern.match(c.municipalityCode).hasMatch()) {
            g.problem(
                QStringLiteral("municipality_code"),
                QStringLiteral("must be the 5-digit code of the municipality (got '%1')").arg(c.municipalityCode));
        }
        c.idleTimeoutSeconds = g.integer(QStringLiteral("idle_timeout_s"), c.idleTimeoutSeconds, 30, 1800);
        c.idleWarningSeconds = g.integer(QStringLiteral("idle_warning_s"), c.idleWarningSeconds, 5, 60);
        if (c.idleWarningSeconds >= c.idleTimeoutSeconds) {
            g.problem(QStringLiteral("idle_warning_s"), QStringLiteral("must be shorter than kiosk/idle_timeout_s"));
        }
        c.doneReturnSeconds = g.integer(QStringLiteral("done_return_s"), c.doneReturnSeconds, 5, 300);
        c.lockdown = g.boolean(QStringLiteral("kiosk_lockdown"), c.lockdown);
        c.staffAccountsPath = g.string(QStringLiteral("staff_accounts"));
        // PCI DSS 8.2.8 caps idle re-authentication at 15 minutes; the counter default is 5.
        c.staffReauthSeconds = g.integer(QStringLiteral("staff_reauth_s"), c.staffReauthSeconds, 30, 900);
        // PCI DSS 8.3.4: at most 10 failures, locked for at least 30 minutes.
        c.staffMaxFailures = g.integer(QStringLiteral("staff_max_failures"), c.staffMaxFailures, 1, 10);
        c.staffLockoutSeconds = g.integer(QStringLiteral("staff_lockout_s"), c.staffLockoutSeconds, 1800, 86400);
        c.pinResetPlace = g.string(QStringLiteral("pin_reset_place"));
        const QString theme = g.string(QStringLiteral("theme"), QStringLiteral("standard"));
        if (theme == QLatin1String("high_contrast")) {
            c.highContrast = true;
        } else if (theme != QLatin1String("standard")) {
            g.problem(QStringLiteral("theme"),
                      QStringLiteral("must be standard or high_contrast (got '%1')").arg(theme));
        }
        c.textScale = g.decimal(QStringLiteral("text_scale"), c.textScale, 1.0, 2.0);
        c.windowSize = g.string(QStringLiteral("window_size"));
        static const QRegularExpression sizePattern(QStringLiteral("^[0-9]{3,4}x[0-9]{3,4}$"));
        if (!c.windowSize.isEmpty() && !sizePattern.match(c.windowSize).hasMatch()) {
            g.problem(QStringLiteral("window_size"),
                      QStringLiteral("must be WIDTHxHEIGHT such as 1280x800, or empty (got '%1')").arg(c.windowSize));
        }
    }
    if (c.mode == KioskMode::Counter && c.staffAccountsPath.isEmpty()) {
        problems->append({QStringLiteral("kiosk/staff_accounts"),
                          QStringLiteral("counter mode needs the staff accounts file (staff sign in to confirm)")});
    } else if (!c.staffAccountsPath.isEmpty()) {
        const QFileInfo info(c.staffAccountsPath);
        if (!info.isFile() || !info.isReadable()) {
            problems->append(
                {QStringLiteral("kiosk/staff_accounts"), QStringLiteral("cannot read %1").arg(c.staffAccountsPath)});
        } else if (info.permissions() & (QFileDevice::WriteOther | QFileDevice::WriteGroup)) {
            problems->append(
                {QStringLiteral("kiosk/staff_accounts"),
                 QStringLiteral("%1 is writable by group or others; make it 0600 or 0640").arg(c.staffAccountsPath)});
        }
    }

    c.card = card::CardConfig::fromSettings(settings, problems);

    {
        GroupReader g(settings, QStringLiteral("forms"), problems);
        c.formsDirectory = g.string(QStringLiteral("directory"));
        if (!c.formsDirectory.isEmpty() && !QFileInfo(c.formsDirectory).isDir()) {
            g.problem(QStringLiteral("directory"), QStringLiteral("no such folder %1").arg(c.formsDirectory));
        }
    }
    {
        GroupReader g(settings, QStringLiteral("postal"), problems);
        c.postalDatabase = g.string(QStringLiteral("database"));
        c.postalCacheDir = g.string(QStringLiteral("cache_dir"));
        if (!c.postalDatabase.isEmpty() && !QFileInfo(c.postalDatabase).isFile()) {
            g.problem(QStringLiteral("database"), QStringLiteral("no such file %1").arg(c.postalDatabase));
        }
    }
    {
        GroupReader g(settings, QStringLiteral("submit"), problems);
        const QString sink = g.string(QStringLiteral("sink"), QStringLiteral("none"));
        c.devFolder = g.string(QStringLiteral("dev_folder"));
        if (sink == QLatin1String("dev_folder")) {
            c.sink = SinkKind::DevFolder;
            if (c.devFolder.isEmpty()) {
                g.problem(QStringLiteral("dev_folder"), QStringLiteral("submit/sink = dev_folder needs this folder"));
            }
        } else if (sink == QLatin1String("outbox")) {
            c.sink = SinkKind::Outbox;
        } else if (sink != QLatin1String("none")) {
            g.problem(QStringLiteral("sink"),
                      QStringLiteral("must be outbox, none or dev_folder (got '%1')").arg(sink));
        }
    }
    return c;
}

} // namespace kakanai::kiosk
