#include "printer/PrintRenderer.h"

#include "printer/FormRenderer.h"
#include "printer/PdfDocument.h"
#include "printer/PrintedRequest.h"
#include "printer/PrinterLogging.h"
#include "printer/ReceiptRenderer.h"
#include "printer/RenderContext.h"

#include "forms/Request.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSaveFile>

namespace kakanai::printer {

QString renderIssueKindName(RenderIssueKind kind)
{
    return kind == RenderIssueKind::MissingGlyph ? QStringLiteral("missing_glyph")
                                                 : QStringLiteral("variation_not_applied");
}

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Forms:
        return QStringLiteral("forms");
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    case DocumentKind::GuidanceSlip:
        return QStringLiteral("slip");
    }
    return QString();
}

bool RenderedDocument::hasMissingGlyphs() const
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const RenderIssue &i) { return i.kind == RenderIssueKind::MissingGlyph; });
}

QList<char32_t> RenderedDocument::missingCodePoints() const
{
    QList<char32_t> out;
    for (const RenderIssue &i : issues) {
        if (i.kind == RenderIssueKind::MissingGlyph && !out.contains(i.codePoint)) {
            out.append(i.codePoint);
        }
    }
    return out;
}

namespace {

Result<RenderedDocument> finish(PdfDocument &document, DocumentKind kind, const PrintedRequest &request,
                                const QString &title, QSizeF firstPage, const QElapsedTimer &timer)
{
    auto bytes = document.finish();
    if (!bytes) {
        return bytes.error();
    }
    RenderedDocument out;
    out.kind = kind;
    out.requestId = request.request.requestId;
    out.title = title;
    out.pdf = *bytes;
    out.pageCount = document.pageCount();
    out.firstPageSizeMm = firstPage;
    out.issues = document.issues();
    out.cardMarks = document.cardMarks();
    qCInfo(lcPrinter).noquote() << documentKindName(kind) << "of request" << request.request.requestId
                                << "rendered:" << out.pageCount << "pages," << out.pdf.size() << "bytes,"
                                << out.issues.size() << "issues," << timer.elapsed() << "ms";
    return out;
}

QString documentTitle(const QString &kind, const PrintedRequest &request)
{
    // The PDF title and the CUPS job name: what and which request, never who.
    return QStringLiteral("kakanai %1 %2").arg(kind, request.request.requestId);
}

} // namespace

PrintRenderer::PrintRenderer(PrinterConfig config, forms::FormCatalog catalog, FontSet fonts, PrintTexts texts)
    : m_config(std::move(config))
    , m_catalog(std::move(catalog))
    , m_fonts(std::move(fonts))
    , m_texts(std::move(texts))
{}

Result<PrintRenderer> PrintRenderer::create(const PrinterConfig &config, const forms::FormCatalog &catalog)
{
    auto fonts = FontSet::load(config);
    if (!fonts) {
        return fonts.error();
    }
    auto texts = PrintTexts::load();
    if (!texts) {
        return texts.error();
    }
    return PrintRenderer(config, catalog, std::move(*fonts), std::move(*texts));
}

Status PrintRenderer::drawForms(PdfDocument &document, const PrintedRequest &view, const RenderOptions &options) const
{
    const RenderContext ctx{m_fonts, m_texts, m_config, options.secondLanguage};
    for (const forms::StoredForm &form : view.request.forms) {
        FormRenderer renderer(ctx, view, form);
        if (auto s = renderer.render(document); !s) {
            return s;
        }
    }
    return Done{};
}

Result<RenderedDocument> PrintRenderer::renderForms(const QJsonObject &request, const RenderOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    auto view = PrintedRequest::read(request, m_catalog, m_config.addressee);
    if (!view) {
        return view.error();
    }
    PdfDocument document(m_fonts, documentTitle(QStringLiteral("forms"), *view));
    if (auto s = drawForms(document, *view, options); !s) {
        return s.error();
    }
    const forms::FormLayout &first = view->request.forms.first().instance.definition().layout;
    const QSizeF size = first.paper == QLatin1String("A3")   ? QSizeF(297, 420)
                        : first.paper == QLatin1String("B5") ? QSizeF(182, 257)
                                                             : QSizeF(210, 297);
    return finish(document, DocumentKind::Forms, *view, documentTitle(QStringLiteral("forms"), *view),
                  first.orientation == QLatin1String("landscape") ? size.transposed() : size, timer);
}

Result<int> PrintRenderer::paintForms(QPagedPaintDevice &device, const QJsonObject &request,
                                      const RenderOptions &options) const
{
    auto view = PrintedRequest::read(request, m_catalog, m_config.addressee);
    if (!view) {
        return view.error();
    }
    PdfDocument document(m_fonts, &device);
    if (auto s = drawForms(document, *view, options); !s) {
        return s.error();
    }
    if (auto done = document.finish(); !done) {
        return done.error();
    }
    return document.pageCount();
}

Result<RenderedDocument> PrintRenderer::renderReceipt(const QJsonObject &request, const ReceiptOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    auto view = PrintedRequest::read(request, m_catalog, m_config.addressee);
    if (!view) {
        return view.error();
    }
    const RenderContext ctx{m_fonts, m_texts, m_config, options.secondLanguage};
    const ReceiptFormat format = options.format.value_or(m_config.receiptFormat);
    PdfDocument document(m_fonts, documentTitle(QStringLiteral("receipt"), *view));
    ReceiptRenderer renderer(ctx, *view, format);
    if (auto s = renderer.render(document); !s) {
        return s.error();
    }
    return finish(document, DocumentKind::Receipt, *view, documentTitle(QStringLiteral("receipt"), *view),
                  format == ReceiptFormat::A6 ? QSizeF(105, 148) : QSizeF(80, 0), timer);
}

Result<RenderedDocument> PrintRenderer::renderGuidanceSlip(const QJsonObject &request, const SlipContent &content,
                                                           const RenderOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    auto view = PrintedRequest::read(request, m_catalog, m_config.addressee);
    if (!view) {
        return view.error();
    }
    const RenderContext ctx{m_fonts, m_texts, m_config, options.secondLanguage};
    PdfDocument document(m_fonts, documentTitle(QStringLiteral("slip"), *view));
    SlipRenderer renderer(ctx, *view, content);
    if (auto s = renderer.render(document); !s) {
        return s.error();
    }
    return finish(document, DocumentKind::GuidanceSlip, *view, documentTitle(QStringLiteral("slip"), *view),
                  QSizeF(210, 297), timer);
}

Result<SlipContent> PrintRenderer::slipContent(const QJsonObject &request, const forms::LifeEventNavigator &navigator,
                                               const std::optional<forms::NavigatorAnswers> &answers)
{
    auto header = forms::readRequestHeader(request);
    if (!header) {
        return PrintError::make(PrintErrorCode::InvalidRequest, header.error().detail, header.error().field);
    }
    const QString &kind = header->procedureKind;
    const QString &id = header->procedureId;
    const forms::LifeEvent *event = nullptr;
    if (kind == QLatin1String("life_event")) {
        event = navigator.event(id);
    } else {
        for (const forms::LifeEvent &e : navigator.events()) {
            if (e.impliedByForm && e.forms.contains(id)) {
                if (event) {
                    return PrintError::make(PrintErrorCode::NoGuidance,
                                            QStringLiteral("form %1 belongs to several life events").arg(id));
                }
                event = &e;
            }
        }
    }
    if (!event) {
        return PrintError::make(PrintErrorCode::NoGuidance, QStringLiteral("no life event for %1 %2").arg(kind, id));
    }
    SlipContent content;
    content.event = *event;
    // The same decision as the kiosk's done screen, from the answers the request carries: a reprint from the
    // inbox gives the same slip.
    auto decisions = navigator.decide(event->id, answers.value_or(header->navigatorAnswers));
    if (!decisions) {
        return PrintError::make(PrintErrorCode::NoGuidance, decisions.error().toLogString());
    }
    for (const forms::ProcedureDecision &d : *decisions) {
        content.procedures.append(d.procedure);
        if (d.undecided) {
            content.conditions.insert(d.procedure.id, d.question);
        }
    }
    return content;
}

Status writePdf(const RenderedDocument &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(document.pdf) != document.pdf.size() || !file.commit()) {
        return PrintError::make(PrintErrorCode::OutputUnwritable, file.errorString(), path);
    }
    return Done{};
}

} // namespace kakanai::printer
