#pragma once

// Shared helpers of the forms tests: paths of the repository's data, the build tree's postal database and CLI,
// and loaders for the sample residents and answers in resources/examples/.
#include "forms/FormCatalog.h"
#include "forms/FormFiller.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace kakanai::forms::testing {

inline QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(KAKANAI_SOURCE_DIR)).filePath(relative);
}

inline QString binPath(const QString &relative)
{
    return QDir(QStringLiteral(KAKANAI_BIN_DIR)).filePath(relative);
}

// Built by the kakanai_postal_db target from resources/postal/jp_postal_codes.tsv.gz.
inline QString postalDatabasePath()
{
    return QDir::cleanPath(binPath(QStringLiteral("../share/kakanai/postal.sqlite")));
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

inline QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}

inline ResidentInput exampleResident(const QString &name)
{
    auto r = parseResidentJson(readBytes(sourcePath(QStringLiteral("resources/examples/residents/") + name)));
    if (!r) {
        qFatal("bad example resident %s", qPrintable(name));
    }
    return std::move(r.value());
}

inline Answers exampleAnswers(const QString &formId)
{
    auto a = parseAnswersJson(readBytes(sourcePath(QStringLiteral("resources/examples/answers/%1.json").arg(formId))));
    if (!a) {
        qFatal("bad example answers %s", qPrintable(formId));
    }
    return std::move(a.value());
}

// The kiosk the examples are written for: 東京都千代田区, on 2025-04-10.
inline FormContext chiyodaContext(QDate today = QDate(2025, 4, 10))
{
    FormContext c;
    c.today = today;
    c.municipality = QStringLiteral("東京都千代田区");
    c.municipalityCode = QStringLiteral("13101");
    c.mode = Mode::Counter;
    return c;
}

inline const FormCatalog &embeddedCatalog()
{
    static const FormCatalog catalog = [] {
        auto c = FormCatalog::load();
        if (!c) {
            qFatal("embedded catalog: %s", qPrintable(c.error().toLogString()));
        }
        return std::move(c.value());
    }();
    return catalog;
}

// "field:code" strings of the issues, for compact comparisons in data tables.
inline QStringList issueKeys(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues) {
        out.append(i.field + QLatin1Char(':') + i.code);
    }
    return out;
}

} // namespace kakanai::forms::testing
