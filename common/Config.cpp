#include "common/Config.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace kakanai {

std::unique_ptr<QSettings> openIniFile(const QString &path, QList<ConfigProblem> *problems)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problems->append({QString(), QStringLiteral("configuration file %1 does not exist").arg(path)});
        return nullptr;
    }
    if (!info.isFile() || !info.isReadable()) {
        problems->append({QString(), QStringLiteral("configuration file %1 cannot be read").arg(path)});
        return nullptr;
    }
    auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (settings->status() != QSettings::NoError) {
        problems->append({QString(), QStringLiteral("configuration file %1 is not a valid INI file").arg(path)});
        return nullptr;
    }
    return settings;
}

ConfigGroup::ConfigGroup(QSettings &settings, QString group, QList<ConfigProblem> *problems, Empty empty)
    : m_settings(settings)
    , m_group(std::move(group))
    , m_problems(problems)
    , m_empty(empty)
{
    m_settings.beginGroup(m_group);
}

ConfigGroup::~ConfigGroup()
{
    for (const QString &name : m_settings.childKeys()) {
        if (!m_known.contains(name)) {
            problem(name, QStringLiteral("unknown key (misspelt? every key is listed in README.md)"));
        }
    }
    m_settings.endGroup();
}

QString ConfigGroup::key(const QString &name) const
{
    return m_group + QLatin1Char('/') + name;
}

bool ConfigGroup::has(const QString &name)
{
    if (!m_known.contains(name)) {
        m_known.append(name);
    }
    return m_settings.contains(name);
}

void ConfigGroup::markKnown(const QStringList &names)
{
    for (const QString &name : names) {
        has(name);
    }
}

void ConfigGroup::problem(const QString &name, const QString &message)
{
    m_problems->append({key(name), message});
}

int ConfigGroup::problemCount() const
{
    return static_cast<int>(m_problems->size());
}

std::optional<QString> ConfigGroup::raw(const QString &name, const QString &separator)
{
    if (!has(name)) {
        return std::nullopt;
    }
    // QSettings turns "a, b" into a QStringList; put the pieces back together.
    const QVariant v = m_settings.value(name);
    return (v.typeId() == QMetaType::QStringList ? v.toStringList().join(separator) : v.toString()).trimmed();
}

QString ConfigGroup::string(const QString &name, const QString &fallback, Lists lists)
{
    if (lists == Lists::Refuse && has(name) && m_settings.value(name).typeId() == QMetaType::QStringList) {
        problem(name, QStringLiteral("expects one value, not a list (quote it if it holds a comma)"));
        return fallback;
    }
    return raw(name, lists == Lists::JoinComma ? QStringLiteral(",") : QStringLiteral(", ")).value_or(fallback);
}

QStringList ConfigGroup::list(const QString &name, const QStringList &fallback)
{
    if (!has(name)) {
        return fallback;
    }
    QStringList out;
    for (const QString &item : m_settings.value(name).toStringList()) {
        for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty()) {
                out.append(part.trimmed());
            }
        }
    }
    return out;
}

std::optional<QString> ConfigGroup::typed(const QString &name)
{
    auto text = raw(name, QStringLiteral(", "));
    if (text && text->isEmpty() && m_empty == Empty::MeansDefault) {
        return std::nullopt;
    }
    return text;
}

qint64 ConfigGroup::integer(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    const auto text = typed(name);
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    if (!ok || v < minimum || v > maximum) {
        problem(name,
                QStringLiteral("must be a whole number from %1 to %2 (got '%3')").arg(minimum).arg(maximum).arg(*text));
        return fallback;
    }
    return v;
}

double ConfigGroup::decimal(const QString &name, double fallback, double minimum, double maximum)
{
    const auto text = typed(name);
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const double v = text->toDouble(&ok);
    if (!ok || v < minimum || v > maximum) {
        problem(name, QStringLiteral("must be a number from %1 to %2 (got '%3')").arg(minimum).arg(maximum).arg(*text));
        return fallback;
    }
    return v;
}

bool ConfigGroup::boolean(const QString &name, bool fallback)
{
    const auto text = typed(name);
    if (!text) {
        return fallback;
    }
    const QString v = text->toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1")) {
        return true;
    }
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0")) {
        return false;
    }
    problem(name, QStringLiteral("must be true or false (got '%1')").arg(*text));
    return fallback;
}

QString ConfigGroup::choice(const QString &name, const QString &fallback, const QStringList &allowed)
{
    const auto text = typed(name);
    if (!text) {
        return fallback;
    }
    if (!allowed.contains(*text)) {
        QStringList names = allowed;
        const QString last = names.takeLast();
        problem(
            name,
            QStringLiteral("must be %1 (got '%2')")
                .arg(names.isEmpty() ? last : names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last, *text));
        return fallback;
    }
    return *text;
}

bool ConfigGroup::requireFolder(const QString &name, const QString &path)
{
    if (!QFileInfo(path).isDir()) {
        problem(name, QStringLiteral("no such folder %1").arg(path));
        return false;
    }
    return true;
}

bool ConfigGroup::requireFile(const QString &name, const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        problem(name, QStringLiteral("no such file %1").arg(path));
        return false;
    }
    return true;
}

bool ConfigGroup::requireReadableFile(const QString &name, const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        problem(name, QStringLiteral("cannot read %1").arg(path));
        return false;
    }
    return true;
}

bool ConfigGroup::requireNotWritableByOthers(const QString &name, const QString &path)
{
    if (QFileInfo(path).permissions() & (QFileDevice::WriteOther | QFileDevice::WriteGroup)) {
        problem(name, QStringLiteral("%1 is writable by group or others; make it 0600 or 0640").arg(path));
        return false;
    }
    return true;
}

std::optional<QByteArray> ConfigGroup::readFile(const QString &name, const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists()) {
        problem(name, QStringLiteral("%1 does not exist").arg(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem(name, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.read(maxBytes);
}

} // namespace kakanai
