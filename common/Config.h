#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace kakanai {

// A configuration problem, named precisely enough for the city's IT staff to fix it. Every module's configuration
// reader reports these; the composition root refuses to start on any of them.
struct ConfigProblem
{
    QString key;     // "intake/sslkey"; "" for the file itself
    QString message; // technical English; the UI may show it to IT staff as is
};

// Opens an INI file; a missing, unreadable or unparsable file is a problem of key "" and nullptr.
std::unique_ptr<QSettings> openIniFile(const QString &path, QList<ConfigProblem> *problems);

// Reads one group of the INI file: the one configuration reader of the project. It remembers which keys were
// asked for and, when it goes out of scope, reports every other key of the group as unknown (a misspelt key is an
// error, not a silently ignored setting). Every problem names its key as "group/key"; the value is then the
// fallback.
class ConfigGroup
{
public:
    // What a key present with an empty value ("port =") means to the typed readers (integer, decimal, boolean,
    // choice): a value that must be valid like any other, or the same as leaving the key out.
    enum class Empty
    {
        IsAValue,
        MeansDefault,
    };
    // What string() does with a value QSettings split at its commas ("a, b").
    enum class Lists
    {
        JoinCommaSpace, // the text as written ("a, b"): names and places
        JoinComma,      // "a,b": libpq host lists
        Refuse,         // a problem: the key takes one value (quote it if it holds a comma)
    };

    ConfigGroup(QSettings &settings, QString group, QList<ConfigProblem> *problems, Empty empty = Empty::IsAValue);
    ~ConfigGroup();
    ConfigGroup(const ConfigGroup &) = delete;
    ConfigGroup &operator=(const ConfigGroup &) = delete;

    const QString &group() const { return m_group; }
    // "group/name", as problems name it.
    QString key(const QString &name) const;
    // Whether the key is present; marks it as known.
    bool has(const QString &name);
    // Marks keys as known without reading them (keys another reader of the same group handles).
    void markKnown(const QStringList &names);
    void problem(const QString &name, const QString &message);
    int problemCount() const;

    // Trimmed text; `fallback` when absent.
    QString string(const QString &name, const QString &fallback = {}, Lists lists = Lists::JoinCommaSpace);
    // Comma-separated items, trimmed, empty items dropped; `fallback` when absent.
    QStringList list(const QString &name, const QStringList &fallback);
    // A whole number in [minimum, maximum].
    qint64 integer(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum);
    // A number in [minimum, maximum].
    double decimal(const QString &name, double fallback, double minimum, double maximum);
    // true/yes/1 or false/no/0.
    bool boolean(const QString &name, bool fallback);
    // One of `allowed` (the enum's names in the file).
    QString choice(const QString &name, const QString &fallback, const QStringList &allowed);

    // Checks on a path read from key `name`; false (with a problem naming the key) when the check fails.
    bool requireFolder(const QString &name, const QString &path);
    bool requireFile(const QString &name, const QString &path);
    bool requireReadableFile(const QString &name, const QString &path);
    // Refuses a file group or others may write (a secret or an account list someone could swap).
    bool requireNotWritableByOthers(const QString &name, const QString &path);
    // The file's first `maxBytes`; nullopt (with a problem) when it does not exist or cannot be read.
    std::optional<QByteArray> readFile(const QString &name, const QString &path, qint64 maxBytes = 1 << 20);

private:
    // The value as one text; nullopt when absent. Lists joined with `separator`.
    std::optional<QString> raw(const QString &name, const QString &separator);
    // The text for a typed reader; nullopt means "use the fallback".
    std::optional<QString> typed(const QString &name);

    QSettings &m_settings;
    QString m_group;
    QList<ConfigProblem> *m_problems;
    Empty m_empty;
    QStringList m_known;
};

} // namespace kakanai
