#pragma once

#include "printer/FontSet.h"
#include "printer/PrintTexts.h"
#include "printer/PrinterConfig.h"
#include "printer/PrinterError.h"
#include "printer/RenderedDocument.h"
#include "printer/SlipRenderer.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace kakanai::printer {

class PdfDocument;
struct PrintedRequest;

struct RenderOptions
{
    // The resident's language, printed alongside the Japanese labels and headings ("en"); empty: Japanese only.
    // Languages the form definitions and printtexts.json do not have are printed in Japanese only.
    QString secondLanguage;
};

struct ReceiptOptions
{
    QString secondLanguage;
    std::optional<ReceiptFormat> format; // empty: receipt_format of the configuration
};

// Renders a request's paper: its forms, the receipt, the life event's guidance slip. Each call takes the request
// JSON (the same document the outbox holds) and returns a PDF in memory; nothing is kept between calls and nothing
// is written to disk. Not thread-safe (fonts are cached per renderer): use one renderer per thread.
class PrintRenderer
{
public:
    // Errors: FontUnavailable, InvalidConfiguration (printtexts.json).
    static Result<PrintRenderer> create(const PrinterConfig &config, const forms::FormCatalog &catalog);

    // Every form of the request, each from a new page. Errors: InvalidRequest, UnknownForm, RenderFailed,
    // TextLayerUnverifiable.
    Result<RenderedDocument> renderForms(const QJsonObject &request, const RenderOptions &options = {}) const;
    Result<RenderedDocument> renderReceipt(const QJsonObject &request, const ReceiptOptions &options = {}) const;
    Result<RenderedDocument> renderGuidanceSlip(const QJsonObject &request, const SlipContent &content,
                                                const RenderOptions &options = {}) const;

    // Draws the forms on a paged device the caller owns, e.g. a QPrinter behind a print-preview dialog (the
    // kiosk's staff screen) or a QPrinter in PdfFormat. Same layout as renderForms, but the text layer of a PDF
    // written this way is Qt's own (see PdfTextLayer): use renderForms for anything that is kept or queued.
    // Returns the number of pages.
    Result<int> paintForms(QPagedPaintDevice &device, const QJsonObject &request,
                           const RenderOptions &options = {}) const;

    // The slip content for a request: its life event (a single-form request: the one event that holds its form and
    // that the form implies, LifeEvent::impliedByForm),
    // with the related procedures LifeEventNavigator::decide gives for the request's navigator_answers (the
    // kiosk's done screen shows the same): those that apply, and those whose question was not asked or answered
    // with that question (printed "対象：「…」に「はい」の方"); those answered no are left out. `answers` replaces
    // the request's own answers (kakanai-print --yes). Errors: InvalidRequest, NoGuidance.
    static Result<SlipContent> slipContent(const QJsonObject &request, const forms::LifeEventNavigator &navigator,
                                           const std::optional<forms::NavigatorAnswers> &answers = std::nullopt);

    const PrinterConfig &config() const { return m_config; }

private:
    Status drawForms(PdfDocument &document, const PrintedRequest &view, const RenderOptions &options) const;
    PrintRenderer(PrinterConfig config, forms::FormCatalog catalog, FontSet fonts, PrintTexts texts);

    PrinterConfig m_config;
    forms::FormCatalog m_catalog;
    FontSet m_fonts;
    PrintTexts m_texts;
};

// Writes a rendered PDF to a file, atomically and readable by the owner only (0600).
// Errors: OutputUnwritable.
Status writePdf(const RenderedDocument &document, const QString &path);

} // namespace kakanai::printer
