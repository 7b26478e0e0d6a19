#pragma once

#include "printer/PrinterError.h"

#include "forms/FormDefinition.h"

#include <QHash>
#include <QString>

namespace kakanai::printer {

// The fixed texts printed on forms, receipts and slips (headings, legends, "what to do next"), in Japanese and the
// languages printed alongside. They are data (printer/data/printtexts.json, compiled in as
// ":/kakanai/printer/printtexts.json") so that a city can reword them without touching the layout code.
class PrintTexts
{
public:
    static QString embeddedFile();
    // Errors: InvalidConfiguration (field = the key) for a file that is not {"key": {"ja": …}, …}.
    static Result<PrintTexts> load(const QString &path = embeddedFile());

    // Japanese text of a key; the key itself when it is missing (a test checks every key used exists).
    QString ja(const QString &key) const;
    // The text in `language`, or empty when there is none (then only Japanese is printed).
    QString in(const QString &key, const QString &language) const;
    bool contains(const QString &key) const { return m_texts.contains(key); }

private:
    QHash<QString, forms::LocalisedText> m_texts;
};

} // namespace kakanai::printer
